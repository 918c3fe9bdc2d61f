/** The languages copydesk analyses. Anything else is treated as the document's main language. */
export type Lang = "zh" | "en";

/** `auto` lets the text decide; `zh` or `en` forces one analysis for the whole document. */
export type LangOption = Lang | "auto";

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

export interface ScriptCounts {
  han: number;
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  return { han: text.match(HAN)?.length ?? 0, latin: text.match(LATIN)?.length ?? 0 };
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
