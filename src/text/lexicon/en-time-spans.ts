/**
 * Spans of time a count measures (`2 years ago`) and the words that place the span before or
 * after now (`ago`, `later`): a figure before them is a count even after a name (`in Acapulco 2
 * years ago`, where a capitalised word before a figure otherwise names it: `Channel 4 viewers`).
 * Read by consistent-numerals. Sorted by code point; each entry with its reason.
 */
const SPAN = "span of time counted";
const PLACED = "places the span of time before or after the story's moment";

export const EN_TIME_SPAN_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["days", SPAN],
  ["decades", SPAN],
  ["hours", SPAN],
  ["minutes", SPAN],
  ["months", SPAN],
  ["weeks", SPAN],
  ["years", SPAN]
];

export const EN_SPAN_RELATIVE_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["after", PLACED],
  ["ago", PLACED],
  ["before", PLACED],
  ["earlier", PLACED],
  ["later", PLACED]
];

export const EN_TIME_SPANS: ReadonlySet<string> = new Set(EN_TIME_SPAN_REASONS.map(([w]) => w));
export const EN_SPAN_RELATIVES: ReadonlySet<string> = new Set(EN_SPAN_RELATIVE_REASONS.map(([w]) => w));
