import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";
import { countScripts, languageOfCounts, type Lang, type LangOption } from "./language.js";
import { decodeEntitiesInPlace, INLINE_NODE_TYPES, NON_COPY_ELEMENTS } from "./html.js";
import { detectLayout, groupWrappedLines, wrapMeasure, type Layout, type SourceLine } from "./layout.js";
import { classifyRole, type Container, type Role } from "./roles.js";
import { enAnalysis, SEGMENT_WINDOW, sentencesOf, wordsOf, zhWords, zhWordStretch, type Span, type Token } from "./segment.js";
import { charClass, classBody, CLOSERS, INVISIBLE, SENTENCE_ENDS } from "./punctuation.js";

/** One paragraph of copy as an editor sees it (not necessarily one AST node). */
export interface Paragraph {
  /** Position in the document's paragraph list. */
  readonly index: number;
  /** Absolute UTF-16 range of the paragraph in the source, trimmed of surrounding space. */
  readonly start: number;
  readonly end: number;
  /**
   * The visible text, offset-aligned with `start..end` (same length): Markdown markup and the
   * line breaks of hard-wrapped copy are blanked to spaces so offsets map back one to one.
   */
  readonly text: string;
  /** 1-based source lines of the first and last character. */
  readonly line: number;
  readonly endLine: number;
  readonly role: Role;
  readonly container: Container;
  readonly lang: Lang;
  /** A blank line (or the start of the document or block) separates it from the previous paragraph. */
  readonly blankBefore: boolean;
  /**
   * Absolute offsets of the line breaks inside the paragraph (blanked to spaces in `text`): the
   * wraps of hard-wrapped copy, or the soft breaks of a multi-line Markdown list item. Empty for a
   * one-line paragraph.
   */
  readonly breaks: readonly number[];
  /** Sentences, segmented once on first use. */
  sentences(): readonly Span[];
  /** Words and punctuation tokens, segmented once on first use. */
  words(): readonly Token[];
  /**
   * The tokens of `words()` that overlap [start, end) (absolute offsets), without segmenting the
   * whole paragraph when it is long (copy whose line breaks were lost): only a bounded stretch
   * around the range is segmented. Use it where a rule needs the words at one place.
   */
  wordsIn(start: number, end: number): readonly Token[];
}

export interface TextModel {
  /**
   * The document as rules read it: the source itself for text and Markdown; for HTML the source
   * with tags, comments and scripts blanked to spaces (line breaks kept) and character
   * references decoded in place, so offsets are the source's and markup never reads as copy.
   */
  readonly source: string;
  readonly format: "text" | "markdown" | "html";
  readonly layout: Layout;
  /** The document's main language: the language of most of its characters. */
  readonly lang: Lang;
  readonly paragraphs: readonly Paragraph[];
  /** 1-based line of a UTF-16 offset. */
  lineOf(offset: number): number;
  /** 1-based line and column (column 1-based, as textlint prints it). */
  positionOf(offset: number): { line: number; column: number };
  /**
   * What follows paragraph `p` on its line before any other copy: `start..end`, the spaces and
   * U+E40C paragraph marks from `p.end` up to the next copy, the line's end or the source's end
   * (empty when copy or a line break follows at once). It separates `p` from the paragraph after
   * it when paragraphs are marked inside one line. `removable`: deleting it with `p` closes the
   * copy up and takes nothing else. Never in HTML, where `source` has markup blanked to spaces and
   * what reads as a space may be a `</div>`.
   */
  separatorAfter(p: Paragraph): Separator;
}

/** What follows a paragraph on its line: see `TextModel.separatorAfter`. */
export interface Separator {
  readonly start: number;
  readonly end: number;
  readonly removable: boolean;
}

export interface ModelOptions {
  lang?: LangOption;
}

const cache = new WeakMap<object, Map<LangOption, TextModel>>();

/**
 * The shared model of a document, built once per AST and language option: every rule that
 * reads the same document gets the same object.
 */
export function getTextModel(document: TxtParentNode, options: ModelOptions = {}): TextModel {
  const langOption = options.lang ?? "auto";
  let perLang = cache.get(document);
  if (!perLang) {
    perLang = new Map();
    cache.set(document, perLang);
  }
  let model = perLang.get(langOption);
  if (!model) {
    // `--fix` parses the same text again for every fixable rule and once more for the lint after
    // it: the same source with the same tree gives the same model, so the last one is reused.
    const shape = treeShape(document);
    if (last && last.langOption === langOption && last.shape === shape && last.model.source === document.raw) {
      model = last.model;
    } else {
      model = buildTextModel(document, langOption);
    }
    last = { model, shape, langOption };
    perLang.set(langOption, model);
  }
  return model;
}

/** The model built last, for the next tree of the same text (see `getTextModel`). */
let last: { model: TextModel; shape: string; langOption: LangOption } | undefined;

const TYPE_CODES = new Map<string, number>();

/**
 * A fingerprint of what the model reads from a tree: the type and range of every node in
 * document order (two 32-bit hashes and the count). Trees of one text by one parser agree.
 */
function treeShape(document: TxtParentNode): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let count = 0;
  const mix = (v: number) => {
    h1 = Math.imul(h1 ^ v, 0x01000193);
    h2 = Math.imul(h2 ^ v, 0x5bd1e995) ^ (h2 >>> 15);
  };
  const stack: TxtNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count++;
    let code = TYPE_CODES.get(node.type);
    if (code === undefined) TYPE_CODES.set(node.type, (code = TYPE_CODES.size + 1));
    mix(code);
    mix(node.range[0]);
    mix(node.range[1]);
    if ("children" in node && Array.isArray(node.children)) {
      const children = node.children as TxtNode[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      mix(-children.length);
    }
  }
  return `${count}:${h1 >>> 0}:${h2 >>> 0}`;
}

interface Block {
  container: Container;
  lines: SourceLine[];
  /** Markdown block whose lines must stay together (a header, a table row, a list item's lines). */
  atomic: boolean;
}

function buildTextModel(document: TxtParentNode, langOption: LangOption): TextModel {
  const raw = document.raw;
  const lineStarts = computeLineStarts(raw);
  const lineOf = (offset: number) => upperBound(lineStarts, offset);
  const format = documentFormat(document);
  const visible = visibleText(document, raw, format === "html");
  const source = format === "html" ? visible : raw;

  const blocks = format === "html" ? collectHtmlBlocks(document, visible) : collectBlocks(document, source, visible);
  const allLines = blocks.flatMap((block) => (block.atomic ? [] : block.lines));
  const layout = detectLayout(allLines);
  const measure = layout === "hard-wrapped" ? wrapMeasure(allLines) : 0;

  // Built in a function of its own: a closure here would keep the pieces alive with the model.
  const pieces = groupPieces(blocks, layout, measure);

  const documentCounts = countScripts(visible);
  const fallback: Lang = langOption === "auto" ? languageOfCounts(documentCounts, "zh") : langOption;
  const paragraphs: Paragraph[] = [];
  for (const piece of pieces) {
    const first = piece.lines[0]!;
    const last = piece.lines[piece.lines.length - 1]!;
    const rawText = visible.slice(first.start, last.end);
    const lead = rawText.length - rawText.trimStart().length;
    const trail = rawText.length - rawText.trimEnd().length;
    const start = first.start + lead;
    const end = last.end - trail;
    if (end <= start || BLANK.test(visible.slice(start, end))) continue;
    const text = visible.slice(start, end).replace(/[\r\n]/g, " ");
    const lang = langOption === "auto" ? languageOfCounts(countScripts(text), fallback) : langOption;
    const index = paragraphs.length;
    paragraphs.push(
      makeParagraph({
        index,
        start,
        end,
        text,
        line: lineOf(start),
        endLine: lineOf(end - 1),
        role: classifyRole({ text, lang, container: piece.container, indexInDocument: index }),
        container: piece.container,
        lang,
        blankBefore: first.blankBefore,
        breaks: piece.lines.slice(1).map((line) => sourceBreakBefore(source, line.start))
      })
    );
  }

  return {
    source,
    format,
    layout,
    lang: fallback,
    paragraphs,
    lineOf,
    positionOf(offset) {
      const line = lineOf(offset);
      return { line, column: offset - lineStarts[line - 1]! + 1 };
    },
    separatorAfter(p) {
      let end = p.end;
      while (end < source.length && IN_LINE_SEPARATOR.test(source[end]!)) end++;
      return { start: p.end, end, removable: format !== "html" };
    }
  };
}

/** What may stand between two paragraphs of one line: spaces other than line breaks, and the U+E40C paragraph mark. */
const IN_LINE_SEPARATOR = /[^\S\r\n]|\uE40C/u;

/** The blocks as pieces of copy: in hard-wrapped copy, consecutive plain blocks are regrouped. */
function groupPieces(blocks: readonly Block[], layout: Layout, measure: number): { lines: SourceLine[]; container: Container }[] {
  const pieces: { lines: SourceLine[]; container: Container }[] = [];
  // In hard-wrapped copy, consecutive plain blocks are regrouped: in `.txt` every line is its own node.
  let run: SourceLine[] = [];
  let runContainer: Container = "paragraph";
  const flushRun = () => {
    for (const group of groupWrappedLines(run, measure)) pieces.push({ lines: group, container: runContainer });
    run = [];
  };
  for (const block of blocks) {
    if (block.atomic) {
      flushRun();
      pieces.push({ lines: block.lines, container: block.container });
    } else if (layout === "hard-wrapped") {
      if (block.container !== runContainer) flushRun();
      runContainer = block.container;
      run.push(...block.lines);
    } else {
      for (const line of block.lines) pieces.push({ lines: [line], container: block.container });
    }
  }
  flushRun();
  return pieces;
}

type ParagraphFields = Omit<Paragraph, "sentences" | "words" | "wordsIn">;

/**
 * A paragraph: its fields and three methods shared by all paragraphs (an object of closures per
 * paragraph cost a million closures on a million one-line paragraphs). The methods read `this`,
 * so a paragraph a rule builds by spreading another (`{ ...b, text }`) analyses its own text;
 * their results are cached per object, outside it.
 */
function makeParagraph(fields: ParagraphFields): Paragraph {
  return {
    index: fields.index,
    start: fields.start,
    end: fields.end,
    text: fields.text,
    line: fields.line,
    endLine: fields.endLine,
    role: fields.role,
    container: fields.container,
    lang: fields.lang,
    blankBefore: fields.blankBefore,
    breaks: fields.breaks.length === 0 ? NO_BREAKS : fields.breaks,
    sentences: paragraphSentences,
    words: paragraphWords,
    wordsIn: paragraphWordsIn
  };
}

interface Analyses {
  sentences?: Span[];
  words?: Token[];
  // English sentences and words come from one retext parse: parse once, whichever is asked first.
  english?: ReturnType<typeof enAnalysis>;
}
const analyses = new WeakMap<Paragraph, Analyses>();

function analysesOf(p: Paragraph): Analyses {
  let a = analyses.get(p);
  if (!a) analyses.set(p, (a = {}));
  return a;
}

function paragraphSentences(this: Paragraph): readonly Span[] {
  const a = analysesOf(this);
  if (this.lang === "zh") return (a.sentences ??= sentencesOf(this.text, this.start, "zh"));
  return (a.english ??= enAnalysis(this.text, this.start)).sentences;
}

function paragraphWords(this: Paragraph): readonly Token[] {
  const a = analysesOf(this);
  if (this.lang === "zh") return (a.words ??= wordsOf(this.text, this.start, "zh"));
  return (a.english ??= enAnalysis(this.text, this.start)).words;
}

function paragraphWordsIn(this: Paragraph, start: number, end: number): readonly Token[] {
  const to = Math.max(end, start + 1);
  if (this.lang !== "zh" || this.text.length <= SEGMENT_WINDOW || analyses.get(this)?.words) return overlapping(this.words(), start, to);
  const [a, b] = zhWordStretch(this.text, start - this.start, end - this.start);
  return overlapping(zhWords(this.text.slice(a, b), this.start + a), start, to);
}

const NO_BREAKS: readonly number[] = Object.freeze([]);

/** The tokens (sorted, not overlapping) that overlap [start, end). */
function overlapping(tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) out.push(tokens[i]!);
  return out;
}

/** The line break that ends the line before `lineStart`: its `\n`, or the `\r` of a CRLF or of a lone CR. */
function sourceBreakBefore(source: string, lineStart: number): number {
  let i = lineStart - 1;
  while (i > 0 && source[i] !== "\n" && source[i] !== "\r") i--;
  return source[i] === "\n" && source[i - 1] === "\r" ? i - 1 : i;
}

const formatCache = new WeakMap<object, TextModel["format"]>();

/** The document came through textlint-plugin-html: its source is markup, not copy. */
export function isHtmlDocument(document: TxtParentNode): boolean {
  let format = formatCache.get(document);
  if (format === undefined) {
    format = documentFormat(document);
    formatCache.set(document, format);
  }
  return format === "html";
}

function documentFormat(document: TxtParentNode): TextModel["format"] {
  // The plain-text parser only ever produces Paragraph, Str and Break nodes; textlint-plugin-html
  // keeps the names of elements it has no textlint type for (`html`, `body`, `div`), in lower case.
  let format: TextModel["format"] = "text";
  walk(document, (node) => {
    if (/^[a-z]/.test(node.type)) format = "html";
    else if (!["Document", "Paragraph", "Str", "Break"].includes(node.type)) format = "markdown";
    return format !== "html";
  });
  return format;
}

/**
 * The document with everything that is not visible copy blanked to spaces (markup, URLs,
 * code, HTML, front matter), newlines kept. Same length as the source, so offsets carry over.
 */
function visibleText(document: TxtParentNode, source: string, html: boolean): string {
  const kept: (readonly [number, number])[] = [];
  walk(document, (node) => {
    if (node.type === "Str") {
      kept.push(node.range);
      return false;
    }
    if (html && NON_COPY_ELEMENTS.has(node.type)) return false;
    return !["Code", "CodeBlock", "Html", "HtmlBlock", "Comment", "Yaml", "Image", "Definition", "ReferenceDef"].includes(node.type);
  });
  const blank = (from: number, to: number) => source.slice(from, to).replace(/[^\r\n]/g, " ");
  const parts: string[] = [];
  let cursor = 0;
  for (const [s, e] of kept) {
    if (s < cursor) continue;
    parts.push(blank(cursor, s), html ? decodeEntitiesInPlace(source.slice(s, e)) : source.slice(s, e));
    cursor = e;
  }
  parts.push(blank(cursor, source.length));
  return parts.join("");
}

/** Nothing an editor can see: spaces and invisible format characters (zero-width space and joiners, word joiner, BOM, soft hyphen). */
const BLANK = new RegExp(`^[\\s${classBody(INVISIBLE)}]*$`, "u");

/** Two line ends (LF, CRLF or a lone CR) with nothing but spaces between them. */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t\u3000]*(?:\r\n|\r(?!\n)|\n)/u;

const CONTAINER_OF: Record<string, Container> = {
  Header: "heading",
  ListItem: "list-item",
  BlockQuote: "quote",
  TableRow: "table"
};

/** The blocks of copy in document order, each split into its physical lines. */
function collectBlocks(document: TxtParentNode, source: string, visible: string): Block[] {
  const blocks: Block[] = [];
  let previousEnd = 0;
  const visit = (node: TxtNode, container: Container) => {
    const own = CONTAINER_OF[node.type];
    if (node.type === "Paragraph" || node.type === "Header" || node.type === "TableRow") {
      const [s, e] = node.range;
      const blankBefore = blocks.length === 0 || BLANK_LINE.test(source.slice(previousEnd, s));
      const lines = splitLines(visible, s, e, blankBefore);
      previousEnd = e;
      if (lines.length === 0) return;
      const blockContainer = own ?? container;
      // Multi-line headers, table rows and list items are one unit of copy in Markdown.
      const atomic = node.type !== "Paragraph" || blockContainer === "list-item";
      blocks.push({ container: blockContainer, lines, atomic });
      return;
    }
    if ("children" in node && Array.isArray(node.children)) {
      for (const child of node.children as TxtNode[]) visit(child, own ?? container);
    }
  };
  visit(document, "paragraph");
  return blocks;
}

const HTML_CONTAINER_OF: Record<string, Container> = {
  ...CONTAINER_OF,
  blockquote: "quote",
  caption: "table",
  dd: "list-item",
  dt: "list-item",
  figcaption: "paragraph",
  td: "table",
  th: "table",
  TableCell: "table"
};

/**
 * The blocks of an HTML document: the copy inside each block element, up to the next block
 * element or `<br>` (CMS exports often separate paragraphs with `<br>` inside one `<div>`). A
 * block is one paragraph however its source lines wrap; every block counts as set off from the
 * one before, as a browser shows it.
 */
const HTML_BREAKS: ReadonlySet<string> = new Set(["Break", "break", "br"]);

function collectHtmlBlocks(document: TxtParentNode, visible: string): Block[] {
  const blocks: Block[] = [];
  let run: TxtNode[] = [];
  const flush = (container: Container) => {
    if (run.length > 0) {
      const lines = splitLines(visible, run[0]!.range[0], run[run.length - 1]!.range[1], true);
      if (lines.length > 0) blocks.push({ container, lines, atomic: true });
    }
    run = [];
  };
  const visit = (node: TxtNode, container: Container) => {
    if (NON_COPY_ELEMENTS.has(node.type) || !("children" in node) || !Array.isArray(node.children)) return;
    const own = HTML_CONTAINER_OF[node.type] ?? container;
    flush(container);
    for (const child of node.children as TxtNode[]) {
      if (HTML_BREAKS.has(child.type)) flush(own);
      else if (INLINE_NODE_TYPES.has(child.type)) run.push(child);
      else {
        flush(own);
        visit(child, own);
      }
    }
    flush(own);
  };
  visit(document, "paragraph");
  return blocks;
}

/** What may close a paragraph before a mid-line `　　` indent: sentence ends and closing quotes or brackets. */
const INDENT_AFTER = new RegExp(charClass(SENTENCE_ENDS, CLOSERS), "u");

function splitLines(visible: string, start: number, end: number, blankBefore: boolean): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = start;
  // A blank line inside one node: a plain-text file with CR-only line ends is a single node.
  let sawBlank = false;
  for (let i = start; i <= end; i++) {
    const ch = visible[i];
    // Line ends are LF, CRLF and a lone CR (classic Mac exports), as Markdown and textlint's locator count them.
    // Paragraph marks other than line ends: the private-use U+E40C of some Chinese web crawls
    // (sogoucs) and the pilcrow end a paragraph as a line end does; the mark itself is not copy.
    const lineBreak = i === end || ch === "\n" || (ch === "\r" && visible[i + 1] !== "\n") || ch === "\ue40c" || ch === "¶";
    // Crawls that lost their line breaks keep the two-character indent: `…完成。　　新的段落`. A
    // sentence end followed by two full-width spaces starts a paragraph; the indent stays with it.
    if (!lineBreak && ch === "\u3000" && visible[i + 1] === "\u3000" && i > lineStart && INDENT_AFTER.test(visible[i - 1]!)) {
      const text = visible.slice(lineStart, i);
      if (!BLANK.test(text)) {
        lines.push({ start: lineStart, end: i, text, blankBefore: lines.length === 0 ? blankBefore : sawBlank });
        sawBlank = false;
      }
      lineStart = i;
      continue;
    }
    if (lineBreak) {
      const lineEnd = ch === "\n" && i > lineStart && visible[i - 1] === "\r" ? i - 1 : i;
      const text = visible.slice(lineStart, lineEnd);
      if (!BLANK.test(text)) {
        lines.push({ start: lineStart, end: lineEnd, text, blankBefore: lines.length === 0 ? blankBefore : sawBlank });
        sawBlank = false;
      } else if (lines.length > 0) sawBlank = true;
      lineStart = i + 1;
    }
  }
  return lines;
}

function walk(node: TxtNode, enter: (node: TxtNode) => boolean): void {
  if (!enter(node)) return;
  if ("children" in node && Array.isArray(node.children)) {
    for (const child of node.children as TxtNode[]) walk(child, enter);
  }
}

/** Line starts as textlint's locator (structured-source) counts them: after LF, CRLF, CR, U+2028 and U+2029. */
function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Number of line starts at or before `offset`, i.e. the 1-based line. */
function upperBound(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
