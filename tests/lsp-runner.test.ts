// The language server's lint runner (src/lsp/runner.ts): newest job per document wins, and a
// worker that cannot start falls back to linting in-process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { LintRunner, StaleJobError } from "../src/lsp/runner.js";

const seed = fs.readFileSync(new URL("../examples/000_5c1383eb5e7a2872.txt", import.meta.url), "utf8");

describe("LintRunner", () => {
  it("lints in-process when the worker script is missing, and still answers", async () => {
    const logs: string[] = [];
    const missing = pathToFileURL(path.join(os.tmpdir(), "copydesk-no-such-worker.js"));
    const runner = new LintRunner({ workerUrl: missing, log: (m) => logs.push(m) });
    try {
      const outcome = await runner.run({ op: "lint", text: seed, ext: ".txt" }, "a");
      expect(outcome.messages.length).toBeGreaterThan(0);
      expect(outcome.messages.every((m) => m.ruleId.startsWith("copydesk/"))).toBe(true);
      expect(logs.some((m) => m.includes("linting in-process"))).toBe(true);
    } finally {
      runner.dispose();
    }
  });

  it("drops a queued job that a newer job for the same document supersedes", async () => {
    const runner = new LintRunner({ inProcess: true });
    try {
      const first = runner.run({ op: "lint", text: seed, ext: ".txt" }, "doc"); // starts at once
      const second = runner.run({ op: "lint", text: seed + "一", ext: ".txt" }, "doc"); // queued
      const third = runner.run({ op: "lint", text: seed + "二", ext: ".txt" }, "doc"); // supersedes the second
      const other = runner.run({ op: "lint", text: "Another story.", ext: ".txt" }, "other"); // unaffected
      await expect(second).rejects.toBeInstanceOf(StaleJobError);
      await expect(first).resolves.toBeDefined();
      await expect(third).resolves.toBeDefined();
      await expect(other).resolves.toBeDefined();
    } finally {
      runner.dispose();
    }
  });

  it("gives textlint's fixed text for fix jobs", async () => {
    const runner = new LintRunner({ inProcess: true });
    try {
      const outcome = await runner.run({ op: "fix", text: seed, ext: ".txt" });
      expect(outcome.output).toBeDefined();
      expect(outcome.output!.length).toBeLessThan(seed.length);
      expect(outcome.messages.every((m) => !m.fix)).toBe(true);
    } finally {
      runner.dispose();
    }
  });

  it("keeps a worker free for small jobs while a large one runs, and cancels the large one on demand (issue 21, item 5)", async () => {
    const logs: string[] = [];
    // The built worker (the tests run runner.ts from source, beside which there is no lint-worker.js).
    const workerUrl = pathToFileURL(path.resolve(import.meta.dirname, "../dist/src/lsp/lint-worker.js"));
    const runner = new LintRunner({ log: (m) => logs.push(m), workerUrl });
    try {
      const big = `${"会议指出，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。".repeat(12_000)}约300多人参加。`;
      const large = runner.run({ op: "lint", text: big, ext: ".txt" }, "lint big");
      const second = runner.run({ op: "lint", text: `${big}二`, ext: ".txt" }, "lint big2"); // waits: one large at a time
      const small = await runner.run({ op: "lint", text: "记者在现场看到，工人们正在紧张有序地进行设备调试。", ext: ".txt" }, "lint small");
      expect(small.messages).toBeDefined();
      expect(runner.workerCount).toBe(2);
      runner.cancel("lint big");
      await expect(large).rejects.toBeInstanceOf(StaleJobError);
      runner.cancel("lint big2");
      await expect(second).rejects.toBeInstanceOf(StaleJobError);
      expect(logs.some((m) => m.includes("cancelled"))).toBe(true);
      // Still answering after the cancels (a fresh worker takes the place of the terminated one).
      expect((await runner.run({ op: "lint", text: "又一篇。", ext: ".txt" }, "lint again")).messages).toBeDefined();
    } finally {
      runner.dispose();
    }
  }, 60_000);
});
