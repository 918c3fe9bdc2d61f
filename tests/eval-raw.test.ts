// The raw-copy scorer of the eval (eval/raw.mjs): how a finding answers a hand-labelled defect (by
// line, block, list of lines or anchored text), and the recall / precision / misses / unmatched it
// reports, on tiny inline documents. Also checks that the shipped gold (eval/raw/gold.tsv) parses and
// that every line and anchor in it exists in its document, so a typo in the gold is not a "miss".
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM module without types
import { goldSpans, lineOf, lineStarts, parseGold, scoreRawDocs } from "../eval/raw.mjs";
import { editDiff } from "../src/text/edit-diff.js";

type Finding = { ruleId: string; range: [number, number]; message: string };
const NT = "copydesk/no-truncated-sentence";
const DUP = "copydesk/no-duplicate-paragraph";
const NUM = "copydesk/consistent-numerals";
const RULES = [NT, DUP, NUM, "copydesk/no-ellipsis-filler", "copydesk/no-page-furniture"];

// Five lines; line 3 is one-line crawl copy with two defects in it.
const text = ["第一行正文，说到一半", "第二行接着说完。", "标题甲\uE40C正文有三所学校和8所学校。\uE40C标题甲", "", "last line"].join("\n");
const starts = lineStarts(text);
const at = (s: string, n = 1) => {
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf(s, i + 1);
  return i;
};
const f = (ruleId: string, s: number, e: number, message = "m"): Finding => ({ ruleId, range: [s, e], message });

const gold = parseGold(
  [
    "# comment",
    "zh-raw/x/0001.txt\t1,2\tcut\tcut at the end of line 1, rest on line 2",
    "zh-raw/x/0001.txt\t3\tdup\ttitle again at the end\t标题甲#2 | 标题甲",
    "zh-raw/x/0001.txt\t3\tnumeral\t三所 beside 8所\t三所学校",
    "zh-raw/x/0001.txt\t5\tfurniture\tnot found by anything",
    "en-raw/y/0001.txt\t2-3\twrap\ta block",
    ""
  ].join("\n")
);
const en = "one\ntwo wo-\nrd three\nfour";

describe("raw scorer: locating gold", () => {
  it("parses lines, ranges, lists and anchors", () => {
    expect(gold).toHaveLength(5);
    expect(gold[0].lines).toEqual([
      [1, 1],
      [2, 2]
    ]);
    expect(gold[4].lines).toEqual([[2, 3]]);
    expect(gold[1].anchor).toBe("标题甲#2 | 标题甲");
  });
  it("spans a line through its line break, and anchors by occurrence", () => {
    expect(goldSpans(gold[0], text, starts)).toEqual([
      [0, starts[1]],
      [starts[1], starts[2]]
    ]);
    expect(goldSpans(gold[1], text, starts)).toEqual([
      [at("标题甲", 2), at("标题甲", 2) + 3],
      [at("标题甲"), at("标题甲") + 3]
    ]);
    const span = parseGold("a\t3\tdup\tn\t正文 … 学校。")[0]; // searched on line 3 only, not in line 1’s “正文”
    expect(goldSpans(span, text, starts)).toEqual([[at("正文有"), at("学校。") + 3]]);
    expect(lineOf(starts, at("三所"))).toBe(3);
    expect(lineOf(starts, text.length)).toBe(5);
  });
  it("refuses a gold row it cannot place", () => {
    expect(() => parseGold("a\t1\tcuts\tnote")).toThrow(/unknown kind/);
    expect(() => parseGold("a\t1")).toThrow(/needs file/);
    expect(() => goldSpans(parseGold("a\t3\tdup\tn\t没有这句")[0], text, starts)).toThrow(/not found/);
    expect(() => goldSpans(parseGold("a\t9\tdup\tn")[0], text, starts)).toThrow(/past the end/);
    expect(() => goldSpans(parseGold("a\t1\tnumeral\tn\t三所")[0], text, starts)).toThrow(/not found on line 1/); // it is on line 3
  });
});

describe("raw scorer: matching findings to gold", () => {
  const docs = (findings: Finding[], enFindings: Finding[] = []) => [
    { file: "zh-raw/x/0001.txt", text, findings },
    { file: "en-raw/y/0001.txt", text: en, findings: enFindings }
  ];
  const row = (r: any, rule: string, kind: string, lang: string) => r.recall.find((x: any) => x.rule === rule && x.kind === kind && x.lang === lang);
  const prec = (r: any, rule: string, lang: string) => r.precision.find((x: any) => x.rule === rule && x.lang === lang);

  it("a finding on the line break after a cut, or where its rest resumes, answers it", () => {
    const end1 = starts[1] - 1; // the "\n" ending line 1
    for (const range of [
      [end1, end1],
      [end1, end1 + 1],
      [starts[1] + 2, starts[1] + 4]
    ] as [number, number][]) {
      const r = scoreRawDocs(docs([f(NT, ...range)]), gold, RULES);
      expect(row(r, NT, "cut", "zh")).toMatchObject({ gold: 1, found: 1 });
      expect(prec(r, NT, "zh")).toMatchObject({ findings: 1, own: 1, unmatched: 0 });
    }
  });
  it("a finding elsewhere, or of another rule, does not", () => {
    const r = scoreRawDocs(docs([f(NT, starts[4], starts[4] + 2), f(DUP, 0, 3)]), gold, RULES);
    expect(row(r, NT, "cut", "zh")).toMatchObject({ found: 0 });
    expect(prec(r, NT, "zh")).toMatchObject({ findings: 1, own: 0, other: 1, unmatched: 0, precision: 0 }); // line 5 holds a furniture defect
    expect(prec(r, DUP, "zh")).toMatchObject({ findings: 1, own: 0, other: 1 }); // on the cut, not a dup
    expect(r.misses.map((m: any) => `${m.kind}:${m.line}`)).toEqual(["cut:1,2", "dup:3", "numeral:3", "furniture:5", "wrap:2-3"]);
    expect(r.unmatched.map((u: any) => [u.rule, u.line, u.onOtherGold])).toEqual([
      [NT, 5, true],
      [DUP, 1, true]
    ]);
  });
  it("anchors tell two defects on one line apart; any alternative answers", () => {
    const second = at("标题甲", 2);
    const r = scoreRawDocs(docs([f(DUP, second, second + 3), f(NUM, at("8所"), at("8所") + 1)]), gold, RULES);
    expect(row(r, DUP, "dup", "zh")).toMatchObject({ found: 1 });
    expect(row(r, NUM, "numeral", "zh")).toMatchObject({ found: 0 }); // “8” is not the anchored 三所
    expect(prec(r, NUM, "zh")).toMatchObject({ findings: 1, own: 0, unmatched: 1 });
    // A finding whose range runs over the anchor answers it; only one that starts on it counts "at its start".
    const wide = scoreRawDocs(docs([f(NUM, at("三所") - 2, at("三所") + 1)]), gold, RULES);
    expect(row(wide, NUM, "numeral", "zh")).toMatchObject({ found: 1, atStart: 0 });
    expect(wide.onlyOverlap.map((m: any) => m.kind)).toEqual(["numeral"]);
    const onIt = scoreRawDocs(docs([f(NUM, at("三所"), at("三所") + 2)]), gold, RULES);
    expect(row(onIt, NUM, "numeral", "zh")).toMatchObject({ found: 1, atStart: 1 });
    expect(onIt.onlyOverlap).toEqual([]);
  });
  it("a block is answered by a finding anywhere in it; findings count per language; rules not run are left out", () => {
    const r = scoreRawDocs(docs([], [f(NT, en.indexOf("wo-"), en.indexOf("wo-") + 3), f(NT, en.indexOf("four"), en.indexOf("four") + 4)]), gold, [
      NT
    ]);
    expect(row(r, NT, "wrap", "en")).toMatchObject({ gold: 1, found: 1, recall: 1 });
    expect(prec(r, NT, "en")).toMatchObject({ findings: 2, own: 1, unmatched: 1, precision: 0.5 });
    expect(r.recall.every((x: any) => x.rule === NT)).toBe(true);
    expect(r.misses.map((m: any) => m.kind)).toEqual(["cut"]);
    expect(r.gold).toBe(2);
  });
});

describe("raw scorer: one finding for a block", () => {
  // OCR copy with three words broken at line ends; the rule reports one finding for the paragraph,
  // its range on the first break, and one suggestion that joins all three.
  const ocr = ["the bal", "ance in produce at the expira", "tion of the term by agree", "ment of both"].join("\n");
  const goldRows = parseGold(
    [
      "en-raw/z/0001.txt\t1\twrap\tbal / ance",
      "en-raw/z/0001.txt\t2\twrap\texpira / tion",
      "en-raw/z/0001.txt\t3\twrap\tagree / ment",
      "en-raw/z/0001.txt\t4\tfurniture\tnot touched by the join",
      ""
    ].join("\n")
  );
  const joined = ocr.replace("bal\nance", "balance").replace("expira\ntion", "expiration").replace("agree\nment", "agreement");
  const finding = (suggestionText: string) => ({
    ruleId: NT,
    range: [4, 8] as [number, number],
    message: "A word broken at a line end",
    suggestions: [{ fix: { range: [0, ocr.length], text: suggestionText } }]
  });
  const score = (m: object, withDiff = true) =>
    scoreRawDocs([{ file: "en-raw/z/0001.txt", text: ocr, findings: [m] }], goldRows, RULES, withDiff ? { diff: editDiff } : {});

  it("answers each defect its suggestion's edit mends, and lists them apart from range overlaps", () => {
    const r = score(finding(joined));
    expect(r.recall.find((x: any) => x.kind === "wrap")).toMatchObject({ gold: 3, found: 3, atStart: 1 });
    expect(r.mendedByBlock.map((m: any) => m.line)).toEqual(["2", "3"]);
    expect(r.misses.map((m: any) => m.kind)).toEqual(["furniture"]);
  });
  it("does not credit an edit that leaves the defect alone, a whole-paragraph deletion, or a scorer without the differ", () => {
    // Only the first break is joined: the other two stay misses.
    expect(score(finding(ocr.replace("bal\nance", "balance"))).recall.find((x: any) => x.kind === "wrap")).toMatchObject({ found: 1 });
    // Deleting the paragraph "mends" everything in it: not a mend.
    expect(score(finding("")).recall.find((x: any) => x.kind === "wrap")).toMatchObject({ found: 1 });
    expect(score(finding(joined), false).recall.find((x: any) => x.kind === "wrap")).toMatchObject({ found: 1 });
  });
});

describe("the shipped raw gold", () => {
  const dir = new URL("../eval/raw/", import.meta.url);
  const rows = parseGold(fs.readFileSync(new URL("gold.tsv", dir), "utf8"));
  it("names documents that ship with the eval, and places every row", () => {
    expect(rows.length).toBeGreaterThan(50);
    for (const g of rows) {
      const p = new URL(`docs/${g.file}`, dir);
      expect(fs.existsSync(p), g.file).toBe(true);
      const t = fs.readFileSync(p, "utf8");
      expect(() => goldSpans(g, t, lineStarts(t))).not.toThrow();
    }
    const sources = fs.readFileSync(new URL("SOURCES.md", dir), "utf8");
    for (const source of new Set(rows.map((g: any) => path.dirname(g.file)))) expect(sources).toContain(source as string);
  });
});
