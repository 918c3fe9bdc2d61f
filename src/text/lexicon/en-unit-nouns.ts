/**
 * Units of measurement that are counted nouns too (`85 acres`, `twenty miles`): consistent-numerals
 * compares their counts across a piece like any noun's (AP sets measurements in figures). Sorted by
 * code point; each entry with its reason.
 */
const LENGTH = "unit of length or distance";
const AREA = "unit of area";
const WEIGHT = "unit of weight";
const MONEY = "unit of money";

export const EN_UNIT_NOUN_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["acres", AREA],
  ["cents", MONEY],
  ["degrees", "unit of temperature or angle"],
  ["dollars", MONEY],
  ["feet", LENGTH],
  ["hectares", AREA],
  ["inches", LENGTH],
  ["meters", LENGTH],
  ["metres", LENGTH],
  ["miles", LENGTH],
  ["pounds", "unit of weight or of money"],
  ["tonnes", WEIGHT],
  ["tons", WEIGHT],
  ["yards", LENGTH]
];

export const EN_UNIT_NOUNS: ReadonlySet<string> = new Set(EN_UNIT_NOUN_REASONS.map(([w]) => w));
