import type { Lang } from "./language.js";

/** Message language: `auto` speaks the language of the flagged copy. */
export type LocaleOption = Lang | "auto";

export function resolveLocale(option: LocaleOption | undefined, copyLang: Lang): Lang {
  return option === "zh" || option === "en" ? option : copyLang;
}
