// How messages quote copy and name lines, one way in each language: `“…”` and `第3–19行` (no
// spaces around the number, as in running Chinese text); `"…"` and `lines 3–19` (an en dash).
import type { Lang } from "../text/language.js";

/** `first`–`last` (1-based source lines) as the copy's language writes it; one line when they are equal. */
export function lineRange(locale: Lang, first: number, last: number = first): string {
  const range = last > first ? `${first}–${last}` : `${first}`;
  if (locale === "zh") return `第${range}行`;
  return `${last > first ? "lines" : "line"} ${range}`;
}

/** Quotes copy inside a message, shortened so a message stays one line. */
export function quote(text: string, locale: Lang, max = 24): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  const shown = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : flat;
  return locale === "zh" ? `“${shown}”` : `"${shown}"`;
}
