/**
 * English words after which a lone figure may be a time, a score or a rank (`at 5`, `beat them 3`),
 * beside the labels of en-number-labels.ts: consistent-numerals' per-number check leaves a figure
 * after them, its same-noun check does not. Sorted by code point; each entry with its reason.
 */
const TIME = "a clock time or a range may follow (`at 5`, `from 3 to 4`)";
const RANK = "a rank follows (`top 3`, `ranked 2`)";
const SCORE = "a score follows (`won 3-1`, `led 2`)";

export const EN_NUMBERING_WORD_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["at", TIME],
  ["beat", SCORE],
  ["between", TIME],
  ["by", "a margin or a score may follow (`by 3`)"],
  ["drew", SCORE],
  ["from", TIME],
  ["led", SCORE],
  ["lost", SCORE],
  ["ranked", RANK],
  ["scored", SCORE],
  ["top", RANK],
  ["trailed", SCORE],
  ["won", SCORE]
];

export const EN_NUMBERING_WORDS: ReadonlySet<string> = new Set(EN_NUMBERING_WORD_REASONS.map(([w]) => w));
