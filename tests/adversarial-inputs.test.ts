// Issue 11: adversarial inputs finish (linear time) and the finding cap keeps textlint's
// pairwise duplicate filter from going quadratic. The bounds only catch hangs: timings are
// measured in the benchmark (tmp/hard/adv.mjs in the hardening report), not asserted here.
import fs from "node:fs";
import path from "node:path";
import { FINDINGS_CAP } from "../src/text/rule-kit.js";
import { itWithCorpus } from "./support/corpus.js";
import { fix, lint } from "./support/preset-harness.js";

const MB = 1 << 20;
const HANG = 120_000;
const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Copy from the rmrb-2023 corpus (opt-in, see tests/support/corpus.ts), the normal case the others are measured against. */
function corpusCopy(dir: string, length: number): string {
  let text = "";
  for (const f of fs.readdirSync(dir).sort()) {
    if (text.length >= length) break;
    text += `${fs.readFileSync(path.join(dir, f), "utf8")}\n`;
  }
  return text.slice(0, length);
}

function perRule(messages: { ruleId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return counts;
}

describe("hardening: adversarial inputs finish", () => {
  itWithCorpus(
    "zh/rmrb-2023",
    "1 MB of normal copy (the reference)",
    async (dir) => {
      const messages = await lint(corpusCopy(dir, MB), ".txt");
      expect(messages.length).toBeGreaterThan(0);
    },
    HANG
  );

  it(
    "1 MB of `……` paragraphs: one filler run, fixed away in one pass",
    async () => {
      const text = `记者在现场看到。\n\n${repeatTo("……………………\n\n", MB)}工人们正在调试设备。\n`;
      const messages = await lint(text, ".txt");
      expect(messages.filter((m) => m.ruleId === "copydesk/no-ellipsis-filler" && m.fix).length).toBeGreaterThan(0);
      const fixed = (await fix(text, ".txt")).output;
      expect(fixed).toContain("记者在现场看到。");
      expect(fixed).toContain("工人们正在调试设备。");
      expect(fixed.length).toBeLessThan(1000);
    },
    HANG
  );

  it(
    "1 MB in one line with no punctuation",
    async () => {
      const text = repeatTo("我们今天在这里讨论经济发展问题和社会治理现代化建设", MB);
      await expect(lint(text, ".txt")).resolves.toBeInstanceOf(Array);
      await expect(lint(text, ".md")).resolves.toBeInstanceOf(Array);
    },
    HANG
  );

  it(
    "1 MB of digits and separators: findings capped per rule, one summary, every fix still applied",
    async () => {
      const text = repeatTo("12,345.67 8千 2023年 1-2万 ３４５，６７８ 100% ", MB);
      const messages = await lint(text, ".txt");
      const counts = perRule(messages);
      for (const n of counts.values()) expect(n).toBeLessThanOrEqual(FINDINGS_CAP + 1);
      const numerals = messages.filter((m) => m.ruleId === "copydesk/consistent-numerals");
      expect(numerals.length).toBe(FINDINGS_CAP + 1);
      const summary = numerals.find((m) => m.message.startsWith("…"))!;
      expect(summary.message).toMatch(/另有 \d+ 处同类问题未逐条列出/u);
      // The summary carries the held-back fixes: one --fix leaves nothing fixable.
      const fixed = (await fix(text, ".txt")).output;
      expect(fixed).not.toMatch(/[０-９]/u);
      const after = await lint(fixed, ".txt");
      expect(after.filter((m) => m.fix)).toEqual([]);
    },
    HANG
  );

  it(
    "one paragraph repeated 50,000 times",
    async () => {
      const text = "记者在现场看到，工人们正在紧张有序地进行设备调试，确保项目按期投产。\n".repeat(50_000);
      const messages = await lint(text, ".txt");
      for (const n of perRule(messages).values()) expect(n).toBeLessThanOrEqual(FINDINGS_CAP + 1);
    },
    HANG
  );

  it(
    "100,000 near-identical paragraphs",
    async () => {
      const text = Array.from({ length: 100_000 }, (_, i) => `记者在现场看到，工人们正在紧张有序地进行第${i}台设备调试，确保项目按期投产。`).join(
        "\n"
      );
      const messages = await lint(text, ".txt");
      for (const n of perRule(messages).values()) expect(n).toBeLessThanOrEqual(FINDINGS_CAP + 1);
    },
    HANG
  );

  it(
    "1 MB of Chinese numerals in one paragraph (fixed-term patterns used to rescan the run: quadratic)",
    async () => {
      const text = repeatTo("一二三四五六七八九十", MB);
      await expect(lint(text, ".txt")).resolves.toBeInstanceOf(Array);
    },
    HANG
  );

  it(
    "1 MB in one line with no punctuation but counts inside (ICU segmentation is windowed)",
    async () => {
      const text = repeatTo("我们今天在这里讨论经济发展问题分三期和社会治理现代化建设", MB);
      await expect(lint(text, ".txt")).resolves.toBeInstanceOf(Array);
    },
    HANG
  );

  it(
    "a 10 MB single line",
    async () => {
      const text = repeatTo("我们今天在这里讨论经济发展问题和社会治理现代化建设", 10 * MB);
      await expect(lint(text, ".txt")).resolves.toBeInstanceOf(Array);
    },
    HANG
  );
});

describe("hardening: the finding cap", () => {
  it("keeps the first findings as they are and sums up the rest in the copy's language", async () => {
    // 600 placeholders in English copy: 500 reported one by one, then one summary.
    const text = Array.from({ length: 600 }, (_, i) => `The mayor said TK people attended meeting ${i}.`).join("\n\n");
    const messages = (await lint(text, ".md")).filter((m) => m.ruleId === "copydesk/no-ellipsis-filler");
    expect(messages).toHaveLength(FINDINGS_CAP + 1);
    expect(messages.filter((m) => m.message.includes('"TK"'))).toHaveLength(FINDINGS_CAP);
    const summary = messages.find((m) => m.message.startsWith("…"))!;
    expect(summary.message).toBe(`… and 100 more findings of this rule not listed (at most ${FINDINGS_CAP} per document)`);
    // It points at the first finding it stands for.
    expect(text.slice(summary.range[0], summary.range[0] + 2)).toBe("TK");
  });

  it("leaves documents under the cap untouched", async () => {
    const text = Array.from({ length: 20 }, (_, i) => `The mayor said TK people attended meeting ${i}.`).join("\n\n");
    const messages = await lint(text, ".txt");
    expect(messages.filter((m) => m.message.startsWith("…"))).toEqual([]);
    expect(messages.filter((m) => m.message.includes('"TK"'))).toHaveLength(20);
  });
});
