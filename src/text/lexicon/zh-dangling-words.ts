/**
 * Chinese words a sentence rarely ends on: prepositions, conjunctions, markers and the
 * approximations before a figure. The cut detector (src/text/cut/features.ts) gives a paragraph
 * that stops on one of them a feature; it weighs it against the rest of the evidence, so nouns
 * such as `之和` are left to the learned weights. Sorted by code point; each entry with its reason.
 */
export const ZH_DANGLING_WORD_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["与", "conjunction: the second conjunct follows"],
  ["为", "preposition or copula: the object follows"],
  ["了", "aspect particle: mostly mid-sentence at a paragraph end"],
  ["于", "preposition: the place, time or figure follows"],
  ["从", "preposition: the starting point follows"],
  ["以", "preposition: the means follows"],
  ["以及", "conjunction: the second conjunct follows"],
  ["但", "conjunction: a clause follows"],
  ["但是", "conjunction: a clause follows"],
  ["使", "causative: the causee follows"],
  ["关于", "preposition: its object follows"],
  ["及", "conjunction: the second conjunct follows"],
  ["向", "preposition: the direction follows"],
  ["和", "conjunction: the second conjunct follows (but `之和` is a noun)"],
  ["因为", "conjunction: the cause follows"],
  ["在", "preposition: the place or time follows"],
  ["如果", "conjunction: the condition follows"],
  ["对", "preposition: its object follows"],
  ["对于", "preposition: its object follows"],
  ["将", "object marker or future: the object or verb follows"],
  ["并", "conjunction: a verb phrase follows"],
  ["并且", "conjunction: a clause follows"],
  ["或", "conjunction: the alternative follows"],
  ["或者", "conjunction: the alternative follows"],
  ["把", "object marker: the object follows"],
  ["按照", "preposition: its object follows"],
  ["是", "copula: the complement follows"],
  ["根据", "preposition: its object follows"],
  ["由", "preposition: the agent follows"],
  ["由于", "conjunction: the cause follows"],
  ["的", "structural particle: the head noun follows"],
  ["等", "`etc.` before a summarising noun (`等领域`)"],
  ["约", "approximation: a figure follows"],
  ["而", "conjunction: a clause follows"],
  ["而且", "conjunction: a clause follows"],
  ["至", "preposition: the end point or figure follows (`缩短至`)"],
  ["虽然", "conjunction: a clause follows"],
  ["被", "passive marker: the agent or verb follows"],
  ["让", "causative: the causee follows"],
  ["超", "approximation: a figure follows"],
  ["达", "verb of amount: a figure follows"],
  ["近", "approximation: a figure follows"],
  ["通过", "preposition or verb: its object follows"],
  ["逾", "approximation: a figure follows"]
];

export const ZH_DANGLING_WORDS: ReadonlySet<string> = new Set(ZH_DANGLING_WORD_REASONS.map(([w]) => w));

/**
 * Of those, the words no-truncated-sentence takes on their own as proof that a body paragraph was
 * cut (`缩短至` + lost `20分钟`), compared as whole segmenter words, so `方向` and `供给` do not
 * count as `向` and `给`. Left out, each with its reason: they also end copy that is not cut.
 */
const ZH_NOT_PROOF_OF_CUT_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["与", "ends noun phrases that the segmenter splits"],
  ["为", "ends set phrases that the segmenter splits (`大有可为`)"],
  ["了", "sentence-final particle: ends finished sentences (`已经完成了`)"],
  ["及", "ends noun phrases that the segmenter splits"],
  ["和", "ends noun phrases that the segmenter splits (`之和`)"],
  ["是", "copula: the detector weighs it; on its own it is no proof of a cut"],
  ["的", "ends `是…的` sentences (`是可行的`)"],
  ["等", "ends an enumeration (`北京、上海等`)"]
];

const NOT_PROOF = new Set(ZH_NOT_PROOF_OF_CUT_REASONS.map(([w]) => w));

export const ZH_CUT_PROOF_WORDS: ReadonlySet<string> = new Set(ZH_DANGLING_WORD_REASONS.map(([w]) => w).filter((w) => !NOT_PROOF.has(w)));
