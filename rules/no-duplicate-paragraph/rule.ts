import { alternation, charClass, CLOSERS, NON_OPENING, SEMICOLONS, SENTENCE_ENDS } from "../../src/text/punctuation.js";
import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { check, suggest } from "../../src/messages/catalogue.js";
import type { Change, Diff, Excerpt, Place } from "../../src/messages/no-duplicate-paragraph.js";
import {
  endsWithTerminal,
  getTextModel,
  reportFinding,
  type Finding,
  resolveLocale,
  type CommonOptions,
  type Lang,
  type Paragraph,
  type TextModel
} from "../../src/text/index.js";
import {
  hasContent,
  comparisonCodePoints,
  comparisonUnits,
  contentCodePoints,
  isFigure,
  normalizeCopy,
  sizeOf,
  wordsOf
} from "../../src/text/normalize.js";
import { zhWords } from "../../src/text/segment.js";
import { keptChars, TextMemo } from "../../src/text/memo.js";
import { PostingIndex } from "./postings.js";
import { summaryBoxLabel } from "../../src/text/lexicon/summary-boxes.js";
import { TABLE_NOTE_LABELS } from "../../src/text/lexicon/table-notes.js";
import { editDiff, type EditDiff, type Hunk } from "../../src/text/edit-diff.js";

import { defaults, meta, type Options } from "./meta.js";
export type { Options };

type Settings = typeof defaults & CommonOptions;

/** `normalizeCopy` lives in src/text (the one comparison form); re-exported for older imports. */
export { normalizeCopy };

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
const TABLE_NOTE = new RegExp(`^(?:${alternation(TABLE_NOTE_LABELS)})\\s*(?:[-—:：]|\\d+[:：.])`, "u");

/** Paragraphs whose repetition matters on its own: copy, not furniture. */
function substantial(p: Paragraph, s: Settings): boolean {
  if (p.role === "heading" || p.role === "byline" || p.role === "table" || p.role === "ellipsis") return false;
  if (TABLE_NOTE.test(p.text.trim())) return false;
  return paragraphSize(p) >= (p.lang === "zh" ? s.minChars : s.minWords);
}

// ---------------------------------------------------------------------------------------------
// Which copy is damaged

/** True when `next` reads as the rest of `last`: a word split across the break. */
export function continues(last: Paragraph, next: Paragraph | undefined): boolean {
  if (!next || !comparable(next) || next.role === "heading" || next.role === "byline") return false;
  const a = last.text.trimEnd();
  const b = next.text.trimStart();
  if (last.lang === "en") return /[-\p{L},]$/u.test(a) && /^[\p{Ll}]/u.test(b);
  const tail = Array.from(a).slice(-4).join("");
  const head = Array.from(b).slice(0, 4).join("");
  if (!/\p{Script=Han}$/u.test(tail) || !/^\p{Script=Han}/u.test(head)) return false;
  // Eight characters at most: the segmenter never sees more than this window.
  const at = tail.length;
  for (const w of zhWords(tail + head, 0)) {
    if (w.start < at && w.end > at) return true;
    if (w.start >= at) break;
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

/** Paragraphs `from..to` share a line with the paragraph before or after them. */
function sharesLine(ps: readonly Paragraph[], from: number, to: number): boolean {
  const prev = ps[from - 1];
  const next = ps[to + 1];
  return (prev !== undefined && prev.endLine === ps[from]!.line) || (next !== undefined && next.line === ps[to]!.endLine);
}

/** The offset after the line break at `offset` (LF, CRLF or CR), or `offset` when there is none. */
function afterBreak(source: string, offset: number): number {
  if (source[offset] === "\r") return offset + (source[offset + 1] === "\n" ? 2 : 1);
  if (source[offset] === "\n") return offset + 1;
  return offset;
}

const contentEnds = new WeakMap<TextModel, number>();

/** Offset just past the source's last non-space character, found once per document. */
function contentEnd(model: TextModel): number {
  let e = contentEnds.get(model);
  if (e === undefined) {
    const source = model.source;
    e = source.length;
    while (e > 0 && /\s/u.test(source[e - 1]!)) e--;
    contentEnds.set(model, e);
  }
  return e;
}

/**
 * The source range that removes paragraphs `from..to` (inclusive) whole, with their markup and
 * the blank lines that follow them, so the text around closes up as if they had never been there.
 * Only the paragraphs' own lines and blank lines go: whatever the model does not count as a
 * paragraph (a fenced code block, an HTML block, a rule) stays, wherever it sits.
 */
function removalRange(model: TextModel, from: number, to: number): [number, number] {
  const ps = model.paragraphs;
  const first = ps[from]!;
  const last = ps[to]!;
  const source = model.source;
  if (sharesLine(ps, from, to)) {
    // Paragraphs marked inside one line (U+E40C): only the paragraphs and the marks after them.
    const separator = model.separatorAfter(last);
    const end = separator.removable ? separator.end : last.end;
    if (ps[to + 1] && end <= ps[to + 1]!.start) return [first.start, end];
    const prev = ps[from - 1];
    return [prev && prev.endLine === first.line ? prev.end : first.start, last.end];
  }
  const start = lineStartOf(source, first.start);
  // The end of the last paragraph's line, its break, then the blank lines after it.
  const lineEnd = lineEndOf(source, last.end);
  let end = lineEnd < 0 ? source.length : afterBreak(source, lineEnd);
  for (;;) {
    const e = lineEndOf(source, end);
    const line = source.slice(end, e < 0 ? source.length : e);
    if (e < 0 || line.trim() !== "") break;
    end = afterBreak(source, e);
  }
  if (end < contentEnd(model)) return [start, end];
  // Nothing follows: take the break before instead (the end of the copy before it), and leave the
  // document's own final line break.
  let before = start;
  while (before > 0 && /\s/u.test(source[before - 1]!)) before--;
  return before > 0 ? [before, last.end] : [start, last.end];
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
  const block = (from: number, to: number) =>
    sharesLine(ps, from, to)
      ? model.source.slice(ps[from]!.start, ps[to]!.end)
      : model.source.slice(lineStartOf(model.source, ps[from]!.start), lineEnd(ps[to]!.end));
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
    } else reportFinding(context, document, { ...f, fix: undefined });
    reach = Math.max(reach, end);
  }
}

/** The source lines of paragraphs `from..to`. */
function linesOf(ps: readonly Paragraph[], from: number, to: number): Place {
  return { first: ps[from]!.line, last: ps[to]!.endLine };
}

/**
 * Where two copies sit, as a message names them: their lines, and when both sit on the same lines
 * (copy whose paragraphs are marked inside one line, such as U+E40C) their paragraph numbers too.
 */
function places(ps: readonly Paragraph[], x: [number, number], y: [number, number]): [Place, Place] {
  const here = linesOf(ps, x[0], x[1]);
  const there = linesOf(ps, y[0], y[1]);
  if (here.first !== there.first || here.last !== there.last) return [here, there];
  return [
    { ...here, paragraphs: [x[0] + 1, x[1] + 1] },
    { ...there, paragraphs: [y[0] + 1, y[1] + 1] }
  ];
}

/** A line of a title block: a headline, a byline, or a line of copy with no full stop. */
function titleLike(p: Paragraph): boolean {
  if (p.role === "heading" || p.role === "byline") return true;
  return (p.role === "body" || p.role === "quotation") && !FINISHED.test(p.text.trimEnd());
}

/** A title block starts among the first paragraphs of a piece: headline, subheads, byline. */
const TITLE_REACH = 5;

/** Shortest title (Chinese characters / English words, figures aside) whose repeat is reported. */
const TITLE_MIN: Record<Lang, number> = { zh: 8, en: 4 };

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
const FINISHED = new RegExp(`${charClass(SENTENCE_ENDS, SEMICOLONS)}${charClass(CLOSERS)}?$`, "u");

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

/** How far below its label a box's paragraphs reach. */
const BOX_REACH = 4;

/** The label of the summary box (核心阅读, 延伸阅读, Key points) paragraph `index` sits in, if any. */
function boxOf(model: TextModel, index: number): string | undefined {
  const ps = model.paragraphs;
  for (let k = index - 1; k >= 0 && k >= index - BOX_REACH; k--) {
    const label = summaryBoxLabel(ps[k]!.text);
    if (label) return label;
  }
  return undefined;
}

/** Fewest paragraphs between an opening and its echo as the close. */
const ECHO_GAP = 5;

/** A paragraph that is one quotation and nothing else: `“…”`, set apart as a pull quote. */
const QUOTE_ONLY = /^[“"「『][^“”"「」『』]+[”"」』][。.!！?？]?$/u;

/** Why a repeat is there by design: a summary box restating the story, an essay's echo, a pull quote. */
type Design = { kind: "box"; label: string } | { kind: "echo"; opening: number } | { kind: "pull" };

/**
 * A repeat there by design: one paragraph (never a run) that sits under a summary box's label
 * (either copy: 核心阅读 above the story, 延伸阅读 below it), or opens the story and is echoed as
 * its closing paragraph, or is a short quotation set apart (a pull quote). A paragraph pasted
 * again next to itself is never one.
 */
function designedRepeat(
  model: TextModel,
  s: Settings,
  a: number,
  b: number,
  c: number,
  d: number,
  gone: Int32Array,
  keys: readonly (string | null)[]
): Design | null {
  if (a !== b || c !== d) return null;
  const ps = model.paragraphs;
  // Back to back is a paste, not a design. Filler rows and other repeats between do not count:
  // --fix removes them, and the copies must be judged the same before and after.
  if (c - b - (gone[c]! - gone[b + 1]!) < 2) return null;
  const label = boxOf(model, a) ?? boxOf(model, c);
  if (label) return { kind: "box", label };
  const p = ps[a]!;
  if (c - b - (gone[c]! - gone[b + 1]!) < 3) return null;
  if (!endsWithTerminal(p.text, p.lang) || !endsWithTerminal(ps[c]!.text, ps[c]!.lang)) {
    if (!QUOTE_ONLY.test(p.text.trim())) return null;
  }
  const { first, last } = storyOf(model, s);
  // An echo frames a piece with a body between; in a short item the lede again at the end is a paste.
  // The opening itself, not a copy of it pasted in between, is what the close echoes.
  const opening = a === first || (first >= 0 && keys[first] === keys[a]);
  if (opening && c === last && c - first - (gone[c]! - gone[first + 1]!) > ECHO_GAP) return { kind: "echo", opening: first };
  const limit = p.lang === "zh" ? 60 : 30;
  if (QUOTE_ONLY.test(p.text.trim()) && paragraphSize(p) <= limit) return { kind: "pull" };
  return null;
}

/**
 * `[i]`: how many of the paragraphs before `i` a fix removes: rows of nothing but ellipsis marks,
 * and later copies of an earlier paragraph (same key).
 */
const NON_OPENING_START = new RegExp(`^${charClass(NON_OPENING)}`, "u");

function removablePrefix(model: TextModel, keys: readonly (string | null)[]): Int32Array {
  const ps = model.paragraphs;
  const counts = new Int32Array(ps.length + 1);
  const seen = new Set<string>();
  for (let i = 0; i < ps.length; i++) {
    const key = keys[i];
    const repeat = key != null && seen.has(key);
    if (key != null) seen.add(key);
    // A paragraph opening on `，` or `；` is the rest of the one before; no-truncated-sentence joins it.
    const joined = i > 0 && NON_OPENING_START.test(ps[i]!.text);
    counts[i + 1] = counts[i]! + (ps[i]!.role === "ellipsis" || repeat || joined ? 1 : 0);
  }
  return counts;
}

/** Summary points of a 要点 box: `■ …` lines that quote the story below them. */
const SUMMARY_MARKER = /^[■●◆▲★□◇◎]/u;

/**
 * A near copy that is there by design: a summary point, a paragraph of a summary box, an excerpt
 * quoted ahead of the full passage (a pull quote, a quote used as a section lead and given in full
 * later), or the story's opening summary (导语) that the body then gives in full.
 */
function intentionalExcerpt(model: TextModel, s: Settings, pair: NearPair): Excerpt | null {
  const { i, j, score } = pair;
  const ps = model.paragraphs;
  const earlier = ps[i]!;
  const later = ps[j]!;
  const label = boxOf(model, i) ?? boxOf(model, j);
  if (label) return { kind: "box", label };
  if (SUMMARY_MARKER.test(earlier.text.trim())) return { kind: "points" };
  const a = paragraphSize(earlier);
  const b = paragraphSize(later);
  // The story's opening summary (often without a full stop) that the body then gives in full.
  // (Given in full: longer, or the same words with more added, such as the speaker: `习近平强调，…`.)
  const onlyAdds = pair.diff !== null && pair.diff.hunks.length > 0 && pair.diff.hunks.every((h) => h.removed.length === 0);
  if (storyOf(model, s).bodyBefore[i]! === 0 && (a < b * 0.95 || onlyAdds || !endsWithTerminal(earlier.text, earlier.lang))) return { kind: "lede" };
  // A quotation set apart as a display line (no full stop), then given in the text: a pull quote.
  if (QUOTE_ONLY.test(earlier.text.trim()) && !/[。.!！?？…][”"」』]?$/u.test(earlier.text.trim())) return { kind: "excerpt" };
  if (cutOff(model, earlier)) return null;
  return score >= 0.95 && a < b * 0.9 ? { kind: "excerpt" } : null;
}

interface BoxedExcerpt {
  why: Excerpt;
  gone: number;
  kept: number;
  locale: Lang;
  /** How the point alone is named: its place, the story's and its text. */
  here: Place;
  there: Place;
  copy: string;
}

/** Points of one box are at most this many paragraphs apart (a blank or a label between). */
const BOX_POINT_GAP = 3;

/**
 * Summary-box points that restate the story, one info finding per box: the box's first to last
 * point, and where in the story they come from. A single point keeps its own message.
 */
function reportBoxes(context: Readonly<TextlintRuleContext>, document: TxtParentNode, ps: readonly Paragraph[], boxed: BoxedExcerpt[]): void {
  boxed.sort((a, b) => a.gone - b.gone);
  for (let k = 0; k < boxed.length;) {
    let end = k + 1;
    const sameBox = (x: BoxedExcerpt, y: BoxedExcerpt) =>
      x.why.kind === y.why.kind && (x.why.kind !== "box" || (y.why.kind === "box" && x.why.label === y.why.label));
    while (end < boxed.length && boxed[end]!.gone - boxed[end - 1]!.gone <= BOX_POINT_GAP && sameBox(boxed[end]!, boxed[k]!)) end++;
    const group = boxed.slice(k, end);
    k = end;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    if (group.length === 1) {
      reportFinding(context, document, {
        ...check(meta, "by-design", first.locale, { of: "excerpt", why: first.why, here: first.here, there: first.there, copy: first.copy }),
        start: ps[first.gone]!.start,
        end: ps[first.gone]!.end,
        severity: "info"
      });
      continue;
    }
    let keptFrom = Infinity;
    let keptTo = -Infinity;
    for (const g of group) {
      keptFrom = Math.min(keptFrom, g.kept);
      keptTo = Math.max(keptTo, g.kept);
    }
    const [here, there] = places(ps, [first.gone, last.gone], [keptFrom, keptTo]);
    const box = first.why.kind === "box" ? first.why.label : "";
    reportFinding(context, document, {
      ...check(meta, "by-design", first.locale, { of: "points", here, there, count: group.length, box }),
      start: ps[first.gone]!.start,
      end: ps[last.gone]!.end,
      severity: "info"
    });
  }
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
/** `h % SAMPLE_EVERY === 0` as a mask (SAMPLE_EVERY is a power of two): most hashes are past 2³¹, where `%` works on doubles. */
const SAMPLE_MASK = SAMPLE_EVERY - 1;
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

/**
 * Shingle hashes of paragraphs seen in the last lint or two, per language (see TextMemo): the
 * language server lints the whole document on every keystroke, and most paragraphs are unchanged.
 */
const shingleMemo: Record<Lang, TextMemo<Uint32Array>> = { zh: new TextMemo(), en: new TextMemo() };

/**
 * Hashes of a paragraph's shingles, in order: Chinese 4-character, English 3-word (lower case).
 * Shared between lints: do not change the array.
 */
export function shingleHashes(text: string, lang: Lang): Uint32Array {
  return shingleMemo[lang].get(text, () => (lang === "zh" ? zhShingles(text) : enShingles(text)));
}

/** A paragraph's 1-in-SAMPLE_EVERY shingles, sorted and distinct, and (once a pair asks) all of them so. */
interface ShingleSets {
  sparse: Uint32Array;
  full?: Uint32Array;
}

/** The sorted sets of paragraphs seen in the last lint or two (see TextMemo): `--fix` lints again, an editor on every keystroke. */
const shingleSetMemo: Record<Lang, TextMemo<ShingleSets>> = { zh: new TextMemo(), en: new TextMemo() };

function shingleSets(text: string, lang: Lang, raw: Uint32Array): ShingleSets {
  return shingleSetMemo[lang].get(text, () => {
    let sampledCount = 0;
    for (let k = 0; k < raw.length; k++) if ((raw[k]! & SAMPLE_MASK) === 0) sampledCount++;
    const sparseRaw = new Uint32Array(sampledCount);
    sampledCount = 0;
    for (let k = 0; k < raw.length; k++) if ((raw[k]! & SAMPLE_MASK) === 0) sparseRaw[sampledCount++] = raw[k]!;
    return { sparse: sortedDistinct(sparseRaw) };
  });
}

function zhShingles(text: string): Uint32Array {
  const codes = comparisonCodePoints(text);
  const out = new Uint32Array(Math.max(0, codes.length - 3));
  for (let i = 0; i + 4 <= codes.length; i++) {
    out[i] = mix(mix(mix(mix(0x811c9dc5, codes[i]!), codes[i + 1]!), codes[i + 2]!), codes[i + 3]!);
  }
  return out;
}

function enShingles(text: string): Uint32Array {
  const words = comparisonUnits(text, "en").map(fnv1a);
  const out = new Uint32Array(Math.max(0, words.length - 2));
  for (let i = 0; i + 3 <= words.length; i++) out[i] = mix(mix(mix(0x811c9dc5, words[i]!), words[i + 1]!), words[i + 2]!);
  return out;
}

interface NearPair {
  i: number;
  j: number;
  /** Share of the shorter paragraph's shingles the other has. */
  score: number;
  /** Character (zh) or word (en) similarity, 1 − edits / (n + m); 0 past the edit bound. */
  similarity: number;
  /** The edits from paragraph i to paragraph j, on `units`, when within the bound. */
  diff: { hunks: Hunk[]; a: string[]; b: string[] } | null;
}

/** A sorted copy of `xs` without repeats. */
function sortedDistinct(xs: Uint32Array): Uint32Array {
  const all = xs.slice().sort();
  let n = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[n++] = all[k]!;
  return all.subarray(0, n);
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

/**
 * Most edits (insertions plus deletions; a substituted character is two) a near copy by edits may
 * have: a few, not a rewrite. A longer paragraph edited more still counts by its shingle share.
 */
const MAX_EDITS = 12;

/** Shingle length: characters (zh), words (en). */
const SHINGLE: Record<Lang, number> = { zh: 4, en: 3 };

/** Paragraphs with at most this many shingles index all of them, not a sample. */
const DENSE = 48;

/**
 * Edit units and bounded diffs of paragraphs seen in the last lint or two (see TextMemo): `--fix`
 * lints the fixed text again and an editor lints on every keystroke, and a near pair whose two
 * paragraphs did not change has the same diff. Read-only.
 */
const unitMemo: Record<Lang, TextMemo<ReturnType<typeof units>>> = { zh: new TextMemo(), en: new TextMemo() };
const diffMemo = new TextMemo<Map<string, EditDiff | null>>();

function keptUnits(p: Paragraph): ReturnType<typeof units> {
  return unitMemo[p.lang].get(p.text, () => units(p));
}

function keptDiff(
  their: Paragraph,
  theirUnits: ReturnType<typeof units>,
  mine: Paragraph,
  mineUnits: ReturnType<typeof units>,
  bound: number
): EditDiff | null {
  // A one-off lint keeps nothing: no key is built.
  if (keptChars() === 0) return editDiff(theirUnits.key, mineUnits.key, bound);
  const byOther = diffMemo.get(mine.text, () => new Map());
  const key = `${their.lang}:${mine.lang}:${bound}\u0000${their.text}`;
  let d = byOther.get(key);
  if (d === undefined) byOther.set(key, (d = editDiff(theirUnits.key, mineUnits.key, bound)));
  return d;
}

/** What a near copy is compared on: content characters (zh), words (en); as written, and folded. */
function units(p: Paragraph): { raw: string[]; key: string[] } {
  const raw = p.lang === "zh" ? contentCodePoints(p.text) : wordsOf(p.text);
  return { raw, key: raw.map((u) => u.toLowerCase()) };
}

/**
 * Two paragraphs that state parallel facts on one template (two deals on identical terms, two
 * quarters' figures): their differences swap a number, or (English) a name for another name. A
 * paste edited afterwards differs in typos and small words.
 */
/**
 * A word for a word makes two Chinese paragraphs parallel facts (`养老保险…` / `医疗保险…`) only when
 * they are this short: a template of 120 characters or more differing in one word is a paste edited.
 */
const PARALLEL_MAX_CHARS = 120;

function parallelFacts(lang: Lang, hunks: readonly Hunk[], a: readonly string[], b: readonly string[]): boolean {
  for (const h of hunks) {
    const removed = a.slice(h.aStart, h.aStart + h.removed.length);
    const added = b.slice(h.bStart, h.bStart + h.added.length);
    // A number for a number (`3万` for `5万`), or one added or dropped: the facts differ. A numeral
    // character for a word character (`一系列` for `对系列`) is a typo, not another fact.
    if (removed.length === 0 || added.length === 0) {
      if ([...removed, ...added].some(isFigure)) return true;
      continue;
    }
    if (removed.some(isFigure) && added.some(isFigure)) return true;
    if (lang === "en" && removed.some((u) => /^\p{Lu}/u.test(u)) && added.some((u) => /^\p{Lu}/u.test(u))) return true;
    // Chinese: a word for a word (养老 for 医疗); an edit or a typo changes one character at a time.
    if (lang === "zh" && removed.length >= 2 && added.length >= 2 && a.length < PARALLEL_MAX_CHARS) return true;
  }
  return false;
}

function nearPairs(model: TextModel, s: Settings, skip: Set<number>): NearPair[] {
  const ps = model.paragraphs;
  // By paragraph index (arrays, not maps: every candidate of every paragraph looks them up).
  const rawOf: Uint32Array[] = new Array(ps.length); // its shingles, in order
  const setsOf: ShingleSets[] = new Array(ps.length); // its sorted sets (the full one when a pair needs it), kept between lints
  const fullOf = (i: number): Uint32Array => (setsOf[i]!.full ??= sortedDistinct(rawOf[i]!));
  const unitsOf: ReturnType<typeof units>[] = new Array(ps.length); // paragraphs compared by edits so far
  // About one key per SAMPLE_EVERY shingles (a Chinese character, an English word of about six
  // letters): sized once instead of doubling a dozen times, and not far past what is needed.
  let shingleEstimate = 0;
  for (const p of ps) shingleEstimate += p.lang === "zh" ? p.text.length : p.text.length / 6;
  const postings = new PostingIndex(POSTING_CAP, shingleEstimate / SAMPLE_EVERY);
  const pairs: NearPair[] = [];
  // Candidates are kept down to this share of shared shingles; the edit similarity decides.
  const floor = Math.min(s.nearThreshold, s.nearCandidate);
  // Shared-shingle counts for the current paragraph, reset through the list of touched entries.
  const shared = new Int32Array(ps.length);
  const touched: number[] = [];
  for (const p of ps) {
    const eligible =
      (p.role === "body" || p.role === "quotation" || p.role === "list-item") &&
      !skip.has(p.index) &&
      paragraphSize(p) >= (p.lang === "zh" ? s.nearMinChars : s.nearMinWords);
    if (!eligible) continue;
    // The paragraph's distinct shingles, sorted: the full set, and the 1-in-SAMPLE_EVERY sample.
    // The paragraph's shingles; sorted and made distinct only when a pair needs the full set.
    const raw = shingleHashes(p.text, p.lang);
    const dense = raw.length <= DENSE;
    const sets = shingleSets(p.text, p.lang, raw);
    const mySparse = sets.sparse;
    rawOf[p.index] = raw;
    setsOf[p.index] = sets;
    let mineFull: Uint32Array | null = dense ? fullOf(p.index) : null;
    const mine = () => (mineFull ??= fullOf(p.index));
    const mySample = dense ? mine() : mySparse;
    touched.length = 0;
    for (const h of mySample) postings.add(h, p.index, shared, touched);
    let mineUnits: ReturnType<typeof units> | null = null;
    let best: NearPair | null = null;
    // The share a pair must reach here: a near copy by edits is within MAX_EDITS (so of a length
    // within it, and sharing all but SHINGLE · MAX_EDITS shingles), or shares nearThreshold.
    const lengthFloor = 1 - (SHINGLE[p.lang] * MAX_EDITS) / Math.max(1, raw.length - MAX_EDITS - 2);
    const pf = Math.min(s.nearThreshold, Math.max(floor, lengthFloor));
    for (const i of touched) {
      const common = shared[i]!;
      shared[i] = 0;
      const theirRaw = rawOf[i]!;
      const bothDense = theirRaw.length <= DENSE && dense;
      const theirs = bothDense ? fullOf(i) : setsOf[i]!.sparse;
      const ours = bothDense ? mine() : mySparse;
      const sampleSmall = Math.min(theirs.length, ours.length);
      // The sample is chosen by hash, so shared shingles are sampled alike in both paragraphs:
      // the sampled share tracks the full one. The index count misses the boilerplate shingles
      // it stopped counting (slack 0.2); the exact share of the two samples does not (slack 0.1).
      if (common < Math.max(2, (pf - 0.2) * sampleSmall)) continue;
      if (Math.min(theirRaw.length, raw.length) < Math.max(theirRaw.length, raw.length) * 0.5) continue;
      if (sortedIntersection(theirs, ours) < Math.max(2, (pf - 0.1) * sampleSmall)) continue;
      const theirAll = fullOf(i);
      const score = sortedIntersection(theirAll, mine()) / Math.max(1, Math.min(theirAll.length, mine().length));
      if (score < floor) continue;
      // Character- or word-level edits, bounded: past the bound the pair is not a near copy by
      // edits. One edit breaks at most SHINGLE[lang] shingles, so a pair within the bound shares
      // at least 1 − SHINGLE · bound / size of its shingles: below that, the diff is not run.
      const smaller = Math.min(theirAll.length, mine().length);
      const lang = p.lang;
      const approxTotal = paragraphSize(p) + paragraphSize(ps[i]!);
      const bound = Math.min(MAX_EDITS, Math.floor(approxTotal * (1 - s.nearSimilarity)));
      const byShingles = score >= s.nearThreshold;
      // Lengths that differ by more than the bound cannot be within it (slack: sizes count words a
      // little differently from the units the diff compares).
      const reachable =
        Math.abs(paragraphSize(p) - paragraphSize(ps[i]!)) <= bound + 2 && score >= 1 - (SHINGLE[lang] * bound) / Math.max(1, smaller);
      if (!byShingles && !reachable) continue;
      if (!mineUnits) mineUnits = unitsOf[p.index] = keptUnits(p);
      const theirUnits = (unitsOf[i] ??= keptUnits(ps[i]!));
      const total = theirUnits.key.length + mineUnits.key.length;
      const d = keptDiff(ps[i]!, theirUnits, p, mineUnits, Math.min(MAX_EDITS, total * (1 - s.nearSimilarity)));
      const similarity = d ? 1 - d.distance / Math.max(1, total) : 0;
      if (similarity < s.nearSimilarity && score < s.nearThreshold) continue;
      if (d && parallelFacts(p.lang, d.hunks, theirUnits.raw, mineUnits.raw)) continue;
      const pair: NearPair = { i, j: p.index, score, similarity, diff: d ? { hunks: d.hunks, a: theirUnits.raw, b: mineUnits.raw } : null };
      if (!best || Math.max(similarity, score) > Math.max(best.similarity, best.score)) best = pair;
    }
    if (best) pairs.push(best);
  }
  return pairs;
}

/** How many differences a message names before it says "and N more". */
const DIFFS_SHOWN = 3;

/**
 * What the later copy (paragraph j, at `later`) changes from the earlier (i): its first few edits,
 * as copy of the paragraph's language. Undefined when there is no bounded diff.
 */
function describeDiff(lang: Lang, pair: NearPair, later: Place, earlier: Place): Diff | undefined {
  if (!pair.diff || pair.diff.hunks.length === 0) return undefined;
  const { hunks, a, b } = pair.diff;
  // Chinese units are characters, English units words.
  const join = (xs: readonly string[]) => xs.join(lang === "zh" ? "" : " ");
  const changes: Change[] = hunks.slice(0, DIFFS_SHOWN).map((h) => ({
    removed: join(a.slice(h.aStart, h.aStart + h.removed.length)),
    added: join(b.slice(h.bStart, h.bStart + h.added.length))
  }));
  return { later, earlier, lang, changes, more: hunks.length - DIFFS_SHOWN };
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

/**
 * Clause marks by character code: the scan reads every character of every paragraph, and
 * `text[i]` makes a new string of each Chinese character (and a regex test costs more).
 */
const ZH_DELIMITERS = new Set(Array.from("，。；！？：、,;!?", (c) => c.charCodeAt(0)));
const EN_DELIMITERS = new Set(Array.from(",;:.!?", (c) => c.charCodeAt(0)));
const COMMA = 0x2c;

const isAsciiDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

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
  const zh = p.lang === "zh";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let delim = false;
    if (zh) {
      delim = ZH_DELIMITERS.has(code) && !(code === COMMA && isAsciiDigitCode(text.charCodeAt(i + 1)));
    } else {
      delim = EN_DELIMITERS.has(code) && (i + 1 === text.length || /[\s"”’')]/u.test(text[i + 1]!));
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

/** Clause repeats of paragraphs seen in the last lint or two, by language and minimum (see TextMemo). Read-only. */
const clauseRepeatMemo = new TextMemo<Map<string, readonly ClauseRepeat[]>>();

function clauseRepeats(p: Paragraph, s: Settings): readonly ClauseRepeat[] {
  const byKind = clauseRepeatMemo.get(p.text, () => new Map());
  const kind = `${p.lang}:${p.lang === "zh" ? s.clauseMinChars : s.clauseMinWords}`;
  let found = byKind.get(kind);
  if (!found) byKind.set(kind, (found = findClauseRepeats(p, s)));
  return found;
}

function findClauseRepeats(p: Paragraph, s: Settings): ClauseRepeat[] {
  const clauses = clausesOf(p);
  const out: ClauseRepeat[] = [];
  const min = p.lang === "zh" ? s.clauseMinChars : s.clauseMinWords;
  // Cheap test first: a repeat has (nearly) the same length; keys are built only for those.
  const same = (x: Clause, y: Clause) => Math.abs(x.text.length - y.text.length) <= Math.max(2, x.text.length * 0.2) && clauseKey(x) === clauseKey(y);
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

/** A stretch of copy up to a clause mark, said again right after it: its range and how often. */
interface TandemRepeat {
  /** The first copy, relative to the paragraph text (its clause mark, and in English the space after it, included). */
  start: number;
  end: number;
  /** End of the last repeat. */
  repeatsEnd: number;
  times: number;
}

/** Longest stretch looked for (characters): a bounded window keeps the search linear. */
const TANDEM_MAX = { zh: 60, en: 160 } as const;
/** Where a stretch may end: after a Chinese comma or semicolon, after an English one and its space. */
const TANDEM_ENDS = { zh: /[，；]/gu, en: /[,;] /gu } as const;

/**
 * Copy pasted again after the clause mark it ends on, whatever clause marks it holds itself: part
 * of a clause (`…活动的通知》（以下简称《通知》），` + `展“工会送清凉、防暑保安康”活动的通知》（以下简称《通知》），`)
 * or several. Whole clauses said again are `clauseRepeats`' (`taken`) and left to it.
 */
function tandemRepeats(p: Paragraph, s: Settings, taken: readonly (readonly [number, number])[]): TandemRepeat[] {
  const lang = p.lang === "zh" ? "zh" : "en";
  const text = p.text;
  const min = lang === "zh" ? s.clauseMinChars : s.clauseMinWords;
  const out: TandemRepeat[] = [];
  const ends: number[] = [];
  const pattern = TANDEM_ENDS[lang];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) ends.push(m.index + m[0].length);
  let after = -1;
  for (let a = 0; a < ends.length; a++) {
    const end = ends[a]!;
    // A repeat opens as its first copy does, never on a mark (runs of marks cost one test a mark).
    if (end <= after || end >= text.length || /[，；,;]/u.test(text[end]!)) continue;
    for (let b = a + 1; b < ends.length && ends[b]! - end <= TANDEM_MAX[lang]; b++) {
      const length = ends[b]! - end;
      const start = end - length;
      if (start < 0 || length <= min || text[start] !== text[end]) continue;
      const unit = text.slice(start, end);
      if (text.slice(end, end + length) !== unit || sizeOf(unit, lang) < min) continue;
      let repeatsEnd = end + length;
      let times = 2;
      while (text.slice(repeatsEnd, repeatsEnd + length) === unit) {
        repeatsEnd += length;
        times++;
      }
      if (!taken.some(([x, y]) => x < p.start + repeatsEnd && p.start + start < y)) out.push({ start, end, repeatsEnd, times });
      after = repeatsEnd;
      break;
    }
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
        return hasContent(key) ? key : null;
      });
      const inDuplicate = new Set<number>();
      const removals: Finding[] = [];
      const gone = removablePrefix(model, keys);
      for (const run of exactRuns(model, keys)) {
        let { a, b, c, d } = run;
        let anySubstantial = false;
        for (let i = c; i <= d; i++) if (substantial(ps[i]!, s)) anySubstantial = true;
        // A table's note (and the lines it wraps onto) repeats under every table.
        if (TABLE_NOTE.test(ps[c]!.text.trim())) continue;
        // The headline, byline or title block (what comes before the story's first paragraph)
        // repeated: reported like copy, once. Subheads repeated inside the story stay silent.
        // The title block ends where the first finished paragraph of copy starts.
        let titleSize = 0;
        // At the top of the piece (a table's repeated header rows are not a title), in words.
        let titleLines = a < TITLE_REACH && storyOf(model, s).bodyBefore[b + 1]! === 0;
        for (let i = a; i <= b && titleLines; i++) {
          titleLines = titleLike(ps[i]!);
          if (ps[i]!.role !== "byline") titleSize += sizeOf(ps[i]!.text.replace(/\p{N}+/gu, " "), ps[i]!.lang);
        }
        // A byline alone is a stock line (two stories on one page both carry it).
        const title = titleLines && titleSize >= TITLE_MIN[ps[a]!.lang];
        if (!anySubstantial && !title) continue;
        for (let i = a; i <= b; i++) inDuplicate.add(i);
        for (let i = c; i <= d; i++) inDuplicate.add(i);
        // The story's only copy is its headline again: nothing of substance besides the two copies.
        let bodyIsTitle = false;
        if (title) {
          bodyIsTitle = true;
          for (let i = b + 1; i < ps.length && bodyIsTitle; i++) {
            const p = ps[i]!;
            if ((i < c || i > d) && (FINISHED.test(p.text.trimEnd()) || paragraphSize(p) >= TITLE_MIN[p.lang])) bodyIsTitle = false;
          }
        }
        if (bodyIsTitle) {
          const later = ps[c]!;
          const locale = loc(later);
          const [here, there] = places(ps, [c, d], [a, b]);
          const range = removalRange(model, c, d);
          reportFinding(context, document, {
            ...check(meta, "body-is-headline", locale, { here, there, copy: later.text }),
            start: later.start,
            end: ps[d]!.end,
            suggestions: [{ ...suggest(meta, "remove-duplicate", locale, { place: here }), range, text: "" }]
          });
          continue;
        }
        const design = s.reportPullQuotes || title ? null : designedRepeat(model, s, a, b, c, d, gone, keys);
        if (design) {
          // Reported for the record, at info level and without a fix: the editor decides.
          const later = ps[c]!;
          const locale = loc(later);
          const earlier = design.kind === "echo" ? design.opening : a;
          const [here, there] = places(ps, [c, d], [earlier, design.kind === "echo" ? earlier : b]);
          reportFinding(context, document, {
            ...check(meta, "by-design", locale, { of: "repeat", design, here, there, copy: later.text }),
            start: later.start,
            end: later.end,
            severity: "info"
          });
          continue;
        }

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
        const [here, there] = places(ps, [from, to], [ofrom, oto]);
        const copies = { here, there, copy: first.text, plural: to > from };
        const said = check(
          meta,
          "exact-repeat",
          locale,
          removeEarlier
            ? // The complete copy, with the paragraph that finishes its last sentence.
              {
                ...copies,
                kind: "cut-off",
                cutLine: ps[cut!]!.endLine,
                complete: linesOf(ps, ofrom, continues(ps[oto]!, ps[oto + 1]) ? oto + 1 : oto)
              }
            : { ...copies, kind: title ? "title" : "repeat" }
        );
        const range = removalRange(model, from, to);
        // The finding covers every non-space character the removal takes (the lines' markup too).
        const removed = model.source.slice(range[0], range[1]);
        const start = Math.min(first.start, range[0] + (removed.length - removed.trimStart().length));
        const end = Math.max(ps[to]!.end, range[1] - (removed.length - removed.trimEnd().length));
        const certain = extended
          ? sameSource(model, a, b - 1, c, d) && sameSource(model, b, b, d + 1, d + 1, true)
          : sameSource(model, from, to, ofrom, oto);
        if (certain) {
          removals.push({ ...said, start, end, fix: { range, text: "" } });
        } else {
          // Same copy, different markup (a link's address, an image): removing it is the editor's call.
          reportFinding(context, document, {
            ...said,
            start,
            end,
            suggestions: [{ ...suggest(meta, "remove-duplicate", locale, { place: linesOf(ps, from, to) }), range, text: "" }]
          });
        }
      }
      reportRemovals(context, document, removals);

      // 2. Near duplicates: warning with a suggestion, never a fix; by-design excerpts are info.
      if (s.nearThreshold <= 1) {
        const boxed: BoxedExcerpt[] = [];
        for (const pair of nearPairs(model, s, inDuplicate)) {
          const { i, j, score, similarity } = pair;
          const designed = s.reportPullQuotes ? null : intentionalExcerpt(model, s, pair);
          const removeEarlier = cutOff(model, ps[i]!) && !cutOff(model, ps[j]!);
          const [gone, kept] = removeEarlier ? [i, j] : [j, i];
          const p = ps[gone]!;
          const locale = loc(p);
          const [here, there] = places(ps, [gone, gone], [kept, kept]);
          const copy = p.text;
          const [later, earlier] = places(ps, [j, j], [i, i]);
          const diff = describeDiff(ps[j]!.lang, pair, later, earlier);
          const pct = Math.round(Math.max(score, similarity) * 100);
          if (designed) {
            // The points of one summary box are one finding (below), not one per point.
            if (designed.kind === "box" || designed.kind === "points") boxed.push({ why: designed, gone, kept, locale, here, there, copy });
            else
              reportFinding(context, document, {
                ...check(meta, "by-design", locale, { of: "excerpt", why: designed, here, there, copy }),
                start: p.start,
                end: p.end,
                severity: "info"
              });
            continue;
          }
          reportFinding(context, document, {
            ...check(meta, "near-duplicate", locale, { here, there, copy, pct, ...(diff ? { diff } : {}) }),
            start: p.start,
            end: p.end,
            severity: "warning",
            suggestions: [{ ...suggest(meta, "remove-near-duplicate", locale, { place: here }), range: removalRange(model, gone, gone), text: "" }]
          });
        }
        reportBoxes(context, document, ps, boxed);
      }

      // 3. A clause repeated back to back inside one paragraph.
      for (const p of ps) {
        if (!comparable(p) || p.role === "heading" || p.role === "byline") continue;
        const taken: (readonly [number, number])[] = [];
        for (const rep of clauseRepeats(p, s)) {
          const kept = rep.clauses[rep.kept]!;
          const last = rep.clauses[rep.lastRepeat]!;
          const times = rep.lastRepeat - rep.kept + 1;
          const from = p.start + kept.end;
          const to = p.start + last.end;
          taken.push([p.start + kept.start, to]);
          reportFinding(context, document, {
            ...check(meta, "repeated-clause", loc(p), { clause: p.text.slice(kept.start, kept.end), times }),
            // From the separator after the kept clause: the fix removes it with the repeats.
            start: from,
            end: to,
            fix: { range: [from, to], text: "" }
          });
        }
        for (const rep of tandemRepeats(p, s, taken)) {
          // The repeats go, each with its clause mark: the first copy and its mark stay.
          const from = p.start + rep.end;
          const to = p.start + rep.repeatsEnd;
          reportFinding(context, document, {
            ...check(meta, "repeated-clause", loc(p), { clause: p.text.slice(rep.start, rep.end).replace(/[，；,;]\s*$/u, ""), times: rep.times }),
            start: from,
            end: to,
            fix: { range: [from, to], text: "" }
          });
        }
      }
    }
  };
};

const rule: TextlintRuleModule<Options> = { linter: reporter, fixer: reporter };

export default rule;
