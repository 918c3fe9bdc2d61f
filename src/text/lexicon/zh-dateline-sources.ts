/**
 * Who opens a Chinese dateline (`（新华社北京十月十八日电）`, `本报讯`): a paragraph opening with
 * one of them and a date ending in `日电` is a dateline, whatever role its shape gave it. Read by
 * consistent-numerals (a dateline's date is held to the piece's dates). Sorted by code point; each
 * entry with its reason.
 */
export const ZH_DATELINE_SOURCE_REASONS: ReadonlyArray<readonly [name: string, reason: string]> = [
  ["中新社", "China News Service"],
  ["人民日报", "People's Daily"],
  ["新华社", "Xinhua News Agency"],
  ["本报", "this newspaper's own correspondent (`本报北京5月3日电`)"]
];

export const ZH_DATELINE_SOURCES: readonly string[] = ZH_DATELINE_SOURCE_REASONS.map(([n]) => n);
