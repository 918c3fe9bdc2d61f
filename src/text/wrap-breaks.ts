// Words broken at the end of a line in hard-wrapped English copy (OCR'd newspaper pages, wire
// copy): `educa-` + `tion`, and, where OCR lost the hyphen, `National Com` + `mittees`. The
// copy's own words decide first: a break is a word break when the joined word occurs elsewhere in
// the same document (or is in the English word list), or when the half before a hyphen is not a
// word of the copy; halves that are both everyday words of the copy (`to` + `day`) stay apart.
import type { Paragraph, TextModel } from "./model.js";
import { englishWords, unattestedTrigrams } from "./lexicon/english-words.js";
import { EN_FUNCTION_WORDS } from "./lexicon/en-function-words.js";

/** One word broken across a line end, with the edit that mends it. */
export interface LineEndBreak {
  /** The word's halves as written: `educa`, `tion` (without the hyphen). */
  left: string;
  right: string;
  /** The hyphen written at the line end (`-`, a soft hyphen, `‐`, `¬`), or "" when there is none. */
  hyphen: string;
  /** The mended word: `education`, or `three-eighth` when the hyphen is part of the word. */
  joined: string;
  /** Source range from the end of `left` to the start of `right` (hyphen, line break, indent). */
  start: number;
  end: number;
}

/** Line-end hyphens: hyphen-minus, soft hyphen (OCR and PDF text keep it), hyphen, and the not sign some OCR reads it as. */
const LINE_END_HYPHEN = /[-\u00ad\u2010\u00ac]/u;
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?(?:-[A-Za-z]+)*/gu;
const LEFT_HALF = /([A-Za-z]+)([-\u00ad\u2010\u00ac]?)[ \t]*$/u;
const RIGHT_HALF = /^[ \t\u3000]*([a-z]+)/u;

/** Endings a word takes in running copy: `committees` is known when `committee` is. */
const INFLECTIONS = ["s", "es", "ed", "d", "ing", "ly", "er", "'s"];

interface Vocabulary {
  /** Lower-cased words away from line edges, with their counts. */
  counts: ReadonlyMap<string, number>;
}

const vocabularies = new WeakMap<TextModel, Vocabulary>();

/**
 * The words of the document's English copy, lower-cased, counted where they stand whole: the
 * first and last word of each line of a hard-wrapped paragraph are left out (they may be halves).
 */
function vocabularyOf(model: TextModel): Vocabulary {
  let vocabulary = vocabularies.get(model);
  if (vocabulary) return vocabulary;
  const counts = new Map<string, number>();
  for (const p of model.paragraphs) {
    if (p.lang !== "en") continue;
    let from = 0;
    const cuts = [...p.breaks.map((b) => b - p.start), p.text.length];
    for (const cut of cuts) {
      const words = Array.from(p.text.slice(from, cut).matchAll(WORD), (m) => m[0]);
      // Only the edges that touch a line break are doubtful.
      const first = from === 0 ? 0 : 1;
      const last = cut === p.text.length ? words.length : words.length - 1;
      for (let i = first; i < last; i++) {
        const w = words[i]!.toLowerCase();
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      from = cut;
    }
  }
  vocabulary = { counts };
  vocabularies.set(model, vocabulary);
  return vocabulary;
}

function known(vocabulary: Vocabulary, word: string): boolean {
  const w = word.toLowerCase();
  if (vocabulary.counts.has(w)) return true;
  for (const ending of INFLECTIONS) {
    if (w.length > ending.length + 3 && w.endsWith(ending) && vocabulary.counts.has(w.slice(0, -ending.length))) return true;
    if (vocabulary.counts.has(w + ending)) return true;
  }
  return false;
}

/** A word the document uses often enough that `half + half` may well be two words (`to` + `day`). */
function common(vocabulary: Vocabulary, word: string): boolean {
  return (vocabulary.counts.get(word.toLowerCase()) ?? 0) >= 2;
}

/** A word of the copy (away from line edges, with its inflections) or of the word list. */
function isWord(vocabulary: Vocabulary, word: string): boolean {
  return known(vocabulary, word) || (englishWords()?.has(word.toLowerCase()) ?? false);
}

interface Candidate extends LineEndBreak {
  /** A half is no word at all (`educa-`, `Inves` + `tigation`): a break whatever the copy is. */
  clear: boolean;
  paragraph: number;
}

/** Shorter line-start fragments are as often a garbled short word (`ns` for `as`) as half a word. */
const MIN_FRAGMENT = 3;
/** A word this short that the copy never uses elsewhere is likelier half a word (`Da` + `kota`) than a word. */
const SHORT_HALF = 3;
/** Letter trigrams no English word has that a joined fragment may hold: one OCR slip (`mincsseth`), not two garbled words. */
const OCR_SLIP_TRIGRAMS = 1;

/** Fewer clear breaks than this in a document: its lines wrap between words (wire copy), and no break is reported. */
const MIN_CLEAR_BREAKS = 2;

const breaksByModel = new WeakMap<TextModel, Map<number, LineEndBreak[]>>();

/**
 * Every line-end word break of the document's hard-wrapped English paragraphs, by paragraph.
 * Clear breaks have a half that is no word (`educa-` + `tion`, `ex` + `pected` where `pected` is
 * none); two words that make a third (`Sun` + `day`, `be` + `fore`) are a break only when they
 * are not both everyday words of the copy, and only in a document that breaks words at line ends
 * at all (it has clear breaks): wire copy that wraps between words (`a` + `top`, `turn` + `around`) stays silent.
 */
function documentBreaks(model: TextModel): Map<number, LineEndBreak[]> {
  let byParagraph = breaksByModel.get(model);
  if (byParagraph) return byParagraph;
  byParagraph = new Map();
  breaksByModel.set(model, byParagraph);
  const candidates: Candidate[] = [];
  const source = model.source;
  for (const p of model.paragraphs) {
    if (p.lang !== "en" || p.breaks.length === 0 || p.role === "table") continue;
    const vocabulary = vocabularyOf(model);
    for (const brk of p.breaks) {
      // The line break is `\n`, `\r\n` or `\r` at `brk`; the halves are the words either side.
      const before = LEFT_HALF.exec(source.slice(Math.max(p.start, brk - 40), brk));
      const next = source[brk] === "\r" && source[brk + 1] === "\n" ? brk + 2 : brk + 1;
      const after = RIGHT_HALF.exec(source.slice(next, Math.min(p.end, next + 40)));
      if (!before || !after) continue;
      const left = before[1]!;
      const hyphen = before[2]!;
      const right = after[1]!;
      const joinedWord = left + right;
      const joinedIsWord = isWord(vocabulary, joinedWord);
      let joined: string | undefined;
      let clear = false;
      if (hyphen !== "") {
        // A hyphen before a lower-case line start. The hyphen stays where the first half is a word
        // and the joined word is none (`three-` + `eighth`).
        clear = !isWord(vocabulary, left);
        joined = joinedIsWord || !isWord(vocabulary, left) ? joinedWord : `${left}-${right}`;
      } else if (joinedWord.length >= 4 && left.length >= 2 && joinedIsWord) {
        // No hyphen (OCR drops it): the joined word is a word, and a half is none, or the halves
        // are not both everyday words of the copy (`to` + `day` may be two words).
        clear = !isWord(vocabulary, left) || !isWord(vocabulary, right);
        // Two words whose second is a function word (`Out` + `by`) stay apart unless the copy
        // itself uses the joined word elsewhere: a word list holds rare words (`outby`) too.
        const functionWordAfter = !clear && EN_FUNCTION_WORDS.has(right.toLowerCase()) && !known(vocabulary, joinedWord);
        if (!functionWordAfter && (clear || !(common(vocabulary, left) && common(vocabulary, right)))) joined = joinedWord;
      } else if (
        right.length >= MIN_FRAGMENT &&
        !isWord(vocabulary, right) &&
        (!isWord(vocabulary, left) || (left.length <= SHORT_HALF && !known(vocabulary, left))) &&
        (unattestedTrigrams(joinedWord) ?? Infinity) <= OCR_SLIP_TRIGRAMS
      ) {
        // No hyphen and no known joined word: a line that opens on no word (`Cali` + `fornia`,
        // OCR's `mi` + `ncsseth` for `wit-nesseth`) continues the word the line above ends on,
        // unless that is a whole word the copy uses (`pounds` + `trom`: OCR garbled `from`) or
        // the two make no English-looking word (`Daniel` + `uhhfi`: two garbled words).
        clear = true;
        joined = joinedWord;
      }
      if (joined === undefined) continue;
      const start = brk - (before[0].length - left.length);
      const end = next + (after[0].length - right.length);
      candidates.push({ left, right, hyphen, joined, start, end, clear, paragraph: p.index });
    }
  }
  if (candidates.filter((c) => c.clear).length < MIN_CLEAR_BREAKS) return byParagraph;
  for (const { clear: _clear, paragraph, ...found } of candidates) {
    const list = byParagraph.get(paragraph) ?? [];
    list.push(found);
    byParagraph.set(paragraph, list);
  }
  return byParagraph;
}

/** The line-end word breaks of one hard-wrapped English paragraph, in order. */
export function lineEndWordBreaks(model: TextModel, p: Paragraph): readonly LineEndBreak[] {
  if (p.lang !== "en" || p.breaks.length === 0) return [];
  return documentBreaks(model).get(p.index) ?? [];
}

/** What mends the line-end word breaks of one paragraph (no-truncated-sentence reports it). */
export interface LineEndRepair {
  /** The first break, quoted in the finding; `more` counts the rest. */
  first: LineEndBreak;
  more: number;
  /** The finding's range: the first broken word. */
  start: number;
  end: number;
  /** The paragraph with every break mended (the line breaks between whole words stay). */
  text: string;
}

/**
 * The line-end word breaks of one paragraph as one finding: the first quoted, the rest counted,
 * and the paragraph's text with them all mended.
 */
export function lineEndBreaksRepair(model: TextModel, p: Paragraph): LineEndRepair | undefined {
  const breaks = lineEndWordBreaks(model, p);
  if (breaks.length === 0) return undefined;
  const first = breaks[0]!;
  let text = "";
  let cursor = p.start;
  for (const b of breaks) {
    text += model.source.slice(cursor, b.start) + (b.joined.includes("-", b.left.length) ? "-" : "");
    cursor = b.end;
  }
  text += model.source.slice(cursor, p.end);
  return { first, more: breaks.length - 1, start: first.start - first.left.length, end: first.end + first.right.length, text };
}
