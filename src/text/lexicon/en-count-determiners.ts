/**
 * Capitalised words that may stand before a count without making it a name (`The 4 companies`,
 * `Nearly 30 people`): a capitalised word before a number otherwise reads as a name (`Apollo 11`).
 * Read by consistent-numerals. Sorted by code point; each entry with its reason.
 */
const DETERMINER = "determiner opening a sentence: a count follows";
const POSSESSIVE = "possessive opening a sentence: a count follows";
const APPROXIMATE = "adverb of degree opening a sentence: an approximate count follows";

export const EN_COUNT_DETERMINER_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["About", APPROXIMATE],
  ["All", DETERMINER],
  ["Almost", APPROXIMATE],
  ["Her", POSSESSIVE],
  ["His", POSSESSIVE],
  ["Its", POSSESSIVE],
  ["Nearly", APPROXIMATE],
  ["Only", "adverb opening a sentence: a count follows (`Only 3 players`)"],
  ["Our", POSSESSIVE],
  ["Some", DETERMINER],
  ["The", "article opening a sentence"],
  ["Their", POSSESSIVE],
  ["These", DETERMINER],
  ["Those", DETERMINER]
];

export const EN_COUNT_DETERMINERS: ReadonlySet<string> = new Set(EN_COUNT_DETERMINER_REASONS.map(([w]) => w));
