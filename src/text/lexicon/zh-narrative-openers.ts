/**
 * Adverbials of time and source that open a Chinese news sentence before its comma (`近日，`,
 * `据了解，`; dates such as `10月26日，` are matched by shape): narrative copy, which a headline or
 * subhead never opens with. Read through src/text/openings.ts. Sorted by code point; each entry
 * with its reason.
 */
const TIME = "time adverbial of a news sentence";
const SOURCE = "source of a reported fact";

export const ZH_NARRATIVE_OPENER_REASONS: ReadonlyArray<readonly [opening: string, reason: string]> = [
  ["今年以来", TIME],
  ["当天", TIME],
  ["当日", TIME],
  ["当晚", TIME],
  ["截至目前", TIME],
  ["据了解", SOURCE],
  ["据介绍", SOURCE],
  ["据悉", SOURCE],
  ["据报道", SOURCE],
  ["日前", TIME],
  ["此前", TIME],
  ["记者了解到", SOURCE],
  ["近年来", TIME],
  ["近日", TIME]
];

export const ZH_NARRATIVE_OPENERS: readonly string[] = ZH_NARRATIVE_OPENER_REASONS.map(([o]) => o);
