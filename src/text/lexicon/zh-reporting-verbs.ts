/**
 * Chinese reporting verbs that, followed by `，`, open reported speech: `国铁集团有关负责人表示，…`.
 * The clause after them is what was said and ends the sentence, so a paragraph whose last
 * sentence opens this way and stops without a full stop was cut (issue #15: `…表示，接下来将积极探索`).
 * Sorted by code point; each entry with its reason.
 */
export const ZH_REPORTING_VERB_REASONS: ReadonlyArray<readonly [verb: string, reason: string]> = [
  ["介绍", "`据介绍，` / `X介绍，`: what was explained follows"],
  ["强调", "`X强调，`: what was stressed follows"],
  ["指出", "`X指出，`: what was pointed out follows"],
  ["称", "`X称，`: the claim follows"],
  ["表示", "`X表示，`: the statement follows"],
  ["认为", "`X认为，`: the opinion follows"],
  ["说", "`X说，`: the words follow"],
  ["透露", "`X透露，`: what was disclosed follows"]
];

export const ZH_REPORTING_VERBS: readonly string[] = ZH_REPORTING_VERB_REASONS.map(([v]) => v);
