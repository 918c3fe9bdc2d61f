// Issue 21, items 7–13 and the Markdown depth limit: hostile trees, outputs and encodings, on real
// files in a temporary directory, through the built CLI (dist/src/cli/main.js) and the real preset.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist/src/cli/main.js");
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };

/** Real copy (seed article, People's Daily style) with a filler run the preset fixes for certain. */
const COPY = "记者在现场看到，工人们正在紧张有序地进行设备调试，确保项目按期投产。\n\n";
const DAMAGED = `${COPY}……\n\n……\n\n……\n\n${COPY.replace("记者", "本报记者")}`;

function copydesk(args: string[], cwd: string, timeout = 60_000) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

const dirs: string[] = [];
function project(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-hostile-"));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, ".git"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;

describe("item 7: devices, FIFOs and symlink loops", () => {
  it("skips a symlink to /dev/zero with a notice instead of reading forever", () => {
    const dir = project({ "a.txt": COPY });
    fs.symlinkSync("/dev/zero", path.join(dir, "z.txt"));
    const run = copydesk(["."], dir, 20_000);
    expect(run.signal).toBeNull();
    expect(run.stderr).toContain("skipped z.txt: a device, not a file");
    expect(run.stderr).toContain("checked 1 file");
    expect(run.code).toBe(0);
  });

  it.skipIf(!hasMkfifo)("skips a FIFO named on the command line or linked from the tree, without waiting for a writer", () => {
    const dir = project({ "a.txt": COPY });
    spawnSync("mkfifo", [path.join(dir, "pipe.txt")]);
    fs.symlinkSync("pipe.txt", path.join(dir, "link.txt"));
    const tree = copydesk(["."], dir, 20_000);
    expect(tree.signal).toBeNull();
    expect(tree.stderr).toContain("skipped link.txt: a named pipe (FIFO), not a file");
    expect(tree.code).toBe(0);
    const named = copydesk(["pipe.txt", "a.txt"], dir, 20_000);
    expect(named.signal).toBeNull();
    expect(named.stderr).toContain("skipped pipe.txt: a named pipe (FIFO), not a file");
    expect(named.stderr).toContain("checked 1 file");
  });

  it("lints a file reached through a symlink loop once", () => {
    const dir = project({ "stories/a.txt": DAMAGED });
    fs.symlinkSync("..", path.join(dir, "stories", "loop"));
    fs.symlinkSync(".", path.join(dir, "stories", "self"));
    const run = copydesk(["--format", "json", "stories"], dir);
    const results = JSON.parse(run.stdout) as { filePath: string }[];
    expect(results.map((r) => path.basename(r.filePath))).toEqual(["a.txt"]);
    expect(run.stderr).toContain("checked 1 file");
  });
});

describe("item 8: --fix does not write through a link that leaves the linted tree", () => {
  it("lints the outside file but leaves it untouched, and fixes what is inside", () => {
    const dir = project({ "outside/theirs.txt": DAMAGED, "repo/ours.txt": DAMAGED, "repo/sub/inner.txt": DAMAGED });
    fs.symlinkSync(path.join(dir, "outside", "theirs.txt"), path.join(dir, "repo", "theirs.txt"));
    fs.symlinkSync(path.join("sub", "inner.txt"), path.join(dir, "repo", "alias.txt"));
    const run = copydesk(["--fix", "repo/"], dir);
    expect(fs.readFileSync(path.join(dir, "outside", "theirs.txt"), "utf8")).toBe(DAMAGED);
    expect(run.stderr).toMatch(/repo\/theirs\.txt: links outside repo .*; not fixed/);
    expect(fs.readFileSync(path.join(dir, "repo", "ours.txt"), "utf8")).not.toContain("……");
    // A link that stays inside the tree is followed, and stays a link.
    expect(fs.readFileSync(path.join(dir, "repo", "sub", "inner.txt"), "utf8")).not.toContain("……");
    expect(fs.lstatSync(path.join(dir, "repo", "alias.txt")).isSymbolicLink()).toBe(true);
    // The same with a glob: its fixed prefix is the tree.
    const glob = copydesk(["--fix", "repo/*.txt"], dir);
    expect(glob.stderr).toMatch(/theirs\.txt: links outside .*; not fixed/);
    expect(fs.readFileSync(path.join(dir, "outside", "theirs.txt"), "utf8")).toBe(DAMAGED);
  });

  it("still fixes through a link named on the command line: the user asked for that file", () => {
    const dir = project({ "outside/theirs.txt": DAMAGED, "repo/.keep": "" });
    fs.symlinkSync(path.join(dir, "outside", "theirs.txt"), path.join(dir, "repo", "theirs.txt"));
    copydesk(["--fix", "repo/theirs.txt"], dir);
    expect(fs.readFileSync(path.join(dir, "outside", "theirs.txt"), "utf8")).not.toContain("……");
    expect(fs.lstatSync(path.join(dir, "repo", "theirs.txt")).isSymbolicLink()).toBe(true);
  });
});

describe("item 10: -o onto an input", () => {
  it("is refused with exit 2 and the story is left as it was", () => {
    const dir = project({ "story.txt": DAMAGED, "other.txt": COPY });
    fs.linkSync(path.join(dir, "other.txt"), path.join(dir, "hard.txt"));
    for (const args of [
      ["story.txt", "-o", "story.txt"],
      [".", "-o", "./sub/../story.txt"],
      ["story.txt", "other.txt", "--output-file", "hard.txt"]
    ]) {
      const run = copydesk(args, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is one of the files being linted/);
    }
    expect(fs.readFileSync(path.join(dir, "story.txt"), "utf8")).toBe(DAMAGED);
    expect(fs.readFileSync(path.join(dir, "other.txt"), "utf8")).toBe(COPY);
    // A new report file, or one that is not an input, is written as before.
    const ok = copydesk(["story.txt", "-o", "report.txt"], dir);
    expect(ok.code).toBe(1);
    expect(fs.readFileSync(path.join(dir, "report.txt"), "utf8")).toContain("story.txt");
  });
});

describe("Markdown the parser cannot take", () => {
  it("refuses 2,500 nested quotes and lists 500 deep with one line and exit 2, never a stack trace", () => {
    const quotes = `${">".repeat(2500)} ${COPY}`;
    const lists = Array.from({ length: 500 }, (_, i) => `${"  ".repeat(i)}- 项目${i}`).join("\n");
    const dir = project({ "quotes.md": quotes, "lists.md": lists, "fine.md": `> > ${COPY}- 一\n  - 二\n` });
    const started = Date.now();
    const run = copydesk(["quotes.md", "lists.md", "fine.md"], dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("quotes.md: Markdown nested too deep to parse (about 2500 levels at line 1; the limit is 100); not linted");
    expect(run.stderr).toContain("lists.md: Markdown nested too deep to parse");
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |RangeError|Maximum call stack/);
    expect(run.stderr).toContain("checked 1 file");
    expect(copydesk(["--fix", "quotes.md"], dir).code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "quotes.md"), "utf8")).toBe(quotes);
  });
});

describe("item 9: --format github escapes file names and messages", () => {
  it("keeps a file name with a newline, colons and commas inside one annotation", () => {
    const name = "a\n::warning::INJECTED,b:c%0A.txt";
    const dir = project({ [name]: DAMAGED });
    const run = copydesk(["--format", "github", "."], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    // Every line is a workflow command copydesk meant: a group, an annotation, or the group's end.
    for (const line of lines) expect(line).toMatch(/^::(group|endgroup|error|warning|notice)( |::)/);
    expect(lines.some((l) => l.startsWith("::warning::INJECTED"))).toBe(false);
    expect(lines[0]).toBe("::group::a%0A::warning::INJECTED,b:c%250A.txt");
    const annotation = lines.find((l) => /^::(error|warning|notice) /.test(l))!;
    expect(annotation).toContain("file=a%0A%3A%3Awarning%3A%3AINJECTED%2Cb%3Ac%250A.txt,line=");
  });
});

describe("item 11: UTF-16 and UTF-32 without a byte order mark", () => {
  const TEXT = `${DAMAGED}The end.\n`;
  const PURE_ZH = DAMAGED; // no ASCII at all: no NUL byte in its UTF-16

  it("reads UTF-16LE/BE without a BOM, finds the damage, and --fix writes it back the same way", () => {
    const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();
    const dir = project({
      "le.txt": Buffer.from(TEXT, "utf16le"),
      "be.txt": utf16be(TEXT),
      "zh-le.txt": Buffer.from(PURE_ZH, "utf16le"),
      "zh-be.txt": utf16be(PURE_ZH)
    });
    const run = copydesk(["--format", "json", "."], dir);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(4);
    for (const r of results) expect(r.messages.map((m) => m.ruleId)).toContain("copydesk/no-ellipsis-filler");
    expect(copydesk(["--fix", "."], dir).code).toBe(0);
    const le = fs.readFileSync(path.join(dir, "le.txt"));
    expect(le.subarray(0, 2).equals(Buffer.from([0xff, 0xfe]))).toBe(false); // no BOM added
    expect(le.toString("utf16le")).not.toContain("……");
    expect(le.toString("utf16le")).toContain("本报记者在现场看到");
    const be = Buffer.from(fs.readFileSync(path.join(dir, "zh-be.txt")))
      .swap16()
      .toString("utf16le");
    expect(be).not.toContain("……");
    expect(be.startsWith("记者")).toBe(true);
  });

  it("refuses UTF-32 without a BOM with exit 2 (it used to pass as a binary file, exit 0)", () => {
    const utf32 = (text: string, bigEndian: boolean) => {
      const cps = [...text].map((c) => c.codePointAt(0)!);
      const buf = Buffer.alloc(cps.length * 4);
      cps.forEach((cp, i) => (bigEndian ? buf.writeUInt32BE(cp, i * 4) : buf.writeUInt32LE(cp, i * 4)));
      return buf;
    };
    const dir = project({ "le.txt": utf32(TEXT, false), "be.txt": utf32(TEXT, true) });
    const run = copydesk(["."], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read be.txt: looks like UTF-32BE without a byte order mark");
    expect(run.stderr).toContain("cannot read le.txt: looks like UTF-32LE without a byte order mark");
    // The pre-commit hook blocks on it.
    expect(copydesk(["le.txt"], dir).code).toBe(2);
  });

  it("still skips real binary files (random bytes, an image) as binary", () => {
    let seed = 21;
    const random = Buffer.from(Array.from({ length: 4096 }, () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) >> 16) & 0xff));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), random]);
    const dir = project({ "noise.txt": random, "photo.txt": png, "ok.txt": COPY });
    const run = copydesk(["."], dir);
    expect(run.stderr).toContain("skipped noise.txt: binary file");
    expect(run.stderr).toContain("skipped photo.txt: binary file");
    expect(run.code).toBe(0);
  });
});

describe("item 12: --fix on a hard-linked story", () => {
  it("writes in place, so every name of the story shows the fix (same inode, mode kept)", () => {
    const dir = project({ "desk/story.txt": DAMAGED });
    fs.mkdirSync(path.join(dir, "publish"));
    fs.linkSync(path.join(dir, "desk", "story.txt"), path.join(dir, "publish", "story.txt"));
    fs.chmodSync(path.join(dir, "desk", "story.txt"), 0o640);
    const inode = fs.statSync(path.join(dir, "desk", "story.txt")).ino;
    const run = copydesk(["--fix", "desk/story.txt"], dir);
    expect(run.code).toBe(0);
    const desk = fs.statSync(path.join(dir, "desk", "story.txt"));
    expect(desk.ino).toBe(inode);
    expect(desk.nlink).toBe(2);
    expect(desk.mode & 0o777).toBe(0o640);
    const fixed = fs.readFileSync(path.join(dir, "desk", "story.txt"), "utf8");
    expect(fixed).not.toContain("……");
    expect(fs.readFileSync(path.join(dir, "publish", "story.txt"), "utf8")).toBe(fixed);
    // No temporary file left behind.
    expect(fs.readdirSync(path.join(dir, "desk"))).toEqual(["story.txt"]);
    // A story with one name is still replaced atomically (a new inode), as before.
    const single = project({ "a.txt": DAMAGED });
    const before = fs.statSync(path.join(single, "a.txt")).ino;
    copydesk(["--fix", "a.txt"], single);
    expect(fs.statSync(path.join(single, "a.txt")).ino).not.toBe(before);
  });
});

describe("item 13: a .textlintrc.js that throws or does not parse", () => {
  it("is reported with its error and line, on one line, exit 2 (not 'enables no rules' or 'not found')", () => {
    const cases: [string, RegExp][] = [
      ['throw new Error("boom");\n', /^copydesk: cannot load \.textlintrc\.js: Error: boom \(line 1\)$/],
      ["module.exports = { rules: {\n", /^copydesk: cannot load \.textlintrc\.js: SyntaxError: Unexpected end of input \(line \d+\)$/],
      [
        'const x = require("no-such-package-here");\nmodule.exports = {};\n',
        /^copydesk: cannot load \.textlintrc\.js: Error: Cannot find module 'no-such-package-here' \(line 1\)$/
      ]
    ];
    for (const [source, expected] of cases) {
      for (const name of [".textlintrc.js", ".textlintrc.cjs"]) {
        const dir = project({ [name]: source, "a.txt": DAMAGED });
        const run = copydesk(["a.txt"], dir);
        expect(run.code).toBe(2);
        const lines = run.stderr.trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]!.replace(name, ".textlintrc.js")).toMatch(expected);
      }
    }
    // A config that loads but enables nothing keeps its own message.
    const empty = project({ ".textlintrc.js": "module.exports = { rules: {} };\n", "a.txt": COPY });
    expect(copydesk(["a.txt"], empty).stderr).toContain(".textlintrc.js: it enables no rules");
  });
});
