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

/** Quotes copy inside a message, shortened so a message stays one line. */
export function quote(text: string, locale: Lang, max = 24): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  const shown = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : flat;
  return locale === "zh" ? `“${shown}”` : `"${shown}"`;
}
