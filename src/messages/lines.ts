// Line references in messages, written one way in each language: `第3行`, `第3–19行` (no spaces
// around the number, as in running Chinese text) and `line 3`, `lines 3–19` (an en dash).
import type { Lang } from "../text/language.js";

/** `first`–`last` (1-based source lines) as the copy's language writes it; one line when they are equal. */
export function lineRange(locale: Lang, first: number, last: number = first): string {
  const range = last > first ? `${first}–${last}` : `${first}`;
  if (locale === "zh") return `第${range}行`;
  return `${last > first ? "lines" : "line"} ${range}`;
}
