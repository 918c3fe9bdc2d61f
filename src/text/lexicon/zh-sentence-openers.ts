/**
 * Characters that commonly open a Chinese sentence (`在海口国贸商圈工作的…`): a paragraph that
 * opens with one after a heading-like line starts the story, it does not continue the line.
 * Read by no-truncated-sentence, which compares the first character. Sorted by code point; each
 * entry with its reason.
 */
const PREPOSITION = "preposition opening an adverbial (`在…`, `从…`, `对…`)";
const CONJUNCTION = "conjunction opening a clause";
const DEMONSTRATIVE = "demonstrative opening the subject (`这…`, `该…`)";
const PRONOUN = "personal pronoun opening the subject";

export const ZH_SENTENCE_OPENER_REASONS: ReadonlyArray<readonly [character: string, reason: string]> = [
  ["为", PREPOSITION],
  ["从", PREPOSITION],
  ["他", PRONOUN],
  ["但", CONJUNCTION],
  ["你", PRONOUN],
  ["其", DEMONSTRATIVE],
  ["各", "`各…`: every one of (`各地…`)"],
  ["向", PREPOSITION],
  ["因", CONJUNCTION],
  ["在", PREPOSITION],
  ["她", PRONOUN],
  ["如", CONJUNCTION],
  ["它", PRONOUN],
  ["对", PREPOSITION],
  ["将", "`将…`: object marker or future (`将于…`)"],
  ["当", "`当…时`: a time clause"],
  ["我", PRONOUN],
  ["把", "object marker opening the clause"],
  ["据", "`据…`: the source of a report"],
  ["此", DEMONSTRATIVE],
  ["每", "`每…`: every (`每年…`)"],
  ["由", PREPOSITION],
  ["经", "`经…`: after, through (`经批准…`)"],
  ["而", CONJUNCTION],
  ["自", PREPOSITION],
  ["若", CONJUNCTION],
  ["让", "causative opening the clause"],
  ["该", DEMONSTRATIVE],
  ["这", DEMONSTRATIVE],
  ["那", DEMONSTRATIVE],
  ["随", "`随着…`: along with"]
];

export const ZH_SENTENCE_OPENERS: ReadonlySet<string> = new Set(ZH_SENTENCE_OPENER_REASONS.map(([c]) => c));
