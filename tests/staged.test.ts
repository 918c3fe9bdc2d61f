// The pre-commit path on real git repositories: `copydesk --staged` judges what is staged, and the
// three documented hook recipes (plain git hook, husky + lint-staged, the pre-commit framework)
// stop a damaged story at `git commit`.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "dist/src/cli/main.js");

const CLEAN = "市政会议审议预算\n\n本报记者 张三\n\n市政会议审议通过了今年的防汛预算草案。\n\n会议还讨论了汛期值守安排。\n";
// A layout template's rows of `……` left where copy was meant to go.
const DAMAGED = "市政会议审议预算\n\n本报记者 张三\n\n市政会议审议通过了今年的防汛预算草案。\n\n……\n\n……\n\n……\n\n会议还讨论了汛期值守安排。\n";

type Result = SpawnSyncReturns<string>;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Result {
  return spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env, NO_COLOR: "1" } });
}

function git(cwd: string, ...args: string[]): Result {
  const result = run("git", args, cwd);
  return result;
}

function copydesk(cwd: string, ...args: string[]): Result {
  return run(process.execPath, [CLI, ...args], cwd);
}

/** A fresh repository with one clean story committed. */
function newsroomRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-repo-"));
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "user.email", "desk@example.com");
  git(dir, "config", "user.name", "Copy Desk");
  git(dir, "config", "commit.gpgsign", "false");
  fs.mkdirSync(path.join(dir, "stories"));
  fs.writeFileSync(path.join(dir, "stories/first.txt"), CLEAN);
  fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules\n");
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "first story");
  return dir;
}

function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

function commitCount(dir: string): number {
  return Number(git(dir, "rev-list", "--count", "HEAD").stdout.trim());
}

describe("copydesk --staged", () => {
  it("is silent and exits 0 when no copy file is staged", () => {
    const dir = newsroomRepo();
    write(dir, "notes.json", "{}");
    git(dir, "add", "notes.json");
    const result = copydesk(dir, "--staged");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("");
  });

  it("judges the staged copy, not the working tree", () => {
    const dir = newsroomRepo();
    // Damaged copy staged, then the working tree cleaned without re-staging: still rejected.
    write(dir, "stories/second.txt", DAMAGED);
    git(dir, "add", "stories/second.txt");
    write(dir, "stories/second.txt", CLEAN);
    const rejected = copydesk(dir, "--staged");
    expect(rejected.status).toBe(1);
    expect(rejected.stdout).toContain("no-ellipsis-filler");
    // Clean copy staged, working tree damaged afterwards: the commit is fine.
    write(dir, "stories/third.txt", CLEAN.replace("防汛", "抗旱"));
    git(dir, "add", "stories/second.txt", "stories/third.txt");
    write(dir, "stories/third.txt", DAMAGED);
    git(dir, "add", "stories/second.txt");
    const accepted = copydesk(dir, "--staged");
    expect(accepted.stdout).not.toContain("no-ellipsis-filler");
    expect(accepted.status).toBe(0);
  });

  it("works from a subfolder, with renamed files and paths with spaces and Chinese characters", () => {
    const dir = newsroomRepo();
    write(dir, "stories/吉林 专题/党建 回眸.txt", DAMAGED);
    git(dir, "add", ".");
    git(dir, "mv", "stories/first.txt", "stories/吉林 专题/首篇 稿件.txt");
    const result = copydesk(path.join(dir, "stories"), "--staged", "--format", "json");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const byName = Object.fromEntries(report.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)]));
    expect(Object.keys(byName).sort()).toEqual(["党建 回眸.txt", "首篇 稿件.txt"].sort());
    expect(byName["党建 回眸.txt"]).toContain("copydesk/no-ellipsis-filler");
    expect(byName["首篇 稿件.txt"]).toEqual([]);
  });

  it("narrows to the paths it is given, as lint-staged passes them", () => {
    const dir = newsroomRepo();
    write(dir, "stories/a.txt", DAMAGED);
    write(dir, "stories/b.txt", CLEAN.replace("防汛", "交通"));
    git(dir, "add", ".");
    expect(copydesk(dir, "--staged", path.join(dir, "stories/b.txt")).status).toBe(0);
    expect(copydesk(dir, "--staged", "stories/a.txt").status).toBe(1);
  });

  it("with --fix, fixes the working-tree file, asks to re-stage, and leaves a file with unstaged edits alone", () => {
    const dir = newsroomRepo();
    write(dir, "stories/fixable.txt", DAMAGED);
    write(dir, "stories/edited.txt", DAMAGED.replace("防汛", "供暖"));
    git(dir, "add", ".");
    const editedLater = DAMAGED.replace("防汛", "供暖") + "\n记者手记：稍后补充。\n";
    write(dir, "stories/edited.txt", editedLater);

    const fixed = copydesk(dir, "--staged", "--fix");
    expect(fixed.status).toBe(1);
    expect(fixed.stderr).toMatch(/git add/);
    expect(fixed.stderr).toMatch(/edited\.txt: the working tree differs from the staged copy; not fixed/);
    expect(fs.readFileSync(path.join(dir, "stories/fixable.txt"), "utf8")).not.toContain("……");
    expect(fs.readFileSync(path.join(dir, "stories/edited.txt"), "utf8")).toBe(editedLater);

    git(dir, "add", "stories/fixable.txt");
    git(dir, "reset", "-q", "stories/edited.txt");
    expect(copydesk(dir, "--staged").status).toBe(0);
  });

  it("is a usage error outside a git repository", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-nogit-"));
    const result = copydesk(dir, "--staged");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^copydesk: --staged: not inside a git repository/);
  });
});

/** Commits a damaged story (rejected, finding printed), then the fixed story (accepted). */
function expectHookGuardsCommits(dir: string): void {
  const before = commitCount(dir);
  write(dir, "stories/damaged.txt", DAMAGED);
  git(dir, "add", "stories/damaged.txt");
  const rejected = git(dir, "commit", "-m", "damaged story");
  expect(rejected.status).not.toBe(0);
  expect(rejected.stdout + rejected.stderr).toContain("no-ellipsis-filler");
  expect(commitCount(dir)).toBe(before);

  write(dir, "stories/damaged.txt", CLEAN.replace("防汛", "春耕"));
  git(dir, "add", "stories/damaged.txt");
  const accepted = git(dir, "commit", "-m", "fixed story");
  expect(accepted.stderr).not.toContain("no-ellipsis-filler");
  expect(accepted.status).toBe(0);
  expect(commitCount(dir)).toBe(before + 1);
}

/** Links this package's node_modules in, as `npm i -D textlint-rule-preset-copydesk` would provide. */
function withNodeModules(dir: string): void {
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
}

describe("hook recipes from the README", () => {
  it("plain .git/hooks/pre-commit", () => {
    const dir = newsroomRepo();
    withNodeModules(dir);
    const hook = path.join(dir, ".git/hooks/pre-commit");
    fs.writeFileSync(hook, "#!/bin/sh\nexec npx --no-install copydesk --staged\n", { mode: 0o755 });
    expectHookGuardsCommits(dir);
  });

  it("husky + lint-staged", () => {
    const dir = newsroomRepo();
    withNodeModules(dir);
    write(dir, "package.json", JSON.stringify({ private: true, "lint-staged": { "*.{md,txt}": "copydesk --staged" } }));
    write(dir, ".husky/pre-commit", fs.readFileSync(path.join(ROOT, "examples/newsroom-repo/.husky/pre-commit"), "utf8"));
    const init = run(process.execPath, ["-e", "import('husky').then(m => console.log(m.default()))"], dir, {
      NODE_PATH: path.join(ROOT, "node_modules")
    });
    // husky resolves from the linked node_modules; it prints nothing when the install succeeded.
    expect(init.status).toBe(0);
    expect(git(dir, "config", "core.hooksPath").stdout.trim()).toBe(".husky/_");
    git(dir, "add", "package.json", ".husky/pre-commit");
    git(dir, "commit", "-q", "-m", "husky");
    expectHookGuardsCommits(dir);
  });

  const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  it.skipIf(preCommit.status !== 0)("the pre-commit framework (offline, repo: local)", () => {
    const dir = newsroomRepo();
    withNodeModules(dir);
    // The README's offline variant: copydesk installed in the repository, run as a local hook.
    write(
      dir,
      ".pre-commit-config.yaml",
      [
        "repos:",
        "  - repo: local",
        "    hooks:",
        "      - id: copydesk",
        "        name: copydesk",
        "        entry: npx --no-install copydesk --staged",
        "        language: system",
        "        pass_filenames: false",
        "        files: \\.(md|markdown|txt|text)$",
        ""
      ].join("\n")
    );
    git(dir, "add", ".pre-commit-config.yaml");
    git(dir, "commit", "-q", "-m", "pre-commit config");
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "pre-commit-home-"));
    const install = run("pre-commit", ["install"], dir, { PRE_COMMIT_HOME: home });
    expect(install.status).toBe(0);
    process.env.PRE_COMMIT_HOME = home;
    try {
      expectHookGuardsCommits(dir);
    } finally {
      delete process.env.PRE_COMMIT_HOME;
    }
  });
});
