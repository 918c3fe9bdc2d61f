/**
 * English function words after a figure (not the words a sentence cannot end on: en-function-words.ts): after a sentence-initial figure they mean the figure is a label or an
 * OCR slip (`1 he`), not a count; after any figure, that no noun is counted. Read by
 * consistent-numerals. Sorted by code point; each entry with its reason.
 */
const ARTICLE = "article or demonstrative: a noun phrase starts, nothing is counted";
const CONJUNCTION = "conjunction";
const AUXILIARY = "auxiliary or copula: a verb phrase, not a counted noun";
const PRONOUN = "pronoun or possessive";
const PREPOSITION = "preposition";
const TIME = "adverb of time (a scanned dateline's `3 yesterday`)";
const REPORTING = "reporting verb: the figure is a name or a slip";
const QUESTION = "relative or interrogative word";

export const EN_AFTER_FIGURE_WORD_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["also", "adverb before a verb"],
  ["and", CONJUNCTION],
  ["are", AUXILIARY],
  ["but", CONJUNCTION],
  ["can", AUXILIARY],
  ["could", AUXILIARY],
  ["for", PREPOSITION],
  ["from", PREPOSITION],
  ["had", AUXILIARY],
  ["has", AUXILIARY],
  ["have", AUXILIARY],
  ["her", PRONOUN],
  ["him", PRONOUN],
  ["his", PRONOUN],
  ["into", PREPOSITION],
  ["its", PRONOUN],
  ["may", AUXILIARY],
  ["not", "negation: a verb phrase"],
  ["said", REPORTING],
  ["says", REPORTING],
  ["she", PRONOUN],
  ["that", ARTICLE],
  ["the", ARTICLE],
  ["their", PRONOUN],
  ["them", PRONOUN],
  ["they", PRONOUN],
  ["this", ARTICLE],
  ["today", TIME],
  ["tomorrow", TIME],
  ["was", AUXILIARY],
  ["were", AUXILIARY],
  ["what", QUESTION],
  ["when", QUESTION],
  ["where", QUESTION],
  ["which", QUESTION],
  ["who", QUESTION],
  ["will", AUXILIARY],
  ["with", PREPOSITION],
  ["would", AUXILIARY],
  ["yesterday", TIME]
];

export const EN_AFTER_FIGURE_WORDS: ReadonlySet<string> = new Set(EN_AFTER_FIGURE_WORD_REASONS.map(([w]) => w));
