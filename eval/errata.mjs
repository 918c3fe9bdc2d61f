// Damage in the clean corpus itself. The "clean" articles are real copy as published or as a
// dataset keeps it, and some carry the very damage the rules look for (the BBC dataset lost the
// text of its hyperlinks, so a sentence breaks where a linked name was: `Former world number one
// ⏎ powered her way…`). A finding on such a paragraph is a catch, not noise. eval/clean-errata.tsv
// lists them, verified by hand one by one; the eval counts them apart ("source damage") and keeps
// them out of the noise. Only rows a person has checked belong there: never add a row because a
// rule fires, only because the copy is damaged.
//
// Row: article key (`folder/file`, as the eval names articles) \t rule id \t how the damaged
// paragraph ends (its last words, enough to tell it from the others) \t what is wrong.
import fs from "node:fs";

export function parseErrata(text) {
  const rows = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const [key, rule, anchor, note] = line.split("\t");
    if (!key || !rule || !anchor || !note) throw new Error(`clean-errata.tsv:${i + 1}: want key, rule, anchor and note, tab-separated`);
    rows.push({ key, rule: rule.startsWith("copydesk/") ? rule : `copydesk/${rule}`, anchor, note, row: i + 1 });
  });
  return rows;
}

export function loadErrata(file) {
  return fs.existsSync(file) ? parseErrata(fs.readFileSync(file, "utf8")) : [];
}

/**
 * Is finding `m` (with `ruleId` and `range`) in a listed damaged paragraph of `text` (paragraphs
 * separated by blank lines, as the eval lints them)? `rows` are the article's errata.
 */
export function onErratum(rows, text, m) {
  if (!rows?.length || !m.range) return false;
  const at = m.range[0];
  const from = text.lastIndexOf("\n\n", at) + 1;
  const next = text.indexOf("\n\n", at);
  const paragraph = text.slice(from, next < 0 ? text.length : next);
  return rows.some((r) => r.rule === m.ruleId && paragraph.trimEnd().endsWith(r.anchor));
}
