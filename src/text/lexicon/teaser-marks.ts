/**
 * The marks a crawled index page puts after a teaser it cut from the story: a link to the full
 * text. Sorted by code point; each entry with its reason. Read by `teaserCut` (src/text/teaser.ts).
 */
export const TEASER_LINK_MARK_REASONS: ReadonlyArray<readonly [mark: string, reason: string]> = [
  ["[详细]", "`[详细]` (details) in ASCII brackets: the link to the full story"],
  ["[全文]", "`[全文]` (full text) in ASCII brackets"],
  ["【详细】", "`【详细】`: the link to the full story in lenticular brackets"],
  ["【全文】", "`【全文】`: the full-text link in lenticular brackets"],
  ["［详细］", "`［详细］` in full-width brackets: sogou news crawls (sogoucs) mark every teaser with it"],
  ["［全文］", "`［全文］` in full-width brackets"]
];

export const TEASER_LINK_MARKS: readonly string[] = TEASER_LINK_MARK_REASONS.map(([m]) => m);
