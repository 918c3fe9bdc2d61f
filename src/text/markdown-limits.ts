/**
 * What the Markdown parser can take in bounded time (issue 21 item 4). textlint's Markdown parser
 * (mdast) is super-linear on long lists and big tables (50,000 list items: about a minute; a
 * 20 × 5,000 table: several minutes) and recursive in the nesting depth. One linear pass over the
 * lines, before parsing, measures the three; a document past a limit is not parsed.
 */

/** Items of one list (a run of list lines, blank lines and indented continuations). */
export const MAX_LIST_ITEMS = 5_000;
/** Cells of one table (rows × columns of a run of `|` lines). */
export const MAX_TABLE_CELLS = 20_000;
/** Block quotes and lists inside each other. */
export const MAX_NESTING = 100;

export interface MarkdownShape {
  /** Most items in one list. */
  listItems: number;
  /** Most cells in one table. */
  tableCells: number;
  /** Deepest nesting of quotes and lists (by `>` marks and indentation). */
  depth: number;
}

const FENCE = /^(?:```|~~~)/u;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/u;

/** The shape of a Markdown text: one pass over its lines, no allocation per character. */
export function markdownShape(text: string): MarkdownShape {
  let listItems = 0;
  let tableCells = 0;
  let depth = 0;
  let run = 0; // items of the current list
  let rows = 0; // rows of the current table
  let columns = 0;
  let fenced = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Quote marks and indentation at the start of the line.
    let i = lineStart;
    let quotes = 0;
    let indent = 0;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e /* > */) quotes++;
      else if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4;
      else break;
    }
    const blank = i >= lineEnd || (i === lineEnd - 1 && text.charCodeAt(i) === 0x0d);
    const rest = blank ? "" : text.slice(i, Math.min(lineEnd, i + 12));
    if (FENCE.test(rest)) fenced = !fenced;
    if (fenced) {
      lineStart = lineEnd + 1;
      continue;
    }
    const item = !blank && LIST_ITEM.test(rest);
    // Each list level indents its items by at least two columns.
    const level = quotes + (item ? 1 + Math.floor(indent / 2) : 0);
    if (level > depth) depth = level;
    if (item) {
      run++;
      if (run > listItems) listItems = run;
    } else if (!blank && indent === 0 && quotes === 0) {
      run = 0;
    }
    const pipes = blank ? 0 : countPipes(text, i, lineEnd);
    if (pipes > 0) {
      rows++;
      columns = Math.max(columns, pipes + 1);
      if (rows * columns > tableCells) tableCells = rows * columns;
    } else {
      rows = 0;
      columns = 0;
    }
    lineStart = lineEnd + 1;
  }
  return { listItems, tableCells, depth };
}

/** `|` characters in text[from, to): scanned within the line only. */
function countPipes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x7c) n++;
  return n;
}

/**
 * Why the Markdown parser cannot take `text` in reasonable time or depth, in a few words
 * (`a list of 50,000 items (at most 5,000)`), or undefined when it can.
 */
export function markdownTooComplex(text: string): string | undefined {
  const shape = markdownShape(text);
  const n = (x: number) => x.toLocaleString("en");
  if (shape.depth > MAX_NESTING) return `quotes or lists nested ${n(shape.depth)} deep (at most ${n(MAX_NESTING)})`;
  if (shape.listItems > MAX_LIST_ITEMS) return `a list of ${n(shape.listItems)} items (at most ${n(MAX_LIST_ITEMS)})`;
  if (shape.tableCells > MAX_TABLE_CELLS) return `a table of ${n(shape.tableCells)} cells (at most ${n(MAX_TABLE_CELLS)})`;
  return undefined;
}

/** The extensions textlint's Markdown plugin parses. */
export const MARKDOWN_EXTENSIONS: readonly string[] = [".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mkdown", ".ron"];

// The nesting bound the CLI and the language server name in their one-line refusal (depth and line).
/** Deepest nesting copydesk hands to the Markdown parser (block quotes plus list levels). */
export const MAX_MARKDOWN_DEPTH = 100;

/**
 * An upper bound on the container depth of the deepest line: the `>` markers and list markers
 * at the line's start, plus its indentation over two columns (each nested list level needs at
 * least two more columns than its parent). One pass, constant work per character.
 */
export function markdownNestingBound(text: string): { depth: number; line: number } {
  let best = 0;
  let bestLine = 1;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let indent = 0;
    // The line's prefix: spaces, tabs, `>` and list markers, until the first other character.
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4;
      else if (c === 0x3e /* > */) depth++;
      else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) depth++;
      else break;
    }
    const bound = depth + Math.floor(indent / 2);
    if (bound > best) {
      best = bound;
      bestLine = line;
    }
    // Skip to the next line.
    while (i < n) {
      const c = text.charCodeAt(i++);
      if (c === 0x0a) break;
      if (c === 0x0d) {
        if (text.charCodeAt(i) === 0x0a) i++;
        break;
      }
    }
    line++;
  }
  return { depth: best, line: bestLine };
}

/** Why a Markdown document is too deep to parse, or undefined when it is fine. */
export function markdownTooDeep(text: string, locale: "zh" | "en" = "en"): string | undefined {
  const { depth, line } = markdownNestingBound(text);
  if (depth <= MAX_MARKDOWN_DEPTH) return undefined;
  return locale === "zh"
    ? `Markdown 嵌套过深（第 ${line} 行约 ${depth} 层，上限 ${MAX_MARKDOWN_DEPTH} 层），未检查`
    : `Markdown nested too deep to parse (about ${depth} levels at line ${line}; the limit is ${MAX_MARKDOWN_DEPTH}); not linted`;
}
