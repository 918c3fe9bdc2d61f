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
});
