/**
 * English month names by their abbreviations: a word starting with one (the full name, `Sept.`)
 * names a month, so a figure after it is a date, not a count (`June 3`). Read by
 * consistent-numerals. Sorted by code point; each entry with its reason.
 */
const MONTH = "month abbreviation, also the start of the full name";

export const EN_MONTH_REASONS: ReadonlyArray<readonly [abbreviation: string, reason: string]> = [
  ["Apr", MONTH],
  ["Aug", MONTH],
  ["Dec", MONTH],
  ["Feb", MONTH],
  ["Jan", MONTH],
  ["Jul", MONTH],
  ["Jun", MONTH],
  ["Mar", MONTH],
  ["May", "the month, abbreviation and full name alike"],
  ["Nov", MONTH],
  ["Oct", MONTH],
  ["Sep", MONTH],
  ["Sept", "September's other abbreviation (AP: `Sept.`)"]
];

export const EN_MONTHS: ReadonlySet<string> = new Set(EN_MONTH_REASONS.map(([w]) => w));
