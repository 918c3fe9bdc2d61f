// Damage the clean corpus itself carries (eval/clean-errata.tsv, eval/errata.mjs): a finding on a
// paragraph listed there is counted as a catch on source damage, not as noise. Only that paragraph,
// only that rule.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM module without types
import { onErratum, parseErrata } from "../eval/errata.mjs";

const NT = "copydesk/no-truncated-sentence";
const text = [
  "The men's race was won by",
  ", who had to fight off a closing pack to claim the title.",
  "The women's race was won by a clear margin and the crowd stood",
  "and"
].join("\n\n");
const rows = parseErrata(
  [
    "# comment",
    "bbc-2005/0626.txt\tno-truncated-sentence\tThe men's race was won by\ta linked name is lost",
    "bbc-2005/0626.txt\tno-truncated-sentence\tand\tthe two names around it are lost",
    ""
  ].join("\n")
);
const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];

describe("clean-corpus errata", () => {
  it("names the rule in full and keeps each row's place in the file", () => {
    expect(rows).toMatchObject([
      { key: "bbc-2005/0626.txt", rule: NT, anchor: "The men's race was won by", row: 2 },
      { rule: NT, anchor: "and", row: 3 }
    ]);
    expect(() => parseErrata("bbc-2005/0626.txt\tno-truncated-sentence\tonly three fields\n")).toThrow(/clean-errata\.tsv:1/);
  });

  it("answers a finding of the listed rule in the paragraph that ends as listed, and no other", () => {
    expect(onErratum(rows, text, { ruleId: NT, range: at("won by") })).toBe(true);
    // The one-word paragraph `and`: matched by its end, not by every paragraph holding "and".
    expect(onErratum(rows, text, { ruleId: NT, range: [text.lastIndexOf("and"), text.length] })).toBe(true);
    expect(onErratum(rows, text, { ruleId: NT, range: at("a clear margin") })).toBe(false);
    // Another rule's finding on the same paragraph is still that rule's noise.
    expect(onErratum(rows, text, { ruleId: "copydesk/consistent-numerals", range: at("won by") })).toBe(false);
    expect(onErratum([], text, { ruleId: NT, range: at("won by") })).toBe(false);
  });

  it("ships rows that parse, each with a note saying what is wrong", () => {
    const shipped = parseErrata(fs.readFileSync(new URL("../eval/clean-errata.tsv", import.meta.url), "utf8"));
    expect(shipped.length).toBeGreaterThan(10);
    for (const r of shipped) expect(r.note.length, `row ${r.row}`).toBeGreaterThan(20);
  });
});
