// `copydesk --jobs N` lints on worker threads; its report, notices and exit code must be those
// of `--jobs 1` (in-process), byte for byte, whatever order the workers finish in.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "dist/src/cli/main.js");
const FIXTURES = path.join(ROOT, "tests/fixtures");

function copydesk(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  // The summary line ends with the run's duration; everything before it must match.
  const stderr = run.stderr.replace(/ in [\d.]+ m?s:/, " in …:");
  return { status: run.status, stdout: run.stdout, stderr };
}

/** 30 small stories from the fixtures, some damaged as copy is damaged on the desk. */
function stories(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-jobs-"));
  const sources = [
    ...fs.readdirSync(path.join(FIXTURES, "bbc-2005")).map((f) => path.join(FIXTURES, "bbc-2005", f)),
    ...["no-duplicate-paragraph", "no-ellipsis-filler", "no-truncated-sentence"].flatMap((d) =>
      fs
        .readdirSync(path.join(FIXTURES, d))
        .filter((f) => /\.(txt|md)$/.test(f))
        .map((f) => path.join(FIXTURES, d, f))
    )
  ].sort();
  for (let i = 0; i < 30; i++) {
    const source = sources[i % sources.length]!;
    let text = fs.readFileSync(source, "utf8");
    const paragraphs = text.split(/\n\s*\n/);
    if (i % 3 === 1 && paragraphs.length > 2) {
      // A paragraph pasted twice.
      paragraphs.splice(2, 0, paragraphs[1]!);
      text = paragraphs.join("\n\n");
    } else if (i % 3 === 2) {
      // Rows of filler where a table or a quotation was lost.
      text = `${text.trimEnd()}\n\n……\n……\n……\n`;
    }
    const name = `${String(i).padStart(2, "0")}-${path.basename(source)}`;
    fs.mkdirSync(path.join(dir, i < 15 ? "a" : "b"), { recursive: true });
    fs.writeFileSync(path.join(dir, i < 15 ? "a" : "b", name), text);
  }
  // A file that cannot be linted: its notice must come out in the same place.
  fs.writeFileSync(path.join(dir, "a", "07-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  return dir;
}

describe("copydesk --jobs", () => {
  const dir = stories();

  it("gives the report of --jobs 1, byte for byte, on 3 workers", () => {
    const one = copydesk(dir, "--format", "json", "--jobs", "1", ".");
    const three = copydesk(dir, "--format", "json", "--jobs", "3", ".");
    const results = JSON.parse(one.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(30);
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(
      expect.arrayContaining(["copydesk/no-duplicate-paragraph", "copydesk/no-ellipsis-filler"])
    );
    expect(one.stderr).toMatch(/skipped a[/\\]07-binary\.txt: binary file/);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(three.status).toBe(one.status);
    // The default (30 files: in-process) gives the same report too.
    expect(copydesk(dir, "--format", "json", ".").stdout).toBe(one.stdout);
  });

  it("gives the same stylish and SARIF reports", () => {
    for (const format of ["stylish", "sarif"]) {
      const one = copydesk(dir, "--format", format, "--no-color", "--jobs", "1", "a", "b");
      const three = copydesk(dir, "--format", format, "--no-color", "--jobs", "3", "a", "b");
      expect(three.stdout).toBe(one.stdout);
      expect(three.status).toBe(one.status);
    }
  });

  it("gives the same report with --across-files", () => {
    const one = copydesk(dir, "--format", "json", "--across-files", "--jobs", "1", ".");
    const three = copydesk(dir, "--format", "json", "--across-files", "--jobs", "3", ".");
    // The same sources were copied into several stories: the run must say so.
    expect(one.stdout).toMatch(/Whole story repeated|another file|repeat/i);
    expect(three.stdout).toBe(one.stdout);
    expect(three.status).toBe(one.status);
  });

  it("loads the project's .textlintrc.json in every worker", () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-jobs-rc-"));
    fs.cpSync(dir, project, { recursive: true });
    fs.writeFileSync(path.join(project, ".textlintrc.json"), JSON.stringify({ rules: { "preset-copydesk": { "no-duplicate-paragraph": false } } }));
    const one = copydesk(project, "--format", "json", "--jobs", "1", ".");
    const three = copydesk(project, "--format", "json", "--jobs", "3", ".");
    const ruleIds = (JSON.parse(one.stdout) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(ruleIds.length).toBeGreaterThan(0);
    expect(ruleIds).not.toContain("copydesk/no-duplicate-paragraph");
    expect(three.stdout).toBe(one.stdout);
    expect(three.status).toBe(one.status);
  });

  it("fixes the same files with --fix (which stays in-process)", () => {
    const fixed = (jobs: string) => {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-jobs-fix-"));
      fs.cpSync(dir, copy, { recursive: true });
      const run = copydesk(copy, "--fix", "--format", "json", "--jobs", jobs, ".");
      const files = ["a", "b"].flatMap((d) => fs.readdirSync(path.join(copy, d)).map((f) => fs.readFileSync(path.join(copy, d, f), "latin1")));
      // The report names the files by absolute path, and each run fixes its own copy.
      return { run: { ...run, stdout: run.stdout.split(JSON.stringify(copy).slice(1, -1)).join("<dir>") }, files };
    };
    const one = fixed("1");
    const three = fixed("3");
    expect(one.run.stderr).toMatch(/fixed \d+ problems? in \d+ files?/);
    expect(three.run).toEqual(one.run);
    expect(three.files).toEqual(one.files);
  });

  it("refuses a --jobs that is not a whole number", () => {
    const run = copydesk(dir, "--jobs", "0", ".");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--jobs must be a whole number/);
  });
});
