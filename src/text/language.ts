/** The languages copydesk analyses. Anything else is treated as the document's main language. */
export type Lang = "zh" | "en";

/** `auto` lets the text decide; `zh` or `en` forces one analysis for the whole document. */
export type LangOption = Lang | "auto";

const HAN = /\p{Script=Han}/u;
/**
 * A character that belongs to Chinese copy: Han, CJK punctuation, full-width forms, and the curly
 * quotes, dash and ellipsis Chinese copy shares with English typography.
 */
export const CHINESE_COPY_CHARACTER = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…]/u;
/** Script=Han for BMP characters outside U+4E00–U+9FFF, learnt on first sight: 0 unknown, 1 Han, 2 not. */
const bmpHan = new Uint8Array(0x10000);

export interface ScriptCounts {
  han: number;
  latin: number;
}

/**
 * Han characters (`\p{Script=Han}`, by code point) and ASCII letters in `text`. One pass over the
 * UTF-16 code units with no allocation (the model calls it on the whole document and on every
 * paragraph); characters outside the common ideograph block are checked once with the regex.
 */
export function countScripts(text: string): ScriptCounts {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) latin++;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
    } else if (c >= 0x2e80) {
      if (c >= 0xd800 && c <= 0xdbff) {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) {
          i++;
          if (HAN.test(String.fromCodePoint(cp))) han++;
        }
        continue;
      }
      let known = bmpHan[c]!;
      if (known === 0) bmpHan[c] = known = HAN.test(String.fromCharCode(c)) ? 1 : 2;
      if (known === 1) han++;
    }
  }
  return { han, latin };
}

/** Code points in `text` (what `Array.from(text).length` counts), without building an array. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * A Han character carries about as much as an English word of five letters, so Chinese wins
 * when it has at least a third as many characters as the Latin letters around it. That keeps
 * `新华社北京3月5日电 GDP` Chinese and an English sentence quoting `人民日报` English.
 */
export function languageOfCounts(counts: ScriptCounts, fallback: Lang): Lang {
  if (counts.han === 0 && counts.latin === 0) return fallback;
  if (counts.han === 0) return "en";
  return counts.han * 3 >= counts.latin ? "zh" : "en";
}

export function detectLanguage(text: string, fallback: Lang = "zh"): Lang {
  return languageOfCounts(countScripts(text), fallback);
}
