import type { Paragraph } from "./model.js";
import { zhWordBreaks } from "./segment.js";
import { halfWidth } from "./normalize.js";
import { containsAnyOf, quotedAfter } from "./punctuation.js";
import { keptChars, TextMemo } from "./memo.js";
import {
  ZH_COUNT_MEASURES,
  ZH_DURATIONS,
  ZH_FIXED_PATTERN_KEYS,
  ZH_TERMS_NEVER_IN_FIGURES,
  ZH_YEAR_TITLES,
  ZH_FIXED_PATTERNS,
  ZH_FIXED_TERMS,
  ZH_MONEY_MEASURES,
  ZH_ORDINAL_MEASURE_WORDS
} from "./numeral-terms.js";

export {
  EN_FIGURE_UNITS,
  EN_SERIES_POSITION_WORDS,
  EN_TALLY_UNITS,
  ZH_COUNT_MEASURES,
  ZH_DURATIONS,
  ZH_FIXED_PATTERNS,
  ZH_FIXED_TERMS,
  ZH_GENERAL_MEASURES,
  ZH_MEASURE_WORDS,
  ZH_ORDINAL_MEASURE_WORDS
} from "./numeral-terms.js";

/**
 * Numbers in the text model: every numeral of a paragraph with its form, value and the word it
 * counts, found once per paragraph (rules never re-split the document). Chinese numerals follow
 * GB/T 15835-2011; English numbers are figures or spelled-out words.
 */

const ZH_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
};
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export interface ParsedZh {
  value: number;
  /** Two neighbouring digits without a unit between them: `三四`, `四十五六`, an approximation. */
  approximate: boolean;
  /** Digit by digit (`二〇二四`), the way years and codes are written. */
  digitwise: boolean;
}

/** Value of a Chinese numeral with a decimal part (`八点一` → 8.1); undefined when it is not one. */
export function parseChineseDecimal(text: string): number | undefined {
  const [whole, fraction, ...rest] = text.split("点");
  if (rest.length > 0 || whole === undefined) return undefined;
  const integer = parseChineseNumeral(whole);
  if (!integer || integer.approximate || integer.digitwise) return undefined;
  if (fraction === undefined) return integer.value;
  if (fraction === "" || !Array.from(fraction).every((c) => c in ZH_DIGIT && c !== "两")) return undefined;
  return Number(`${integer.value}.${Array.from(fraction, (c) => ZH_DIGIT[c]).join("")}`);
}

/** Value of a Chinese numeral (`三`, `十二`, `一百零八`, `二〇二四`, `三万`); undefined when it is not one. */
export function parseChineseNumeral(text: string): ParsedZh | undefined {
  if (text === "") return undefined;
  const chars = Array.from(text);
  if (!chars.every((c) => c in ZH_DIGIT || c in ZH_UNIT || c in ZH_BIG)) return undefined;
  const hasUnit = chars.some((c) => c in ZH_UNIT || c in ZH_BIG);
  if (!hasUnit && chars.length > 1) {
    const digitwise = chars.some((c) => c === "〇" || c === "零") || chars.length >= 4;
    const value = Number(chars.map((c) => ZH_DIGIT[c]).join(""));
    return { value, approximate: !digitwise, digitwise };
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let approximate = false;
  let previousWasDigit = false;
  for (const c of chars) {
    if (c in ZH_DIGIT) {
      const d = ZH_DIGIT[c]!;
      if (previousWasDigit && d !== 0 && digit !== 0) approximate = true;
      digit = d;
      previousWasDigit = true;
      continue;
    }
    previousWasDigit = false;
    if (c in ZH_UNIT) {
      section += (digit ?? 1) * ZH_UNIT[c]!;
    } else {
      total += (section + (digit ?? 0) || 1) * ZH_BIG[c]!;
      section = 0;
    }
    digit = undefined;
  }
  return { value: total + section + (digit ?? 0), approximate, digitwise: false };
}

const ZH_SMALL = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Chinese numeral for a whole number below 10 000 (`3` → `三`, `15` → `十五`, `108` → `一百零八`). */
export function toChineseNumeral(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value >= 10000) return undefined;
  if (value < 10) return ZH_SMALL[value];
  if (value < 20) return `十${value % 10 === 0 ? "" : ZH_SMALL[value % 10]}`;
  const units = ["千", "百", "十", ""];
  const digits = String(value).padStart(4, "0").split("").map(Number);
  let out = "";
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out !== "") pendingZero = true;
      return;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += ZH_SMALL[d]! + units[i];
  });
  return out;
}

/** One number in Chinese copy. Offsets are absolute. */
export interface ZhNumeral {
  start: number;
  end: number;
  text: string;
  form: "arabic" | "chinese";
  /** Value including a trailing 万/亿 (`2.5万` → 25000); undefined when it cannot be read. */
  value?: number;
  /** The counting word right after it (from the measure-word list), with `多`/`余` skipped. */
  measure?: string;
  /**
   * What it counts, by its measure word: `count` (个, 家, 名…), `money` (元, 万元), `duration`
   * (年, 天, 岁…), `ordinal` (after 第), `other` (no measure word).
   */
  kind: "count" | "money" | "duration" | "ordinal" | "other";
  /** End of the measure word. */
  measureEnd?: number;
  /** `多`/`余`/`来` between the number and its measure word. */
  over: boolean;
  /** Preceded by `第`. */
  ordinal: boolean;
  /** An approximation written with Chinese numerals (`三四`, `几十`): always Chinese. */
  approximate: boolean;
  /**
   * Inside a fixed term, a name, a short quoted term or a title: keeps its form. Whether a short
   * numeral is part of a longer word (ICU) is asked only when a measure word follows it.
   */
  fixed: boolean;
  /** Inside double quotes (direct speech keeps the speaker's wording). */
  quoted: boolean;
  /** Sums up a list just before it in the same clause (`养老、医疗、失业、工伤四项保险`). */
  enumerated: boolean;
}

export interface ZhNumeralOptions {
  /** Extra fixed terms (added to `ZH_FIXED_TERMS`). */
  fixedTerms?: readonly string[];
  /** Counting measure words (replaces `ZH_COUNT_MEASURES`). */
  measureWords?: readonly string[];
}

const ZH_NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?(?:万亿|万|亿)?|[零〇一二三四五六七八九十两几][零〇一二三四五六七八九十百千万亿两几]*/gu;

/**
 * Ranges of a paragraph's text (relative offsets) that keep their numerals as written: fixed
 * terms, fixed shapes, short quoted terms (`“十四五”`, `“314151”工程`) and titles in 《》.
 */
export function fixedRanges(text: string, extraTerms: readonly string[] = []): [number, number][] {
  const ranges: [number, number][] = [];
  // One pass over the text with the terms indexed by first character, instead of one indexOf scan
  // per term (125 terms: a tenth of the preset's time on a large file). Same result: every
  // occurrence of every term, a term's occurrences not overlapping each other.
  const byFirst = termIndex(extraTerms);
  const nextFree = new Map<string, number>();
  // Jump from one place a term may start to the next with a regex scan (native), not char by char.
  // The scan looks for the terms' first two characters: the first alone (`一`, `三`, `十`) is in
  // almost every number, and stopping at each of them was most of this function's time.
  const starts = termStartPattern(byFirst);
  starts.lastIndex = 0;
  for (let hit = starts.exec(text); hit; hit = starts.exec(text)) {
    const i = hit.index;
    // Terms may overlap one another (`三个代表` inside a longer term): look again from the next unit.
    starts.lastIndex = i + 1;
    const terms = byFirst.get(text[i]!);
    if (!terms) continue;
    for (const term of terms) {
      if (text.startsWith(term, i) && i >= (nextFree.get(term) ?? 0)) {
        ranges.push([i, i + term.length]);
        nextFree.set(term, i + term.length);
      }
    }
  }
  for (let k = 0; k < ZH_FIXED_PATTERNS.length; k++) {
    const keys = ZH_FIXED_PATTERN_KEYS[k];
    if (keys && !containsAnyOf(text, keys)) continue;
    const pattern = ZH_FIXED_PATTERNS[k]!;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      ranges.push([m.index, m.index + m[0].length]);
      if (m[0] === "") pattern.lastIndex++;
    }
  }
  for (const m of text.matchAll(/“[^“”]{1,12}”|《[^《》]{1,60}》|‘[^‘’]{1,12}’|「[^「」]{1,12}」/gu)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

interface MeasureList {
  list: string[];
  /** The list by first character, longest first. */
  byFirst: Map<string, string[]>;
  money: Set<string>;
  durations: Set<string>;
}
const measureLists = new WeakMap<readonly string[], MeasureList>();

/** Count, money and duration measure words, longest first (`万元` before `万`, `个月` before `个`), built once per list. */
function measureList(countWords: readonly string[]): MeasureList {
  let entry = measureLists.get(countWords);
  if (!entry) {
    const durations = new Set(ZH_DURATIONS);
    const list = [...new Set([...countWords, ...ZH_MONEY_MEASURES, ...ZH_DURATIONS])].sort((a, b) => b.length - a.length);
    const byFirst = new Map<string, string[]>();
    for (const word of list) {
      const bucket = byFirst.get(word[0]!);
      if (bucket) bucket.push(word);
      else byFirst.set(word[0]!, [word]);
    }
    entry = { list, byFirst, money: new Set(ZH_MONEY_MEASURES), durations };
    measureLists.set(countWords, entry);
  }
  return entry;
}

/** Does a fixed term cover part of [start, end)? Looks only at the few places a term could begin. */
function inFixedTerm(text: string, start: number, end: number, extraTerms: readonly string[] = []): boolean {
  const byFirst = termIndex(extraTerms);
  for (let i = Math.max(0, start - MAX_TERM_REACH); i < end; i++) {
    const terms = byFirst.get(text[i]!);
    if (!terms) continue;
    for (const term of terms) if (i + term.length > start && text.startsWith(term, i)) return true;
  }
  return false;
}
/** How far before a numeral a fixed term that covers it can begin (`不管三七二十一`). */
const MAX_TERM_REACH = 8;

/**
 * A fixed term written with a figure (`“2个确立”` for `两个确立`, `5位一体` for `五位一体`): the term
 * as it should read, or undefined. `start`/`end` are the figure's offsets in `text`.
 */
export function fixedTermInFigures(text: string, start: number, end: number, extraTerms: readonly string[] = []): string | undefined {
  const digits = text.slice(start, end);
  if (!/^(?:[1-9]|10)$/u.test(digits)) return undefined;
  const value = Number(digits);
  const words = value === 2 ? ["两", "二"] : [toChineseNumeral(value)!];
  const byFirst = figureTermIndex(extraTerms);
  for (const word of words) {
    for (const term of byFirst.get(word[0]!) ?? []) {
      if (!term.startsWith(word) || term.length < word.length + 2) continue;
      const tail = term.slice(word.length);
      // The term's own numerals only: `两个确立`, not `一带一路` read from `1带一路`.
      if (!/^[\p{Script=Han}]/u.test(tail) || /^[零〇一二三四五六七八九十两百千万]/u.test(tail)) continue;
      // Quoted, as slogans are (`“2个确立”`): unquoted, `5个中心` is a count, not the slogan `五个中心`.
      const quoted = /[“「『]/u.test(text[start - 1] ?? "") || /[”」』]/u.test(text[end + tail.length] ?? "");
      if (quoted && text.startsWith(tail, end)) return word + tail;
    }
  }
  return undefined;
}

const NO_EXTRA_TERMS: readonly string[] = [];

/**
 * Terms by first UTF-16 unit, built once per (built-in list, extra terms) pair: a paragraph is
 * checked only for the terms whose first character it holds.
 */
function firstCharIndex(
  builtIn: readonly string[],
  cache: WeakMap<readonly string[], Map<string, string[]>>,
  extraTerms: readonly string[]
): Map<string, string[]> {
  const key = extraTerms.length === 0 ? NO_EXTRA_TERMS : extraTerms;
  let index = cache.get(key);
  if (!index) {
    index = new Map();
    for (const term of new Set([...builtIn, ...key])) {
      if (term === "") continue;
      const list = index.get(term[0]!) ?? [];
      list.push(term);
      index.set(term[0]!, list);
    }
    cache.set(key, index);
  }
  return index;
}

const figureTermIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

/** Slogans, idioms and congresses (and `extraTerms`) by first character. */
function figureTermIndex(extraTerms: readonly string[]): Map<string, string[]> {
  return firstCharIndex(ZH_TERMS_NEVER_IN_FIGURES, figureTermIndexes, extraTerms);
}

const termStartPatterns = new WeakMap<Map<string, string[]>, RegExp>();

/** A global regex matching the first two characters of any indexed term (the whole of a one-character term). */
function termStartPattern(byFirst: Map<string, string[]>): RegExp {
  let re = termStartPatterns.get(byFirst);
  if (!re) {
    const heads = new Set<string>();
    for (const terms of byFirst.values()) for (const term of terms) heads.add(Array.from(term).slice(0, 2).join(""));
    const escape = (head: string) => head.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    re = heads.size === 0 ? /(?!)/gu : new RegExp([...heads].map(escape).join("|"), "gu");
    termStartPatterns.set(byFirst, re);
  }
  return re;
}

const termIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

/** Fixed terms (built-in and `extraTerms`) by first character. */
function termIndex(extraTerms: readonly string[]): Map<string, string[]> {
  return firstCharIndex(ZH_FIXED_TERMS, termIndexes, extraTerms);
}

const sortedLists = new WeakMap<readonly string[], string[]>();

/** A word list longest first, sorted once per list (not once per paragraph). */
function longestFirst(list: readonly string[]): string[] {
  let sorted = sortedLists.get(list);
  if (!sorted) sortedLists.set(list, (sorted = [...list].sort((a, b) => b.length - a.length)));
  return sorted;
}

const prefixMaxEnds = new WeakMap<readonly [number, number][], number[]>();

function overlaps(ranges: readonly [number, number][], start: number, end: number): boolean {
  if (ranges.length <= 16) {
    for (const [s, e] of ranges) {
      if (s >= end) break;
      if (e > start) return true;
    }
    return false;
  }
  // Ranges are sorted by start. A paragraph whose line breaks were lost has thousands of them, so
  // the last range starting before `end` is found by bisection, and some range up to it overlaps
  // exactly when the largest end up to it is past `start` (a scan from the first was quadratic).
  let maxEnds = prefixMaxEnds.get(ranges);
  if (!maxEnds) {
    maxEnds = [];
    let max = -Infinity;
    for (const [, e] of ranges) maxEnds.push((max = Math.max(max, e)));
    prefixMaxEnds.set(ranges, maxEnds);
  }
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid]![0] < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && maxEnds[lo - 1]! > start;
}

/** Ranges inside double quotes (direct speech and quoted terms), relative offsets. */
function quotedRanges(text: string): [number, number][] {
  return Array.from(text.matchAll(/“[^“”]*”|「[^「」]*」/gu), (m) => [m.index, m.index + m[0].length] as [number, number]);
}

/** Verbs and particles that count sessions before `N期` (`分三期`, `办了三期`, `共三期`). */
const COUNTING_BEFORE = /[分办了过共计有等连续已达近约超逾为开]$/u;

/**
 * `机场三期扩建`, `京韵园四期口袋公园`, `LNG三期`, `（三期）`: 期 names a phase of a project, a name
 * written in Chinese numerals, not a count of sessions. A phase follows the project's name; a count
 * follows a verb (`分三期`, `办了三期`).
 */
function isPhase(text: string, start: number, after: number): boolean {
  if (/[工项扩改建续]/u.test(text[after] ?? "")) return true;
  const before = text[start - 1] ?? "";
  if (/[A-Za-z0-9（(”》]/u.test(before)) return true;
  // `一期、二期、三期`, `二期为水力发电厂；三期为供水系统`: a list of phases.
  if (/[、；，]/u.test(before) && /[一二两三四五六七八九十]期/u.test(text.slice(Math.max(0, start - 12), start))) return true;
  return /\p{Script=Han}/u.test(before) && !COUNTING_BEFORE.test(before);
}

/**
 * The stretch of `text` around [from, to) that ICU segments into words as it does inside the whole
 * text: it ends at punctuation, brackets, quotes or spaces, where a word always breaks on both sides
 * (ICU's dictionary works on runs of ideographs, and these characters break any run). A comma,
 * colon, full stop or apostrophe between letters or digits (`3，5`, `a:b`, `don’t`) can join them,
 * so it ends a stretch only when neither neighbour is one.
 */
function zhStretch(text: string, from: number, to: number): [number, number] {
  // ICU's word segmenter is quadratic on long runs without punctuation: look at most
  // STRETCH_LIMIT characters either side (far enough that the window's edges do not change the
  // words at the number).
  const low = Math.max(0, from - STRETCH_LIMIT);
  const high = Math.min(text.length, to + STRETCH_LIMIT);
  const stop = (i: number) => {
    const c = text[i]!;
    if (ALWAYS_BREAKS.test(c)) return true;
    return JOINS_ALNUM.test(c) && !ALNUM.test(text[i - 1] ?? "") && !ALNUM.test(text[i + 1] ?? "");
  };
  let a = from;
  while (a > low && !stop(a - 1)) a--;
  let b = to;
  while (b < high && !stop(b)) b++;
  return [a, b];
}
/**
 * Only a few characters either side matter to the words at a numeral (ICU picks the words of a
 * run from its dictionary; a word is at most a handful of characters): a small window keeps the
 * segmenter's cost per numeral constant.
 */
const STRETCH_LIMIT = 8;
const MAX_ZH_NUMERAL = 32;
const ALWAYS_BREAKS = /[\s。！？、“”（）《》〈〉「」『』【】!?()\[\]]/u;
const JOINS_ALNUM = /[，,；;：:．.‘’']/u;
/** Letters and digits that ICU's word rules can join across punctuation (not ideographs or kana). */
const ALNUM = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]/u;

/**
 * The numbers of one Chinese paragraph. Chinese numerals must stand as their own word (ICU word
 * boundaries), so `再三`, `四川`, `五台山` are not numbers.
 */
export function zhNumerals(paragraph: Paragraph, options: ZhNumeralOptions = {}): ZhNumeral[] {
  const { text } = paragraph;
  // The first characters ZH_NUMBER can match (full-width digits included): no number without one.
  if (!/[0-9０-９零〇一二三四五六七八九十两几]/u.test(text)) return [];
  if (keptChars() === 0) return numeralsOf(text, options, paragraph.start);
  const byOptions = numeralMemo.get(text, () => new Map());
  const key = optionsKey(options);
  let found = byOptions.get(key);
  if (!found) byOptions.set(key, (found = numeralsOf(text, options, 0)));
  const at = paragraph.start;
  return found.map((n) => {
    const shifted = { ...n, start: n.start + at, end: n.end + at };
    if (n.measureEnd !== undefined) shifted.measureEnd = n.measureEnd + at;
    return shifted;
  });
}

/**
 * The numerals of paragraph texts seen in the last lint or two, at offset 0, per set of options
 * (see TextMemo): a keystroke in the language server leaves most paragraphs as they were.
 */
const numeralMemo = new TextMemo<Map<string, readonly ZhNumeral[]>>();
const optionKeys = new WeakMap<ZhNumeralOptions, string>();

function optionsKey(options: ZhNumeralOptions): string {
  let key = optionKeys.get(options);
  if (key === undefined) optionKeys.set(options, (key = JSON.stringify([options.fixedTerms ?? null, options.measureWords ?? null])));
  return key;
}

/** The first of `words` (longest first) that `text` has at `at`. */
function firstAt(text: string, at: number, words: readonly string[] | undefined): string | undefined {
  if (words) for (const word of words) if (text.startsWith(word, at)) return word;
  return undefined;
}

/** An ASCII or full-width digit. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Right before a figure, a letter, digit, point, dash, underscore, slash or colon makes it part of a code or a decimal. */
function gluedBeforeFigure(c: string): boolean {
  if (c === "") return false;
  const code = c.charCodeAt(0);
  return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || ".．-_/:".includes(c);
}

/** `zhNumerals` of a paragraph's text, its offsets from `at`. */
function numeralsOf(text: string, options: ZhNumeralOptions, at: number): ZhNumeral[] {
  const countWords = options.measureWords ?? ZH_COUNT_MEASURES;
  const measures = measureList(countWords);
  const ordinalMeasures = longestFirst(ZH_ORDINAL_MEASURE_WORDS);
  // Found on first need: most numerals have no measure word and never ask.
  let fixedCache: [number, number][] | undefined;
  const fixedOf = () => (fixedCache ??= fixedRanges(text, options.fixedTerms));
  let quoteCache: [number, number][] | undefined;
  const quotesOf = () => (quoteCache ??= text.includes("“") || text.includes("「") ? quotedRanges(text) : []);
  // ICU word boundaries, asked only in the stretches that hold a number: most paragraphs have a `一`
  // somewhere, and segmenting whole paragraphs was most of the preset's time. A place counts as a
  // word start (end) when ICU puts one there in any stretch asked about so far that covers it.
  const stretches: { from: number; to: number; breaks: (offset: number) => boolean }[] = [];
  const segmented = new Set<number>();
  let longestStretch = 0;
  const segmentStretch = (from: number, to: number) => {
    if (segmented.has(from)) return;
    segmented.add(from);
    stretches.push({ from, to, breaks: zhWordBreaks(text.slice(from, to)) });
    longestStretch = Math.max(longestStretch, to - from);
  };
  // Stretches come in text order: only the last few can cover `at` (keeps a long line linear).
  const wordBoundaryAt = (at: number, side: "start" | "end") => {
    for (let k = stretches.length - 1; k >= 0; k--) {
      const { from, to, breaks } = stretches[k]!;
      if (from + longestStretch < at) break;
      const inside = side === "start" ? at >= from && at < to : at > from && at <= to;
      if (inside && breaks(at - from)) return true;
    }
    return false;
  };
  const out: ZhNumeral[] = [];
  ZH_NUMBER.lastIndex = 0;
  for (let m = ZH_NUMBER.exec(text); m; m = ZH_NUMBER.exec(text)) {
    const start = m.index;
    const raw = m[0];
    // Characters compared by code, not by small regexes: this loop runs once per numeral.
    const arabic = isDigit(raw.charCodeAt(0));
    const before = text[start - 1] ?? "";
    if (arabic && gluedBeforeFigure(before)) continue;
    // `两年零三个月`: a run that opens with 零 continues the number before it.
    if (!arabic && (raw[0] === "零" || raw[0] === "〇")) continue;
    // No Chinese numeral is this long (`一千二百三十四万五千六百七十八` is 15): a run of numeral
    // characters (a list, a code, garbage) is not one number, and segmenting it is quadratic in ICU.
    if (!arabic && raw.length > MAX_ZH_NUMERAL) continue;
    const end = start + raw.length;
    let over = false;
    let cursor = end;
    const next = text[cursor];
    if (next === "多" || next === "余" || next === "来") {
      over = true;
      cursor++;
    }
    const measure = firstAt(text, cursor, before === "第" ? ordinalMeasures : measures.byFirst.get(text[cursor] ?? ""));
    const kind: ZhNumeral["kind"] =
      before === "第"
        ? "ordinal"
        : !measure
          ? "other"
          : measures.money.has(measure)
            ? "money"
            : measures.durations.has(measure)
              ? "duration"
              : "count";
    let value: number | undefined;
    // `几十`, `数十`, `上百`, `成千`, `好几`: approximations, always Chinese (§4.2.2). `数`, `上`,
    // `成` make one only before a round unit: `完成12个`, `建成三个`, `线上5场` are exact counts.
    let approximate =
      raw.includes("几") || (before !== "" && ("几好".includes(before) || ("数上成".includes(before) && "十百千万".includes(raw[0]!))));
    if (arabic) {
      const big = raw.endsWith("万亿") ? 1e12 : raw.endsWith("亿") ? 1e8 : raw.endsWith("万") ? 1e4 : 1;
      value = Number.parseFloat(halfWidth(raw)) * big;
    } else if (!approximate) {
      const parsed = parseChineseNumeral(raw);
      if (parsed) {
        value = parsed.value;
        approximate = parsed.approximate;
      } else {
        approximate = true;
      }
    }
    // With a measure word every fixed shape is looked at; without one (never compared) only the terms.
    let isFixed =
      (measure ? overlaps(fixedOf(), start, cursor + measure.length) : inFixedTerm(text, start, end, options.fixedTerms)) ||
      (!arabic && before !== "第" && measure === "期" && isPhase(text, start, cursor + 1));
    // A numeral of two or more characters with a unit (`十五`, `一百六十五`) is a number whatever the
    // words around it; only a short one can be part of a word (`再三`, `四川`, `五台山`).
    const compound = !arabic && raw.length >= 2 && /[十百千]/u.test(raw) && /^[一二三四五六七八九十两]/u.test(raw);
    // Without a measure word a numeral is never compared: no need to ask ICU where its word ends.
    if (!arabic && !isFixed && measure && !compound) {
      const stop = measure ? cursor + measure.length : end;
      // A stretch that is exactly the numeral and its measure word (`，三个。`) starts and ends a
      // word without asking ICU: its ends are breaks either way.
      const [a, b] = zhStretch(text, start, stop);
      if (a !== start || b !== stop) {
        segmentStretch(a, b);
        // ICU keeps `第四` together, and glues a particle to a numeral (`办了三期` → 了三|期).
        const startsWord = wordBoundaryAt(start, "start") || (/[第了过着的是有为]/u.test(before) && wordBoundaryAt(start - 1, "start"));
        if (!startsWord || !wordBoundaryAt(stop, "end")) isFixed = true;
      }
    }
    // One literal of a fixed shape per numeral (spreading the optional fields cost a tenth of the
    // extraction on a large file).
    const numeral: ZhNumeral = {
      start: at + start,
      end: at + end,
      text: raw,
      form: arabic ? "arabic" : "chinese",
      kind,
      over,
      ordinal: before === "第",
      approximate,
      fixed: isFixed,
      quoted: overlaps(quotesOf(), start, end),
      // A list item right after `、` (`五座桥、六座亭`) is not a summary; a number after the last item is.
      // Right after a closing quote it sums up or names the quoted terms (`“水地煤油气风光电氢硅”十篇大文章`).
      // Before a quoted term it counts the items of a named set (`五个“必须统筹好”`, `三个“一号工程”`).
      enumerated:
        measure !== undefined &&
        (/[“「]/u.test(text[cursor + measure.length] ?? "") ||
          /[”」》]/u.test(before) ||
          /、[^，。；：！？,;:!?、0-9零〇一二三四五六七八九十两]+$/u.test(text.slice(Math.max(0, start - 40), start)))
    };
    if (value !== undefined) numeral.value = value;
    if (measure) {
      numeral.measure = measure;
      numeral.measureEnd = at + cursor + measure.length;
    }
    out.push(numeral);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// English

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** Words for 0–100 (`21` → `twenty-one`). */
export function numberToWords(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 100) return undefined;
  if (value === 100) return "one hundred";
  if (value < 10) return ONES[value];
  if (value < 20) return TEENS[value - 10];
  const ten = TENS[Math.floor(value / 10)]!;
  return value % 10 === 0 ? ten : `${ten}-${ONES[value % 10]}`;
}

const WORD_VALUE = new Map<string, number>();
for (let n = 0; n <= 100; n++) WORD_VALUE.set(numberToWords(n)!, n);

/** Value of a spelled-out number from zero to one hundred (`Twenty-one` → 21). */
export function wordsToNumber(word: string): number | undefined {
  return WORD_VALUE.get(word.toLowerCase().replace(/[\u2010-\u2014]/gu, "-"));
}

/**
 * Could `text` hold an English number: a digit, or a number word standing as a word? A paragraph
 * that cannot is not parsed for its numbers (the retext parse is most of an English lint).
 */
export function mayHoldEnglishNumber(text: string): boolean {
  return MAY_HOLD_NUMBER.test(text);
}
const MAY_HOLD_NUMBER =
  /[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b/iu;

/** One number in English copy: a figure or a spelled-out number. Offsets are absolute. */
export interface EnNumber {
  start: number;
  end: number;
  text: string;
  form: "figure" | "word";
  value?: number;
  /** Index of its first and last token in `paragraph.words()` (`1,200` spans three). */
  token: number;
  lastToken: number;
  /** First word of its sentence. */
  sentenceStart: boolean;
  /** Inside double quotes (direct speech). */
  quoted: boolean;
}

/**
 * The numbers of one English paragraph, by word token: figures (`7`, `1,200`, `3.5`) and
 * spelled-out numbers from zero to one hundred (`seven`, `twenty-one`).
 */
export function enNumbers(paragraph: Paragraph): EnNumber[] {
  const tokens = paragraph.words();
  const sentenceStarts = new Set(paragraph.sentences().map((s) => s.start));
  const out: EnNumber[] = [];
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.wordLike) {
      if (/["“”]/u.test(token.text)) {
        for (let k = 0; k < token.text.length; k++) quoted = quotedAfter(quoted, paragraph.text, token.start - paragraph.start + k);
      }
      continue;
    }
    let text = token.text;
    let end = token.end;
    let last = i;
    // retext splits `1,200` into `1` `,` `200`: glue digit groups written without spaces.
    while (/^[0-9]+$/u.test(text)) {
      const comma = tokens[last + 1];
      const group = tokens[last + 2];
      if (!comma || !group || comma.text !== "," || comma.start !== end || group.start !== comma.end) break;
      if (!/^[0-9]{3}$/u.test(group.text)) break;
      text += `,${group.text}`;
      end = group.end;
      last += 2;
    }
    const trailingDot = /^[0-9][0-9,]*\.$/u.test(text);
    if (trailingDot) {
      text = text.slice(0, -1);
      end -= 1;
    }
    const isFigure = /^[0-9][0-9,]*(?:\.[0-9]+)?$/u.test(text);
    const wordValue = isFigure ? undefined : wordsToNumber(text);
    if (!isFigure && wordValue === undefined) continue;
    const value = isFigure ? Number(text.replace(/,/gu, "")) : wordValue;
    out.push({
      start: token.start,
      end,
      text,
      form: isFigure ? "figure" : "word",
      ...(value !== undefined && Number.isFinite(value) ? { value } : {}),
      token: i,
      lastToken: last,
      sentenceStart: sentenceStarts.has(token.start) || isSentenceOpener(tokens, i, sentenceStarts),
      quoted
    });
    i = last;
  }
  return out;
}

/** A word right after the quote mark or bracket that opens its sentence. */
function isSentenceOpener(tokens: readonly { start: number; text: string; wordLike: boolean }[], i: number, starts: Set<number>): boolean {
  const previous = tokens[i - 1];
  return !!previous && !previous.wordLike && starts.has(previous.start) && /^[("“'‘]+$/u.test(previous.text);
}

// ---------------------------------------------------------------------------------------------
// Chinese years, dates and percentages, in either form

/** A year, a month-and-day date or a percentage in Chinese copy, in Arabic or Chinese numerals. */
export interface ZhMark {
  category: "year" | "date" | "percent";
  form: "arabic" | "chinese";
  /** Absolute offsets of the whole mark (`二〇二三年`, `五月十二日`, `百分之三十`). */
  start: number;
  end: number;
  text: string;
  /** The same mark in Arabic numerals (`2023年`, `5月12日`, `30%`), for the Chinese form. */
  arabic?: string;
  /** Inside a title (`《…》`) or a short quoted term (`“二〇三五年”`): a name that keeps its form. */
  quoted: boolean;
}

const ZH_YEAR_DIGIT = "〇一二三四五六七八九";
const CN_MONTH_PART = "(十[一二]?|[一二三四五六七八九])";
const CN_DAY_PART = "([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
const ZH_MARKS = new RegExp(
  [
    "(?<![0-9０-９.．])((?:1[5-9]|20)[0-9]{2}|[１][５-９][０-９]{2}|２０[０-９]{2})年",
    "(?<![〇零一二三四五六七八九十百千万])([〇零一二三四五六七八九]{4})年",
    "(?<![0-9０-９])([0-9０-９]{1,2}月[0-9０-９]{1,2})日",
    `(?<![〇零一二三四五六七八九十年])(${CN_MONTH_PART}月${CN_DAY_PART})日`,
    "(?<![0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]",
    "百分之([零一二三四五六七八九十百点]+)"
  ].join("|"),
  "gu"
);
/**
 * The capture groups of `ZH_MARKS` by number (named groups cost an object per match): an Arabic
 * or Chinese year, date, percentage. The Chinese date's month and day parts are groups 5 and 6.
 */
const ARABIC_YEAR = 1;
const CHINESE_YEAR = 2;
const ARABIC_DATE = 3;
const CHINESE_DATE = 4;
const ARABIC_PERCENT = 7;
const CHINESE_PERCENT = 8;

/** Years, dates and percentages of one Chinese paragraph (one pass of one regex). */
export function zhMarks(paragraph: Paragraph): ZhMark[] {
  const { text } = paragraph;
  if (!/[年日%％]|百分之/u.test(text)) return [];
  // A title or a short quoted term keeps its form; direct speech does not: speech has no digits, the
  // writer who transcribed it chose the form, and the piece's form applies (newspaper practice).
  const quotes = Array.from(
    text.matchAll(/《[^《》]{0,60}》|“[^“”]{1,12}”|「[^「」]{1,12}」/gu),
    (m) => [m.index, m.index + m[0].length] as [number, number]
  );
  const out: ZhMark[] = [];
  const mark = (m: RegExpExecArray, category: ZhMark["category"], form: ZhMark["form"], arabic?: string) => {
    const found: ZhMark = {
      start: paragraph.start + m.index,
      end: paragraph.start + m.index + m[0].length,
      text: m[0],
      quoted: overlaps(quotes, m.index, m.index + m[0].length),
      category,
      form
    };
    if (arabic !== undefined) found.arabic = arabic;
    out.push(found);
  };
  ZH_MARKS.lastIndex = 0;
  for (let m = ZH_MARKS.exec(text); m; m = ZH_MARKS.exec(text)) {
    if (m[ARABIC_YEAR] !== undefined) mark(m, "year", "arabic");
    else if (m[CHINESE_YEAR] !== undefined) {
      const cy = m[CHINESE_YEAR];
      const digits = Array.from(cy, (c) => String(ZH_YEAR_DIGIT.indexOf(c === "零" ? "〇" : c))).join("");
      const year = Number(digits);
      if (year >= 1500 && year <= 2100 && !ZH_YEAR_TITLES.some((t) => text.startsWith(t, m!.index + m![0].length)))
        mark(m, "year", "chinese", `${digits}年`);
    } else if (m[ARABIC_DATE] !== undefined) {
      const [month, day] = halfWidth(m[ARABIC_DATE]).split("月").map(Number) as [number, number];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) mark(m, "date", "arabic");
    } else if (m[CHINESE_DATE] !== undefined) {
      const [month, day] = m[CHINESE_DATE].split("月").map((part) => parseChineseNumeral(part)?.value ?? 0) as [number, number];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) mark(m, "date", "chinese", `${month}月${day}日`);
    } else if (m[ARABIC_PERCENT] !== undefined) mark(m, "percent", "arabic");
    else if (m[CHINESE_PERCENT] !== undefined) {
      const value = parseChineseDecimal(m[CHINESE_PERCENT]);
      // `百分之百` is an idiom; `百分之几` an approximation.
      if (value !== undefined && value < 100) mark(m, "percent", "chinese", `${value}%`);
    }
  }
  return out;
}
