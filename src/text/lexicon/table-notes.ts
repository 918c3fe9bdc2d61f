/**
 * Labels that open a table's note or source line (`注：`, `资料来源：`, `Source: …`, `Note 1.`):
 * such a line is repeated under every table by design, so no-duplicate-paragraph never reports its
 * repeat. Matched case-sensitively at the start of a paragraph, before a `-`, `—`, `:` or `：`
 * (or a note number: `注1：`, `Notes 2.`); hence each capitalisation an entry of its own.
 * Sorted by code point; each entry with its reason.
 */
export const TABLE_NOTE_LABEL_REASONS: ReadonlyArray<readonly [label: string, reason: string]> = [
  ["NOTE", "English note under a table, set in capitals"],
  ["NOTES", "English notes under a table, set in capitals"],
  ["Note", "English note under a table: `Note: figures are rounded`"],
  ["Notes", "English notes under a table: `Notes: 1. …`"],
  ["SOURCE", "English source line under a table, set in capitals"],
  ["Source", "English source line under a table: `Source: Office for National Statistics`"],
  ["数据来源", "the data's source under a table or chart: `数据来源：国家统计局`"],
  ["注", "a note under a table: `注：本表数据为初步统计`, `注1：`"],
  ["说明", "an explanatory note under a table: `说明：……`"],
  ["资料来源", "the source line under a table: `资料来源：海关总署`"]
];

export const TABLE_NOTE_LABELS: ReadonlySet<string> = new Set(TABLE_NOTE_LABEL_REASONS.map(([label]) => label));
