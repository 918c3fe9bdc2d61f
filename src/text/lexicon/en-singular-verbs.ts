/**
 * English verbs in the third person singular: after a figure they mean the figure is a name (`3
 * says`, the network), not a count. Read by consistent-numerals. Sorted by code point; each entry
 * with its reason.
 */
const VERB = "verb in the singular: the figure before it is the subject's name";

export const EN_SINGULAR_VERB_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["does", VERB],
  ["gets", VERB],
  ["goes", VERB],
  ["has", "auxiliary or verb in the singular: the figure before it is a name"],
  ["is", "copula in the singular: the figure before it is a name"],
  ["lets", VERB],
  ["makes", VERB],
  ["offers", VERB],
  ["plans", VERB],
  ["says", "reporting verb in the singular: `3 says` is the network speaking"],
  ["sells", VERB],
  ["takes", VERB],
  ["was", "copula in the singular: the figure before it is a name"]
];

export const EN_SINGULAR_VERBS: ReadonlySet<string> = new Set(EN_SINGULAR_VERB_REASONS.map(([w]) => w));
