// Issue 11: `copydesk --fix` on files that fight back. Whatever happens, the original is intact or
// the complete fixed text is in its place: never a half-written file, never someone else's edit
// overwritten. Spawns the built CLI (dist/src/cli/main.js) with the real preset.
import { spawn, spawnSync } from "node:child_process";
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

function copydesk(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

const dirs: string[] = [];
function project(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-hard-"));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, ".git"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) {
    spawnSync("chmod", ["-R", "u+w", dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** What `--fix` makes of `text` when nothing interferes. */
function fixedText(text: string, name = "a.txt"): string {
  const dir = project({ [name]: text });
  copydesk(["--fix", name], dir);
  return fs.readFileSync(path.join(dir, name), "utf8");
}

describe("hardening: --fix on awkward files", () => {
  it("fixes the damaged copy (the baseline the other cases compare against)", () => {
    const fixed = fixedText(DAMAGED);
    expect(fixed).not.toContain("……");
    expect(fixed).toContain("本报记者在现场看到");
  });

  it("refuses a file in a read-only folder, even as root, and leaves it untouched", () => {
    const dir = project({});
    const sub = path.join(dir, "locked");
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, "a.txt"), DAMAGED);
    fs.chmodSync(sub, 0o555);
    const run = copydesk(["--fix", "locked/a.txt"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("copydesk: cannot fix locked/a.txt: its folder is read-only; left untouched");
    expect(fs.readFileSync(path.join(sub, "a.txt"), "utf8")).toBe(DAMAGED);
    expect(fs.readdirSync(sub)).toEqual(["a.txt"]); // no temporary file left behind
  });

  it("refuses a symlink to a read-only file and leaves link and target alone", () => {
    const dir = project({ "real.txt": DAMAGED });
    fs.chmodSync(path.join(dir, "real.txt"), 0o444);
    fs.symlinkSync("real.txt", path.join(dir, "link.txt"));
    const run = copydesk(["--fix", "link.txt"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot fix link.txt: file is read-only; left untouched");
    expect(fs.lstatSync(path.join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, "real.txt"), "utf8")).toBe(DAMAGED);
  });

  it("reports a dangling symlink as unreadable, without creating its target", () => {
    const dir = project({});
    fs.symlinkSync("missing.txt", path.join(dir, "link.txt"));
    const run = copydesk(["--fix", "link.txt"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("copydesk: no such file or directory: link.txt");
    expect(fs.existsSync(path.join(dir, "missing.txt"))).toBe(false);
  });

  it("keeps a byte order mark and CRLF line ends through a fix", () => {
    const crlf = DAMAGED.replace(/\n/gu, "\r\n");
    const dir = project({ "a.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]) });
    copydesk(["--fix", "a.txt"], dir);
    const bytes = fs.readFileSync(path.join(dir, "a.txt"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text).toBe(fixedText(DAMAGED).replace(/\n/gu, "\r\n"));
  });

  it("leaves a file that changed during the run as it now is, and says so", async () => {
    // Big enough that linting and fixing take several seconds (about 5 s for these 14 MB on an idle
    // 2-core machine; 2.9 MB had become fast enough to finish before the edit below): the file is
    // rewritten while copydesk works on it, long after copydesk has started and read it.
    const big = DAMAGED.repeat(60_000);
    const dir = project({ "a.txt": big });
    const file = path.join(dir, "a.txt");
    const child = spawn(process.execPath, [CLI, "--fix", "a.txt"], { cwd: dir, env });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    // Wait until copydesk has read the file (its read time moves past the write below), then save.
    await new Promise((r) => setTimeout(r, 1500));
    const edited = `${COPY}编辑刚刚保存的新版本。\n`;
    fs.writeFileSync(file, edited);
    const code = await exited;
    expect(code).toBe(2);
    expect(stderr).toContain("copydesk: cannot fix a.txt: the file changed while copydesk was fixing it; left as it is now (run copydesk again)");
    expect(fs.readFileSync(file, "utf8")).toBe(edited);
    expect(fs.readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  }, 120_000);

  it("never leaves a truncated file when killed mid --fix (SIGKILL)", async () => {
    const big = DAMAGED.repeat(20_000); // ~3 MB: linting, fixing and writing take a few seconds
    const expected = fixedText(big);
    expect(expected).not.toBe(big);
    // Kill at several moments: while loading, linting, fixing and (likely) writing.
    // A whole run takes about 4 s here; the last kill may come after it finished (also fine).
    for (const delay of [300, 1000, 2000, 2800, 3300, 3700, 4200]) {
      const dir = project({ "a.txt": big });
      const file = path.join(dir, "a.txt");
      const child = spawn(process.execPath, [CLI, "--fix", "a.txt"], { cwd: dir, env, stdio: "ignore" });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGKILL");
      await exited;
      const now = fs.readFileSync(file, "utf8");
      expect(
        now === big || now === expected,
        `after a kill at ${delay} ms the file is neither the original nor the fixed text (${now.length} chars)`
      ).toBe(true);
    }
  }, 300_000);
});
