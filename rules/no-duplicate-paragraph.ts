import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { lineRange } from "../src/messages/lines.js";
import {
  endsWithTerminal,
  getTextModel,
  quote,
  reportFinding,
  type Finding,
  resolveLocale,
  say,
  type CommonOptions,
  type Lang,
  type Paragraph,
  type TextModel
} from "../src/text/index.js";

export interface Options extends CommonOptions {
  /**
   * Shortest Chinese paragraph (in characters, punctuation and spaces not counted) whose exact
   * repeat is reported. A run of repeated paragraphs is reported when one of them is this long.
   * Default 15: stock lines such as `（完）` or a repeated subhead stay silent.
   */
  minChars?: number;
  /** Shortest English paragraph, in words, whose exact repeat is reported. Default 8. */
  minWords?: number;
  /**
   * Near duplicates: share of the shorter paragraph's shingles (Chinese 4-character, English
   * 3-word) that the other paragraph also has. Default 0.85. Set to 1.01 to turn near duplicates off.
   */
  nearThreshold?: number;
  /** Shortest Chinese paragraph checked for near duplicates, in characters. Default 40. */
  nearMinChars?: number;
  /** Shortest English paragraph checked for near duplicates, in words. Default 20. */
  nearMinWords?: number;
  /** Shortest repeated clause inside one paragraph: Chinese characters. Default 8. */
  clauseMinChars?: number;
  /** Shortest repeated clause inside one paragraph: English words. Default 4. */
  clauseMinWords?: number;
  /**
   * A single paragraph repeated from the opening of the story, or repeated as its closing
   * paragraph, is a pull quote or a 导语 reprise by design. Default false: stay silent.
   */
  reportPullQuotes?: boolean;
}

const defaults: Required<Omit<Options, keyof CommonOptions>> = {
  minChars: 15,
  minWords: 8,
  nearThreshold: 0.85,
  nearMinChars: 40,
  nearMinWords: 20,
  clauseMinChars: 8,
  clauseMinWords: 4,
  reportPullQuotes: false
};

type Settings = typeof defaults & CommonOptions;

// ---------------------------------------------------------------------------------------------
// Normalisation

const QUOTES_DOUBLE = /[“”„‟〝〞＂«»「」『』]/gu;
const QUOTES_SINGLE = /[‘’‚‛′＇]/gu;
const DASHES = /[—–―－‐‑‒]/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/**
 * The comparison form of a piece of copy: NFKC (full-width letters, digits and punctuation
 * become half-width), one form of quotes, dashes, ellipses and full stops, no whitespace or
 * invisible characters. Two paragraphs with the same key are the same copy.
 */
export function normalizeCopy(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(QUOTES_DOUBLE, '"')
    .replace(QUOTES_SINGLE, "'")
    .replace(DASHES, "-")
    .replace(/…/gu, "...")
    .replace(/[。｡]/gu, ".")
    .replace(/[\s]+/gu, "");
}

/** Letters and digits only: what a length or a shingle is counted over. */
const NOT_CONTENT = /[^\p{L}\p{N}]+/gu;

function contentChars(text: string): number {
  return Array.from(text.replace(NOT_CONTENT, "")).length;
}

function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

/** Length of a paragraph in the unit its language is measured in. */
function sizeOf(text: string, lang: Lang): number {
  return lang === "zh" ? contentChars(text) : wordCount(text);
}

// ---------------------------------------------------------------------------------------------
// Which paragraphs take part

/** Paragraphs that can belong to a duplicated block (tables and ellipsis rows never do). */
function comparable(p: Paragraph): boolean {
  return p.role !== "table" && p.role !== "ellipsis";
}

const sizes = new WeakMap<Paragraph, number>();

/** `sizeOf` a paragraph, counted once. */
function paragraphSize(p: Paragraph): number {
  let n = sizes.get(p);
  if (n === undefined) {
    n = sizeOf(p.text, p.lang);
    sizes.set(p, n);
  }
  return n;
}

/** A table's note or source line, repeated under every table by design. */
const TABLE_NOTE = /^(?:Notes?|NOTES?|Source|SOURCE|注|说明|资料来源|数据来源)\s*(?:[-—:：]|\d+[:：.])/u;

/** Paragraphs whose repetition matters on its own: copy, not furniture. */
function substantial(p: Paragraph, s: Settings): boolean {
  if (p.role === "heading" || p.role === "byline" || p.role === "table" || p.role === "ellipsis") return false;
  if (TABLE_NOTE.test(p.text.trim())) return false;
  return paragraphSize(p) >= (p.lang === "zh" ? s.minChars : s.minWords);
}

// ---------------------------------------------------------------------------------------------
// Which copy is damaged

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** True when `next` reads as the rest of `last`: a word split across the break. */
export function continues(last: Paragraph, next: Paragraph | undefined): boolean {
  if (!next || !comparable(next) || next.role === "heading" || next.role === "byline") return false;
  const a = last.text.trimEnd();
  const b = next.text.trimStart();
  if (last.lang === "en") return /[-\p{L},]$/u.test(a) && /^[\p{Ll}]/u.test(b);
  const tail = Array.from(a).slice(-4).join("");
  const head = Array.from(b).slice(0, 4).join("");
  if (!/\p{Script=Han}$/u.test(tail) || !/^\p{Script=Han}/u.test(head)) return false;
  const at = tail.length;
  for (const seg of segmenter.segment(tail + head)) {
    if (seg.index < at && seg.index + seg.segment.length > at) return true;
    if (seg.index >= at) break;
  }
  return false;
}

/** The paragraph ends mid-sentence and nothing after it picks the sentence up. */
function cutOff(model: TextModel, last: Paragraph): boolean {
  if (last.role !== "body" && last.role !== "list-item" && last.role !== "quotation") return false;
  if (endsWithTerminal(last.text, last.lang)) return false;
  return !continues(last, model.paragraphs[last.index + 1]);
}

// ---------------------------------------------------------------------------------------------
// Ranges and wording

/** Start of the line holding `offset`; a line ends at LF, CRLF or a lone CR. */
function lineStartOf(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source[i - 1] !== "\n" && source[i - 1] !== "\r") i--;
  return i;
}

/** The end of the line holding `offset` (its LF, CR or the CR of a CRLF), or -1 at the end of the source. */
function lineEndOf(source: string, offset: number): number {
  for (let i = offset; i < source.length; i++) if (source[i] === "\n" || source[i] === "\r") return i;
  return -1;
}

/**
 * The source range that removes paragraphs `from..to` (inclusive) whole, with their markup and
 * the blank lines that follow them, so the text around closes up as if they had never been there.
 */
function removalRange(model: TextModel, from: number, to: number): [number, number] {
  const ps = model.paragraphs;
  const first = ps[from]!;
  const last = ps[to]!;
  const next = ps[to + 1];
  const source = model.source;
  if (next) return [lineStartOf(source, first.start), lineStartOf(source, next.start)];
  const prev = ps[from - 1];
  if (prev) {
    // Last block of the document: take the break before it instead of the one after.
    const lineEnd = lineEndOf(source, prev.end);
    return [lineEnd < 0 || lineEnd > first.start ? lineStartOf(source, first.start) : lineEnd, last.end];
  }
  return [lineStartOf(source, first.start), last.end];
}

/**
 * The two blocks' source lines, markup included, are the same copy (as `normalizeCopy` compares):
 * only then is deleting one of them certain. Visible text alone would call two paragraphs the same
 * when only a link's address or an image differs. With `prefix`, block x is a fragment of block y.
 */
function sameSource(model: TextModel, x1: number, x2: number, y1: number, y2: number, prefix = false): boolean {
  const ps = model.paragraphs;
  const lineEnd = (offset: number) => {
    const e = lineEndOf(model.source, offset);
    return e < 0 ? model.source.length : e;
  };
  const block = (from: number, to: number) => model.source.slice(lineStartOf(model.source, ps[from]!.start), lineEnd(ps[to]!.end));
  const x = normalizeCopy(block(x1, x2));
  const y = normalizeCopy(block(y1, y2));
  return prefix ? y.startsWith(x) : x === y;
}

/**
 * Reports removals of exact repeats. Two repeats in a row each take the line break between them
 * (one the break after, the last block of the document the break before), and textlint applies
 * only one of two overlapping fixes: a later range is clipped to start where the earlier ends,
 * which deletes the same text, so one `--fix` removes every repeat.
 */
function reportRemovals(context: Parameters<typeof reportFinding>[0], document: TxtParentNode, findings: Finding[]): void {
  findings.sort((x, y) => x.fix!.range[0] - y.fix!.range[0]);
  let reach = 0;
  for (const f of findings) {
    const [start, end] = f.fix!.range;
    if (start >= reach) reportFinding(context, document, f);
    else if (end > reach) {
      // Its break before is already gone with the earlier repeat: take the one after it instead.
      const source = document.raw;
      let after = end;
      if (source[after] === "\r") after += source[after + 1] === "\n" ? 2 : 1;
      else if (source[after] === "\n") after += 1;
      reportFinding(context, document, { ...f, fix: { range: [reach, after], text: "" } });
      reach = Math.max(reach, after);
      continue;
    }
    else reportFinding(context, document, { ...f, fix: undefined });
    reach = Math.max(reach, end);
  }
}

/** How much of the copy a message quotes: 20 Chinese characters, 32 characters of English. */
const QUOTE: Record<Lang, number> = { zh: 20, en: 32 };

function lineWord(locale: Lang, ps: readonly Paragraph[], from: number, to: number): string {
  return lineRange(locale, ps[from]!.line, ps[to]!.endLine);
}

// ---------------------------------------------------------------------------------------------
// Exact duplicates, as runs

interface Run {
  /** Earlier copy: paragraph indices, inclusive. */
  a: number;
  b: number;
  /** Later copy. */
  c: number;
  d: number;
}

function exactRuns(model: TextModel, keys: (string | null)[]): Run[] {
  const ps = model.paragraphs;
  const seen = new Map<string, number[]>();
  const runs: Run[] = [];
  let open: Run | null = null;
  for (let j = 0; j < ps.length; j++) {
    const key = keys[j];
    if (key === null || key === undefined) {
      open = null;
      continue;
    }
    const earlier = seen.get(key);
    let extended = false;
    if (open && open.d === j - 1 && open.b + 1 < open.c && keys[open.b + 1] === key) {
      open.b += 1;
      open.d = j;
      extended = true;
    }
    if (!extended) {
      open = null;
      if (earlier && earlier.length > 0) {
        // The nearest earlier copy: a block pasted twice sits next to its source.
        open = { a: earlier[earlier.length - 1]!, b: earlier[earlier.length - 1]!, c: j, d: j };
        runs.push(open);
      }
    }
    if (earlier) earlier.push(j);
    else seen.set(key, [j]);
  }
  return runs;
}

/**
 * Where the story's copy starts and ends (title block, bylines and filler aside), and how many
 * finished paragraphs of body copy come before each paragraph. Built once per document.
 */
interface Story {
  first: number;
  last: number;
  bodyBefore: Int32Array;
}

/** A sentence's end; a headline's closing `（栏目名）` is not one. */
const FINISHED = /[。！？!?.…；;][”’"'」』]?$/u;

const stories = new WeakMap<TextModel, Story>();

function storyOf(model: TextModel, s: Settings): Story {
  let story = stories.get(model);
  if (story) return story;
  const ps = model.paragraphs;
  const bodyBefore = new Int32Array(ps.length + 1);
  let first = -1;
  let last = -1;
  for (const p of ps) {
    // A headline set as a long line has no full stop: it is not the story's first paragraph.
    const counts = substantial(p, s) && p.role === "body" && FINISHED.test(p.text.trimEnd());
    bodyBefore[p.index + 1] = bodyBefore[p.index]! + (counts ? 1 : 0);
    if (substantial(p, s) && (p.role === "body" || p.role === "quotation")) {
      if (first < 0) first = p.index;
      last = p.index;
    }
  }
  story = { first, last, bodyBefore };
  stories.set(model, story);
  return story;
}

/** The title of a box of highlights that quotes the story: 核心阅读, 编者按, Key points. */
const BOX_TITLE = /^(?:核心阅读|阅读提示|内容提要|编者按|导读|要点|本文要点|Key points|Highlights|At a glance)[：:]?$/iu;

/** The paragraph sits in a box of highlights: a box title comes a few paragraphs before it. */
function inHighlightsBox(model: TextModel, index: number): boolean {
  const ps = model.paragraphs;
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) if (BOX_TITLE.test(ps[k]!.text.trim())) return true;
  return false;
}

/**
 * A pull quote or a 导语 repeated by design: one complete paragraph that is the story's first
 * paragraph of copy, or sits in a highlights box (核心阅读), or opens the story and is reprised
 * as its close. A paragraph pasted again next to itself is never one.
 */
function looksLikePullQuote(model: TextModel, s: Settings, a: number, b: number, c: number, d: number, gone: Int32Array): boolean {
  if (a !== b || c !== d) return false;
  const ps = model.paragraphs;
  const p = ps[a]!;
  if (!endsWithTerminal(p.text, p.lang) || !endsWithTerminal(ps[c]!.text, ps[c]!.lang)) return false;
  // Back to back is a paste, not a design. Filler rows and other repeats between do not count:
  // --fix removes them, and the copies must be judged the same before and after.
  if (c - b - (gone[c]! - gone[b + 1]!) < 3) return false;
  const { first, last, bodyBefore } = storyOf(model, s);
  return a === first || bodyBefore[a]! === 0 || inHighlightsBox(model, a) || (c === last && bodyBefore[a]! <= 1);
}

/**
 * `[i]`: how many of the paragraphs before `i` a fix removes: rows of nothing but ellipsis marks,
 * and later copies of an earlier paragraph (same key).
 */
const NON_OPENING = /^[，、。；：！？）》」』]/u;

function removablePrefix(model: TextModel, keys: readonly (string | null)[]): Int32Array {
  const ps = model.paragraphs;
  const counts = new Int32Array(ps.length + 1);
  const seen = new Set<string>();
  for (let i = 0; i < ps.length; i++) {
    const key = keys[i];
    const repeat = key != null && seen.has(key);
    if (key != null) seen.add(key);
    // A paragraph opening on `，` or `；` is the rest of the one before; no-truncated-sentence joins it.
    const joined = i > 0 && NON_OPENING.test(ps[i]!.text);
    counts[i + 1] = counts[i]! + (ps[i]!.role === "ellipsis" || repeat || joined ? 1 : 0);
  }
  return counts;
}

/** Summary points of a 要点 box: `■ …` lines that quote the story below them. */
const SUMMARY_MARKER = /^[■●◆▲★□◇◎]/u;

/**
 * A near copy that is there by design: a summary point, an excerpt quoted ahead of the full
 * passage (a pull quote, a quote used as a section lead and given in full later), or the
 * story's opening summary (导语), which the body then repeats or the close reprises.
 */
function intentionalExcerpt(model: TextModel, s: Settings, i: number, j: number, score: number): boolean {
  const ps = model.paragraphs;
  const earlier = ps[i]!;
  const later = ps[j]!;
  if (SUMMARY_MARKER.test(earlier.text.trim()) || inHighlightsBox(model, i)) return true;
  // The story's opening summary (often without a full stop) that the body then gives in full.
  if (storyOf(model, s).bodyBefore[i]! === 0) return true;
  if (cutOff(model, earlier)) return false;
  const a = paragraphSize(earlier);
  const b = paragraphSize(later);
  return score >= 0.95 && a < b * 0.9;
}

// ---------------------------------------------------------------------------------------------
// Near duplicates: shingles, an inverted index with capped postings, exact check of candidates

/**
 * Candidates come from a sample of each paragraph's shingles (those whose hash is 0 mod
 * SAMPLE_EVERY): a near copy at the threshold shares dozens of them. A sampled shingle found in
 * more than POSTING_CAP paragraphs is boilerplate and stops counting, which keeps the index
 * linear. Candidates are then checked on their full shingle sets.
 */
const SAMPLE_EVERY = 8;
const POSTING_CAP = 8;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Hashes of a paragraph's shingles, in order: Chinese 4-character, English 3-word (lower case). */
export function shingleHashes(text: string, lang: Lang): number[] {
  const out: number[] = [];
  const norm = text.normalize("NFKC").toLowerCase();
  if (lang === "zh") {
    const codes: number[] = [];
    for (const ch of norm.replace(NOT_CONTENT, "")) codes.push(ch.codePointAt(0)!);
    for (let i = 0; i + 4 <= codes.length; i++) {
      out.push(mix(mix(mix(mix(0x811c9dc5, codes[i]!), codes[i + 1]!), codes[i + 2]!), codes[i + 3]!));
    }
  } else {
    const words = (norm.match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
    for (let i = 0; i + 3 <= words.length; i++) out.push(mix(mix(mix(0x811c9dc5, words[i]!), words[i + 1]!), words[i + 2]!));
  }
  return out;
}

/** The set of a paragraph's shingle hashes. */
export function shingles(text: string, lang: Lang): Set<number> {
  return new Set(shingleHashes(text, lang));
}

interface NearPair {
  i: number;
  j: number;
  score: number;
}

function sortedIntersection(x: Uint32Array, y: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) {
      n++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return n;
}

function nearPairs(model: TextModel, s: Settings, skip: Set<number>): NearPair[] {
  const ps = model.paragraphs;
  const full = new Map<number, number>(); // paragraph → number of shingles
  const sampled = new Map<number, Uint32Array>(); // paragraph → its sampled shingles, sorted
  const postings = new Map<number, number[] | null>();
  const pairs: NearPair[] = [];
  // Shared-shingle counts for the current paragraph, reset through the list of touched entries.
  const shared = new Int32Array(ps.length);
  const touched: number[] = [];
  for (const p of ps) {
    const eligible =
      (p.role === "body" || p.role === "quotation" || p.role === "list-item") &&
      !skip.has(p.index) &&
      paragraphSize(p) >= (p.lang === "zh" ? s.nearMinChars : s.nearMinWords);
    if (!eligible) continue;
    const hashes = shingleHashes(p.text, p.lang);
    const sample = new Set<number>();
    for (const h of hashes) if (h % SAMPLE_EVERY === 0) sample.add(h);
    touched.length = 0;
    for (const h of sample) {
      const list = postings.get(h);
      if (list === null) continue;
      if (list === undefined) {
        postings.set(h, [p.index]);
        continue;
      }
      for (const i of list) if (shared[i]!++ === 0) touched.push(i);
      if (list.length >= POSTING_CAP) postings.set(h, null);
      else list.push(p.index);
    }
    full.set(p.index, hashes.length);
    const mySample = Uint32Array.from(sample).sort();
    sampled.set(p.index, mySample);
    let mine: Set<number> | null = null;
    let best: NearPair | null = null;
    for (const i of touched) {
      const common = shared[i]!;
      shared[i] = 0;
      const theirs = sampled.get(i)!;
      const sampleSmall = Math.min(theirs.length, mySample.length);
      // The sample is chosen by hash, so shared shingles are sampled alike in both paragraphs:
      // the sampled share tracks the full one. The index count misses the boilerplate shingles
      // it stopped counting (slack 0.4); the exact share of the two samples does not (slack 0.15).
      if (common < Math.max(2, (s.nearThreshold - 0.4) * sampleSmall)) continue;
      if (Math.min(full.get(i)!, hashes.length) < Math.max(full.get(i)!, hashes.length) * 0.5) continue;
      if (sortedIntersection(theirs, mySample) < Math.max(2, (s.nearThreshold - 0.15) * sampleSmall)) continue;
      mine ??= new Set(hashes);
      const other = shingles(ps[i]!.text, ps[i]!.lang);
      const [x, y] = other.size < mine.size ? [other, mine] : [mine, other];
      let inter = 0;
      for (const h of x) if (y.has(h)) inter++;
      const score = inter / x.size;
      if (score >= s.nearThreshold && (!best || score > best.score)) best = { i, j: p.index, score };
    }
    if (best) pairs.push(best);
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Repeated clauses inside a paragraph

interface Clause {
  start: number; // relative to the paragraph text
  end: number; // content end, before its delimiter
  /** The raw clause text. */
  text: string;
}

const clauseKey = (c: Clause) => normalizeCopy(c.text).toLowerCase();

const ZH_DELIM = /[，。；！？：、,;!?]/u;

function clausesOf(p: Paragraph): Clause[] {
  const text = p.text;
  const out: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    while (a < end && /\s/u.test(text[a]!)) a++;
    let e = end;
    while (e > a && /\s/u.test(text[e - 1]!)) e--;
    out.push({ start: a, end: e, text: text.slice(a, e) });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let delim = false;
    if (p.lang === "zh") {
      delim = ZH_DELIM.test(ch) && !(/[,.]/u.test(ch) && /\d/u.test(text[i + 1] ?? ""));
    } else {
      delim = /[,;:.!?]/u.test(ch) && (i + 1 === text.length || /[\s"”’')]/u.test(text[i + 1]!));
    }
    if (delim) {
      push(i);
      start = i + 1;
    }
  }
  if (start < text.length) push(text.length);
  return out;
}

interface ClauseRepeat {
  /** The clause kept (first copy) and the last repeat removed, as indices into clauses. */
  kept: number;
  lastRepeat: number;
  clauses: Clause[];
}

function clauseRepeats(p: Paragraph, s: Settings): ClauseRepeat[] {
  const clauses = clausesOf(p);
  const out: ClauseRepeat[] = [];
  const min = p.lang === "zh" ? s.clauseMinChars : s.clauseMinWords;
  // Cheap test first: a repeat has (nearly) the same length; keys are built only for those.
  const same = (x: Clause, y: Clause) =>
    Math.abs(x.text.length - y.text.length) <= Math.max(2, x.text.length * 0.2) && clauseKey(x) === clauseKey(y);
  let k = 1;
  while (k < clauses.length) {
    const prev = clauses[k - 1]!;
    if (prev.text.length >= min && same(prev, clauses[k]!) && sizeOf(prev.text, p.lang) >= min) {
      let m = k;
      while (m + 1 < clauses.length && same(prev, clauses[m + 1]!)) m++;
      out.push({ kept: k - 1, lastRepeat: m, clauses });
      k = m + 1;
    } else k++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const s: Settings = { ...defaults, ...options };
  const { Syntax } = context;
  return {
    [Syntax.Document](node) {
      const document = node as TxtParentNode;
      const model = getTextModel(document, s.lang ? { lang: s.lang } : {});
      const ps = model.paragraphs;
      const loc = (p: Paragraph) => resolveLocale(s.locale, p.lang);

      // 1. Exact duplicates, as runs of consecutive paragraphs.
      const keys = ps.map((p) => {
        if (!comparable(p)) return null;
        const key = normalizeCopy(p.text);
        return key.replace(NOT_CONTENT, "") === "" ? null : key;
      });
      const inDuplicate = new Set<number>();
      const removals: Finding[] = [];
      const gone = removablePrefix(model, keys);
      for (const run of exactRuns(model, keys)) {
        let { a, b, c, d } = run;
        let anySubstantial = false;
        for (let i = c; i <= d; i++) if (substantial(ps[i]!, s)) anySubstantial = true;
        // A table's note (and the lines it wraps onto) repeats under every table.
        if (!anySubstantial || TABLE_NOTE.test(ps[c]!.text.trim())) continue;
        for (let i = a; i <= b; i++) inDuplicate.add(i);
        for (let i = c; i <= d; i++) inDuplicate.add(i);
        if (!s.reportPullQuotes && looksLikePullQuote(model, s, a, b, c, d, gone)) continue;

        // Which copy goes: the later one, unless the earlier one is the damaged copy.
        let removeEarlier = false;
        let cut: number | null = null;
        /** The earlier block was extended by the fragment that follows it (`b`). */
        let extended = false;
        const afterEarlier = ps[b + 1];
        const afterLater = ps[d + 1];
        if (cutOff(model, ps[b]!) && !cutOff(model, ps[d]!)) {
          removeEarlier = true;
          cut = b;
        } else if (
          afterEarlier &&
          afterLater &&
          b + 1 < c &&
          keys[b + 1] &&
          keys[d + 1] &&
          keys[d + 1]!.length > keys[b + 1]!.length &&
          keys[d + 1]!.startsWith(keys[b + 1]!) &&
          cutOff(model, afterEarlier)
        ) {
          // The earlier block ends in a fragment of the paragraph that follows the later block.
          removeEarlier = true;
          b += 1;
          cut = b;
          extended = true;
          inDuplicate.add(b);
        }
        const [from, to] = removeEarlier ? [a, b] : [c, d];
        const [ofrom, oto] = removeEarlier ? [c, d] : [a, b];
        const first = ps[from]!;
        const locale = loc(first);
        const here = lineWord(locale, ps, from, to);
        const there = lineWord(locale, ps, ofrom, oto);
        const plural = to > from;
        const text = quote(first.text, locale, QUOTE[locale]);
        let message: string;
        if (removeEarlier) {
          const cutLine = ps[cut!]!.endLine;
          // The complete copy, with the paragraph that finishes its last sentence.
          const whole = lineWord(locale, ps, ofrom, continues(ps[oto]!, ps[oto + 1]) ? oto + 1 : oto);
          message = say(locale, {
            zh: `段落重复：${here}（${text}起）重复了${there}，但${lineRange("zh", cutLine)}在此中断，${whole}才是完整的一份；删去${here}。`,
            en: `Duplicated ${plural ? "paragraphs" : "paragraph"}: ${here} (${text}) ${plural ? "repeat" : "repeats"} ${there}, but ${lineRange("en", cutLine)} is cut off here while the copy at ${whole} is complete; delete ${here}.`
          });
        } else {
          message = say(locale, {
            zh: `段落重复：${here}（${text}起）重复了${there}；删去后一份。`,
            en: `Duplicated ${plural ? "paragraphs" : "paragraph"}: ${here} (${text}) ${plural ? "repeat" : "repeats"} ${there}; delete the repeat.`
          });
        }
        const range = removalRange(model, from, to);
        // The finding covers every non-space character the removal takes (the lines' markup too).
        const removed = model.source.slice(range[0], range[1]);
        const start = Math.min(first.start, range[0] + (removed.length - removed.trimStart().length));
        const end = Math.max(ps[to]!.end, range[1] - (removed.length - removed.trimEnd().length));
        const certain = extended
          ? sameSource(model, a, b - 1, c, d) && sameSource(model, b, b, d + 1, d + 1, true)
          : sameSource(model, from, to, ofrom, oto);
        if (certain) {
          removals.push({ checkId: "no-duplicate-paragraph/exact-repeat", start, end, message, fix: { range, text: "" } });
        } else {
          // Same copy, different markup (a link's address, an image): removing it is the editor's call.
          reportFinding(context, document, {
            checkId: "no-duplicate-paragraph/exact-repeat",
            start,
            end,
            message,
            suggestions: [{ id: "remove-duplicate", message: say(locale, { zh: `删去${lineWord(locale, ps, from, to)}`, en: `Delete ${lineWord(locale, ps, from, to)}` }), range, text: "" }]
          });
        }
      }
      reportRemovals(context, document, removals);

      // 2. Near duplicates: warning with a suggestion, never a fix.
      if (s.nearThreshold <= 1) {
        for (const { i, j, score } of nearPairs(model, s, inDuplicate)) {
          if (!s.reportPullQuotes && intentionalExcerpt(model, s, i, j, score)) continue;
          const removeEarlier = cutOff(model, ps[i]!) && !cutOff(model, ps[j]!);
          const [gone, kept] = removeEarlier ? [i, j] : [j, i];
          const p = ps[gone]!;
          const locale = loc(p);
          const here = lineWord(locale, ps, gone, gone);
          const there = lineWord(locale, ps, kept, kept);
          const pct = Math.round(score * 100);
          const message = say(locale, {
            zh: `段落近似重复：${here}（${quote(p.text, locale, QUOTE[locale])}起）与${there}有${pct}%相同；核对后保留一份。`,
            en: `Near-duplicate paragraph: ${here} (${quote(p.text, locale, QUOTE[locale])}) shares ${pct}% of its wording with ${there}; check and keep one.`
          });
          reportFinding(context, document, {
            checkId: "no-duplicate-paragraph/near-duplicate",
            start: p.start,
            end: p.end,
            message,
            suggestions: [
              {
                id: "remove-near-duplicate",
                message: say(locale, { zh: `删去${here}`, en: `Delete ${here}` }),
                range: removalRange(model, gone, gone),
                text: ""
              }
            ]
          });
        }
      }

      // 3. A clause repeated back to back inside one paragraph.
      for (const p of ps) {
        if (!comparable(p) || p.role === "heading" || p.role === "byline") continue;
        for (const rep of clauseRepeats(p, s)) {
          const kept = rep.clauses[rep.kept]!;
          const last = rep.clauses[rep.lastRepeat]!;
          const times = rep.lastRepeat - rep.kept + 1;
          const locale = loc(p);
          const clause = quote(p.text.slice(kept.start, kept.end), locale, QUOTE[locale]);
          const message = say(locale, {
            zh: `分句重复：${clause}连写了${times}遍；只留一遍。`,
            en: `Repeated clause: ${clause} appears ${times} times in a row; keep one.`
          });
          const from = p.start + kept.end;
          const to = p.start + last.end;
          reportFinding(context, document, {
            checkId: "no-duplicate-paragraph/repeated-clause",
            // From the separator after the kept clause: the fix removes it with the repeats.
            start: from,
            end: to,
            message,
            fix: { range: [from, to], text: "" }
          });
        }
      }
    }
  };
};

const rule: TextlintRuleModule<Options> = { linter: reporter, fixer: reporter };

export default rule;
