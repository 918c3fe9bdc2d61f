/**
 * Chinese words that open a phrase completing an unfinished clause (`学习贯彻习近平总书记` +
 * `关于…的重要思想`): a body paragraph opening with one continues prose cut before it. Read by
 * no-truncated-sentence, which compares the first segmenter word. Sorted by code point; each
 * entry with its reason.
 */
export const ZH_CONNECTOR_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["与", "conjunction: the second conjunct"],
  ["以及", "conjunction: the second conjunct"],
  ["关于", "preposition: `关于…的` modifies the noun before the cut"],
  ["及", "conjunction: the second conjunct"],
  ["和", "conjunction: the second conjunct"],
  ["对于", "preposition: its object"],
  ["并", "conjunction: a second verb phrase"],
  ["或", "conjunction: the alternative"],
  ["或者", "conjunction: the alternative"],
  ["等", "`etc.` closing the enumeration before the cut"],
  ["等等", "`and so on` closing the enumeration before the cut"]
];

export const ZH_CONNECTORS: ReadonlySet<string> = new Set(ZH_CONNECTOR_REASONS.map(([w]) => w));
