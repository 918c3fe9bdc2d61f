// The `copydesk` command, tested as users run it: a spawned process on real files.
// Most tests use a fixture rule (tests/fixtures/cli/marker-rule.cjs: "TODO" is an error, fixed by
// deleting it) so they do not depend on what the copydesk rules report; the preset tests only
// need the preset to find something in the seed article.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist/src/cli/main.js");
const MARKER_RULE = path.join(ROOT, "tests/fixtures/cli/marker-rule.cjs");
const SEED = path.join(ROOT, "examples/000_5c1383eb5e7a2872.txt");
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

interface Run {
  code: number | null;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

function copydesk(args: string[], options: { cwd: string; input?: string | Buffer }): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }
  });
  return { code: result.status, stdout: result.stdout.toString("utf8"), stdoutBytes: result.stdout, stderr: result.stderr.toString("utf8") };
}

const tempDirs: string[] = [];

/**
 * A throwaway project: a directory with `.git` (so the config search stops there), the given
 * files, and a .textlintrc.json using the marker rule unless `config` says otherwise.
 */
function project(files: Record<string, string | Buffer>, config: object | string | null = { rules: { [MARKER_RULE]: true } }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-cli-"));
  tempDirs.push(dir);
  fs.mkdirSync(path.join(dir, ".git"));
  if (config !== null) fs.writeFileSync(path.join(dir, ".textlintrc.json"), typeof config === "string" ? config : JSON.stringify(config));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; message: string; severity: number; range: [number, number]; loc: { start: { line: number; column: number } } }[];
}

function parseJson(run: Run): JsonResult[] {
  return JSON.parse(run.stdout) as JsonResult[];
}

/** Every diagnostic is one line on stderr, never a stack trace. */
function expectCleanStderr(run: Run): void {
  for (const line of run.stderr.split("\n").filter(Boolean)) {
    expect(line).toMatch(/^copydesk: /);
    expect(line).not.toMatch(/^\s+at /);
  }
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
  expect(fs.existsSync(CLI), "build first: npx tsc -p tsconfig.build.json").toBe(true);
});

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("usage", () => {
  it("prints help and the package version", () => {
    const dir = project({});
    const help = copydesk(["--help"], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: copydesk/);
    for (const option of ["--fix", "--dry-run", "--format", "--stdin", "--stdin-filename", "--lang", "--locale", "--version"]) {
      expect(help.stdout).toContain(option);
    }
    expect(copydesk(["-h"], { cwd: dir }).stdout).toBe(help.stdout);
    // docs/cli.md shows the help verbatim, so a new option cannot go undocumented.
    const page = fs.readFileSync(path.resolve(import.meta.dirname, "../docs/cli.md"), "utf8");
    expect(page).toContain("```\n" + help.stdout + "```");
    const version = copydesk(["--version"], { cwd: dir });
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(VERSION);
  });

  it.each([
    [["--bogus"], /unknown option --bogus/],
    [["--lang", "fr", "a.txt"], /--lang must be one of zh, en, auto/],
    [["--locale", "de", "a.txt"], /--locale must be one of/],
    [["--dry-run", "a.txt"], /--dry-run only works with --fix/],
    [["--stdin-filename", "x.md", "a.txt"], /--stdin-filename needs --stdin/],
    [["--format", "no-such-format", "a.txt"], /unknown format "no-such-format"/]
  ])("rejects %j with exit 2 and one line", (args, message) => {
    const run = copydesk(args, { cwd: project({ "a.txt": "TODO\n" }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expectCleanStderr(run);
  });
});

describe("exit codes and inputs", () => {
  it("exits 0 on clean copy and 1 when errors are found", () => {
    const dir = project({ "clean.txt": "Nothing to see.\n", "dirty.md": "# Title\n\nA TODO left in.\n" });
    expect(copydesk(["clean.txt"], { cwd: dir }).code).toBe(0);
    const dirty = copydesk(["dirty.md"], { cwd: dir });
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toContain("dirty.md");
  });

  it("exits 0 when only warnings are found", () => {
    const dir = project({ "a.txt": "A TODO.\n" }, { rules: { [MARKER_RULE]: { severity: "warning" } } });
    const run = copydesk(["-f", "json", "a.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(parseJson(run)[0].messages.map((m) => m.severity)).toEqual([1]);
    expect(parseJson(copydesk(["--quiet", "-f", "json", "a.txt"], { cwd: dir }))[0].messages).toEqual([]);
  });

  it("lints directories recursively, .txt and .md only, skipping node_modules and .git", () => {
    const dir = project({
      "copy/a.txt": "TODO\n",
      "copy/deep/b.md": "TODO\n",
      "copy/c.html": "TODO\n",
      "copy/node_modules/x/d.txt": "TODO\n",
      ".git/e.txt": "TODO\n"
    });
    const run = copydesk(["-f", "json", "copy"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(
      parseJson(run)
        .map((r) => path.relative(dir, r.filePath))
        .sort()
    ).toEqual(["copy/a.txt", "copy/deep/b.md"]);
    // "." is the default input.
    expect(
      parseJson(copydesk(["-f", "json"], { cwd: dir }))
        .map((r) => path.relative(dir, r.filePath))
        .sort()
    ).toEqual(["copy/a.txt", "copy/deep/b.md"]);
  });

  it("expands globs itself, for shells that do not", () => {
    const dir = project({ "s/a.txt": "TODO\n", "s/b.txt": "ok\n", "s/c.md": "TODO\n" });
    const run = copydesk(["-f", "json", "s/*.txt"], { cwd: dir });
    expect(parseJson(run).map((r) => path.basename(r.filePath))).toEqual(["a.txt", "b.txt"]);
  });

  it.each([
    [["missing.txt"], /no such file or directory: missing\.txt/],
    [["nothing/*.txt"], /no files match nothing\/\*\.txt/],
    [["pics"], /no \.txt or \.md files under pics/],
    [["pics/x.png"], /not a \.txt or \.md file/]
  ])("exits 2 for %j", (args, message) => {
    const run = copydesk(args, { cwd: project({ "a.txt": "TODO\n", "pics/x.png": "png" }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
    expectCleanStderr(run);
  });

  it("stops at a missing path before linting anything", () => {
    const run = copydesk(["a.txt", "missing.md"], { cwd: project({ "a.txt": "TODO\n" }) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });

  it("skips a binary file with a notice and lints the rest", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = project({ "photo.txt": png, "ok.txt": "fine\n" });
    const run = copydesk(["-f", "json", "photo.txt", "ok.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n")[0]).toBe("copydesk: skipped photo.txt: binary file");
    expect(parseJson(run).map((r) => path.basename(r.filePath))).toEqual(["ok.txt"]);
    // --fix never touches it.
    expect(copydesk(["--fix", "photo.txt"], { cwd: dir }).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "photo.txt")).equals(png)).toBe(true);
  });

  it("reports no findings for an empty file", () => {
    const dir = project({ "empty.txt": "", "empty.md": "" });
    const run = copydesk(["-f", "json", "empty.txt", "empty.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(parseJson(run).map((r) => r.messages.length)).toEqual([0, 0]);
  });
});

describe("configuration", () => {
  it("uses the copydesk preset when the project has no .textlintrc", () => {
    const dir = project({ "seed.txt": fs.readFileSync(SEED) }, null);
    const run = copydesk(["-f", "json", "seed.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    const messages = parseJson(run)[0].messages;
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.ruleId).toMatch(/^copydesk\/[a-z-]+$/);
  });

  it("gives the same findings as stock textlint with the repository's .textlintrc.json", () => {
    const examples = fs.readdirSync(path.join(ROOT, "examples")).map((f) => `examples/${f}`);
    const ours = copydesk(["--format", "json", ...examples], { cwd: ROOT });
    const textlint = spawnSync(process.execPath, [path.join(ROOT, "node_modules/textlint/bin/textlint.js"), "--format", "json", ...examples], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024
    });
    const theirs = JSON.parse(textlint.stdout.toString("utf8")) as JsonResult[];
    const byFile = (results: JsonResult[]) => Object.fromEntries(results.map((r) => [r.filePath, r.messages]));
    expect(theirs.some((r) => r.messages.length > 0)).toBe(true);
    expect(byFile(parseJson(ours))).toEqual(byFile(theirs));
    expect(ours.code).toBe(textlint.status);
  });

  it("finds the config above the working directory, up to the git root", () => {
    const dir = project({ "desk/story.txt": "A TODO.\n" });
    const run = copydesk(["-f", "json", "story.txt"], { cwd: path.join(dir, "desk") });
    expect(parseJson(run)[0].messages.map((m) => m.message)).toEqual(['marker "TODO"']);
  });

  it("takes --config", () => {
    const dir = project({ "a.txt": "A FIXME.\n", "alt.json": JSON.stringify({ rules: { [MARKER_RULE]: { from: "FIXME" } } }) });
    const run = copydesk(["-c", "alt.json", "-f", "json", "a.txt"], { cwd: dir });
    expect(parseJson(run)[0].messages.map((m) => m.message)).toEqual(['marker "FIXME"']);
    expect(copydesk(["-c", "nope.json", "a.txt"], { cwd: dir }).stderr).toMatch(/config file not found: nope\.json/);
  });

  it.each([
    ["broken JSON", ".textlintrc.json", '{ "rules": { ', /cannot parse \.textlintrc\.json: invalid end of input at 1:14/],
    ["broken YAML", ".textlintrc.yml", "rules: [\n", /cannot parse \.textlintrc\.yml: unexpected end of the stream/],
    [
      "a rule that is not installed",
      ".textlintrc.json",
      '{ "rules": { "no-such-rule-xyz": true } }',
      /\.textlintrc\.json: cannot load rule "no-such-rule-xyz": not installed/
    ],
    ["no rules", ".textlintrc.json", '{ "rules": {} }', /\.textlintrc\.json: it enables no rules/]
  ])("exits 2 naming the file for %s", (_what, name, content, message) => {
    const dir = project({ "a.txt": "TODO\n" }, null);
    fs.writeFileSync(path.join(dir, name), content);
    const run = copydesk(["a.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
  });

  it("accepts comments and trailing commas in .textlintrc.json, as textlint does", () => {
    const dir = project({ "a.txt": "TODO\n" }, `// house style\n{ "rules": { "${MARKER_RULE}": true, }, }\n`);
    expect(copydesk(["a.txt"], { cwd: dir }).code).toBe(1);
  });

  it("passes --locale to the copydesk rules", () => {
    const dir = project({ "seed.txt": fs.readFileSync(SEED) }, null);
    const zh = parseJson(copydesk(["-f", "json", "--locale", "zh", "seed.txt"], { cwd: dir }))[0].messages;
    const en = parseJson(copydesk(["-f", "json", "--locale", "en", "seed.txt"], { cwd: dir }))[0].messages;
    expect(zh.length).toBeGreaterThan(0);
    expect(en.map((m) => m.range)).toEqual(zh.map((m) => m.range));
    expect(en.map((m) => m.message)).not.toEqual(zh.map((m) => m.message));
  });
});

describe("formats", () => {
  const files = { "a.txt": "First line.\nA TODO here and TODO there.\n", "b.md": "# Head\n\nClean.\n" };

  it.each(["stylish", "json", "github", "checkstyle", "junit", "compact", "unix", "tap", "table", "pretty-error", "jslint-xml", "sarif"])(
    "--format %s reports the finding",
    (format) => {
      const run = copydesk(["--format", format, "a.txt", "b.md"], { cwd: project(files) });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("TODO");
      // Only the closing summary goes to stderr.
      expect(run.stderr).toMatch(/^copydesk: checked 2 files in \d+\.\d s: 2 errors\n$/);
    }
  );

  it("json has textlint's shape and positions", () => {
    const dir = project(files);
    const [a, b] = parseJson(copydesk(["-f", "json", "a.txt", "b.md"], { cwd: dir }));
    expect(a.filePath).toBe(path.join(dir, "a.txt"));
    expect(a.messages.map((m) => [m.loc.start.line, m.loc.start.column, m.range])).toEqual([
      [2, 3, [14, 18]],
      [2, 17, [28, 32]]
    ]);
    expect(b.messages).toEqual([]);
  });

  it("json is byte for byte what textlint's own json formatter writes for the same results", async () => {
    // copydesk writes it without loading @textlint/linter-formatter; the output must not drift.
    const dir = project(files);
    const run = copydesk(["-f", "json", "a.txt", "b.md"], { cwd: dir });
    const { loadLinterFormatter } = await import("textlint/lib/src/formatter.js");
    const textlints = await loadLinterFormatter({ formatterName: "json", color: false });
    expect(run.stdout).toBe(textlints.format(JSON.parse(run.stdout)));
  });

  it("sarif is SARIF 2.1.0 with rules, levels, regions and stable fingerprints", () => {
    const dir = project({ ...files, "w.txt": "Also TODO.\n" }, { rules: { [MARKER_RULE]: true } });
    type Sarif = {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    const run = copydesk(["-f", "sarif", "a.txt", "b.md"], { cwd: dir });
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as Sarif;
    expect(sarif.version).toBe("2.1.0");
    const [only] = sarif.runs;
    expect(only.tool.driver.name).toBe("copydesk");
    expect(only.tool.driver.version).toBe(VERSION);
    expect(only.results).toHaveLength(2);
    for (const result of only.results) {
      expect(result.ruleId).toBe(MARKER_RULE);
      expect(only.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.level).toBe("error");
      expect(result.message.text).toBe('marker "TODO"');
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: "a.txt", uriBaseId: "%SRCROOT%" });
    }
    expect(only.results.map((r) => r.locations[0].physicalLocation.region)).toEqual([
      { startLine: 2, startColumn: 3, endLine: 2, endColumn: 7 },
      { startLine: 2, startColumn: 17, endLine: 2, endColumn: 21 }
    ]);
    const prints = only.results.map((r) => Object.values(r.partialFingerprints)[0]);
    expect(new Set(prints).size).toBe(2);
    // Same input, same fingerprints; a paragraph inserted above moves the lines, not the fingerprints.
    const again = JSON.parse(copydesk(["-f", "sarif", "a.txt", "b.md"], { cwd: dir }).stdout) as Sarif;
    expect(again.runs[0].results.map((r) => Object.values(r.partialFingerprints)[0])).toEqual(prints);
    fs.writeFileSync(path.join(dir, "a.txt"), `New lead paragraph.\n\n${files["a.txt"]}`);
    const moved = JSON.parse(copydesk(["-f", "sarif", "a.txt", "b.md"], { cwd: dir }).stdout) as Sarif;
    expect(moved.runs[0].results.map((r) => r.locations[0].physicalLocation.region.startLine)).toEqual([4, 4]);
    expect(moved.runs[0].results.map((r) => Object.values(r.partialFingerprints)[0])).toEqual(prints);
    // Warnings are "warning"; a clean run is a valid log with no results.
    const warnDir = project({ "w.txt": "TODO\n" }, { rules: { [MARKER_RULE]: { severity: "warning" } } });
    expect((JSON.parse(copydesk(["-f", "sarif", "w.txt"], { cwd: warnDir }).stdout) as Sarif).runs[0].results[0].level).toBe("warning");
    const clean = copydesk(["-f", "sarif", "b.md"], { cwd: dir });
    expect(clean.code).toBe(0);
    expect((JSON.parse(clean.stdout) as Sarif).runs[0].results).toEqual([]);
  });

  it("escapes file names in SARIF URIs", () => {
    const dir = project({ "稿件 #1.txt": "TODO\n" });
    const sarif = JSON.parse(copydesk(["-f", "sarif", "稿件 #1.txt"], { cwd: dir }).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe("%E7%A8%BF%E4%BB%B6%20%231.txt");
    expect(decodeURIComponent(uri)).toBe("稿件 #1.txt");
  });

  it("--output-file writes the report to a file", () => {
    const dir = project(files);
    const run = copydesk(["-f", "json", "-o", "report.json", "a.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect((JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")) as JsonResult[])[0].messages).toHaveLength(2);
  });
});

describe("stdin", () => {
  it("lints standard input", () => {
    const dir = project({});
    const run = copydesk(["--stdin", "-f", "json"], { cwd: dir, input: "One TODO.\n" });
    expect(run.code).toBe(1);
    const [result] = parseJson(run);
    expect(result.filePath).toBe("<stdin>");
    expect(result.messages.map((m) => m.loc.start.column)).toEqual([5]);
    expect(copydesk(["--stdin"], { cwd: dir, input: "Clean.\n" }).code).toBe(0);
  });

  it("parses by --stdin-filename and reports under that name", () => {
    const dir = project({});
    // In Markdown the code span is not Str, so the marker inside it is not reported.
    const run = copydesk(["--stdin", "--stdin-filename", "story.md", "-f", "json"], { cwd: dir, input: "`TODO` and TODO\n" });
    const [result] = parseJson(run);
    expect(result.filePath).toBe(path.join(dir, "story.md"));
    expect(result.messages.map((m) => m.range)).toEqual([[11, 15]]);
    const txt = parseJson(copydesk(["--stdin", "--stdin-filename", "story.txt", "-f", "json"], { cwd: dir, input: "`TODO` and TODO\n" }));
    expect(txt[0].messages).toHaveLength(2);
    expect(copydesk(["--stdin", "--stdin-filename", "page.html"], { cwd: dir, input: "x" }).code).toBe(2);
  });

  it("--fix prints the fixed text, in the input's encoding", () => {
    const dir = project({});
    const input = iconv.encode("新闻 TODO 稿件\n", "gb18030");
    const run = copydesk(["--stdin", "--fix"], { cwd: dir, input: Buffer.concat([input, iconv.encode("第二段。".repeat(20), "gb18030")]) });
    expect(run.code).toBe(0);
    expect(iconv.decode(run.stdoutBytes, "gb18030")).toBe(`新闻  稿件\n${"第二段。".repeat(20)}`);
  });

  it("rejects binary input", () => {
    const run = copydesk(["--stdin"], { cwd: project({}), input: Buffer.from([0, 1, 2, 3]) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/stdin is binary/);
  });
});

describe("--fix", () => {
  it("writes the fix atomically, keeping permissions, and leaves no temporary file", () => {
    const dir = project({ "a.txt": "Keep this. TODO\nAnd this.\n", "clean.txt": "Nothing.\n" });
    const file = path.join(dir, "a.txt");
    fs.chmodSync(file, 0o640);
    const before = fs.statSync(file);
    const cleanBefore = fs.statSync(path.join(dir, "clean.txt"));
    const run = copydesk(["--fix", "a.txt", "clean.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/fixed 1 problem in 1 file/);
    expect(fs.readFileSync(file, "utf8")).toBe("Keep this. \nAnd this.\n");
    const after = fs.statSync(file);
    expect(after.mode & 0o7777).toBe(0o640);
    // A new inode: the file was replaced by rename, not rewritten in place.
    expect(after.ino).not.toBe(before.ino);
    // A file with nothing to fix is not rewritten at all.
    expect(fs.statSync(path.join(dir, "clean.txt")).ino).toBe(cleanBefore.ino);
    expect(fs.readdirSync(dir).sort()).toEqual([".git", ".textlintrc.json", "a.txt", "clean.txt"]);
    // Fixed: a second run finds nothing.
    expect(copydesk(["a.txt"], { cwd: dir }).code).toBe(0);
  });

  it("keeps an executable bit and follows symlinks", () => {
    const dir = project({ "real.md": "TODO x\n" });
    fs.chmodSync(path.join(dir, "real.md"), 0o755);
    fs.symlinkSync("real.md", path.join(dir, "link.md"));
    expect(copydesk(["--fix", "link.md"], { cwd: dir }).code).toBe(0);
    expect(fs.lstatSync(path.join(dir, "link.md")).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, "real.md"), "utf8")).toBe(" x\n");
    expect(fs.statSync(path.join(dir, "real.md")).mode & 0o7777).toBe(0o755);
  });

  it("reports what remains after the fix, at its new position, with exit 1", () => {
    // Two instances of the marker rule: "TODO" is fixed, "FIXME" is only reported.
    const dir = project({ "a.txt": "TODO TODO FIXME\n" }, null);
    fs.copyFileSync(MARKER_RULE, path.join(dir, "report-only.cjs"));
    const config = { rules: { [MARKER_RULE]: true, [path.join(dir, "report-only.cjs")]: { from: "FIXME", fixable: false } } };
    fs.writeFileSync(path.join(dir, ".textlintrc.json"), JSON.stringify(config));
    const run = copydesk(["--fix", "-f", "json", "a.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(fs.readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("  FIXME\n");
    expect(parseJson(run)[0].messages.map((m) => [m.message, m.range])).toEqual([['marker "FIXME"', [2, 7]]]);
  });

  it("refuses to fix a read-only file and leaves it untouched", () => {
    // Even root leaves a file with no write bit alone.
    const dir = project({ "a.txt": "TODO\n" });
    fs.chmodSync(path.join(dir, "a.txt"), 0o444);
    const run = copydesk(["--fix", "-f", "json", "a.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")[0]).toBe("copydesk: cannot fix a.txt: file is read-only; left untouched");
    expect(fs.readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("TODO\n");
    // Its findings are still reported, against the file as it is.
    expect(parseJson(run)[0].messages.map((m) => m.range)).toEqual([[0, 4]]);
  });

  it("--dry-run prints a unified diff and writes nothing", () => {
    const dir = project({ "a.txt": "One.\nTwo TODO.\nThree.\n", "b.md": "Clean.\n" });
    const file = path.join(dir, "a.txt");
    const before = fs.statSync(file);
    const run = copydesk(["--fix", "--dry-run", "a.txt", "b.md"], { cwd: dir });
    expect(run.stdout).toBe(["--- a/a.txt", "+++ b/a.txt", "@@ -1,3 +1,3 @@", " One.", "-Two TODO.", "+Two .", " Three.", ""].join("\n"));
    expect(run.stderr).toMatch(/would fix 1 problem in 1 file/);
    expect(run.code).toBe(0); // nothing would remain
    expect(fs.readFileSync(file, "utf8")).toBe("One.\nTwo TODO.\nThree.\n");
    expect(fs.statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(fs.statSync(file).ino).toBe(before.ino);
    expect(fs.readdirSync(dir).sort()).toEqual([".git", ".textlintrc.json", "a.txt", "b.md"]);
  });
  it("--dry-run's diff, applied with git apply, gives exactly what --fix writes", () => {
    const lines = Array.from({ length: 60 }, (_, i) => `第${i + 1}段 paragraph ${i + 1}${[2, 3, 20, 45, 60].includes(i + 1) ? " TODO" : ""}`);
    // Several hunks, CRLF on some lines, and a last line without a newline.
    const original = lines
      .map((l, i) => (i % 7 === 0 ? `${l}\r\n` : `${l}\n`))
      .join("")
      .replace(/\n$/, "");
    const dir = project({ "a.txt": original });
    const diff = copydesk(["--fix", "--dry-run", "a.txt"], { cwd: dir }).stdout;
    expect(diff.match(/^@@ /gm)).toHaveLength(4);
    const applyDir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-apply-"));
    tempDirs.push(applyDir);
    fs.writeFileSync(path.join(applyDir, "a.txt"), original);
    fs.writeFileSync(path.join(applyDir, "fix.diff"), diff);
    const apply = spawnSync("git", ["apply", "--whitespace=nowarn", "-p1", "fix.diff"], { cwd: applyDir });
    expect(apply.stderr.toString()).toBe("");
    expect(copydesk(["--fix", "a.txt"], { cwd: dir }).code).toBe(0);
    expect(fs.readFileSync(path.join(applyDir, "a.txt"), "utf8")).toBe(fs.readFileSync(path.join(dir, "a.txt"), "utf8"));
  });
});

describe("encodings", () => {
  const zh = "新华社北京3月5日电 TODO 国务院总理作政府工作报告。\n\n报告指出，国内生产总值增长5%左右。\n";
  const tw = "中央社台北3月5日電 TODO 行政院今天召開院會，通過明年度總預算案。\n\n主計總處表示，歲出規模較今年增加。\n";
  const encoders: Record<string, (text: string) => Buffer> = {
    GB18030: (t) => iconv.encode(t, "gb18030"),
    Big5: (t) => iconv.encode(t, "big5"),
    "UTF-16LE with BOM": (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]),
    "UTF-16BE with BOM": (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, "utf16le").swap16()]),
    "UTF-8 with BOM": (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")])
  };

  it.each(Object.keys(encoders))("reads and fixes %s byte for byte", (name) => {
    const text = name === "Big5" ? tw : zh;
    const encode = encoders[name];
    const original = encode(text);
    const dir = project({ "story.txt": original, "story.md": original });
    // The finding is where the decoded text has it: line 1, after the dateline.
    const lint = copydesk(["-f", "json", "story.txt", "story.md"], { cwd: dir });
    expect(lint.code).toBe(1);
    for (const result of parseJson(lint)) {
      expect(result.messages.map((m) => [m.loc.start.line, m.loc.start.column])).toEqual([[1, text.indexOf("TODO") + 1]]);
    }
    // The dry run does not touch the bytes; the fix writes exactly the fixed text in the same encoding.
    copydesk(["--fix", "--dry-run", "story.txt"], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, "story.txt")).equals(original)).toBe(true);
    const fix = copydesk(["--fix", "story.txt", "story.md"], { cwd: dir });
    expect(fix.code).toBe(0);
    const expected = encode(text.replace("TODO", ""));
    expect(fs.readFileSync(path.join(dir, "story.txt")).equals(expected)).toBe(true);
    expect(fs.readFileSync(path.join(dir, "story.md")).equals(expected)).toBe(true);
  });

  it("refuses a fix that the file's encoding cannot hold", () => {
    // The fix would put simplified 简体 into Big5 copy, which has no code for 简.
    const original = iconv.encode(tw, "big5");
    const dir = project({ "story.txt": original }, { rules: { [MARKER_RULE]: { to: "简体" } } });
    const run = copydesk(["--fix", "story.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot fix story\.txt: the fixed text has characters that Big5 cannot encode; left untouched/);
    expect(fs.readFileSync(path.join(dir, "story.txt")).equals(original)).toBe(true);
  });

  it.each([
    [
      "Latin-1",
      Buffer.from("The caf\xe9 on Main Street reopened on Monday, the owner said TODO.\n", "latin1"),
      /cannot read x\.txt: not UTF-8, GB18030, Big5 or UTF-16/
    ],
    ["truncated UTF-8", Buffer.from("新华社北京电 TODO", "utf8").subarray(0, 17), /cannot read x\.txt: invalid UTF-8 at byte 15 \(line 1\)/],
    [
      "UTF-16 with an odd byte count",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("TODO", "utf16le"), Buffer.from([0x41])]),
      /UTF-16LE with an odd number of bytes/
    ],
    ["a few ambiguous bytes", Buffer.from([0x54, 0x4f, 0x44, 0x4f, 0x20, 0xb8, 0xdf, 0x0a]), /cannot read x\.txt: /]
  ])("reports %s instead of half-reading it, and never rewrites it", (_what, bytes, message) => {
    const dir = project({ "x.txt": bytes, "ok.txt": "fine\n" });
    const run = copydesk(["--fix", "-f", "json", "x.txt", "ok.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/left untouched/);
    expectCleanStderr(run);
    expect(parseJson(run).map((r) => path.basename(r.filePath))).toEqual(["ok.txt"]);
    expect(fs.readFileSync(path.join(dir, "x.txt")).equals(bytes)).toBe(true);
  });

  it("keeps CRLF line endings through a fix", () => {
    const dir = project({ "a.txt": "One TODO.\r\nTwo.\r\n" });
    expect(copydesk(["--fix", "a.txt"], { cwd: dir }).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("One .\r\nTwo.\r\n");
  });
});

describe("size", () => {
  it("completes a 50 MB file", { timeout: 180_000 }, () => {
    const paragraph = fs.readFileSync(SEED, "utf8").replace(/TODO/g, "");
    const chunks: string[] = [];
    let bytes = 0;
    while (bytes < 50 * 1024 * 1024) {
      chunks.push(paragraph);
      bytes += Buffer.byteLength(paragraph);
    }
    chunks.push("Last line TODO.\n");
    const dir = project({ "big.txt": chunks.join("") });
    const run = copydesk(["-f", "json", "big.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    const [result] = parseJson(run);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0].range[0]).toBe(chunks.join("").indexOf("TODO"));
  });
});
