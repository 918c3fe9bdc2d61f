/**
 * English plural nouns that do not end in `s`: a count stands before them as before `companies`
 * (`42 aircraft`, `36 people`), and the compounds built on them (`7 grandchildren`, `3 gunmen`). Read
 * by consistent-numerals, which otherwise takes a count's noun to be plural by its `s`. Sorted; each
 * is an everyday plural in news copy.
 */
export const EN_IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  "aircraft", // 42 aircraft
  "businessmen",
  "businesspeople",
  "businesswomen",
  "cattle",
  "chairmen",
  "chairwomen",
  "children",
  "congressmen",
  "congresswomen",
  "feet", // also a unit: figures anyway
  "firemen",
  "fish",
  "fishermen",
  "frontmen",
  "geese",
  "grandchildren",
  "gunmen",
  "horsemen",
  "linemen",
  "men",
  "mice",
  "people",
  "personnel",
  "police",
  "policemen",
  "policewomen",
  "salespeople",
  "schoolchildren",
  "servicemen",
  "servicewomen",
  "sheep",
  "spokesmen",
  "spokeswomen",
  "sportsmen",
  "sportswomen",
  "staff",
  "statesmen",
  "stepchildren",
  "teeth",
  "townspeople",
  "women",
  "workmen"
]);
