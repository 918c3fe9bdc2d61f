/**
 * Characters after a long figure that make it a quantity (`12,345人`, `30000元`, `5000多`): measure
 * words, money and magnitude, and approximation marks. Only before one of them does
 * consistent-numerals' `digit-group` judge how a figure is grouped (a bare `12345` may be a code
 * or a number). Sorted by code point; each entry with its reason.
 */
const MEASURE = "measure word: a count";
const MAGNITUDE = "magnitude: the figure is counted in it (`12,345万`)";
const APPROXIMATE = "approximation mark after a count (`5000多`, `1,200余`)";

export const ZH_QUANTITY_MARK_REASONS: ReadonlyArray<readonly [character: string, reason: string]> = [
  ["万", MAGNITUDE],
  ["个", MEASURE],
  ["人", "people counted directly"],
  ["亿", MAGNITUDE],
  ["件", MEASURE],
  ["余", APPROXIMATE],
  ["元", "money"],
  ["台", MEASURE],
  ["名", "people counted"],
  ["吨", "unit of weight"],
  ["多", APPROXIMATE],
  ["家", "households, companies counted"],
  ["户", "households counted"],
  ["次", "times, occurrences"],
  ["辆", "vehicles counted"],
  ["项", MEASURE]
];

export const ZH_QUANTITY_MARKS: readonly string[] = ZH_QUANTITY_MARK_REASONS.map(([c]) => c);
