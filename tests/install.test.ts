// Installs the way a newsroom does on a fresh machine, from this checkout (copydesk is not on the
// registry yet): the tarball `npm pack` makes, installed project-local and globally; a git URL; husky +
// lint-staged from that tarball; and the pre-commit framework installing its hook from a git
// clone. Each then guards a real commit or lints real copy. These talk to the npm registry for
// copydesk's dependencies, as `npm ci` does.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const INSTALL_TIMEOUT = 600_000;

const CLEAN = "市政会议审议预算\n\n本报记者 张三\n\n市政会议审议通过了今年的防汛预算草案。\n\n会议还讨论了汛期值守安排。\n";
// A layout template's rows of `……` left where copy was meant to go: an error, the commit stops.
const DAMAGED = CLEAN.replace("会议还", "……\n\n……\n\n……\n\n会议还");
// One number written two ways (figures twice, then in words): a warning, the commit goes through.
const WARNED =
  "Council approves harbor plan\n\nThe council approved 12 projects and 15 grants on Monday.\n\nThe mayor said twelve projects would start in May.\n";

type Result = SpawnSyncReturns<string>;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Result {
  return spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    timeout: INSTALL_TIMEOUT,
    env: { ...process.env, NO_COLOR: "1", npm_config_audit: "false", npm_config_fund: "false", ...env }
  });
}

function ok(result: Result, what: string): Result {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `copydesk-${name}-`));
}

function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

function gitRepo(dir: string): void {
  for (const args of [
    ["init", "-q", "-b", "main"],
    ["config", "user.email", "desk@example.com"],
    ["config", "user.name", "Copy Desk"],
    ["config", "commit.gpgsign", "false"]
  ]) {
    ok(run("git", args, dir), `git ${args[0]}`);
  }
}

function commitCount(dir: string): number {
  return Number(run("git", ["rev-list", "--count", "HEAD"], dir).stdout.trim() || "0");
}

/**
 * A damaged story is refused with its finding shown; a story with only a warning is committed and
 * the warning is shown to the committer.
 */
function expectCommitsGuarded(dir: string): void {
  const before = commitCount(dir);
  write(dir, "stories/damaged.txt", DAMAGED);
  run("git", ["add", "stories/damaged.txt"], dir);
  const refused = run("git", ["commit", "-m", "damaged story"], dir);
  expect(refused.status).not.toBe(0);
  expect(refused.stdout + refused.stderr).toContain("no-ellipsis-filler");
  expect(commitCount(dir)).toBe(before);

  write(dir, "stories/damaged.txt", WARNED);
  run("git", ["add", "stories/damaged.txt"], dir);
  const passed = run("git", ["commit", "-m", "story with a warning"], dir);
  expect(passed.status, passed.stdout + passed.stderr).toBe(0);
  expect(passed.stdout + passed.stderr).toContain("twelve projects");
  expect(passed.stdout + passed.stderr).toContain("consistent-numerals");
  expect(commitCount(dir)).toBe(before + 1);
}

/** A textlint rule of the newsroom's own, installed in its project only. */
function houseRule(project: string): void {
  write(
    project,
    "node_modules/textlint-rule-house-style/package.json",
    JSON.stringify({ name: "textlint-rule-house-style", version: "1.0.0", main: "index.js" })
  );
  write(
    project,
    "node_modules/textlint-rule-house-style/index.js",
    [
      "// The house bans the word 'utilize'.",
      "module.exports = (context) => ({",
      "  [context.Syntax.Str](node) {",
      "    const index = context.getSource(node).indexOf('utilize');",
      "    if (index >= 0) context.report(node, new context.RuleError('house style: say use', { index }));",
      "  }",
      "});",
      ""
    ].join("\n")
  );
}

/**
 * A throwaway git repository holding this checkout's files as they are now (committed or not),
 * for installs that clone a repository: `npm install git+file://…`, the pre-commit framework.
 */
function snapshotRepo(): string {
  const repo = tempDir("repo");
  const files = ok(run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT), "git ls-files")
    .stdout.split("\0")
    .filter((file) => file && fs.existsSync(path.join(ROOT, file)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(repo, file));
  }
  gitRepo(repo);
  run("git", ["add", "-A"], repo);
  ok(run("git", ["commit", "-q", "-m", "copydesk"], repo), "snapshot commit");
  return repo;
}

let tarball = "";

beforeAll(() => {
  // The build `npm test` made is what gets packed; `prepare` would only build it again.
  const out = tempDir("pack");
  const packed = ok(run("npm", ["pack", "--ignore-scripts", "--pack-destination", out], ROOT), "npm pack");
  // The pre-commit framework reads this output as the tarball's name: nothing else may be there.
  expect(packed.stdout.trim()).toMatch(/^textlint-rule-preset-copydesk-[\d.]+\.tgz$/);
  tarball = path.join(out, packed.stdout.trim());
}, INSTALL_TIMEOUT);

describe("installing copydesk from its tarball", () => {
  it(
    "project-local: npx copydesk lints a story and stock textlint runs the preset",
    () => {
      const project = tempDir("local");
      write(project, "package.json", JSON.stringify({ name: "stories", private: true }));
      ok(run("npm", ["install", "--save-dev", tarball], project), "npm install");
      write(project, "stories/damaged.txt", DAMAGED);
      const lint = run("npx", ["--no-install", "copydesk", "stories"], project);
      expect(lint.status).toBe(1);
      expect(lint.stdout).toContain("no-ellipsis-filler");

      write(project, ".textlintrc.json", JSON.stringify({ rules: { "preset-copydesk": true } }));
      const textlint = path.join(project, "node_modules/textlint/bin/textlint.js");
      const stock = run(process.execPath, [textlint, "stories/damaged.txt"], project);
      expect(stock.status).toBe(1);
      expect(stock.stdout).toContain("copydesk/no-ellipsis-filler");
    },
    INSTALL_TIMEOUT
  );

  it(
    "from a git URL (as `npm install git+https://…` does): npm builds it and npx copydesk runs",
    () => {
      const repo = snapshotRepo();
      const project = tempDir("git-url");
      write(project, "package.json", JSON.stringify({ name: "stories", private: true }));
      ok(run("npm", ["install", "--save-dev", `git+file://${repo}`], project), "npm install git+file://");
      write(project, "stories/damaged.txt", DAMAGED);
      const lint = run("npx", ["--no-install", "copydesk", "stories"], project);
      expect(lint.status, lint.stderr).toBe(1);
      expect(lint.stdout).toContain("no-ellipsis-filler");
    },
    INSTALL_TIMEOUT
  );

  it(
    "global: a copydesk installed once lints a project with a rule the project installed itself",
    () => {
      const prefix = tempDir("global");
      ok(run("npm", ["install", "--global", "--prefix", prefix, tarball], prefix), "npm install --global");
      const project = tempDir("project");
      houseRule(project);
      write(project, ".textlintrc.json", JSON.stringify({ rules: { "preset-copydesk": true, "house-style": true } }));
      write(project, "story.txt", "We utilize the harbor.\n\n……\n\n……\n\nThe council met on Monday.\n");
      const lint = run(path.join(prefix, "bin/copydesk"), ["story.txt"], project);
      expect(lint.stderr).not.toContain("not installed");
      expect(lint.status).toBe(1);
      expect(lint.stdout).toContain("house style: say use");
      expect(lint.stdout).toContain("copydesk/no-ellipsis-filler");
    },
    INSTALL_TIMEOUT
  );

  it(
    "husky + lint-staged (README recipe): a damaged story is refused, a warning is shown and passes",
    () => {
      const project = tempDir("husky");
      gitRepo(project);
      write(project, ".gitignore", "node_modules\n");
      write(
        project,
        "package.json",
        JSON.stringify({ name: "stories", private: true, scripts: { prepare: "husky" }, "lint-staged": { "*.{md,txt}": "copydesk --staged" } })
      );
      ok(run("npm", ["install", "--save-dev", tarball, "husky@9", "lint-staged@16"], project), "npm install");
      write(project, ".husky/pre-commit", fs.readFileSync(path.join(ROOT, "examples/newsroom-repo/.husky/pre-commit"), "utf8"));
      ok(run("npx", ["--no-install", "husky"], project), "husky");
      write(project, "stories/first.txt", CLEAN);
      run("git", ["add", "."], project);
      ok(run("git", ["commit", "-q", "-m", "first story"], project), "first commit");
      expectCommitsGuarded(project);
    },
    INSTALL_TIMEOUT
  );
});

const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
if (preCommit.status !== 0)
  console.warn("install.test.ts: the pre-commit framework is not installed (apt-get install pre-commit); its test is skipped");

describe.skipIf(preCommit.status !== 0)("the pre-commit framework", () => {
  it(
    "installs the hook from a git clone of copydesk and guards commits (warnings shown)",
    () => {
      // The framework clones the hook repository at a revision, so give it one.
      const hookRepo = snapshotRepo();
      const rev = run("git", ["rev-parse", "HEAD"], hookRepo).stdout.trim();

      const stories = tempDir("stories");
      gitRepo(stories);
      write(
        stories,
        ".pre-commit-config.yaml",
        ["repos:", `  - repo: ${hookRepo}`, `    rev: ${rev}`, "    hooks:", "      - id: copydesk", ""].join("\n")
      );
      write(stories, "stories/first.txt", CLEAN);
      run("git", ["add", "."], stories);
      ok(run("git", ["commit", "-q", "-m", "first story"], stories), "first commit");
      const home = tempDir("pre-commit-home");
      ok(run("pre-commit", ["install"], stories, { PRE_COMMIT_HOME: home }), "pre-commit install");
      // The first commit builds the hook's environment the framework's way (npm install, npm pack,
      // npm install -g of the packed tarball).
      ok(run("pre-commit", ["install-hooks"], stories, { PRE_COMMIT_HOME: home }), "pre-commit install-hooks");
      const previous = process.env.PRE_COMMIT_HOME;
      process.env.PRE_COMMIT_HOME = home;
      try {
        expectCommitsGuarded(stories);
      } finally {
        if (previous === undefined) delete process.env.PRE_COMMIT_HOME;
        else process.env.PRE_COMMIT_HOME = previous;
      }
    },
    INSTALL_TIMEOUT
  );
});
