/**
 * English plural nouns that do not end in `s`: a count stands before them as before `companies`
 * (`42 aircraft`, `36 people`). Read by consistent-numerals, which otherwise takes a count's noun
 * to be plural by its `s`. Sorted; each is an everyday plural in news copy.
 */
export const EN_IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  "aircraft", // 42 aircraft
  "cattle",
  "children",
  "feet", // also a unit: figures anyway
  "fish",
  "geese",
  "men",
  "mice",
  "people",
  "personnel",
  "police",
  "sheep",
  "staff",
  "teeth",
  "women"
]);
