// `copydesk --across-files` on real BBC stories: a story that reuses another's paragraphs, and
// the same story filed twice, are reported in the later file, naming the earlier one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "dist/src/cli/main.js");
/** BBC 2005 stories copied from the corpus (tests/fixtures/PROVENANCE.md). */
const BBC = path.join(ROOT, "tests/fixtures/bbc-2005");

interface Result {
  filePath: string;
  messages: { ruleId: string; line: number; severity: number; message: string }[];
}

function lint(cwd: string, ...args: string[]): { status: number | null; report: Result[] } {
  const run = spawnSync(process.execPath, [CLI, "--format", "json", ...args], { cwd, encoding: "utf8" });
  return { status: run.status, report: JSON.parse(run.stdout) as Result[] };
}

describe("copydesk --across-files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-across-"));
  const story = (n: string) => fs.readFileSync(path.join(BBC, `${n}.txt`), "utf8");
  fs.writeFileSync(path.join(dir, "a-first.txt"), story("0001"));
  fs.writeFileSync(path.join(dir, "b-second.txt"), story("0003"));
  // A new story whose lead paragraphs were lifted from a-first.txt.
  const reused = story("0001").split("\n\n").slice(1, 3).join("\n\n");
  fs.writeFileSync(
    path.join(dir, "c-reuse.txt"),
    `Media giant profits\n\n${reused}\n\nAnalysts expect the rally to continue into the spring, the firm said.\n`
  );
  // The same story filed twice under another name.
  fs.writeFileSync(path.join(dir, "d-filed-twice.txt"), story("0003"));

  it("reports reused paragraphs and whole repeated stories in the later file, as warnings", () => {
    const { status, report } = lint(dir, "--across-files", ".");
    const byName = Object.fromEntries(report.map((r) => [path.basename(r.filePath), r.messages]));
    expect(byName["a-first.txt"]).toEqual([]);
    expect(byName["b-second.txt"]).toEqual([]);
    const reuse = byName["c-reuse.txt"]!;
    expect(reuse).toHaveLength(1);
    expect(reuse[0]).toMatchObject({ ruleId: "copydesk/no-duplicate-paragraph", line: 3, severity: 1 });
    expect(reuse[0]!.message).toContain("a-first.txt");
    const twice = byName["d-filed-twice.txt"]!;
    expect(twice).toHaveLength(1);
    expect(twice[0]!.message).toMatch(/^Whole story repeated: .* b-second\.txt/);
    // Warnings do not fail the run.
    expect(status).toBe(0);
  });

  it("reports nothing across files without the flag", () => {
    const { report } = lint(dir, ".");
    expect(report.flatMap((r) => r.messages)).toEqual([]);
  });
});
