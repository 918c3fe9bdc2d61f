import type { Root, Sentence as NlcstSentence, Word as NlcstWord } from "nlcst";
import { nlcstToString, retextEnglish, unified } from "../vendor/english.js";
import type { Lang } from "./language.js";
import { keptChars, TextMemo } from "./memo.js";

/** A span of a paragraph; `start`/`end` are absolute UTF-16 offsets into the document. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A word, or a run of punctuation or symbols (`wordLike` false). Spaces are not tokens. */
export interface Token extends Span {
  wordLike: boolean;
}

let zhSentenceSegmenter: Intl.Segmenter | undefined;
let zhWordSegmenter: Intl.Segmenter | undefined;

/**
 * Segmentations of texts seen in the last lint or two (see TextMemo), stored at offset 0 and
 * handed out as fresh copies at the caller's offset.
 */
const wordMemo = new TextMemo<readonly Token[]>();
const sentenceMemo = new TextMemo<readonly Span[]>();
const englishMemo = new TextMemo<EnglishAnalysis>();

function shiftSpans(spans: readonly Span[], offset: number): Span[] {
  return spans.map((s) => ({ start: s.start + offset, end: s.end + offset, text: s.text }));
}

function shiftTokens(tokens: readonly Token[], offset: number): Token[] {
  return tokens.map((t) => ({ start: t.start + offset, end: t.end + offset, text: t.text, wordLike: t.wordLike }));
}

/**
 * The longest stretch of text one ICU call sees. V8's segmenter in Node 20 is super-linear on
 * long strings (a 100,000-character paragraph, copy whose line breaks were lost, takes tens of
 * seconds): every segmenter call in copydesk goes through `zhWords`/`zhSentences`, which cut the
 * text into windows of at most this many UTF-16 units (or `zhWordBreaks`, which hands longer text
 * to `zhWords`). Paragraphs of ordinary copy are shorter
 * and are segmented whole, so their words and sentences are exactly ICU's.
 */
export const SEGMENT_WINDOW = 2048;

/**
 * Characters after which ICU's word rules (UAX #29 plus the dictionary for Han) always break,
 * whatever follows (unless the next character is a combining mark or format character, which
 * attaches to the one before): full stops, question and exclamation marks, the enumeration
 * comma, quote marks and brackets. Neither side of such a break looks across it, so segmenting
 * the text on either side separately gives the same words as segmenting it whole.
 */
const HARD_BREAK_AFTER = /[\s。！？、“”「」『』（）《》〈〉【】〔〕!?()[\]{}]/u;
/** Commas, semicolons and colons join digits (`1，2`) or letters (`a:b`) but not after a Han character. */
const SOFT_BREAK_AFTER = /[，,；;：:]/u;
const HAN = /\p{Script=Han}/u;
/** Combining marks, joiners and format characters: UAX #29 attaches them to the character before. */
const ATTACHES = /[\p{M}\p{Cf}\u200b\u200c\u200d\ufe00-\ufe0f]/u;

/** A word boundary between `text[i - 1]` and `text[i]` that ICU finds whatever the context. */
function safeWordBreak(text: string, i: number): boolean {
  const before = text[i - 1]!;
  const after = text[i]!;
  if (ATTACHES.test(after) || /\s/u.test(after)) return false;
  if (HARD_BREAK_AFTER.test(before)) return true;
  return SOFT_BREAK_AFTER.test(before) && i >= 2 && HAN.test(text[i - 2]!);
}

/** Never cut between the two halves of a surrogate pair. */
function notInPair(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xd800 && c <= 0xdbff && i < text.length ? i - 1 : i;
}

/**
 * Runs `segmentWindow` over `text` in windows of at most `SEGMENT_WINDOW` units. A window ends
 * at the last safe break in its second half; with none there (a run of digits, one punctuation
 * mark, unpunctuated copy), the window's last piece is left for the next window so that the cut
 * falls on a boundary ICU found (`keepUpTo` says where), and only a single piece longer than the
 * window is cut blindly. `segmentWindow(from, to)` segments `text.slice(from, to)` and returns
 * the relative end of what it committed when asked to leave the tail (`open`).
 */
function windowed(text: string, segmentWindow: (from: number, to: number, open: boolean) => number): void {
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    if (n - pos <= SEGMENT_WINDOW) {
      segmentWindow(pos, n, false);
      return;
    }
    const limit = pos + SEGMENT_WINDOW;
    let cut = -1;
    for (let i = limit; i > pos + SEGMENT_WINDOW / 2; i--) {
      if (safeWordBreak(text, i)) {
        cut = i;
        break;
      }
    }
    if (cut > 0) {
      segmentWindow(pos, cut, false);
      pos = cut;
    } else {
      const end = notInPair(text, limit);
      const committed = segmentWindow(pos, end, true);
      pos = committed > pos ? committed : end;
    }
  }
}

/** How far before a blind window end the last pieces are left for the next window. */
const TAIL = 64;

/** How far `zhWordStretch` looks for a safe break on each side before it gives up. */
const STRETCH_LIMIT = 256;

/**
 * The stretch of `text` around [from, to) (relative offsets) that ICU segments into the same words
 * as the whole text: it ends on each side at the nearest break ICU always makes (see
 * `safeWordBreak`), looking at most `STRETCH_LIMIT` units away; with none that near (unpunctuated
 * copy), the words at the range are still those of the whole text in practice, as ICU's choices
 * do not reach that far.
 */
export function zhWordStretch(text: string, from: number, to: number): [number, number] {
  const low = Math.max(0, from - STRETCH_LIMIT);
  const high = Math.min(text.length, to + STRETCH_LIMIT);
  let a = Math.max(0, Math.min(from, text.length));
  while (a > low && !safeWordBreak(text, a)) a--;
  let b = Math.min(text.length, Math.max(to, a));
  while (b < high && !safeWordBreak(text, b)) b++;
  return [notInPair(text, a), notInPair(text, b)];
}

/**
 * Chinese sentences by ICU (UAX #29): it keeps a closing `”` with its sentence, which
 * sentence-splitter does not. Long text is segmented in bounded windows (`SEGMENT_WINDOW`): a
 * window's last sentence may be unfinished, so it is left to the next window.
 */
export function zhSentences(text: string, offset: number): Span[] {
  if (text.length > SEGMENT_WINDOW || keptChars() === 0) return segmentZhSentences(text, offset);
  return shiftSpans(
    sentenceMemo.get(text, () => segmentZhSentences(text, 0)),
    offset
  );
}

function segmentZhSentences(text: string, offset: number): Span[] {
  zhSentenceSegmenter ??= new Intl.Segmenter("zh", { granularity: "sentence" });
  const segmenter = zhSentenceSegmenter;
  const spans: Span[] = [];
  if (text.length <= SEGMENT_WINDOW) {
    for (const { segment, index } of segmenter.segment(text)) pushTrimmed(spans, segment, offset + index);
    return spans;
  }
  let pos = 0;
  while (pos < text.length) {
    const end = text.length - pos <= SEGMENT_WINDOW ? text.length : notInPair(text, pos + SEGMENT_WINDOW);
    const pieces = [...segmenter.segment(text.slice(pos, end))];
    // The last sentence of a window that is not the text's end may go on past it.
    const keep = end === text.length || pieces.length === 1 ? pieces.length : pieces.length - 1;
    for (let k = 0; k < keep; k++) pushTrimmed(spans, pieces[k]!.segment, offset + pos + pieces[k]!.index);
    pos = keep === pieces.length ? end : pos + pieces[keep]!.index;
  }
  return spans;
}

/**
 * Chinese words by ICU's dictionary segmenter. Long text is segmented in bounded windows cut at
 * breaks ICU always makes (see `windowed`), so the words are the same as a whole-text call's.
 */
export function zhWords(text: string, offset: number): Token[] {
  if (text.length > SEGMENT_WINDOW || keptChars() === 0) return segmentZhWords(text, offset);
  return shiftTokens(
    wordMemo.get(text, () => segmentZhWords(text, 0)),
    offset
  );
}

/**
 * Asks ICU whether a word of `text` (a short stretch, at most a few dozen characters) starts at
 * the given offsets, without listing its words: a caller that wants one or two places (does a
 * numeral stand as its own word?) pays for the segmentation of the run, not for a token per word.
 * The boundaries are those `zhWords` gives: the start and the end of `text` are always ones.
 */
export function zhWordBreaks(text: string): (offset: number) => boolean {
  if (text.length > SEGMENT_WINDOW) {
    // Past one window ICU is asked window by window, as zhWords does it.
    const breaks = new Set<number>();
    for (const token of zhWords(text, 0)) breaks.add(token.start).add(token.end);
    return (offset) => offset <= 0 || offset >= text.length || breaks.has(offset);
  }
  zhWordSegmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const segments = zhWordSegmenter.segment(text);
  return (offset) => offset <= 0 || offset >= text.length || segments.containing(offset)!.index === offset;
}

function segmentZhWords(text: string, offset: number): Token[] {
  zhWordSegmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const segmenter = zhWordSegmenter;
  const tokens: Token[] = [];
  const push = (segment: string, at: number, wordLike: boolean | undefined) => {
    if (segment.trim() === "") return;
    tokens.push({ start: at, end: at + segment.length, text: segment, wordLike: wordLike ?? false });
  };
  if (text.length <= SEGMENT_WINDOW) {
    for (const { segment, index, isWordLike } of segmenter.segment(text)) push(segment, offset + index, isWordLike);
    return tokens;
  }
  windowed(text, (from, to, open) => {
    const pieces = [...segmenter.segment(text.slice(from, to))];
    let keep = pieces.length;
    if (open) {
      // Leave the pieces that start in the window's last TAIL units (ICU may join them with what follows).
      while (keep > 1 && pieces[keep - 1]!.index >= to - from - TAIL) keep--;
      if (keep === pieces.length && keep > 1) keep--;
    }
    for (let k = 0; k < keep; k++) push(pieces[k]!.segment, offset + from + pieces[k]!.index, pieces[k]!.isWordLike);
    return keep === pieces.length ? to : from + pieces[keep]!.index;
  });
  return tokens;
}

const englishParser = unified().use(retextEnglish);

interface EnglishAnalysis {
  sentences: Span[];
  words: Token[];
}

/**
 * The longest stretch one retext parse sees: parse-latin is quadratic in the length of a sentence
 * or paragraph (it splices its token arrays), so English copy whose line breaks were lost is
 * parsed in windows cut between sentences.
 */
export const EN_WINDOW = 4096;

/**
 * English sentences and words from retext-english (abbreviations, decimals and quotes handled).
 * Text longer than `EN_WINDOW` is parsed in windows that end after a sentence's closing `.`, `!`
 * or `?` and the space after it, before a capital letter, a digit or an opening quote (where
 * retext ends a sentence too); with no such place in the window's second half, after its last
 * space.
 */
export function enAnalysis(text: string, offset: number): EnglishAnalysis {
  if (text.length <= EN_WINDOW && keptChars() === 0) return enAnalysisWhole(text, offset);
  if (text.length <= EN_WINDOW) {
    const whole = englishMemo.get(text, () => enAnalysisWhole(text, 0));
    return { sentences: shiftSpans(whole.sentences, offset), words: shiftTokens(whole.words, offset) };
  }
  const sentences: Span[] = [];
  const words: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const end = text.length - pos <= EN_WINDOW ? text.length : enCut(text, pos);
    const part = enAnalysisWhole(text.slice(pos, end), offset + pos);
    for (const s of part.sentences) sentences.push(s);
    for (const w of part.words) words.push(w);
    pos = end;
  }
  return { sentences, words };
}

const EN_SENTENCE_OPENER = /[\p{Lu}0-9"“‘'(]/u;

function enCut(text: string, pos: number): number {
  const limit = pos + EN_WINDOW;
  let space = -1;
  for (let i = limit; i > pos + EN_WINDOW / 2; i--) {
    const before = text[i - 1]!;
    if (!/\s/u.test(before) || /\s/u.test(text[i]!)) continue;
    if (space < 0) space = i;
    let j = i - 1;
    while (j > pos && /\s/u.test(text[j]!)) j--;
    while (j > pos && /["”’')\]]/u.test(text[j]!)) j--;
    if (/[.!?]/u.test(text[j]!) && EN_SENTENCE_OPENER.test(text[i]!)) return i;
  }
  return space > 0 ? space : notInPair(text, limit);
}

/** One retext parse of the whole text, however long (`enAnalysis` windows long text; tests compare the two). */
export function enAnalysisWhole(text: string, offset: number): EnglishAnalysis {
  const tree = englishParser.parse(text) as Root;
  const sentences: Span[] = [];
  const words: Token[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== "ParagraphNode") continue;
    for (const child of paragraph.children) {
      if (child.type !== "SentenceNode") continue;
      const sentence = child as NlcstSentence;
      const start = sentence.position?.start.offset ?? 0;
      const end = sentence.position?.end.offset ?? start;
      pushTrimmed(sentences, text.slice(start, end), offset + start);
      for (const token of sentence.children) {
        if (token.type === "WhiteSpaceNode") continue;
        const tokenStart = token.position?.start.offset ?? 0;
        const tokenEnd = token.position?.end.offset ?? tokenStart;
        words.push({
          start: offset + tokenStart,
          end: offset + tokenEnd,
          text: token.type === "WordNode" ? nlcstToString(token as NlcstWord) : text.slice(tokenStart, tokenEnd),
          wordLike: token.type === "WordNode"
        });
      }
    }
  }
  return { sentences, words };
}

export function sentencesOf(text: string, offset: number, lang: Lang): Span[] {
  return lang === "zh" ? zhSentences(text, offset) : enAnalysis(text, offset).sentences;
}

export function wordsOf(text: string, offset: number, lang: Lang): Token[] {
  return lang === "zh" ? zhWords(text, offset) : enAnalysis(text, offset).words;
}

function pushTrimmed(spans: Span[], segment: string, start: number): void {
  const lead = segment.length - segment.trimStart().length;
  const body = segment.trim();
  if (body === "") return;
  spans.push({ start: start + lead, end: start + lead + body.length, text: body });
}
