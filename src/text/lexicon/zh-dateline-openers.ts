/**
 * How a dateline or a source line opens a Chinese story (`本报北京8月1日电`, `新华社北京电`,
 * `（记者 张三）`): a paragraph that opens this way starts a new story, whatever the line before
 * it. Read by no-truncated-sentence, which compares the start of the paragraph. Sorted by code
 * point; each entry with its reason.
 */
export const ZH_DATELINE_OPENER_REASONS: ReadonlyArray<readonly [opening: string, reason: string]> = [
  ["(记者", "reporter byline in ASCII brackets"],
  ["中新社", "China News Service dateline"],
  ["人民网", "People's Daily Online dateline"],
  ["央视网", "CCTV.com dateline"],
  ["新华社", "Xinhua dateline"],
  ["新华网", "Xinhuanet dateline"],
  ["本报", "the paper's own dateline (`本报北京8月1日电`)"],
  ["（记者", "reporter byline in full-width brackets"]
];

export const ZH_DATELINE_OPENERS: ReadonlySet<string> = new Set(ZH_DATELINE_OPENER_REASONS.map(([o]) => o));
