import { isEllipsisOnly } from "./roles.js";
import { isCaptionLine } from "./furniture.js";
import { opensWithNewsDateline } from "./openings.js";
import { charClass, CLOSERS, SENTENCE_ENDS } from "./punctuation.js";

/**
 * How a plain-text story lays out its paragraphs. Newspaper and CMS exports put one paragraph on
 * each line; wire copy and PDF extractions hard-wrap paragraphs at a fixed width, and there a line
 * is not a paragraph.
 */
export type Layout = "line-per-paragraph" | "hard-wrapped";

/** One physical line of copy with its UTF-16 source range (without the line break). */
export interface SourceLine {
  start: number;
  end: number;
  text: string;
  /** A blank line (or the start of the document) comes before this line. */
  blankBefore: boolean;
}

/** Display width: CJK and full-width forms take two columns, as on a terminal or a galley. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Wrapped copy is set narrower than this many columns; longer lines are whole paragraphs. */
const MAX_WRAP_WIDTH = 140;
/** Share of inner lines (lines followed by another without a blank line) that must fill the measure. */
const FULL_LINE_SHARE = 0.7;

/**
 * Decides the layout from line widths alone: hard-wrapped copy has many blocks of several
 * lines, and the lines inside a block (all but its last) nearly fill one fixed measure.
 */
export function detectLayout(lines: readonly SourceLine[]): Layout {
  const nonEmpty = lines.filter((line) => line.text.trim() !== "");
  const innerWidths: number[] = [];
  for (let i = 0; i + 1 < nonEmpty.length; i++) {
    // A line followed by a blank line or by an indented line (wire copy's paragraph mark) ends a paragraph.
    const next = nonEmpty[i + 1]!;
    if (!next.blankBefore && !INDENT.test(next.text)) innerWidths.push(displayWidth(nonEmpty[i]!.text.trimEnd()));
  }
  if (innerWidths.length < 4 || innerWidths.length < nonEmpty.length * 0.4) return "line-per-paragraph";
  const measure = percentile(innerWidths, 0.9);
  if (measure > MAX_WRAP_WIDTH || measure < 16) return "line-per-paragraph";
  const full = innerWidths.filter((width) => width >= measure * 0.65).length;
  if (full >= innerWidths.length * FULL_LINE_SHARE) return "hard-wrapped";
  // OCR'd pages mix body columns with headlines, lists and ads, so fewer lines fill the measure;
  // but their sentences run on from line to line: many lines are followed by one that opens in
  // lower case, which a paragraph of its own almost never does.
  let runOn = 0;
  for (let i = 0; i + 1 < nonEmpty.length; i++) {
    if (!nonEmpty[i + 1]!.blankBefore && LOWER_START.test(nonEmpty[i + 1]!.text)) runOn++;
  }
  return runOn >= innerWidths.length * RUN_ON_SHARE ? "hard-wrapped" : "line-per-paragraph";
}

const UPPER_START = /^[ \t]*\p{Lu}/u;

/** Latin capitals only (at least four), no lower case and no Han: `CHURCH NOTES`, `VOL XXXIX NO 49`. */
function isCapsLine(text: string): boolean {
  if (/[\p{Ll}\p{Script=Han}]/u.test(text)) return false;
  let capitals = 0;
  for (const ch of text) if (/\p{Lu}/u.test(ch) && ++capitals >= 4) return true;
  return false;
}
/** A line that opens in lower case (after any indent): it continues the line before. */
const LOWER_START = /^[ \t]*\p{Ll}/u;
/** Share of inner lines followed by a lower-case line that marks run-on (OCR) copy. */
const RUN_ON_SHARE = 0.25;

/** The measure (typical full-line width) of hard-wrapped copy. */
export function wrapMeasure(lines: readonly SourceLine[]): number {
  const widths = lines.filter((l) => l.text.trim() !== "").map((l) => displayWidth(l.text.trimEnd()));
  return percentile(widths, 0.9);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const TERMINAL_AT_END = new RegExp(`${charClass(SENTENCE_ENDS, CLOSERS)}\\s*$`, "u");
const HAN = /\p{Script=Han}/u;
const INDENT = /^[ \t\u3000]{2,}/u;

/**
 * Groups hard-wrapped lines into paragraphs. A paragraph ends at a blank line, before an
 * indented line (wire copy indents instead of leaving blank lines), after a short line that
 * closes a sentence (in OCR copy without punctuation, a short line before a capital), around an
 * all-capitals headline line, around a line of nothing but ellipsis marks, before a Chinese
 * dateline and after a photo caption that closes on its credit.
 */
export function groupWrappedLines(lines: readonly SourceLine[], measure: number): SourceLine[][] {
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  // OCR that lost its punctuation (no line in fifty ends a sentence): a short line before one that
  // opens with a capital ends a paragraph.
  const nonEmpty = lines.filter((line) => line.text.trim() !== "");
  const closing = nonEmpty.filter((line) => TERMINAL_AT_END.test(line.text)).length;
  const unpunctuated = nonEmpty.length >= 50 && closing < nonEmpty.length * 0.02;
  for (const line of lines) {
    if (line.text.trim() === "") continue;
    const previous = current[current.length - 1];
    const startsNew =
      previous === undefined ||
      line.blankBefore ||
      INDENT.test(line.text) ||
      (displayWidth(previous.text.trimEnd()) < measure * 0.75 && TERMINAL_AT_END.test(previous.text)) ||
      (unpunctuated && displayWidth(previous.text.trimEnd()) < measure * 0.85 && UPPER_START.test(line.text)) ||
      // An all-capitals line (a headline of an OCR'd page, a wire slug) is a paragraph of its own.
      isCapsLine(line.text) ||
      isCapsLine(previous.text) ||
      // A line of nothing but ellipsis marks is a paragraph of its own (a separator, or filler).
      isEllipsisOnly(line.text) ||
      isEllipsisOnly(previous.text) ||
      // A story's dateline opens a paragraph; a photo caption with its credit is one of its own.
      // (In a PDF page's text a new story starts right under the previous story's last line.)
      opensWithNewsDateline(line.text) ||
      isCaptionLine(previous.text, HAN.test(previous.text) ? "zh" : "en");
    if (startsNew && current.length > 0) {
      groups.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
