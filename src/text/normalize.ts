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

function comparisonForm(text: string): string {
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

/** Anything but letters and digits: what lengths and shingles leave out. */
export const NOT_CONTENT = /[^\p{L}\p{N}]+/gu;

/** Letters and digits of `text`, in order (code points). */
export function contentCodePoints(text: string): string[] {
  return Array.from(text.normalize("NFKC").replace(NOT_CONTENT, ""));
}

/** Number of letters and digits (code points): how long Chinese copy is. */
export function contentChars(text: string): number {
  const content = text.replace(NOT_CONTENT, "");
  let n = content.length;
  // A character outside the BMP is two UTF-16 units (a high and a low surrogate): count it once.
  for (let i = 1; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const before = content.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) n--;
    }
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
  const folded = text.normalize("NFKC").toLowerCase().replace(NOT_CONTENT, "");
  const codes = new Uint32Array(folded.length);
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.codePointAt(i)!;
    codes[n++] = c;
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
  return text.replace(/[０-９．％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
