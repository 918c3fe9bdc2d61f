/**
 * English number words of magnitude: after a number they make it part of a larger one (`3
 * million`, `two dozen`), so the number is not a count of the word. Read by consistent-numerals.
 * Sorted by code point; each entry with its reason.
 */
const MAGNITUDE = "magnitude: the number before it multiplies it";
const PLURAL = "magnitude in the plural (`hundreds of`): an indefinite amount";

export const EN_MAGNITUDE_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["billion", MAGNITUDE],
  ["dozen", MAGNITUDE],
  ["dozens", PLURAL],
  ["hundred", MAGNITUDE],
  ["hundreds", PLURAL],
  ["million", MAGNITUDE],
  ["millions", PLURAL],
  ["thousand", MAGNITUDE],
  ["thousands", PLURAL],
  ["trillion", MAGNITUDE]
];

export const EN_MAGNITUDES: ReadonlySet<string> = new Set(EN_MAGNITUDE_REASONS.map(([w]) => w));

/**
 * The magnitudes a small whole number multiplies in figures under AP (`7 million`, `2 billion`)
 * and in words in many house styles (`seven million`): one piece keeps one form. Sorted.
 */
export const EN_MULTIPLIERS: ReadonlySet<string> = new Set(["billion", "million", "trillion"]);
