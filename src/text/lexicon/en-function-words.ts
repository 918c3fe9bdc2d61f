/**
 * English function words a sentence does not end on: articles, prepositions, conjunctions,
 * relatives, auxiliaries, modals and possessives. A body paragraph that stops on one ends
 * mid-sentence beyond doubt (`…and the committee will`). Read by no-truncated-sentence (the cut
 * detector weighs its own list, en-dangling-words.ts). Sorted; each entry with its reason.
 */
const ARTICLE = "article: a noun follows";
const PREPOSITION = "preposition: its object follows";
const CONJUNCTION = "conjunction: the second conjunct or a clause follows";
const RELATIVE = "relative or complementiser: a clause follows";
const AUXILIARY = "auxiliary or copula: a verb or complement follows";
const MODAL = "modal: a verb follows";
const POSSESSIVE = "possessive: a noun follows";

export const EN_FUNCTION_WORD_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["a", ARTICLE],
  ["about", PREPOSITION],
  ["against", PREPOSITION],
  ["although", "subordinating conjunction: a clause follows"],
  ["an", ARTICLE],
  ["and", CONJUNCTION],
  ["are", AUXILIARY],
  ["as", "conjunction or preposition: a clause or noun follows"],
  ["at", PREPOSITION],
  ["be", AUXILIARY],
  ["because", "subordinating conjunction: a clause follows"],
  ["been", AUXILIARY],
  ["being", AUXILIARY],
  ["between", PREPOSITION],
  ["but", CONJUNCTION],
  ["by", PREPOSITION],
  ["can", MODAL],
  ["could", MODAL],
  ["for", PREPOSITION],
  ["from", PREPOSITION],
  ["had", AUXILIARY],
  ["has", AUXILIARY],
  ["have", AUXILIARY],
  ["her", POSSESSIVE],
  ["his", POSSESSIVE],
  ["if", "subordinating conjunction: a clause follows"],
  ["in", PREPOSITION],
  ["into", PREPOSITION],
  ["is", AUXILIARY],
  ["its", POSSESSIVE],
  ["may", MODAL],
  ["might", MODAL],
  ["must", MODAL],
  ["my", POSSESSIVE],
  ["nor", CONJUNCTION],
  ["of", PREPOSITION],
  ["on", PREPOSITION],
  ["onto", PREPOSITION],
  ["or", CONJUNCTION],
  ["our", POSSESSIVE],
  ["over", PREPOSITION],
  ["per", PREPOSITION],
  ["shall", MODAL],
  ["should", MODAL],
  ["than", "comparison: the second term follows"],
  ["that", RELATIVE],
  ["the", ARTICLE],
  ["their", POSSESSIVE],
  ["though", "subordinating conjunction: a clause follows"],
  ["through", PREPOSITION],
  ["to", PREPOSITION],
  ["under", PREPOSITION],
  ["upon", PREPOSITION],
  ["via", PREPOSITION],
  ["was", AUXILIARY],
  ["were", AUXILIARY],
  ["whether", "subordinating conjunction: a clause follows"],
  ["which", RELATIVE],
  ["while", "subordinating conjunction: a clause follows"],
  ["who", RELATIVE],
  ["whom", RELATIVE],
  ["whose", RELATIVE],
  ["will", MODAL],
  ["with", PREPOSITION],
  ["would", MODAL],
  ["your", POSSESSIVE]
];

export const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set(EN_FUNCTION_WORD_REASONS.map(([w]) => w));
