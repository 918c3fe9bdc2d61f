/**
 * Verbs that follow a count standing for what it counts, with no noun (`the four were held in
 * Cuba`, `the two have met`): after `the`, a figure there is a count like any other and AP spells
 * it out under ten. Only verbs: `the 2 November election` and `the 3 Series` name a date and a
 * model. Read by consistent-numerals. Sorted by code point; each entry with its reason.
 */
const BE = "form of `be` after the counted people or things";
const HAVE = "form of `have` after the counted people or things";
const MODAL = "modal verb after the counted people or things";

export const EN_REFERENT_VERB_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["are", BE],
  ["could", MODAL],
  ["had", HAVE],
  ["have", HAVE],
  ["remain", "`remain` after the counted people or things"],
  ["remained", "`remained` after the counted people or things"],
  ["were", BE],
  ["who", "relative pronoun: the count is of people (`the 4 who died`)"],
  ["will", MODAL],
  ["would", MODAL]
];

export const EN_REFERENT_VERBS: ReadonlySet<string> = new Set(EN_REFERENT_VERB_REASONS.map(([w]) => w));
