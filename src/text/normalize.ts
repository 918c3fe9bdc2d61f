import type { Lang } from "./language.js";
import { TextMemo } from "./memo.js";
import { charClass, INVISIBLE as INVISIBLE_CHARACTERS, PARAGRAPH_MARK } from "./punctuation.js";

// The one comparison form of copy: what decides that two paragraphs (in one file or across files)
// are the same copy, and how long a paragraph is when a rule measures it.

const QUOTES_DOUBLE = /[“”„‟〝〞＂«»「」『』]/gu;
const QUOTES_SINGLE = /[‘’‚‛′＇]/gu;
const DASHES = /[—–―－‐‑‒]/gu;
const INVISIBLE = new RegExp(charClass(INVISIBLE_CHARACTERS, PARAGRAPH_MARK), "gu");

/**
 * The comparison form of a piece of copy: NFKC (full-width letters, digits and punctuation
 * become half-width), one form of quotes, dashes, ellipses and full stops, no whitespace or
 * invisible characters (U+E40C, a paragraph mark some CMS exports leave, included). Two
 * paragraphs with the same key are the same copy.
 */
export function normalizeCopy(text: string): string {
  return copyKeys.get(text, () => comparisonForm(text));
}

/** Comparison forms of the paragraphs and clauses of the last lint or two (see TextMemo). */
const copyKeys = new TextMemo<string>();

/** What the comparison form makes of one character: each of its replacements works character by character. */
function foldCharacter(c: string): string {
  return c
    .replace(INVISIBLE, "")
    .replace(QUOTES_DOUBLE, '"')
    .replace(QUOTES_SINGLE, "'")
    .replace(DASHES, "-")
    .replace(/…/gu, "...")
    .replace(/[。｡]/gu, ".")
    .replace(/[\s]+/gu, "");
}

/** Every character the comparison form changes, in one class: one scan instead of seven. */
const FOLDED = new RegExp(
  `[${[INVISIBLE, QUOTES_DOUBLE, QUOTES_SINGLE, DASHES, /[…]/u, /[。｡]/u, /[\s]/u].map((re) => re.source.slice(1, -1)).join("")}]`,
  "gu"
);
const foldedCharacters = new Map<string, string>();

function comparisonForm(text: string): string {
  return text.normalize("NFKC").replace(FOLDED, (c) => {
    let folded = foldedCharacters.get(c);
    if (folded === undefined) foldedCharacters.set(c, (folded = foldCharacter(c)));
    return folded;
  });
}

/** Anything but letters and digits: what lengths and shingles leave out. */
export const NOT_CONTENT = /[^\p{L}\p{N}]+/gu;

/**
 * Whether each BMP character is a letter or digit (`\p{L}`, `\p{N}`), asked of the regex once per
 * character and kept (0 not asked yet, 1 yes, 2 no): lengths and shingles read every character of
 * the copy, and a regex pass per paragraph was a tenth of the duplicate check's time.
 */
const contentTable = new Uint8Array(0x10000);
const CONTENT_CHARACTER = /^[\p{L}\p{N}]$/u;

function isContentCode(code: number): boolean {
  if (code > 0xffff) return CONTENT_CHARACTER.test(String.fromCodePoint(code));
  let known = contentTable[code]!;
  if (known === 0) contentTable[code] = known = CONTENT_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Does `text` hold a letter or digit? (`text.replace(NOT_CONTENT, "") !== ""` without building the string.) */
export function hasContent(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (isContentCode(code)) return true;
    if (code > 0xffff) i++;
  }
  return false;
}

/** Letters and digits of `text`, in order (code points). */
export function contentCodePoints(text: string): string[] {
  const normal = text.normalize("NFKC");
  const out: string[] = [];
  for (let i = 0; i < normal.length; i++) {
    const code = normal.codePointAt(i)!;
    if (code > 0xffff) {
      if (isContentCode(code)) out.push(String.fromCodePoint(code));
      i++;
    } else if (isContentCode(code)) out.push(normal[i]!);
  }
  return out;
}

/** Number of letters and digits (code points): how long Chinese copy is. */
export function contentChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (isContentCode(code)) n++;
    // A character outside the BMP is two UTF-16 units (a high and a low surrogate): count it once.
    if (code > 0xffff) i++;
  }
  return n;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Number of words: how long English copy is. */
export function wordCount(text: string): number {
  const m = text.match(WORD);
  return m ? m.length : 0;
}

/** Pieces of copy between spaces, punctuation-only pieces included: how long an English line reads. */
export function spacedTokenCount(text: string): number {
  return text.split(/\s+/u).length;
}

/** The words of English copy, as written (NFKC), punctuation around them left out. */
export function wordsOf(text: string): string[] {
  return text.normalize("NFKC").match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * What near copies are compared by (no-duplicate-paragraph's shingles): in Chinese the letters and
 * digits, in English the words, of the copy in NFKC and lower case, so `ＡＩ` matches `ai`.
 */
export function comparisonUnits(text: string, lang: Lang): string[] {
  const folded = text.normalize("NFKC").toLowerCase();
  return lang === "zh" ? Array.from(folded.replace(NOT_CONTENT, "")) : (folded.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The code points of `comparisonUnits(text, "zh")` (letters and digits, NFKC, lower case), without
 * a string per character: near-copy shingles read them by the million.
 */
export function comparisonCodePoints(text: string): Uint32Array {
  const folded = text.normalize("NFKC").toLowerCase();
  const codes = new Uint32Array(folded.length);
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.codePointAt(i)!;
    if (isContentCode(c)) codes[n++] = c;
    if (c > 0xffff) i++;
  }
  return codes.subarray(0, n);
}

/** Length of a paragraph in the unit its language is measured in: characters (zh), words (en). */
export function sizeOf(text: string, lang: Lang): number {
  return lang === "zh" ? contentChars(text) : wordCount(text);
}

/** A Chinese numeral character (〇 to 亿, 两, and the financial forms): a figure written in words. */
const ZH_NUMERAL = /^[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+$/u;

/** The unit is a figure: digits, or Chinese numerals. */
export function isFigure(unit: string): boolean {
  return /\p{N}/u.test(unit) || ZH_NUMERAL.test(unit);
}

/** Full-width digits with their `．` and `％` in ordinary (half-width) form (GB/T 15835 §5.1.7); nothing else changes. */
export function halfWidth(text: string): string {
  // Most numbers have no full-width character (U+FF00 on): they come back as they are, unscanned.
  let wide = false;
  for (let i = 0; i < text.length && !wide; i++) wide = text.charCodeAt(i) >= 0xff00;
  if (!wide) return text;
  return text.replace(/[０-９．％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
