/**
 * Chinese words that cannot open a sentence: a paragraph whose first segmenter word is one of them
 * continues the paragraph before it (`…表彰了一批先进集体` + `的决定`). Read by no-truncated-sentence.
 * Sorted by code point; each entry with its reason.
 */
export const ZH_NON_OPENING_WORD_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["了", "aspect or sentence-final particle: follows its verb"],
  ["们", "plural suffix: follows its noun"],
  ["吗", "question particle: ends its sentence"],
  ["吧", "sentence-final particle"],
  ["呢", "sentence-final particle"],
  ["的", "structural particle: follows its modifier"]
];

export const ZH_NON_OPENING_WORDS: ReadonlySet<string> = new Set(ZH_NON_OPENING_WORD_REASONS.map(([w]) => w));
