// Issue 19 (language server within 30 ms of an edit): the analyses that depend only on a text —
// ICU words and sentences, the retext parse, numerals, comparison forms, the cut detector's
// score, near-copy shingles — are kept for the texts of the last lint or two (TextMemo) where the
// same text is linted again (the language server, `--fix`), so a keystroke re-analyses only the
// paragraph it touched. These tests hold what that must not change: the answers are those of a
// fresh analysis, at the caller's offsets, unshared, and the memo stays bounded and off by default.
import fs from "node:fs";
import path from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import { keepAnalyses, keepingAnalyses, keptChars, TextMemo } from "../src/text/memo.js";
import { enAnalysis, enAnalysisWhole, zhSentences, zhWords } from "../src/text/segment.js";
import { scoreCut } from "../src/text/cut/detector.js";
import { presetKernelRules } from "../rules/index.js";
import { copydeskPlugins as plugins } from "../src/formats/plugins.js";

const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../examples/000_5c1383eb5e7a2872.txt"), "utf8");

afterEach(() => keepAnalyses(0));

describe("TextMemo", () => {
  it("is off unless a caller that lints the same text again turns it on", async () => {
    expect(keptChars()).toBe(0);
    const memo = new TextMemo<number>();
    let computed = 0;
    memo.get("abc", () => ++computed);
    memo.get("abc", () => ++computed);
    expect(computed).toBe(2);
    // `--fix` keeps analyses for the length of its text, and restores the setting after.
    await keepingAnalyses(1000, async () => {
      expect(keptChars()).toBeGreaterThanOrEqual(2000);
      memo.get("abc", () => ++computed);
      memo.get("abc", () => ++computed);
    });
    expect(computed).toBe(3);
    expect(keptChars()).toBe(0);
  });

  it("computes a key once while it is in the current or the previous generation", () => {
    keepAnalyses(10);
    const memo = new TextMemo<number>();
    let computed = 0;
    const get = (key: string) => memo.get(key, () => (computed++, key.length));
    expect(get("abcd")).toBe(4);
    expect(get("abcd")).toBe(4);
    expect(computed).toBe(1);
    // "efghij" fills the first generation (10 characters); "kl" opens a second one.
    get("efghij");
    get("kl");
    expect(computed).toBe(3);
    // "abcd" is in the previous generation: found, and carried into the current one.
    expect(get("abcd")).toBe(4);
    expect(computed).toBe(3);
  });

  it("forgets a key not used for two generations, so memory stays bounded", () => {
    keepAnalyses(4);
    const memo = new TextMemo<string>();
    let computed = 0;
    const get = (key: string) => memo.get(key, () => (computed++, key.toUpperCase()));
    get("aaaa");
    get("bbbb"); // second generation
    get("cccc"); // third: "aaaa" is gone
    expect(computed).toBe(3);
    get("aaaa");
    expect(computed).toBe(4);
  });
});

describe("memoised segmentation", () => {
  beforeEach(() => keepAnalyses(1 << 16));
  const paragraph = "国铁集团有关负责人表示，接下来将积极探索中欧班列跨越黑海、里海线路开发。";

  it("gives the words and sentences of the text at the offset asked for, the second time too", () => {
    const at0 = zhWords(paragraph, 0).map((t) => [t.start, t.end, t.text, t.wordLike]);
    const at100 = zhWords(paragraph, 100).map((t) => [t.start - 100, t.end - 100, t.text, t.wordLike]);
    expect(at100).toEqual(at0);
    expect(
      zhWords(paragraph, 0)
        .map((t) => t.text)
        .join("")
    ).toBe(paragraph.replace(/\s/gu, ""));
    const sentences = zhSentences(`${paragraph}${paragraph}`, 7);
    expect(sentences.map((s) => [s.start, s.text])).toEqual([
      [7, paragraph],
      [7 + paragraph.length, paragraph]
    ]);
  });

  it("hands out copies: a caller that changes its tokens does not change the next caller's", () => {
    const first = zhWords(paragraph, 0);
    first[0]!.start = 999;
    first.length = 0;
    const second = zhWords(paragraph, 0);
    expect(second.length).toBeGreaterThan(5);
    expect(second[0]!.start).toBe(0);
  });

  it("English sentences and words from the memo equal one fresh retext parse", () => {
    const text = "The council met on Monday. It approved the budget, 5 votes to 2, and adjourned.";
    const fresh = enAnalysisWhole(text, 40);
    expect(enAnalysis(text, 40)).toEqual(fresh);
    expect(enAnalysis(text, 40)).toEqual(fresh);
  });

  it("scores a paragraph end the same whether or not it was scored before", () => {
    const input = {
      a: "国铁集团有关负责人表示，接下来将积极探索",
      aRole: "body" as const,
      b: "中欧班列跨越黑海、里海线路开发，推动班列提质增效。",
      bRole: "body" as const,
      lang: "zh" as const,
      index: 4,
      count: 12
    };
    const first = { ...scoreCut(input) };
    // The same end further down a longer piece: the features read it as "later" and "inner" alike.
    expect(scoreCut({ ...input, index: 6, count: 20 })).toEqual(first);
    // As the first paragraph it is another position, and another score.
    expect(scoreCut({ ...input, index: 0 }).cut).not.toBe(first.cut);
  });
});

describe("linting the same document again", () => {
  beforeEach(() => keepAnalyses(1 << 18));
  const kernel = new TextlintKernel();
  const lint = (text: string) =>
    kernel
      .lintText(text, { ext: ".txt", plugins, rules: presetKernelRules() } as never)
      .then((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));

  it("after an edit gives the findings of a first lint of the edited text", async () => {
    const lines = seed.split("\n");
    // A keystroke that cuts a paragraph: `…推动` with its rest in the next paragraph.
    const at = lines.findIndex((l) => l.length > 60);
    const edited = [...lines.slice(0, at), lines[at]!.slice(0, 30), lines[at]!.slice(30), ...lines.slice(at + 1)].join("\n");
    const before = await lint(seed);
    const afterEdit = await lint(edited);
    // A fresh process has no memo: compare with findings computed before any of these texts was seen.
    const { execFileSync } = await import("node:child_process");
    const fresh = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `
        import { TextlintKernel } from "@textlint/kernel";
        import { presetKernelRules } from "./dist/rules/index.js";
        import { copydeskPlugins as plugins } from "./dist/src/formats/plugins.js";
        const text = await new Promise((r) => { let s = ""; process.stdin.on("data", (d) => (s += d)); process.stdin.on("end", () => r(s)); });
        const result = await new TextlintKernel().lintText(text, { ext: ".txt", plugins, rules: presetKernelRules() });
        console.log(JSON.stringify(result.messages.map((m) => \`\${m.line}:\${m.column} \${m.ruleId} \${m.message}\`)));
      `
      ],
      { cwd: path.resolve(import.meta.dirname, ".."), input: edited, encoding: "utf8" }
    );
    expect(afterEdit).toEqual(JSON.parse(fresh));
    expect(afterEdit).not.toEqual(before);
    expect(afterEdit.some((m) => m.includes("no-truncated-sentence"))).toBe(true);
  });
});
