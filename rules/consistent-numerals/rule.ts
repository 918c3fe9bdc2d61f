import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import {
  EN_FIGURE_UNITS,
  EN_SERIES_POSITION_WORDS,
  EN_TALLY_UNITS,
  enNumbers,
  getTextModel,
  numberToWords,
  parseChineseNumeral,
  wordsToNumber,
  defineRule,
  reportFinding,
  resolveLocale,
  toChineseNumeral,
  fixedTermInFigures,
  mayHoldEnglishNumber,
  zhMarks,
  zhNumerals,
  ZH_GENERAL_MEASURES,
  type CommonOptions,
  type ZhMark,
  type EnNumber,
  type Finding,
  type Lang,
  type Paragraph,
  type Role,
  type ZhNumeral
} from "../../src/text/index.js";

import { check, say, suggest } from "../../src/messages/catalogue.js";
import { halfWidth } from "../../src/text/normalize.js";
import { quotedAfter } from "../../src/text/punctuation.js";
import { EN_COUNT_DETERMINERS } from "../../src/text/lexicon/en-count-determiners.js";
import { EN_AFTER_FIGURE_WORDS } from "../../src/text/lexicon/en-after-figure-words.js";
import { EN_MAGNITUDES, EN_MULTIPLIERS } from "../../src/text/lexicon/en-magnitudes.js";
import { EN_MONTHS } from "../../src/text/lexicon/en-months.js";
import { EN_NUMBER_LABELS } from "../../src/text/lexicon/en-number-labels.js";
import { EN_REFERENT_VERBS } from "../../src/text/lexicon/en-referent-verbs.js";
import { EN_SPAN_RELATIVES, EN_TIME_SPANS } from "../../src/text/lexicon/en-time-spans.js";
import { EN_FUNCTION_WORDS } from "../../src/text/lexicon/en-function-words.js";
import { EN_IRREGULAR_PLURALS } from "../../src/text/lexicon/en-irregular-plurals.js";
import { EN_NUMBERING_WORDS } from "../../src/text/lexicon/en-numbering-words.js";
import { EN_SINGULAR_VERBS } from "../../src/text/lexicon/en-singular-verbs.js";
import { EN_UNIT_NOUNS } from "../../src/text/lexicon/en-unit-nouns.js";
import { ZH_DATELINE_SOURCES } from "../../src/text/lexicon/zh-dateline-sources.js";
import { ZH_KILO_UNITS } from "../../src/text/lexicon/zh-kilo-units.js";
import { ZH_QUANTITY_MARKS } from "../../src/text/lexicon/zh-quantity-marks.js";
import { defaults, meta, type Options, type CheckId } from "./meta.js";
export type { Options, CheckId };

/** Roles whose copy is held to numeral style. Headings, bylines, tables and quotations stay silent. */
const CHECKED: ReadonlySet<Role> = new Set(["body"]);
/** Roles whose numbers count when the piece's majority form is worked out. */
const VOTING: ReadonlySet<Role> = new Set(["body", "lead-in", "list-item"]);

/** A number in digits of either width, its decimal point and percent sign included. */
const ANY_WIDTH_NUMBER = /(?<![0-9０-９])[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?/gu;
/** A percent sign after a number, either width. */
const PERCENT = /(?<=[0-9０-９])[%％]/gu;
/** A run of Arabic digits with 万/亿/千/百/零 inside (`4千`, `1万8千2百`, `3千万`), or `一百08`. */
const MIXED_NUMBER = /(?<![0-9.])[0-9][0-9.]*(?:[万亿千百零][0-9.]*)+|[一二三四五六七八九十][百千]零?[0-9]+/gu;
/** Units that begin with 千 or 百: `10千伏` and `5千瓦` are measurements, not mixed numbers. */
const KILO_UNIT = new RegExp(`^[${ZH_KILO_UNITS.join("")}]`, "u");
const RANGE = /(?<![0-9.A-Za-z])([0-9]+(?:\.[0-9]+)?)(～|~|〜|—|－|-|至|到)([0-9]+(?:\.[0-9]+)?)(万亿|万|亿|%)/gu;
const ZERO_YEAR = /(?<![零〇一二三四五六七八九十百千])[零〇一二三四五六七八九]{4}年/gu;
const ZERO_QUANTITY = /[一二三四五六七八九][千百]〇/gu;
const SHORT_YEAR = /(?<![0-9.A-Za-z第])([0-9]{2})年([0-9]{1,2})月/gu;
const CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])";
const CN_DAY = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
// Figures in either width: `２００９年四月` (a crawl typed in full-width) mixes forms as `2009年四月` does.
const MIXED_DATE = new RegExp(
  [
    "[〇零一二三四五六七八九]{4}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?",
    `(?<![0-9０-９])[0-9０-９]{4}年${CN_MONTH}月(?:${CN_DAY}日)?`,
    `(?<![0-9０-９年])[0-9０-９]{1,2}月${CN_DAY}日`,
    `(?<![〇零一二三四五六七八九十年])${CN_MONTH}月[0-9０-９]{1,2}日`
  ].join("|"),
  "gu"
);
/** A measure word, money, magnitude or approximation mark after a figure: the figure is a quantity. */
const QUANTITY_MARK = `[${ZH_QUANTITY_MARKS.join("")}]`;
const FULL_WIDTH_GROUP = new RegExp(`(?<![0-9.，,])[0-9]{1,3}(?:，[0-9]{3})+(?![0-9])(?=${QUANTITY_MARK}|$)`, "gu");
const GROUPED = /(?<![0-9.,，])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9.,])/gu;
const UNGROUPED = new RegExp(`(?<![0-9.,，])[0-9]{5,}(?![0-9.,])(?=${QUANTITY_MARK})`, "gu");
const DOUBLE_APPROX =
  /(将近|接近|大约|大概|近|约)([0-9]+(?:\.[0-9]+)?[万亿]?|[一二三四五六七八九十百千万两]+)(?:([多余])|[^\s，。；、：！？“”0-9]{0,5}?(左右|上下|以上))/gu;

/** 近 (near) with 以上 (over), 约 (about) with 左右 (about): both sides of an approximation. */
function isDoubleApprox(head: string, over: string | undefined, tail: string | undefined): boolean {
  if (over) return true;
  if (tail === "以上") return head === "近" || head === "将近" || head === "接近";
  return tail === "左右" || tail === "上下";
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === "string") : undefined;
}

interface Reporter {
  (finding: Finding): void;
}

const reporter: TextlintRuleReporter<Options> = (context, rawOptions = {}) => {
  const options = { ...defaults, ...rawOptions };
  // A hand-written config can give a string or a number where a list belongs: ignore it rather
  // than crash the whole lint (`new Set(5)` throws).
  options.disable = (stringList(options.disable) ?? []) as CheckId[];
  options.fixedTerms = stringList(options.fixedTerms) ?? [];
  options.measureWords = stringList(options.measureWords);
  const disabled = new Set<string>(options.disable);
  const on = (id: CheckId) => !disabled.has(id);
  return {
    [context.Syntax.Document](node) {
      const document = node as TxtParentNode;
      const model = getTextModel(document, { lang: options.lang ?? "auto" });
      const found: Finding[] = [];
      const report: Reporter = (finding) => found.push(finding);
      const zhVotes: ZhVote[] = [];
      const zhMarkList: { mark: ZhMark; paragraph: Paragraph }[] = [];
      const groups: { start: number; end: number; text: string; grouped: boolean; paragraph: Paragraph }[] = [];
      const fourDigitYears = new Set(Array.from(model.source.matchAll(/(?<![0-9])(?:19|20)[0-9]{2}(?=年)/gu), (m) => m[0]));
      // A piece typed throughout in full-width digits is one artifact: one finding, one fix.
      const wholePiece = on("full-width-digit") && checkFullWidthPiece(model.source, model.paragraphs, options.locale, report);
      const enStyle = enPieceStyle(model.paragraphs, options);
      const nounBook: NounCount[] = [];
      for (const [index, paragraph] of model.paragraphs.entries()) {
        const locale = resolveLocale(options.locale, paragraph.lang);
        // An English paragraph that opens with a quotation goes on in the reporter's words (`"…," he
        // added. The Bank of England has kept rates on hold for the past three months`): it is
        // checked, and the figures inside the quotation marks are judged as quoted (`n.quoted`).
        const checked = CHECKED.has(paragraph.role) || (paragraph.role === "quotation" && paragraph.lang === "en");
        if (on("full-width-digit") && !wholePiece && paragraph.role !== "table") checkFullWidth(paragraph, locale, report);
        if (paragraph.lang === "zh") {
          // Direct speech is the writer's transcription: its numbers follow the piece (one-digit counts aside).
          if ((VOTING.has(paragraph.role) || paragraph.role === "quotation") && on("same-measure")) {
            for (const numeral of zhNumerals(paragraph, options)) zhVotes.push({ numeral, paragraph, index });
          }
          if ((VOTING.has(paragraph.role) || ["byline", "heading", "quotation"].includes(paragraph.role)) && on("same-measure")) {
            for (const mark of zhMarks(paragraph)) zhMarkList.push({ mark, paragraph });
          }
          if (!checked) continue;
          checkZhParagraph(paragraph, locale, report, on, fourDigitYears);
          if (on("digit-group")) collectGroups(paragraph, groups, locale, report);
        } else if (checked) {
          checkEnParagraph(paragraph, locale, report, options, on, enStyle, nounBook);
        } else if (VOTING.has(paragraph.role) && on("same-noun")) {
          // A list item's counts are evidence of the piece's form, not reported themselves.
          collectSameNoun(paragraph, enNumbers(paragraph), new Set(), nounBook, options, true);
        }
      }
      if (on("full-width-digit")) checkPercentMix(model.paragraphs, options.locale, report);
      if (on("same-measure")) {
        checkZhStyle(zhVotes, zhMarkList, options.locale, report, options.fixedTerms);
      }
      if (on("digit-group")) checkGroupMix(groups, options.locale, report);
      if (on("same-noun")) {
        checkEnPercentStyle(enStyle, options.locale, report);
        reportSameNoun(nounBook, options.locale, report, options);
      }
      for (const finding of mergeIntoWidthFixes(found)) reportFinding(context, document, finding);
    }
  };
};

/** The findings of `checkFullWidth`: one per paragraph, whose fix spans the paragraph's numbers. */
const widthFindings = new WeakSet<Finding>();

/**
 * textlint applies one of two overlapping fixes per run, so a fix inside a full-width finding's
 * span (`15～20万` → `15万～20万` between two full-width numbers) would wait for a second `--fix`.
 * The width fix maps each character to one character, so the offsets inside its span still hold:
 * the inner fixes are applied on top of it and the inner findings keep their message without a fix.
 */
function mergeIntoWidthFixes(findings: Finding[]): Finding[] {
  const spans = findings.filter((f) => widthFindings.has(f) && f.fix);
  if (spans.length === 0) return findings;
  // Sorted once and searched by binary search: linear-logarithmic however many paragraphs.
  const fixable = findings
    .filter((f) => f.fix && !widthFindings.has(f))
    .sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const merged = new Map<Finding, Finding>();
  const absorbed = new Set<Finding>();
  for (const span of spans) {
    const [from, to] = span.fix!.range;
    let lo = 0;
    let hi = fixable.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (fixable[mid]!.fix!.range[0] < from) lo = mid + 1;
      else hi = mid;
    }
    const base = span.fix!.text;
    const parts: string[] = [];
    let cursor = 0;
    for (let k = lo; k < fixable.length && fixable[k]!.fix!.range[0] < to; k++) {
      const f = fixable[k]!;
      const s = f.fix!.range[0] - from;
      if (f.fix!.range[1] > to || s < cursor || absorbed.has(f)) continue;
      parts.push(
        base.slice(cursor, s),
        f.fix!.text.replace(ANY_WIDTH_NUMBER, (n) => halfWidth(n))
      );
      cursor = f.fix!.range[1] - from;
      absorbed.add(f);
    }
    if (parts.length === 0) continue;
    parts.push(base.slice(cursor));
    merged.set(span, { ...span, fix: { range: [from, to], text: parts.join("") } });
  }
  return findings.map((f) => merged.get(f) ?? (absorbed.has(f) ? { ...f, fix: undefined } : f));
}

// ---------------------------------------------------------------------------------------------
// Chinese

/**
 * N1: full-width digits, with their `．` and `％` (GB/T 15835 §5.1.7). Certain: fixed. One finding
 * per paragraph, spanning its full-width numbers, so a page typed in full-width reads as one item.
 */
function checkFullWidth(paragraph: Paragraph, locale: Lang, report: Reporter): void {
  if (!/[０-９]/u.test(paragraph.text)) return;
  const matches = Array.from(paragraph.text.matchAll(ANY_WIDTH_NUMBER)).filter((m) => /[０-９]/u.test(m[0]));
  if (matches.length === 0) return;
  const first = matches[0]!;
  const last = matches[matches.length - 1]!;
  const from = first.index;
  const to = last.index + last[0].length;
  const fixed = paragraph.text.slice(from, to).replace(ANY_WIDTH_NUMBER, (number) => (/[０-９]/u.test(number) ? halfWidth(number) : number));
  const finding: Finding = {
    ...check(meta, "full-width-digit", locale, { actual: first[0], expected: halfWidth(first[0]), scope: "paragraph", count: matches.length }),
    start: paragraph.start + from,
    end: paragraph.start + to,
    fix: { range: [paragraph.start + from, paragraph.start + to], text: fixed }
  };
  widthFindings.add(finding);
  report(finding);
}

/**
 * N1, whole piece: every digit of the piece (tables aside) is full-width. One finding at the first
 * occurrence, with the count, whose fix converts all of them. Returns whether it applied.
 */
function checkFullWidthPiece(source: string, paragraphs: readonly Paragraph[], localeOption: Options["locale"], report: Reporter): boolean {
  // One scan of the source first: most pieces have no full-width digit at all.
  if (!/[０-９]/u.test(source)) return false;
  const text = paragraphs.filter((p) => p.role !== "table");
  if (text.filter((p) => /[０-９]/u.test(p.text)).length < 2 || text.some((p) => /[0-9]/u.test(p.text))) return false;
  const numbers: { start: number; end: number; text: string }[] = [];
  for (const paragraph of text) {
    if (!/[０-９]/u.test(paragraph.text)) continue;
    for (const m of paragraph.text.matchAll(ANY_WIDTH_NUMBER)) {
      numbers.push({ start: paragraph.start + m.index, end: paragraph.start + m.index + m[0].length, text: m[0] });
    }
  }
  const first = numbers.find((n) => CHECKED.has(paragraphs.find((p) => p.start <= n.start && n.end <= p.end)?.role ?? "body")) ?? numbers[0]!;
  const from = numbers[0]!.start;
  const to = numbers[numbers.length - 1]!.end;
  const parts: string[] = [];
  let cursor = from;
  for (const n of numbers) {
    parts.push(source.slice(cursor, n.start), halfWidth(n.text));
    cursor = n.end;
  }
  const paragraph = paragraphs.find((p) => p.start <= first.start && first.end <= p.end)!;
  const locale = resolveLocale(localeOption, paragraph.lang);
  const finding: Finding = {
    ...check(meta, "full-width-digit", locale, { actual: first.text, expected: halfWidth(first.text), scope: "piece", count: numbers.length }),
    start: first.start,
    end: first.end,
    fix: { range: [from, to], text: parts.join("") }
  };
  widthFindings.add(finding);
  report(finding);
  return true;
}

/**
 * N1b: `％` beside `%` after half-width digits in one piece. A piece set throughout in `％` is a
 * house style and stays silent; once both appear, the full-width ones go half-width.
 */
function checkPercentMix(paragraphs: readonly Paragraph[], localeOption: Options["locale"], report: Reporter): void {
  const full: { paragraph: Paragraph; index: number }[] = [];
  let half = 0;
  for (const paragraph of paragraphs) {
    if (!/[%％]/u.test(paragraph.text)) continue;
    for (const m of paragraph.text.matchAll(PERCENT)) {
      if (m[0] === "%") half++;
      else if (/[0-9]/u.test(paragraph.text[m.index - 1] ?? "")) full.push({ paragraph, index: m.index });
    }
  }
  if (half === 0 || full.length === 0) return;
  for (const { paragraph, index } of full) {
    if (!CHECKED.has(paragraph.role)) continue;
    const locale = resolveLocale(localeOption, paragraph.lang);
    const start = paragraph.start + index;
    const number = /[0-9.]+$/u.exec(paragraph.text.slice(Math.max(0, index - 12), index))?.[0] ?? "";
    report({
      ...check(meta, "full-width-digit", locale, { actual: `${number}％`, expected: `${number}%`, scope: "percent" }),
      start: start - number.length,
      end: start + 1,
      fix: { range: [start, start + 1], text: "%" }
    });
  }
}

/** Value of a number that mixes Arabic digits with 千/百 (`4千`, `1万8千2百`, `一百08`). */
function mixedValue(text: string): { value: number; wan: boolean } | undefined {
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  const small: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0;
  let section = 0;
  let digit = 0;
  const wan = /[万亿]$/u.test(text);
  const body = wan ? text.slice(0, -1) : text;
  for (const m of body.matchAll(/[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九]|[十百千万亿零]/gu)) {
    const t = m[0];
    if (/^[0-9]/u.test(t)) digit = Number(t);
    else if (t in small) digit = small[t]!;
    else if (t in units) {
      section += (digit || 1) * units[t]!;
      digit = 0;
    } else if (t === "万" || t === "亿") {
      total += (section + digit) * (t === "万" ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    }
  }
  const value = total + section + digit;
  return Number.isFinite(value) && value > 0 ? { value, wan } : undefined;
}

function checkZhParagraph(
  paragraph: Paragraph,
  locale: Lang,
  report: Reporter,
  on: (id: CheckId) => boolean,
  fourDigitYears: ReadonlySet<string>
): void {
  const { text } = paragraph;
  const at = (index: number) => paragraph.start + index;
  /** N2 and N8: a number or date in two forms, with its all-Arabic form suggested. */
  const reportAllArabic = (
    checkId: "mixed-number" | "mixed-date",
    suggestion: "all-arabic" | "all-arabic-date",
    m: RegExpMatchArray & { index: number },
    expected: string
  ) =>
    report({
      ...check(meta, checkId, locale, { actual: m[0], expected }),
      start: at(m.index),
      end: at(m.index + m[0].length),
      suggestions: [
        {
          ...suggest(meta, suggestion, locale, { actual: m[0], expected }),
          range: [at(m.index), at(m.index + m[0].length)],
          text: expected
        }
      ]
    });

  // N2: Arabic digits mixed with 千/百 inside one number (§5.3). Suggest the all-Arabic form.
  if (on("mixed-number") && /[0-9][万亿千百零]*[千百]|[百千]零?[0-9]/u.test(text)) {
    for (const m of text.matchAll(MIXED_NUMBER)) {
      const arabicLed = /^[0-9]/u.test(m[0]);
      if (arabicLed) {
        // Only a digit written right against 千/百 is mixing; `807.2万千升` is 万 + 千升.
        const kilo = /[0-9]([千百])/u.exec(m[0]);
        if (!kilo) continue;
        const after = m[0].slice(kilo.index + 2) + text.slice(m.index + m[0].length, m.index + m[0].length + 1);
        if (kilo.index + 2 === m[0].length && KILO_UNIT.test(after)) continue;
      }
      const parsed = mixedValue(m[0]);
      if (!parsed || !Number.isInteger(parsed.value)) continue;
      const expected = parsed.wan ? `${parsed.value}${m[0].slice(-1)}` : String(parsed.value);
      reportAllArabic("mixed-number", "all-arabic", m, expected);
    }
  }

  // N3: a range that drops 万/亿/% on its first number (§5.1.3). Repeating the unit is certain.
  // Each check first asks for a character its pattern cannot match without (a scan for one
  // character is far cheaper than a pattern's), so most paragraphs skip most patterns.
  if (on("range-unit") && (text.includes("万") || text.includes("亿") || text.includes("%"))) {
    for (const m of text.matchAll(RANGE)) {
      const [whole, first, dash, second, unit] = m as unknown as [string, string, string, string, string];
      if (dash === "-" && /[0-9]/u.test(text[m.index + whole.length] ?? "")) continue;
      const expected = `${first}${unit}${dash}${second}${unit}`;
      const start = at(m.index);
      report({
        ...check(meta, "range-unit", locale, { actual: whole, expected, unit }),
        start,
        end: start + whole.length,
        fix: { range: [start + first.length, start + first.length], text: unit }
      });
    }
  }

  // N7: 〇 in numbering (years), 零 in quantities (§5.2.5). Certain: fixed.
  if (on("year-zero")) {
    for (const m of text.includes("零") ? text.matchAll(ZERO_YEAR) : []) {
      if (!m[0].includes("零")) continue;
      const expected = m[0].replace(/零/gu, "〇");
      const start = at(m.index);
      report({
        ...check(meta, "year-zero", locale, { actual: m[0], expected, inYear: true }),
        start,
        end: start + m[0].length,
        fix: { range: [start, start + m[0].length], text: expected }
      });
    }
    for (const m of text.includes("〇") ? text.matchAll(ZERO_QUANTITY) : []) {
      const start = at(m.index + 2);
      report({
        ...check(meta, "year-zero", locale, { actual: "〇", expected: "零", inYear: false }),
        start,
        end: start + 1,
        fix: { range: [start, start + 1], text: "零" }
      });
    }
  }

  // N8: one date in two forms (§4.3 例3). Suggest all-Arabic.
  if (on("mixed-date") && /[年月]/u.test(text)) {
    for (const m of text.matchAll(MIXED_DATE)) {
      // All Arabic and half-width (§5.1.7): `２００９年四月` → `2009年4月`.
      const expected = halfWidth(m[0]).replace(/[〇零一二三四五六七八九十]+(?=[年月日])/gu, (part, offset: number) => {
        const year = m[0][offset + part.length] === "年";
        if (year) return Array.from(part, (c) => String("〇一二三四五六七八九".indexOf(c === "零" ? "〇" : c))).join("");
        return String(mixedValue(part)?.value ?? part);
      });
      if (expected === m[0]) continue;
      reportAllArabic("mixed-date", "all-arabic-date", m, expected);
    }
  }

  // N6: a two-digit year before 月 (§5.1.4). `工作24年` is a duration, so only `24年1月`.
  if (on("short-year") && text.includes("年")) {
    for (const m of text.matchAll(SHORT_YEAR)) {
      const yy = m[1]!;
      const month = Number(m[2]);
      if (month < 1 || month > 12) continue;
      const candidates = [`19${yy}`, `20${yy}`].filter((y) => fourDigitYears.has(y));
      const year = candidates.length === 1 ? candidates[0]! : Number(yy) <= 40 ? `20${yy}` : `19${yy}`;
      const start = at(m.index);
      const written = { actual: `${yy}年`, expected: `${year}年` };
      report({
        ...check(meta, "short-year", locale, written),
        start,
        end: start + yy.length + 1,
        suggestions: [{ ...suggest(meta, "full-year", locale, written), range: [start, start + yy.length], text: year }]
      });
    }
  }

  // N11: approximation marked on both sides (`近百人左右`, `约300多人`).
  if (on("double-approximation") && /[近约]/u.test(text)) {
    for (const m of text.matchAll(DOUBLE_APPROX)) {
      const [whole, head, , over, tail] = m as unknown as [string, string, string, string | undefined, string | undefined];
      if (!isDoubleApprox(head, over, tail)) continue;
      // The approximation word must start a word: `签约亿元以上` is 签约 + 亿元以上.
      if (!paragraph.wordsIn(at(m.index), at(m.index) + 1).some((w) => w.start === at(m.index))) continue;
      const other = over ?? tail!;
      const withoutHead = whole.slice(head.length);
      const withoutTail = whole.slice(0, whole.length - other.length);
      report({
        ...check(meta, "double-approximation", locale, { actual: whole, head, other }),
        start: at(m.index),
        end: at(m.index + whole.length),
        suggestions: [
          {
            ...suggest(meta, "drop-head", locale, { actual: whole, expected: withoutHead }),
            range: [at(m.index), at(m.index + whole.length)],
            text: withoutHead
          },
          {
            ...suggest(meta, "drop-tail", locale, { actual: whole, expected: withoutTail }),
            range: [at(m.index), at(m.index + whole.length)],
            text: withoutTail
          }
        ]
      });
    }
  }
}

/** N10, part 1: full-width comma as a digit-group separator; collects grouped/ungrouped numbers. */
function collectGroups(
  paragraph: Paragraph,
  groups: { start: number; end: number; text: string; grouped: boolean; paragraph: Paragraph }[],
  locale: Lang,
  report: Reporter
): void {
  const { text } = paragraph;
  if (!/[0-9]{3}/u.test(text)) return;
  for (const m of text.matchAll(FULL_WIDTH_GROUP)) {
    const expected = m[0].replace(/，/gu, ",");
    const start = paragraph.start + m.index;
    report({
      ...check(meta, "digit-group", locale, { actual: m[0], expected, separator: "full-width-comma", ungrouped: m[0].replace(/，/gu, "") }),
      start,
      end: start + m[0].length,
      suggestions: [
        {
          ...suggest(meta, "half-width-separator", locale, { actual: m[0], expected }),
          range: [start, start + m[0].length],
          text: expected
        }
      ]
    });
  }
  for (const m of text.matchAll(GROUPED))
    groups.push({ start: paragraph.start + m.index, end: paragraph.start + m.index + m[0].length, text: m[0], grouped: true, paragraph });
  for (const m of text.matchAll(UNGROUPED))
    groups.push({ start: paragraph.start + m.index, end: paragraph.start + m.index + m[0].length, text: m[0], grouped: false, paragraph });
}

/** N10, part 2: `12,345` beside `12345` in one piece: the minority form is reported. */
function checkGroupMix(
  groups: readonly { start: number; end: number; text: string; grouped: boolean; paragraph: Paragraph }[],
  localeOption: Options["locale"],
  report: Reporter
): void {
  const grouped = groups.filter((g) => g.grouped).length;
  const plain = groups.length - grouped;
  if (grouped === 0 || plain === 0 || grouped === plain) return;
  const majorityGrouped = grouped > plain;
  if ((majorityGrouped ? grouped : plain) < 2) return;
  for (const g of groups) {
    if (g.grouped === majorityGrouped) continue;
    const locale = resolveLocale(localeOption, g.paragraph.lang);
    const expected = majorityGrouped ? Number(g.text).toLocaleString("en-US") : g.text.replace(/,/gu, "");
    report({
      ...check(meta, "digit-group", locale, { actual: g.text, expected, separator: "mixed", pieceGroups: majorityGrouped }),
      start: g.start,
      end: g.end,
      suggestions: [{ ...suggest(meta, "same-grouping", locale, { actual: g.text, expected }), range: [g.start, g.end], text: expected }]
    });
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The votes (sorted by paragraph index) whose paragraph index is in [from, to], by binary search. */
function within(votes: readonly ZhVote[], from: number, to: number): ZhVote[] {
  let lo = 0;
  let hi = votes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (votes[mid]!.index < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ZhVote[] = [];
  for (let k = lo; k < votes.length && votes[k]!.index <= to; k++) out.push(votes[k]!);
  return out;
}

/** Paragraphs either side within which a figure with the same measure word makes a one-digit Chinese count a slip. */
const NEARBY = 2;
/** A dateline paragraph (`（新华社北京十月十八日电）`), whatever role its shape gave it. */
const DATELINE = new RegExp(`^[（(]?(?:${ZH_DATELINE_SOURCES.join("|")})[^，。]{0,12}[0-9０-９一二三四五六七八九十]+日电`, "u");
/** Measure words general enough to head set phrases and named sets (`三个方面`, `四项保险`, `八条措施`). */
const GENERAL_MEASURES: ReadonlySet<string> = new Set(ZH_GENERAL_MEASURES);

/** A number of the piece with the paragraph it is in (its index in the model). */
interface ZhVote {
  numeral: ZhNumeral;
  paragraph: Paragraph;
  index: number;
}

/** A reportable form: where, what the copy says, what the piece's form gives. */
interface Slip {
  paragraph: Paragraph;
  start: number;
  end: number;
  actual: string;
  expected: string;
  /** Offsets of the part to replace and its replacement (the whole slip when absent). */
  range?: [number, number];
  replacement?: string;
}

/** The Arabic form of a Chinese numeral as written (`三千万` → `3000万`, `十五` → `15`). */
function arabicOf(numeral: ZhNumeral): string | undefined {
  const suffix = /(?:万亿|万|亿)$/u.exec(numeral.text)?.[0] ?? "";
  const head = numeral.text.slice(0, numeral.text.length - suffix.length);
  const parsed = head === "" ? undefined : parseChineseNumeral(head);
  if (suffix && parsed && !parsed.approximate && !parsed.digitwise && !/[万亿]/u.test(head)) return `${parsed.value}${suffix}`;
  if (numeral.value === undefined || !Number.isInteger(numeral.value) || numeral.value >= 1e5) return undefined;
  return String(numeral.value);
}

/**
 * A count the piece's style can judge: not a fixed term, approximation or sum of a list. Direct
 * speech counts too (speech has no digits: the writer chose the form), except for one-digit
 * counts, which narrative and speech may spell out.
 */
/**
 * Han characters of the name after an ordinal's measure word that tell one series from another:
 * compared over the shorter of the two, at least two (`届亚运会` … `届亚运会开幕式`, `号台风`; not
 * `届中国绿色食品` … `届中国西部民歌`).
 */
const SERIES_NAME_CHARS = 4;
const SERIES_NAME_MIN = 2;

/** Ordinals of a named series: `第` + a number + a measure word + Han characters of a name. */
function ordinalsOfNamedSeries(votes: readonly ZhVote[]): ZhVote[] {
  return votes.filter((v) => v.numeral.kind === "ordinal" && seriesMeasure(v) && usable(v.numeral) && seriesTail(v).length >= SERIES_NAME_MIN);
}

/** Two ordinals of one named series: one measure word, and names that agree over the shorter. */
function sameSeries(a: ZhVote, b: ZhVote): boolean {
  if (seriesMeasure(a) !== seriesMeasure(b)) return false;
  const [x, y] = [seriesTail(a), seriesTail(b)];
  const common = Math.min(x.length, y.length);
  return x.slice(0, common) === y.slice(0, common);
}

/** The ordinal as reported: `届`/`次` are not in the measure-word list, but are quoted with the number (`第七十八届`). */
function asSeriesOrdinal(v: ZhVote): ZhVote {
  if (v.numeral.measure) return v;
  return { ...v, numeral: { ...v.numeral, measure: seriesMeasure(v), measureEnd: v.numeral.end + 1 } };
}

/**
 * The measure word of an ordinal of a series: from the ordinal list, or `届`/`次`, which the list
 * leaves out (meetings and games of different names) and which a name after them makes safe.
 */
function seriesMeasure(v: ZhVote): string | undefined {
  if (v.numeral.measure) return v.numeral.measure;
  const next = v.paragraph.text[v.numeral.end - v.paragraph.start];
  return next === "届" || next === "次" ? next : undefined;
}

/** The Han characters right after the ordinal's measure word, at most `SERIES_NAME_CHARS`. */
function seriesTail(v: ZhVote): string {
  const from = (v.numeral.measureEnd ?? v.numeral.end + (v.numeral.measure ? 0 : 1)) - v.paragraph.start;
  return /^\p{Script=Han}*/u.exec(v.paragraph.text.slice(from, from + SERIES_NAME_CHARS))![0];
}

function usable(n: ZhNumeral): boolean {
  return !n.fixed && !n.approximate && n.value !== undefined;
}

/** Two numbers of one sentence of one paragraph (the model's sentences). */
function sameSentence(a: ZhVote, b: ZhVote): boolean {
  if (a.paragraph !== b.paragraph) return false;
  const sentence = a.paragraph.sentences().find((s) => s.start <= a.numeral.start && a.numeral.start < s.end);
  return sentence !== undefined && sentence.start <= b.numeral.start && b.numeral.start < sentence.end;
}

/** The copy of the majority form's first numbers, for the message's examples (`88家`, `5个`). */
function examples(votes: readonly ZhVote[]): string[] {
  return votes.slice(0, 20).map((v) => {
    const n = v.numeral;
    const prefix = n.kind === "ordinal" ? "第" : "";
    return `${prefix}${n.text}${n.over ? v.paragraph.text.slice(n.end - v.paragraph.start, n.end - v.paragraph.start + 1) : ""}${n.measure ?? ""}`;
  });
}

function reportSlip(
  slip: Slip,
  category: string,
  toArabic: boolean,
  evidence: readonly string[],
  localeOption: Options["locale"],
  report: Reporter,
  measure?: string,
  standard = false
): void {
  const locale = resolveLocale(localeOption, slip.paragraph.lang);
  const range = slip.range ?? [slip.start, slip.end];
  const replacement = slip.replacement ?? slip.expected;
  const { actual, expected } = slip;
  report({
    ...check(meta, "same-measure", locale, { actual, expected, category, measure, toArabic, examples: evidence, ...(standard ? { standard } : {}) }),
    start: slip.start,
    end: slip.end,
    suggestions: [{ ...suggest(meta, "majority-form", locale, { actual, expected, verbatim: false }), range, text: replacement }]
  });
}

/**
 * N9: one form per category in a piece (GB/T 15835-2011 §4.3 同类别同形式): counts whatever their
 * measure word, ordinals, sums of money, years, dates and percentages. The piece's own majority
 * decides; with no evidence either way the standard does (Arabic for 计量, dates and percentages).
 * Chinese counts of one digit in narrative (`三个社区`) are allowed unless the same measure word is
 * written in figures in the piece; `一`/`两` are ordinary words and never reported.
 */
function checkZhStyle(
  votes: readonly ZhVote[],
  marks: readonly { mark: ZhMark; paragraph: Paragraph }[],
  localeOption: Options["locale"],
  report: Reporter,
  fixedTerms: readonly string[] = []
): void {
  const counts = votes.filter((v) => v.numeral.kind === "count" && usable(v.numeral));
  const arabicCounts = counts.filter((v) => v.numeral.form === "arabic");
  // `一百`, `一千`, `一万` are round numbers as often written in words as not.
  // `两` is an ordinary word (`两万元`), `十余`/`三十多` approximations either form may write.
  // `二所` beside `2所` is a slip (`两` is the word); `父子二人` is not.
  // A summary of the list before it keeps a one-digit count in words (`养老、医疗、失业、工伤四项保险`),
  // not a multi-character one, which numbers more than it lists (`…直联通道等十三个交通基础设施`).
  const chineseCounts = counts.filter(
    (v) =>
      v.numeral.form === "chinese" &&
      !(v.numeral.enumerated && v.numeral.value! < 11) &&
      !v.numeral.over &&
      (v.numeral.value! >= 3 || (v.numeral.text === "二" && v.numeral.measure !== "人")) &&
      !/^一[十百千万亿]$|^两/u.test(v.numeral.text)
  );
  const chineseLarge = chineseCounts.filter((v) => v.numeral.value! >= 10);
  const chineseSmall = chineseCounts.filter((v) => v.numeral.value! >= 3 && v.numeral.value! <= 9);
  const checkedVote = (v: ZhVote) => CHECKED.has(v.paragraph.role) || v.paragraph.role === "quotation";

  // A fixed term written with a figure (`“2个确立”`): the term keeps its Chinese numerals (§4.2.3).
  for (const v of votes) {
    const n = v.numeral;
    if (n.form !== "arabic" || !checkedVote(v)) continue;
    const rel = n.start - v.paragraph.start;
    const term = fixedTermInFigures(v.paragraph.text, rel, rel + n.text.length, fixedTerms);
    if (!term) continue;
    const word = term.startsWith(toChineseNumeral(n.value!) ?? "\u0000") ? toChineseNumeral(n.value!)! : term[0]!;
    const tail = term.slice(word.length);
    const locale = resolveLocale(localeOption, v.paragraph.lang);
    const written = { actual: n.text + tail, expected: term };
    // Part of `same-measure` (switched off with it): its check id is that check's.
    report({
      checkId: `${meta.id}/same-measure`,
      message: say(meta.messages, "fixed-term", locale, written),
      locale,
      start: n.start,
      end: n.end + tail.length,
      suggestions: [{ ...suggest(meta, "fixed-term", locale, written), range: [n.start, n.end], text: word }]
    });
  }

  // Counts, in a piece that counts in figures.
  const countsInFigures = arabicCounts.length >= 2 && arabicCounts.length > chineseLarge.length;
  // Indexed by measure word once: the checks below look up, never rescan, the piece's counts.
  const arabicByMeasure = groupBy(arabicCounts, (v) => v.numeral.measure!);
  const chineseByMeasure = groupBy(
    counts.filter((v) => v.numeral.form === "chinese"),
    (v) => v.numeral.measure!
  );
  const chineseVotesByMeasure = groupBy(chineseCounts, (v) => v.numeral.measure!);
  const sameMeasure = (v: ZhVote, form: "arabic" | "chinese") =>
    (form === "arabic" ? arabicByMeasure : chineseByMeasure).get(v.numeral.measure!) ?? [];
  for (const v of chineseCounts) {
    if (!checkedVote(v)) continue;
    const n = v.numeral;
    const large = n.value! >= 10;
    let evidence: readonly ZhVote[] | undefined;
    const same = sameMeasure(v, "arabic");
    const sameLargeChinese = large ? sameMeasure(v, "chinese").filter((w) => w.numeral.value! >= 10) : [];
    if (large && countsInFigures) {
      evidence = same.length > 0 ? same : arabicCounts;
    } else if (large && same.length > 0 && same.length >= sameLargeChinese.length) {
      // `认证供应商731家、认证采购商一百九十一家`: the same measure word in figures is evidence enough.
      evidence = same;
    } else if (!large && (n.value! >= 3 || (n.text === "二" && n.measure !== "人")) && !n.quoted) {
      // One digit in narrative is allowed unless the same measure word is in figures nearby.
      // General measure words (`个`, `项`…) head set phrases (`三个方面`): only figures nearby count.
      const near = GENERAL_MEASURES.has(n.measure!) ? within(same, v.index - NEARBY, v.index + NEARBY) : same;
      const sameChinese = sameMeasure(v, "chinese");
      // `姑姑有４个孩子，有三个生活不错`: the same measure word in figures in the same sentence is
      // the slip's own evidence, whatever the rest of the piece counts with.
      // Unless the piece writes that measure word in Chinese more often (`五座桥、六座亭，又修了3座塔`).
      const inSentence = near.filter((w) => sameSentence(v, w));
      if (inSentence.length > 0 && same.length >= (chineseVotesByMeasure.get(n.measure!) ?? []).length) evidence = inSentence;
      else if (near.length > 0 && same.length >= sameChinese.length && arabicCounts.length > chineseSmall.length + chineseLarge.length)
        evidence = near;
    }
    if (!evidence) continue;
    const expected = arabicOf(n);
    if (!expected) continue;
    slipOf(v, expected, "count", true, examples(evidence), localeOption, report, same.length > 0);
  }
  // A summary of a list or the count of a named set (`等四个“整改清单”`) keeps its words, unless the
  // piece sums up with figures nearby under the same measure word (`等6个“任务清单”`): that is the
  // piece's own way with summaries, and the one in words is the slip.
  const enumeratedArabicByMeasure = groupBy(
    arabicCounts.filter((v) => v.numeral.enumerated),
    (v) => v.numeral.measure!
  );
  for (const v of counts) {
    const n = v.numeral;
    if (n.form !== "chinese" || !n.enumerated || n.over || n.quoted || n.value! < 3 || n.value! > 9 || !checkedVote(v)) continue;
    const near = within(enumeratedArabicByMeasure.get(n.measure!) ?? [], v.index, v.index);
    if (near.length === 0 || sameMeasure(v, "arabic").length < sameMeasure(v, "chinese").length) continue;
    const expected = arabicOf(n);
    if (expected) slipOf(v, expected, "count", true, examples(near), localeOption, report, true);
  }
  // A figure in a piece that counts in Chinese numerals: the only figure among three Chinese counts,
  // or a small count whose measure word the piece writes in Chinese at least twice.
  for (const v of arabicCounts) {
    const n = v.numeral;
    const value = n.value!;
    if (!checkedVote(v) || n.quoted || !/^[0-9]+$/u.test(n.text) || value < 3) continue;
    const sameChinese = chineseVotesByMeasure.get(n.measure!) ?? [];
    const lone = arabicCounts.length === 1 && chineseCounts.length >= 3 && (value <= 9 || chineseLarge.length >= 2);
    const outvoted =
      value <= 9 && sameChinese.length >= 2 && sameChinese.length > sameMeasure(v, "arabic").length && arabicCounts.length < chineseCounts.length;
    if (!lone && !outvoted) continue;
    const inChinese = toChineseNumeral(value);
    if (inChinese) slipOf(v, inChinese, "count", false, examples(outvoted ? sameChinese : chineseCounts), localeOption, report, outvoted);
  }

  // Ordinals: `第十二批` in a piece that numbers the same series in figures. `第一`/`第二` are set
  // words; a bare ordinal (`第三方`, `第三极`) has no series to follow.
  const ordinals = votes.filter((v) => v.numeral.kind === "ordinal" && v.numeral.measure && usable(v.numeral));
  const arabicOrdinals = ordinals.filter((v) => v.numeral.form === "arabic");
  const arabicOrdinalsBy = groupBy(arabicOrdinals, (v) => v.numeral.measure!);
  const chineseOrdinalsBy = groupBy(
    ordinals.filter((w) => w.numeral.form === "chinese" && w.numeral.value! >= 3),
    (v) => v.numeral.measure!
  );
  // One named series (`第19届亚运会` … `第十九届亚运会`, `第6号台风` … `第六号台风`): the ordinal of
  // one event or series written both ways, whatever the rest of the piece does; `届` and `次` too,
  // since the name that follows tells one meeting from another (`第十八次峰会`, `第26次中国—东盟…`).
  const namedSeries = ordinalsOfNamedSeries(votes);
  const arabicNamed = namedSeries.filter((v) => v.numeral.form === "arabic");
  const inSeries = new Set<ZhVote>();
  for (const v of ordinals) {
    if (v.numeral.form !== "chinese" || v.numeral.value! < 2 || !checkedVote(v)) continue;
    const same = arabicOrdinalsBy.get(v.numeral.measure!) ?? [];
    // `第二` is a set word (`第一批、第二批`), but not in a paragraph that numbers the series in
    // figures twice or more (`居全球第二位` … `第3位`、`第4位`).
    if (v.numeral.value === 2 && same.filter((w) => w.paragraph === v.paragraph).length < 2) continue;
    const sameChinese = chineseOrdinalsBy.get(v.numeral.measure!) ?? [];
    // `由全国第十一位跃升至第5位`: a ranking in figures in the same sentence is evidence on its own.
    if (same.length === 0 || same.length < sameChinese.length || (arabicOrdinals.length < 2 && !same.some((w) => sameSentence(v, w)))) continue;
    const expected = arabicOf(v.numeral);
    if (expected) slipOf(v, expected, "ordinal", true, examples(same), localeOption, report, true);
    if (expected) inSeries.add(v);
  }
  for (const v of namedSeries) {
    if (v.numeral.form !== "chinese" || v.numeral.value! < 3 || !checkedVote(v) || inSeries.has(v)) continue;
    const same = arabicNamed.filter((w) => sameSeries(v, w)).map(asSeriesOrdinal);
    const expected = same.length > 0 ? arabicOf(v.numeral) : undefined;
    if (expected) slipOf(asSeriesOrdinal(v), expected, "ordinal", true, examples(same), localeOption, report, true);
  }

  // Money: 计量, in figures by the standard unless the piece writes its sums in Chinese.
  const money = votes.filter((v) => v.numeral.kind === "money" && usable(v.numeral));
  const arabicMoney = money.filter((v) => v.numeral.form === "arabic");
  const chineseMoney = money.filter((v) => v.numeral.form === "chinese" && !v.numeral.over && v.numeral.value! >= 3 && !/^两/u.test(v.numeral.text));
  // The piece writes its sums in Chinese only when they clearly outnumber its figures (two to
  // one): `二十元`, `五十元`, `五千元` beside `２０元`, `５０元` is no house style, and the standard
  // (figures) decides.
  if (chineseMoney.length < 2 || arabicMoney.length * 2 > chineseMoney.length) {
    // Figures no more than the Chinese sums: no majority to point to, the standard decides.
    const standard = arabicMoney.length > 0 && arabicMoney.length <= chineseMoney.length;
    for (const v of chineseMoney) {
      if (v.numeral.value! < 10 && arabicMoney.length === 0) continue;
      const expected = arabicOf(v.numeral);
      if (expected && checkedVote(v))
        slipOf(v, expected, "money", true, examples(arabicMoney.length > 0 ? arabicMoney : arabicCounts), localeOption, report, false, standard);
    }
  }

  // Years, dates, percentages.
  const grouped = groupBy(
    marks.filter((m) => !m.mark.quoted),
    (m) => `${m.mark.category}:${m.mark.form}`
  );
  const by = (category: ZhMark["category"], form: ZhMark["form"]) => grouped.get(`${category}:${form}`) ?? [];
  const arabicYears = by("year", "arabic");
  const chineseYears = by("year", "chinese");
  const arabicDates = by("date", "arabic");
  const chineseDates = by("date", "chinese");
  const arabicPercents = by("percent", "arabic");
  const chinesePercents = by("percent", "chinese");
  const decide = (arabic: number, chinese: number, tieBreak: boolean) => arabic > 0 && (arabic > chinese || (arabic === chinese && tieBreak));
  const groups: [string, typeof marks, typeof marks, boolean][] = [
    ["year", arabicYears, chineseYears, decide(arabicYears.length, chineseYears.length, arabicDates.length >= chineseDates.length)],
    ["date", arabicDates, chineseDates, decide(arabicDates.length, chineseDates.length, arabicYears.length >= chineseYears.length)],
    ["percent", arabicPercents, chinesePercents, arabicPercents.length > 0 && arabicPercents.length >= chinesePercents.length]
  ];
  // A span of years whose ends differ in form (`2021年至二〇二五年`, `（2023—二〇二五年）`) is a
  // slip whatever the rest of the piece does, inside a title too: the span is its own evidence.
  const inRange = new Set<ZhMark>();
  for (const { mark, paragraph } of marks) {
    if (mark.category !== "year" || mark.form !== "chinese" || !mark.arabic) continue;
    const from = mark.start - paragraph.start;
    const to = mark.end - paragraph.start;
    const partner =
      ZH_YEAR_RANGE_BEFORE.exec(paragraph.text.slice(Math.max(0, from - 8), from)) ?? ZH_YEAR_RANGE_AFTER.exec(paragraph.text.slice(to, to + 8));
    if (!partner) continue;
    inRange.add(mark);
    reportSlip(
      { paragraph, start: mark.start, end: mark.end, actual: mark.text, expected: mark.arabic },
      "year",
      true,
      [`${partner[1]}年`],
      localeOption,
      report
    );
  }
  // Section headings are held to the piece's other headings (`一、2024年工作回顾` … `二、二〇二五年…`),
  // not to the body: some papers write the years of their headlines in Chinese by house style.
  const headingYears = marks.filter((m) => m.paragraph.role === "heading" && m.mark.category === "year" && !m.mark.quoted);
  const headingArabic = headingYears.filter((m) => m.mark.form === "arabic");
  const headingsInFigures = headingArabic.length > 0 && headingArabic.length > headingYears.length - headingArabic.length;
  for (const [category, arabic, chinese, toArabic] of groups) {
    if (!toArabic) continue;
    for (const { mark, paragraph } of chinese) {
      if (inRange.has(mark)) continue;
      if (category === "year" && paragraph.role === "heading" && headingsInFigures && mark.arabic) {
        const evidence = headingArabic.slice(0, 4).map((m) => m.mark.text);
        reportSlip(
          { paragraph, start: mark.start, end: mark.end, actual: mark.text, expected: mark.arabic },
          category,
          true,
          evidence,
          localeOption,
          report
        );
        continue;
      }
      // `二〇〇八年8月8日` is one date in two forms, reported as such (N8).
      if (category === "year" && /^[0-9]/u.test(paragraph.text[mark.end - paragraph.start] ?? "")) continue;
      // A dateline (`新华社北京八月二十四日电`) is held to the piece's dates too.
      const dateline = category === "date" && (paragraph.role === "byline" || DATELINE.test(paragraph.text));
      if (!(CHECKED.has(paragraph.role) || paragraph.role === "quotation" || dateline) || !mark.arabic) continue;
      reportSlip(
        { paragraph, start: mark.start, end: mark.end, actual: mark.text, expected: mark.arabic },
        category,
        true,
        arabic.slice(0, 4).map((m) => m.mark.text),
        localeOption,
        report
      );
    }
  }
}

/** An Arabic year just before or after a Chinese one, joined as a span (`2023—`, `至2030`). */
const ZH_YEAR_RANGE_BEFORE = /(?<![0-9])((?:1[5-9]|20)[0-9]{2})年?\s?[至到—–－~～-]{1,2}$/u;
const ZH_YEAR_RANGE_AFTER = /^\s?[至到—–－~～-]{1,2}((?:1[5-9]|20)[0-9]{2})(?![0-9])/u;

function slipOf(
  v: ZhVote,
  expected: string,
  category: string,
  toArabic: boolean,
  evidence: readonly string[],
  localeOption: Options["locale"],
  report: Reporter,
  sameMeasure = false,
  standard = false
): void {
  const n = v.numeral;
  const prefix = n.kind === "ordinal" ? "第" : "";
  const end = n.measureEnd ?? n.end;
  const source = v.paragraph.text;
  const tail = source.slice(n.end - v.paragraph.start, end - v.paragraph.start);
  reportSlip(
    {
      paragraph: v.paragraph,
      start: n.start - prefix.length,
      end,
      actual: `${prefix}${n.text}${tail}`,
      expected: `${prefix}${expected}${tail}`,
      range: [n.start, n.end],
      replacement: expected
    },
    category,
    toArabic,
    evidence,
    localeOption,
    report,
    sameMeasure ? n.measure : undefined,
    standard
  );
}

// ---------------------------------------------------------------------------------------------
// English

/** A month's name or abbreviation (`Jan`, `Sept.`, `June`): a figure after it is a date. */
const MONTHS = new RegExp(`^(?:${Array.from(EN_MONTHS).join("|")})(?:[a-z]*)\\.?$`, "u");
/**
 * Words after which a lone figure may be a time, a score or a rank (`at 5`, `beat them 3`): the
 * per-number check leaves it, the same-noun check does not.
 */
/** Words after a sentence-initial figure that make it the count of the sentence's subject. */
const SUBJECT_COUNT_AFTER: ReadonlySet<string> = new Set(["are", "billion", "had", "have", "million", "of", "out", "were"]);

/**
 * Where `cent` of `per cent` ends, or undefined for another word: the word segmenter keeps a
 * sentence's full stop on it (`rise 11 per cent.`), and the stop is not part of the percentage.
 */
function centWordEnd(token: { text: string; end: number }): number | undefined {
  if (/^cent$/iu.test(token.text)) return token.end;
  return /^cent\.$/iu.test(token.text) ? token.end - 1 : undefined;
}

/** What turns `times` into a multiplier (`3 times as large`, `5 times more`), which AP sets in figures. */
const EN_SERIES_POSITIONS: ReadonlySet<string> = new Set(EN_SERIES_POSITION_WORDS);
const MULTIPLIER_AFTER_TIMES = /^(?:as|more|less|fewer|the|that|than|bigger|greater|higher|larger|faster|smaller|lower)$/iu;

/**
 * `times` counting occasions (`rates went up 5 times since June`): a count like any other, spelled
 * out under ten; followed by `as`, `more`, `the`… it multiplies and keeps its figure.
 */
function countsOccasions(tokens: readonly { text: string; wordLike?: boolean }[], at: number): boolean {
  if (tokens[at]?.text !== "times") return false;
  const after = tokens.slice(at + 1, at + 4).find((t) => t.wordLike);
  return !after || !MULTIPLIER_AFTER_TIMES.test(after.text);
}

/** What joins the two numbers of a range or choice: `three or 4`, `one to 2`. */
const PAIR_LINK = /^ (?:or|to) $/u;

/**
 * What a number of a pair is: a whole number on one side of ten (`small`: one to nine, `large`:
 * 10 to 99, in figures without separators or in words), a `decimal` figure under 100 (`1.5`), or
 * undefined (`1,200`, `zero`, `1-1/8`).
 */
function pairSize(n: EnNumber): "small" | "large" | "decimal" | undefined {
  if (n.value === undefined) return undefined;
  if (n.form === "figure" && /^[0-9]{1,2}\.[0-9]+$/u.test(n.text)) return "decimal";
  if (!Number.isInteger(n.value) || !/^(?:[1-9][0-9]?|[a-z]+(?:-[a-z]+)?)$/iu.test(n.text)) return undefined;
  return n.value >= 1 && n.value <= 9 ? "small" : n.value >= 10 && n.value <= 99 ? "large" : undefined;
}

/** A plural noun a count stands before: `companies`, and the plurals without `s` (`aircraft`, `people`). */
function isPluralNoun(word: string): boolean {
  return /s$/u.test(word) || EN_IRREGULAR_PLURALS.has(word);
}

const NUMBERING: ReadonlySet<string> = new Set([...EN_NUMBER_LABELS, ...EN_NUMBERING_WORDS]);
const FIGURE_UNITS = new Set(EN_FIGURE_UNITS);
const TALLY_UNITS = new Set(EN_TALLY_UNITS);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * An age: `Slater, 35,` (a name, then the number between commas) or `aged 12`, `12 years old`.
 */
function isAge(tokens: readonly { text: string; wordLike: boolean }[], n: EnNumber): boolean {
  const previous = tokens[n.token - 1];
  const next = tokens[n.lastToken + 1];
  if (previous?.text.toLowerCase() === "aged") return true;
  if (next?.text === "years" && tokens[n.lastToken + 2]?.text === "old") return true;
  const name = tokens[n.token - 2];
  if (previous?.text !== "," || next?.text !== "," || !name?.wordLike || wordsToNumber(name.text) !== undefined) return false;
  // `Kenteris, 31,`; or a person named by a noun after a determiner (`The prince, 20,`, `the
  // England international, 24,`, AP's `The boy, 6,`).
  if (/^[A-Z][a-z]+$/u.test(name.text)) return true;
  return /^[a-z]+$/u.test(name.text) && [n.token - 3, n.token - 4].some((i) => /^(?:the|his|her|their)$/iu.test(tokens[i]?.text ?? ""));
}

/** What an English piece does itself, counted over its checked paragraphs. */
interface EnStyle {
  /** Figures under ten before `pct` (`1-1/8 pct`, `5 pct`) and before `mln dlrs` (`1.13 billion dlrs`). */
  smallPctFigures: number;
  smallMoneyFigures: number;
  /** Figures under ten before wire copy's `mln` and `bln`, whatever they count (`2.3 mln workers`). */
  smallMlnFigures: number;
  /** Charts in figures (`top 10`, `top 40`): where there are any, `top twenty` is the slip. */
  topFigures: number;
  /** Whole numbers under ten before `million`, `billion`, `trillion`, as written: `seven million`, `7 million`. */
  multiplierWords: string[];
  multiplierFigures: string[];
  /** Positions after `number` in words (`at number six`), the first quoted as the example, and in figures. */
  numberLabelWords: string[];
  numberLabelFigures: number;

  /** Spells out counts under ten elsewhere (two or more, and more often than figures). */
  spellsSmall: boolean;
  /** Spells out its tallies under ten (`six goals`) at least as often as it writes them in figures. */
  spellsTallies: boolean;
  /**
   * A quoted figure under ten is a slip: the piece spells such counts out more often than not in
   * its quotations and copy together (how it transcribes speech), or it has no other count under
   * ten at all, and the book (spell them out) decides, as it does outside quotations.
   */
  quotedSmallFigureSlip: boolean;
  /**
   * A quoted count from ten in words is a slip: the piece writes such counts in figures more often
   * than in words, quotations included, or it has no other, and the book decides as it does outside quotations.
   */
  quotedLargeWordSlip: boolean;
  /** Writes counts from ten in figures elsewhere (two or more, and more often than words). */
  figuresLarge: boolean;
  /** Writes ages in words (`Smith, forty-five,`) and never in figures. */
  agesInWords: boolean;
  /** Ages in figures (`Smith, 45,`, `5-year-old`). */
  ageFigures: number;
  /** Spells out counts from ten (`twenty acres`) at least as often as it writes them in figures. */
  spellsLarge: boolean;
  /** Writes counts under ten in figures (`5 companies`) clearly more often than in words. */
  figuresSmall: boolean;
  /** Percentages after a figure: the sign (`5%`) or a word (`5 per cent`, `5 percent`, `5 pct`), with counts. */
  percentSign: { at: EnNumber; paragraph: Paragraph; end: number }[];
  percentWord: { at: EnNumber; paragraph: Paragraph; end: number; word: string }[];
}

const PLAIN_NOUN = /^[a-z][a-z-]{2,}$/u;

/**
 * The plural noun a pair's second number counts (`5 and 10 searches` → `searches`), read from
 * the second number's token; undefined when there is none or it is an age (`3 to 14 year olds`).
 */
function pairedCountNoun(tokens: readonly { text: string; wordLike: boolean }[], at: number): string | undefined {
  const second = tokens[at];
  const noun = tokens[at + 1];
  if (!second?.wordLike || !noun?.wordLike) return undefined;
  if (!/^[0-9]{1,3}$/u.test(second.text) && wordsToNumber(second.text) === undefined) return undefined;
  if (!PLAIN_NOUN.test(noun.text) || !/^[a-z]+s$/u.test(noun.text) || /^(?:years?|months?|weeks?)-olds?$/u.test(noun.text)) return undefined;
  return EN_MAGNITUDES.has(noun.text) || FIGURE_UNITS.has(noun.text) ? undefined : noun.text;
}

/** Where the percent word after a figure ends (`5 percent`, `5 pct`, `5 per cent`, `5 per-cent`), or undefined. */
function percentWordEnd(tokens: readonly { text: string; end: number; wordLike: boolean }[], n: EnNumber): number | undefined {
  const next = tokens[n.lastToken + 1];
  if (!next?.wordLike) return undefined;
  const word = next.text.toLowerCase();
  if (word === "percent" || word === "pct") return next.end;
  const cent = tokens[n.lastToken + 2];
  return word === "per" && cent ? centWordEnd(cent) : undefined;
}

/** A whole number counting the plain noun after it (`three homes`, `5 companies`), not a unit, a sentence's first word or a fraction. */
function countsNoun(n: EnNumber, tokens: readonly { text: string; wordLike: boolean }[]): boolean {
  const next = tokens[n.lastToken + 1];
  return (
    !n.sentenceStart &&
    n.value !== undefined &&
    Number.isInteger(n.value) &&
    next !== undefined &&
    next.wordLike &&
    PLAIN_NOUN.test(next.text) &&
    !(FIGURE_UNITS.has(next.text) && !countsOccasions(tokens, n.lastToken + 1))
  );
}

/**
 * `seven million`, `7 billion`: a whole number from one to nine multiplying `million`, `billion`
 * or `trillion`, as the copy writes it; undefined for anything else. Not after a currency sign
 * (`$7 million` has no form in words), inside a hyphenated or decimal figure, or opening a sentence
 * (spelled out there in every style).
 */
function smallMultiplier(n: EnNumber, tokens: readonly { text: string; end: number }[], text: string, offset: number): string | undefined {
  if (n.sentenceStart || n.value === undefined || !Number.isInteger(n.value) || n.value < 1 || n.value > 9) return undefined;
  if (n.form === "figure" && !/^[1-9]$/u.test(n.text)) return undefined;
  const next = tokens[n.lastToken + 1];
  if (!next || !EN_MULTIPLIERS.has(next.text) || text[n.end - offset] !== " ") return undefined;
  const before = text[n.start - offset - 1] ?? " ";
  if (!/\s|[("“]/u.test(before)) return undefined;
  return text.slice(n.start - offset, next.end - offset);
}

function enPieceStyle(paragraphs: readonly Paragraph[], options: typeof defaults): EnStyle {
  const style: EnStyle = {
    ageFigures: 0,
    smallPctFigures: 0,
    smallMoneyFigures: 0,
    smallMlnFigures: 0,
    topFigures: 0,
    multiplierWords: [],
    multiplierFigures: [],
    numberLabelWords: [],
    numberLabelFigures: 0,
    spellsSmall: false,
    spellsTallies: false,
    quotedSmallFigureSlip: false,
    quotedLargeWordSlip: false,
    figuresLarge: false,
    agesInWords: false,
    spellsLarge: false,
    figuresSmall: false,
    percentSign: [],
    percentWord: []
  };
  let ageWords = 0;
  let ageFigures = 0;
  let largeWords = 0;
  let largeFigures = 0;
  let smallWords = 0;
  let smallFigures = 0;
  let tallyWords = 0;
  let tallyFigures = 0;
  let quotedSmallWords = 0;
  let quotedSmallFigures = 0;
  let quotedLargeWords = 0;
  let quotedLargeFigures = 0;
  for (const paragraph of paragraphs) {
    // Quotation paragraphs as checkEnParagraph reads them: their quoted numbers show how speech is transcribed.
    if (paragraph.lang !== "en" || !(CHECKED.has(paragraph.role) || paragraph.role === "quotation")) continue;
    if (!mayHoldEnglishNumber(paragraph.text)) continue;
    const tokens = paragraph.words();
    const { text } = paragraph;
    for (const n of enNumbers(paragraph)) {
      if (n.value === undefined) continue;
      if (n.form === "figure" && tokens[n.token - 1]?.text.toLowerCase() === "top" && n.value >= 10) style.topFigures++;
      if (tokens[n.token - 1]?.text === "number" && n.value >= 1 && n.value <= 9) {
        if (n.form === "word") style.numberLabelWords.push(`number ${n.text}`);
        else style.numberLabelFigures++;
      }
      const after = text[n.end - paragraph.start];
      const next = tokens[n.lastToken + 1];
      // `%` or a word after a figure is the writer's choice inside quotations too (speech has no `%`).
      if (n.form === "figure" && after === "%") {
        style.percentSign.push({ at: n, paragraph, end: n.end + 1 });
        continue;
      }
      const percentWord = n.form === "figure" && after === " " && next?.wordLike ? percentWordEnd(tokens, n) : undefined;
      if (percentWord !== undefined) {
        const word = text.slice(n.end - paragraph.start, percentWord - paragraph.start);
        style.percentWord.push({ at: n, paragraph, end: percentWord, word });
        // Wire copy under ten, whole or not (`5 pct`, `1-1/8 pct`, `3.7 pct`): the piece writes such amounts in figures.
        if (!n.quoted && n.value > 0 && n.value < 10 && word.trim().toLowerCase() === "pct") style.smallPctFigures++;
        continue;
      }
      if (n.quoted && !options.checkQuotes) {
        if (countsNoun(n, tokens) && n.value >= 2 && n.value <= 9) n.form === "word" ? quotedSmallWords++ : quotedSmallFigures++;
        else if (countsNoun(n, tokens) && n.value >= 10 && n.value <= 99) n.form === "word" ? quotedLargeWords++ : quotedLargeFigures++;
        continue;
      }
      const multiplier = smallMultiplier(n, tokens, text, paragraph.start);
      if (multiplier !== undefined) (n.form === "word" ? style.multiplierWords : style.multiplierFigures).push(multiplier);
      if (n.form === "figure" && after === " " && next?.wordLike) {
        const word = next.text.toLowerCase();
        const cent = tokens[n.lastToken + 2];
        // Under ten, whole or not: `3.5 billion dlrs` (a piece that writes `3.5 billion dlrs` writes
        // its sums in figures, and `three billion dlrs` beside it is the slip).
        const small = n.value > 0 && n.value < 10;
        if (small && /^(?:million|billion|mln|bln)$/u.test(word) && /^(?:dlrs?|dollars|stg|yen)$/iu.test(cent?.text ?? "")) style.smallMoneyFigures++;
        if (small && /^(?:mln|bln)$/u.test(word)) style.smallMlnFigures++;
      }
      if (isAge(tokens, n)) {
        n.form === "word" ? ageWords++ : ageFigures++;
        continue;
      }
      if (n.value >= 2 && n.value <= 9 && Number.isInteger(n.value) && !n.sentenceStart && TALLY_UNITS.has(next?.text ?? ""))
        n.form === "word" ? tallyWords++ : tallyFigures++;
      if (!countsNoun(n, tokens)) continue;
      if (n.value >= 2 && n.value <= 9) n.form === "word" ? smallWords++ : smallFigures++;
      else if (n.value >= 10 && n.value <= 99) n.form === "word" ? largeWords++ : largeFigures++;
    }
  }
  style.spellsSmall = smallWords >= 1 && smallWords > smallFigures;
  // `>=`: the figure being judged is one of the figures, and the words outnumber the others.
  style.spellsTallies = tallyWords >= 1 && tallyWords >= tallyFigures;
  const [allSmallWords, allSmallFigures] = [smallWords + quotedSmallWords, smallFigures + quotedSmallFigures];
  // The quoted figure being judged is one of the figures: words as many as the figures outnumber the
  // others, and with no words at all (`<= 1`) it is the only one and the book decides.
  style.quotedSmallFigureSlip = (allSmallWords >= 1 && allSmallWords >= allSmallFigures) || (allSmallWords === 0 && allSmallFigures <= 1);
  style.figuresLarge = largeFigures >= 1 && largeFigures > largeWords;
  const [allLargeWords, allLargeFigures] = [largeWords + quotedLargeWords, largeFigures + quotedLargeFigures];
  // `<= 1`: the quoted count being judged is the only one, and the book (figures from ten) decides.
  style.quotedLargeWordSlip = allLargeFigures > allLargeWords || allLargeWords <= 1;
  if (options.style === "auto") {
    style.agesInWords = ageWords >= 2 && ageFigures === 0;
    style.ageFigures = ageFigures + (paragraphs.some((p) => p.lang === "en" && /\b[0-9]+-(?:year|month|week)-old/u.test(p.text)) ? 1 : 0);
    // Words from ten are reported where the piece gives no other evidence (AP) or clearly writes
    // such counts in figures; a piece that spells them out as often is left to its own style.
    style.spellsLarge = largeWords >= 2 && largeFigures < 2 * largeWords;
    style.figuresSmall = smallFigures >= 3 && smallFigures > 2 * smallWords;
  }
  return style;
}

/**
 * Percentages in one piece written with the sign and with a word (`5%` beside `1.5 per cent`):
 * the minority is reported with the piece's own form suggested.
 */
function checkEnPercentStyle(style: EnStyle, localeOption: Options["locale"], report: Reporter): void {
  const signs = style.percentSign.length;
  const words = style.percentWord.length;
  if (signs === 0 || words === 0) return;
  // A tie goes to the sign (AP).
  const signWins = signs >= words;
  const majority = signWins ? style.percentSign.map((p) => p.at.text + "%") : style.percentWord.map((p) => p.at.text + p.word);
  const wordForm = style.percentWord[0]?.word ?? " per cent";
  for (const p of signWins ? style.percentWord : style.percentSign) {
    if (!CHECKED.has(p.paragraph.role) && p.paragraph.role !== "quotation") continue;
    const locale = resolveLocale(localeOption, p.paragraph.lang);
    const actual = p.paragraph.text.slice(p.at.start - p.paragraph.start, p.end - p.paragraph.start);
    const replacement = signWins ? "%" : wordForm;
    const expected = p.at.text + replacement;
    // Part of `same-noun` (switched off with it): its check id is that check's.
    report({
      checkId: `${meta.id}/same-noun`,
      message: say(meta.messages, "percent-form", locale, {
        actual,
        expected,
        form: signWins ? "%" : wordForm.trim(),
        examples: majority.slice(0, 2)
      }),
      locale,
      start: p.at.start,
      end: p.end,
      suggestions: [{ ...suggest(meta, "majority-form", locale, { actual, expected, verbatim: true }), range: [p.at.end, p.end], text: replacement }]
    });
  }
}

/** The suggestion that writes a number as the copy has it (`span`) as `expected`: in words or in figures. */
function rewriteNumber(id: "spell-out" | "figures", span: { start: number; end: number; text: string }, expected: string, locale: Lang) {
  return { ...suggest(meta, id, locale, { actual: span.text, expected }), range: [span.start, span.end] as const, text: expected };
}

function checkEnParagraph(
  paragraph: Paragraph,
  locale: Lang,
  reportTo: Reporter,
  options: typeof defaults,
  on: (id: CheckId) => boolean,
  pieceStyle: EnStyle,
  nounBook: NounCount[]
): void {
  if (!mayHoldEnglishNumber(paragraph.text)) return;
  const numbers = enNumbers(paragraph);
  const tokens = paragraph.words();
  const { text } = paragraph;
  const charBefore = (n: EnNumber) => text[n.start - paragraph.start - 1] ?? " ";
  const charAfter = (n: EnNumber) => text[n.end - paragraph.start] ?? " ";
  const limit = options.style === "chicago" ? 100 : 9;
  const reported = new Set<number>();
  const report: Reporter = (finding) => {
    reported.add(finding.start);
    reportTo(finding);
  };

  /** A figure under ten to spell out (`3 homes` → `three homes`; `label`: `number 6` beside the piece's `number two`). */
  const reportSpelledOut = (n: EnNumber, value: number, noun: string, labelled: { label?: string; example?: string } = {}) => {
    const words = numberToWords(value)!;
    report({
      ...check(meta, "spell-out-small", locale, { figure: n.text, words, noun, chicago: options.style === "chicago", ...labelled }),
      start: n.start,
      end: n.end,
      suggestions: [rewriteNumber("spell-out", n, words, locale)]
    });
  };

  /** A number in words that is part of a name or label, in figures (`Chapter eleven` → `Chapter 11`, `top twenty` → `top 20`). */
  const reportNameInFigures = (n: EnNumber, value: number, name: string, noun: string) => {
    const figure = String(value);
    report({
      ...check(meta, "figures-for-large", locale, { words: n.text, figure, noun, name }),
      start: n.start,
      end: n.end,
      suggestions: [rewriteNumber("figures", n, figure, locale)]
    });
  };

  /** An age in words that AP writes in figures (`five-year-old` → `5-year-old`, `aged twelve` → `aged 12`). */
  const reportAgeInFigures = (words: { start: number; end: number; text: string }, figure: string) =>
    report({
      ...check(meta, "figures-always", locale, { actual: words.text, expected: figure, what: "ages" }),
      start: words.start,
      end: words.end,
      suggestions: [rewriteNumber("figures", words, figure, locale)]
    });

  // AP always uses figures for ages: `five-year-old` → `5-year-old`.
  const ap = options.style !== "chicago";
  // `six-year-old` is house style in much British copy: in `auto` it is reported only where the
  // piece writes other ages in figures.
  if (ap && on("figures-always") && (options.style === "ap" || pieceStyle.ageFigures > 0) && /-(?:year|month|week)-old/iu.test(text)) {
    let quoted = false;
    for (const token of tokens) {
      if (!token.wordLike) {
        for (let k = 0; k < token.text.length; k++) quoted = quotedAfter(quoted, text, token.start - paragraph.start + k);
        continue;
      }
      const age = /^([a-z]+(?:-[a-z]+)?)-(year|month|week)-olds?$/u.exec(token.text);
      const value = age ? wordsToNumber(age[1]!) : undefined;
      if (!age || value === undefined || (quoted && !options.checkQuotes)) continue;
      reportAgeInFigures(token, `${value}${token.text.slice(age[1]!.length)}`);
    }
  }

  // `three or 4 times`, `between 20 and twenty-five minutes`: the two numbers of one range or
  // choice disagree with each other, whatever the style, so quotations are read too. Both under
  // ten are spelled out (AP and Chicago alike) unless the piece writes its small counts in
  // figures; both from 10 take figures (AP) unless the style or the piece spells them out.
  const paired = new Set<EnNumber>();
  if (on("mixed-pair")) {
    for (let k = 0; k + 1 < numbers.length; k++) {
      const [first, second] = [numbers[k]!, numbers[k + 1]!];
      const [size, otherSize] = [pairSize(first), pairSize(second)];
      if (first.form === second.form || size === undefined || otherSize === undefined) continue;
      // A decimal has no spelled form: `between one and 1.5 pct` writes the whole number in figures too.
      const decimal = size === "decimal" || otherSize === "decimal";
      if (!decimal && size !== otherSize) continue;
      const between = text.slice(first.end - paragraph.start, second.start - paragraph.start);
      const opensRange = /\bbetween $/iu.test(text.slice(Math.max(0, first.start - paragraph.start - 8), first.start - paragraph.start));
      // `twenty-two and 23 June`: two numbers from ten joined by `and` are a pair too; under ten,
      // `two and 3 of the prizes` may be two counts.
      if (!PAIR_LINK.test(between) && !(between === " and " && (opensRange || size === "large"))) continue;
      const figure = first.form === "figure" ? first : second;
      const words = first.form === "word" ? first : second;
      // A lone `1` in OCR'd copy is as often a misread `I` or `l` (`the four or 1! 5.000.000`, chronam-1916).
      if (figure.text === "1") continue;
      const spell = decimal ? false : size === "small" ? !pieceStyle.figuresSmall : options.style === "chicago" || pieceStyle.spellsLarge;
      const [wrong, expected] = spell ? [figure, numberToWords(figure.value!)!] : [words, String(words.value)];
      const actual = text.slice(first.start - paragraph.start, second.end - paragraph.start);
      const mended = wrong === first ? expected + between + second.text : first.text + between + expected;
      report({
        ...check(meta, "mixed-pair", locale, { actual, expected: mended }),
        start: wrong.start,
        end: wrong.end,
        suggestions: [
          {
            ...suggest(meta, spell ? "spell-out" : "figures", locale, { actual: wrong.text, expected }),
            range: [wrong.start, wrong.end],
            text: expected
          }
        ]
      });
      paired.add(first).add(second);
      k++;
    }
  }

  for (const n of numbers) {
    if (paired.has(n)) continue;
    // Quoted speech has no digits of its own: the writer chose the form. By default it is held only
    // to what the piece itself does (a figure where the piece spells out small counts, words where
    // it writes counts from ten in figures), not to the book.
    const quotedOnly = n.quoted && !options.checkQuotes;
    // `fifty per cent` in a quotation, where the piece writes its percentages in figures.
    const quotedPercent =
      quotedOnly &&
      n.form === "word" &&
      // Capitalised, it opens the quoted sentence (`"Ninety percent of…`), and is spelled out there.
      /^[a-z]/u.test(n.text) &&
      pieceStyle.percentSign.length + pieceStyle.percentWord.length > 0 &&
      /^(?:percent|per)$/iu.test(tokens[n.lastToken + 1]?.text ?? "");
    if (
      quotedOnly &&
      !quotedPercent &&
      !(n.form === "figure" ? pieceStyle.spellsSmall || pieceStyle.quotedSmallFigureSlip : pieceStyle.figuresLarge || pieceStyle.quotedLargeWordSlip)
    )
      continue;
    const previous = tokens[n.token - 1];
    const next = tokens[n.lastToken + 1];
    const afterNext = tokens[n.lastToken + 2];
    const spacedBefore = /\s/u.test(charBefore(n)) || n.start === paragraph.start;
    const spacedAfter = /\s/u.test(charAfter(n));

    // `7 million` in a piece that writes `two million`, `three billion` (or the other way round):
    // the piece's majority decides; with no majority, AP's figures and a house style's words both
    // stand, and the wire-money checks below still read the number.
    const multiplier = on("multiplier-form") && !quotedOnly ? smallMultiplier(n, tokens, text, paragraph.start) : undefined;
    if (multiplier !== undefined) {
      const { multiplierWords: words, multiplierFigures: figures } = pieceStyle;
      const [mine, theirs] = n.form === "figure" ? [figures, words] : [words, figures];
      if (theirs.length > mine.length) {
        const expected = n.form === "figure" ? numberToWords(n.value!)! : String(n.value);
        const actual = multiplier;
        const mended = expected + actual.slice(n.text.length);
        report({
          ...check(meta, "multiplier-form", locale, { actual, expected: mended, examples: theirs.slice(0, 2), toWords: n.form === "figure" }),
          start: n.start,
          end: n.end,
          suggestions: [rewriteNumber(n.form === "figure" ? "spell-out" : "figures", n, expected, locale)]
        });
        continue;
      }
    }

    // AP: ages in figures (`Slater, thirty-five, is replacing`, `aged twelve`), unless the piece
    // itself writes ages in words.
    if (n.form === "word" && ap && on("figures-always") && !pieceStyle.agesInWords && isAge(tokens, n) && n.value !== undefined && n.value >= 1) {
      reportAgeInFigures(n, String(n.value));
      continue;
    }

    if (n.form === "figure") {
      const value = n.value;
      if (value === undefined) continue;
      // Sentence start: spell out, except a calendar year (AP; CMOS 9.5).
      if (n.sentenceStart && on("sentence-start")) {
        const year = /^[12][0-9]{3}$/u.test(n.text);
        const nextWord = next?.wordLike ? next.text : "";
        // `No. 11 was built`: the sentence splitter stopped at an abbreviation, not a sentence.
        const afterAbbreviation =
          /^(?:No|Nos|no|vol|Vol|p|pp|Fig|fig|art|Art|Sec|sec|St|Ch|ch)$/u.test(tokens[n.token - 2]?.text ?? "") && previous?.text === ".";
        // `1` opening a line is more often a scanned `I` or `l` than a count (en-raw/chronam-1916).
        if (year || afterAbbreviation || !spacedAfter || /^0/u.test(n.text) || value === 1) continue;
        // A count of the sentence's subject (`2 of the largest airlines`, `5 were on the homes`, `8 out of
        // 10 voters`, `5 million visitors`) is spelled out too; other function words after a figure
        // mark a label or an OCR slip.
        const countsSubject = SUBJECT_COUNT_AFTER.has(nextWord);
        if (
          !countsSubject &&
          (!/^[a-z]{3,}(?:-[a-z]+)*$/u.test(nextWord) || (FIGURE_UNITS.has(nextWord) && nextWord !== "times") || EN_AFTER_FIGURE_WORDS.has(nextWord))
        )
          continue;
        const words = Number.isInteger(value) ? numberToWords(value) : undefined;
        const spelled = words ? capitalise(words) : undefined;
        report({
          ...check(meta, "sentence-start", locale, { figure: n.text, next: nextWord, spelled }),
          start: n.start,
          end: n.end,
          ...(spelled ? { fix: { range: [n.start, n.end] as const, text: spelled } } : {})
        });
        continue;
      }
      // AP: spell out one through nine (Chicago: through one hundred), as a plain count.
      if (!on("spell-out-small") || n.sentenceStart || pieceStyle.figuresSmall) continue;
      if (!Number.isInteger(value) || value < 2 || value > limit || /[,.]/u.test(n.text)) continue;
      // `In total, 6 raids were carried out`: after a clause mark that follows a lower-case word, a
      // count of a plural noun opens its clause. Not in a list of items (`Kidney Beans, 2 cans`) nor
      // after another number (`aged 79 years, 3 months`).
      const opensClause =
        previous !== undefined &&
        /^[,;:]$/u.test(previous.text) &&
        /^[a-z]+$/u.test(tokens[n.token - 2]?.text ?? "") &&
        !/[0-9]/u.test(tokens[n.token - 3]?.text ?? "") &&
        wordsToNumber(tokens[n.token - 3]?.text ?? "") === undefined;
      if (!spacedBefore || !spacedAfter || !(previous?.wordLike || opensClause) || !next?.wordLike) continue;
      const prev = previous!.text;
      const noun = next.text;
      if (opensClause && !isPluralNoun(noun)) continue;
      // `the 4 companies`, `Mr Glazer's 2 sons`: a determiner or a possessive before the count.
      // A capitalised preposition opens the sentence (`For 5 days`); any other capitalised word may
      // name the figure (`Channel 4 viewers`).
      const prevOk =
        opensClause ||
        /^[a-z]+$/u.test(prev) ||
        EN_COUNT_DETERMINERS.has(prev) ||
        /^[A-Za-z][a-z]+['’]s$/u.test(prev) ||
        (/^[A-Z][a-z]+$/u.test(prev) && EN_FUNCTION_WORDS.has(prev.toLowerCase()) && !NUMBERING.has(prev.toLowerCase()));
      // `in Acapulco 2 years ago`: a span of time before `ago` or `later` counts, after a name too.
      const relativeSpan = EN_TIME_SPANS.has(noun) && EN_SPAN_RELATIVES.has(afterNext?.text ?? "");
      if (!(prevOk || relativeSpan) || MONTHS.test(prev)) continue;
      // `at number 6` in a piece that writes its positions `number two`, `number six` (BBC style):
      // the label is the piece's own, and so is the form of its number.
      const labelWords = pieceStyle.numberLabelWords;
      if (prev === "number" && labelWords.length > 0 && labelWords.length >= pieceStyle.numberLabelFigures) {
        reportSpelledOut(n, value, noun, { label: prev, example: labelWords[0]! });
        continue;
      }
      // `between 5 and 10 searches`, `2 or 12 weeks`: the count's noun comes after the pair.
      const pairNoun = /^(?:and|or|to)$/u.test(noun) ? pairedCountNoun(tokens, n.lastToken + 2) : undefined;
      // `2 more`, `3 other nominations`: `more` and `other` stand for a noun or lead to one.
      const countsMore = /^(?:more|other|fewer)$/u.test(noun);
      // A label (`No. 2`, `Page 3`) names, whatever follows; a word such as `by` or `won` numbers a
      // score or a rank (`won by 4`, `ranked 3`) unless a plural noun follows, directly or after
      // one word (`dominated by 4 companies`, `formed by 4 teenage friends`).
      // `2 new companies`, `2 front teeth`: one word between the count and its plural noun.
      const pluralAfterOneWord = afterNext !== undefined && /^[a-z]+$/u.test(afterNext.text) && isPluralNoun(afterNext.text);
      // `8 critical security holes`, `4 antique mobile phones`: two plain words before the plural;
      // not after a verb in `-s`, which can make the figure a name doing something (`lets 3 offer
      // good deals`, the operator 3).
      const third = tokens[n.lastToken + 3];
      const pluralAfterTwoWords =
        !pluralAfterOneWord &&
        !(/^[a-z]+s$/u.test(prev) && !EN_FUNCTION_WORDS.has(prev)) &&
        /^[a-z]+(?:-[a-z]+)?$/u.test(noun) &&
        /^[a-z]+(?:-[a-z]+)?$/u.test(afterNext?.text ?? "") &&
        !EN_FUNCTION_WORDS.has(noun) &&
        !EN_FUNCTION_WORDS.has(afterNext!.text) &&
        !FIGURE_UNITS.has(noun) &&
        !EN_TIME_SPANS.has(noun) &&
        third !== undefined &&
        /^[a-z]{3,}s$/u.test(third.text) &&
        !/ss$/u.test(third.text);
      const pluralFollows = isPluralNoun(noun) || pairNoun !== undefined || (options.style !== "ap" && (pluralAfterOneWord || pluralAfterTwoWords));
      if (EN_NUMBER_LABELS.has(prev.toLowerCase()) || (NUMBERING.has(prev.toLowerCase()) && !pluralFollows)) continue;
      // `the 4 were in Cuba`: the count stands for the people it counts.
      // So does `the remaining 2 were`, `the other 3 have`.
      const theBefore =
        prev.toLowerCase() === "the" || ((EN_SERIES_POSITIONS.has(prev) || prev === "other") && tokens[n.token - 2]?.text.toLowerCase() === "the");
      const standsForReferents = theBefore && EN_REFERENT_VERBS.has(noun);
      // `a 2 year deal`, `a 4 month low`: a span of time before a noun, hyphen forgotten (`a two-year deal`).
      const spanModifier =
        /^(?:a|an|the)$/iu.test(prev) && /^(?:year|month|week|day|hour|minute)$/u.test(noun) && /^[a-z]{2,}$/u.test(afterNext?.text ?? "");
      const countedAnyway = standsForReferents || countsMore || pairNoun !== undefined || spanModifier;
      if (
        !countedAnyway &&
        (!PLAIN_NOUN.test(noun) ||
          (FIGURE_UNITS.has(noun) &&
            !countsOccasions(tokens, n.lastToken + 1) &&
            !(pieceStyle.spellsSmall && (TALLY_UNITS.has(noun) || noun === "times")) &&
            !(TALLY_UNITS.has(noun) && (pieceStyle.spellsTallies || EN_SERIES_POSITIONS.has(prev)))) ||
          EN_SINGULAR_VERBS.has(noun) ||
          EN_MAGNITUDES.has(noun) ||
          EN_AFTER_FIGURE_WORDS.has(noun))
      )
        continue;
      // A count comes before a plural noun, directly or after one word (`2 new companies`); `The 3
      // network` and `lets 3 offer` name a brand.
      if (!countedAnyway && !isPluralNoun(noun) && (options.style === "ap" || !(pluralAfterOneWord || pluralAfterTwoWords))) continue;
      // `5-year-old`, `2 years old`; a spaced dash after the noun (`4 companies - Gazprom…`) is punctuation.
      if (afterNext && (afterNext.text === "old" || (afterNext.text === "-" && afterNext.start === next.end))) continue;
      // `gains of 1 to 4 points`: the second figure of a range in figures keeps the form of the first.
      if (/^(?:to|or|and)$/u.test(prev) && /^[0-9]/u.test(tokens[n.token - 2]?.text ?? "")) continue;
      // The pair's noun is quoted with it: `"5 and 10 searches" → "five and 10 searches"`.
      const shown = pairNoun !== undefined ? text.slice(next.start - paragraph.start, tokens[n.lastToken + 3]!.end - paragraph.start) : noun;
      reportSpelledOut(n, value, shown);
      continue;
    }

    // Quoted speech is held to the book's money figures only with checkQuotes, and to its percent
    // figures where the piece writes its percentages in figures (speech has no `%`: the writer chose).
    if (!ap || n.sentenceStart) continue;
    const value = n.value;
    // AP always uses figures for percentages: `two per cent` → `2%`.
    // (`one point three per cent` and `Fifty nine percent` are compounds the rule leaves alone.)
    const inCompound = previous?.wordLike && (previous.text === "point" || wordsToNumber(previous.text) !== undefined);
    if (on("figures-always") && value !== undefined && value >= 1 && next?.wordLike && !inCompound && spacedAfter) {
      const per = next.text.toLowerCase();
      const cent = tokens[n.lastToken + 2];
      let end: number | undefined;
      let figure = `${value}%`;
      let what: "percentages" | "money" | "millions" = "percentages";
      if (per === "percent") end = next.end;
      else if (per === "pct" && pieceStyle.smallPctFigures > 0) {
        // Wire copy spells out `pct` under ten (its style): only beside a small figure (`1-1/8 pct`) is `five pct` a slip.
        end = next.end;
        figure = `${value} pct`;
      } else if (per === "per" && cent && centWordEnd(cent) !== undefined) end = centWordEnd(cent);
      else if (
        /^(?:million|billion|mln|bln)$/u.test(per) &&
        cent &&
        /^(?:dlrs?|dollars|stg|yen|marks|francs)$/iu.test(cent.text) &&
        pieceStyle.smallMoneyFigures > 0
      ) {
        // Money is in figures: `eight billion dlr` → `8 billion dlr`.
        end = cent.end;
        what = "money";
        figure = `${value} ${per} ${cent.text}`;
      } else if (/^(?:mln|bln)$/u.test(per) && pieceStyle.smallMlnFigures > 0) {
        // Wire copy's other amounts: `four mln engineering workers` beside `2.3 mln workers`.
        end = next.end;
        what = "millions";
        figure = `${value} ${per}`;
      } else if (per === "percentage" && cent && /^points?$/u.test(cent.text)) {
        end = cent.end;
        figure = `${value} percentage ${cent.text}`;
      }
      if (quotedOnly && !(quotedPercent && what === "percentages" && per !== "pct" && per !== "percentage")) end = undefined;
      if (end !== undefined) {
        const actual = text.slice(n.start - paragraph.start, end - paragraph.start);
        report({
          ...check(meta, "figures-always", locale, { actual, expected: figure, what }),
          start: n.start,
          end,
          suggestions: [rewriteNumber("figures", { start: n.start, end, text: actual }, figure, locale)]
        });
        continue;
      }
    }
    // A spelled-out number of 10 or more in AP style: use figures.
    if (!on("figures-for-large") || pieceStyle.spellsLarge) continue;
    if (value === undefined || value < 10 || value > 99) continue;
    // `Chapter eleven`, `Ocean's twelve`: a number written small after a name is part of it, and a
    // name's number is a figure (`Chapter 11`; a title spelling it out capitalises it: `Ocean's Eleven`).
    // Not a count after a name (`wed Miss Killer ten days ago`).
    if (previous?.wordLike && /^[A-Z][a-z]+(?:['’]s)?$/u.test(previous.text) && !EN_COUNT_DETERMINERS.has(previous.text)) {
      const lowerPrev = previous.text.toLowerCase();
      const afterName = tokens[n.token - 2];
      const opensSentence = previous.start === paragraph.start || paragraph.sentences().some((s) => s.start === previous.start);
      if (
        !EN_FUNCTION_WORDS.has(lowerPrev) &&
        !MONTHS.test(previous.text) &&
        !opensSentence &&
        /^[a-z]+(?:-[a-z]+)?$/u.test(n.text) &&
        afterName?.text !== "," &&
        !(next?.wordLike && isPluralNoun(next.text))
      ) {
        reportNameInFigures(n, value, previous.text, next?.text ?? "");
        continue;
      }
    }
    // `top ten` is a set phrase, but not in a piece that writes its charts in figures (`top 10`, `top 40`).
    if (previous?.text === "top" && pieceStyle.topFigures > 0 && /^[a-z]+(?:-[a-z]+)?$/u.test(n.text)) {
      reportNameInFigures(n, value, previous.text, next?.text ?? "");
      continue;
    }
    if (!next?.wordLike || !PLAIN_NOUN.test(next.text) || EN_AFTER_FIGURE_WORDS.has(next.text) || /^(?:hundred|thousand)s?$/u.test(next.text))
      continue;
    // `fifty one` is a compound number (or a scanning slip), not a count of ones.
    if (wordsToNumber(next.text) !== undefined || (options.style === "ap" && (!isPluralNoun(next.text) || EN_MAGNITUDES.has(next.text)))) continue;
    // `twenty more aircraft`, `sixteen other Lib Dem MPs`: `more` and `other` lead to what is counted.
    // `fifty-six pence` is money, which AP sets in figures (`pence` has no `s`).
    const countsMore = /^(?:more|other|pence)$/u.test(next.text);
    if (!countsMore && !isPluralNoun(next.text) && !EN_MAGNITUDES.has(next.text) && !/^[a-z]+s$/u.test(tokens[n.lastToken + 2]?.text ?? "")) continue;
    // A capitalised word before the count may name it (`Ocean's twelve`), unless it is a
    // determiner or a preposition, or opens the sentence (`Under twenty-three hours`, `Around fifty`).
    if (
      previous?.wordLike &&
      /^[A-Z]/u.test(previous.text) &&
      !EN_COUNT_DETERMINERS.has(previous.text) &&
      !EN_FUNCTION_WORDS.has(previous.text.toLowerCase()) &&
      !(/^[A-Z][a-z]+$/u.test(previous.text) && paragraph.sentences().some((s) => s.start === previous.start))
    )
      continue;
    // `one hundred and ten members` is 110, not 10.
    if (previous && (/^(?:hundred|thousand|and|point|-)$/iu.test(previous.text) || wordsToNumber(previous.text) !== undefined)) continue;
    if (!spacedAfter || /^[A-Z]/u.test(n.text)) continue;
    // `ten times more` is a multiplier as often spelled out as not (from eleven it is a figure, AP),
    // `top ten` a set phrase.
    if ((next.text === "times" && value <= 10) || previous?.text === "top") continue;
    const figure = String(value);
    report({
      ...check(meta, "figures-for-large", locale, { words: n.text, figure, noun: next.text }),
      start: n.start,
      end: n.end,
      suggestions: [rewriteNumber("figures", n, figure, locale)]
    });
  }

  if (on("same-noun")) collectSameNoun(paragraph, numbers, reported, nounBook, options);
}

/** A count of a noun in an English piece, for the same-noun check. */
interface NounCount {
  n: EnNumber;
  noun: string;
  paragraph: Paragraph;
  /** Already reported by a per-number check. */
  reported: boolean;
  /** A unit of measurement (`acres`): AP writes it in figures whatever the value. */
  unit: boolean;
}

/** How far apart (characters) two counts of one noun may be and still be compared. */
const SAME_STORY = 2500;

/**
 * Collects the counts of one paragraph by the noun they count (`nine violations`, `7 violations`),
 * for `reportSameNoun` once the whole piece is read.
 */
function collectSameNoun(
  paragraph: Paragraph,
  numbers: readonly EnNumber[],
  reported: ReadonlySet<number>,
  book: NounCount[],
  options: typeof defaults,
  evidenceOnly = false
): void {
  const tokens = paragraph.words();
  const { text } = paragraph;
  for (const n of numbers) {
    if ((n.quoted && !options.checkQuotes) || (n.sentenceStart && n.form === "word") || n.value === undefined) continue;
    if (!Number.isInteger(n.value) || n.value < 2 || /[,.]/u.test(n.text)) continue;
    const previous = tokens[n.token - 1];
    const next = tokens[n.lastToken + 1];
    if (!next?.wordLike || !/^[a-z]+s$/u.test(next.text)) continue;
    // A unit (`acres`, `miles`) counts too: `85 acres` beside `twenty acres` is one unit in two forms.
    const unit = FIGURE_UNITS.has(next.text);
    if ((unit && !EN_UNIT_NOUNS.has(next.text)) || EN_SINGULAR_VERBS.has(next.text) || EN_MAGNITUDES.has(next.text)) continue;
    if (!/\s/u.test(text[n.end - paragraph.start] ?? "")) continue;
    if (n.form === "figure" && !/\s/u.test(text[n.start - paragraph.start - 1] ?? " ")) continue;
    if (previous?.wordLike && (/^[A-Z]/u.test(previous.text) || EN_NUMBER_LABELS.has(previous.text))) continue;
    if (previous && (/^(?:hundred|thousand|and|point)$/iu.test(previous.text) || wordsToNumber(previous.text) !== undefined)) continue;
    // A figure opening a sentence is evidence of the form, but the sentence-start check owns it.
    book.push({ n, noun: next.text, paragraph, unit, reported: evidenceOnly || n.sentenceStart || reported.has(n.start) });
  }
}

/**
 * The same noun counted in figures and in words in one piece (`nine violations` … `7 violations`,
 * `85 acres` … `twenty acres`): the number in the wrong form for the house style is reported,
 * even where the per-number check stays quiet. A mixed series that follows the style number by
 * number (`nine players … 12 players`) is AP's rule and stays silent.
 */
function reportSameNoun(book: readonly NounCount[], localeOption: Options["locale"], report: Reporter, options: typeof defaults): void {
  const byNoun = new Map<string, NounCount[]>();
  for (const entry of book) {
    const list = byNoun.get(entry.noun) ?? [];
    list.push(entry);
    byNoun.set(entry.noun, list);
  }
  const limit = options.style === "chicago" ? 100 : 9;
  for (const [noun, list] of byNoun) {
    const figures = list.filter((e) => e.n.form === "figure");
    const words = list.filter((e) => e.n.form === "word");
    if (figures.length === 0 || words.length === 0) continue;
    for (const { n, paragraph, reported, unit } of list) {
      if (reported) continue;
      const value = n.value!;
      const expected = unit
        ? n.form === "word"
          ? String(value)
          : undefined
        : n.form === "figure"
          ? value <= limit
            ? numberToWords(value)
            : undefined
          : options.style !== "chicago" && value > limit
            ? String(value)
            : undefined;
      if (!expected) continue;
      // The other form in the same story: within a few thousand characters (a scanned page holds many).
      const other = (n.form === "figure" ? words : figures).find((e) => Math.abs(e.n.start - n.start) <= SAME_STORY)?.n;
      if (!other) continue;
      const locale = resolveLocale(localeOption, paragraph.lang);
      const reason = unit ? "unit" : n.form === "figure" ? "small" : "large";
      report({
        ...check(meta, "same-noun", locale, { actual: n.text, expected, other: other.text, noun, reason, chicago: options.style === "chicago" }),
        start: n.start,
        end: n.end,
        suggestions: [rewriteNumber(n.form === "figure" ? "spell-out" : "figures", n, expected, locale)]
      });
    }
  }
}

// A number written two ways reads careless but does not stop a story: warnings, which a pre-commit
// hook prints without blocking, unless the options name another `severity`.
const rule: TextlintRuleModule<Options> = defineRule({ linter: reporter, fixer: reporter }, { defaultSeverity: meta.defaultSeverity });

export default rule;
