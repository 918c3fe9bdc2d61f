import type { Lang } from "./language.js";

/** Message language: `auto` speaks the language of the flagged copy. */
export type LocaleOption = Lang | "auto";

export function resolveLocale(option: LocaleOption | undefined, copyLang: Lang): Lang {
  return option === "zh" || option === "en" ? option : copyLang;
}

/** Both wordings of one message; the rule picks with `resolveLocale`. */
export interface Bilingual {
  zh: string;
  en: string;
}

export function say(locale: Lang, text: Bilingual): string {
  return text[locale];
}

export { quote } from "../messages/format.js";
