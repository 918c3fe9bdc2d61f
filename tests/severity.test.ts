// The same `.textlintrc.json` gives the same severities in stock textlint, the copydesk CLI, the
// language server's engine and (for the preset's defaults) the web page's rule list: a user's
// options for a rule merge over its defaults key by key, severity included (issue 22, issue 21
// item 16). Stock textlint gives a rule the user's object in place of the preset's entry, so the
// defaults live in the rules (`defaultSeverity`, see src/text/rule-kit.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TextlintKernel, type TextlintMessage } from "@textlint/kernel";
import { builtInPlugins } from "textlint/lib/src/loader/TextlintrcLoader.js";
import { presetKernelRules } from "../rules/index.js";
import { LintEngine } from "../src/lsp/engine.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "dist/src/cli/main.js");
const TEXTLINT = path.join(ROOT, "node_modules/textlint/bin/textlint.js");
/** Copy where every rule finds something: the seed, a Markdown story and an English story. */
const FILES = ["000_5c1383eb5e7a2872.txt", "harbor-bridge.md", "council-budget.txt"];

const WARNING = 1;
const ERROR = 2;
/** What the preset gives each rule when nothing says otherwise (README, "Configuration"). */
const DEFAULTS: Record<string, number> = {
  "copydesk/no-duplicate-paragraph": ERROR,
  "copydesk/no-ellipsis-filler": ERROR,
  "copydesk/no-truncated-sentence": ERROR,
  "copydesk/consistent-numerals": WARNING,
  "copydesk/no-page-furniture": WARNING
};

const CASES: { name: string; preset: unknown; expected: Record<string, number> }[] = [
  { name: "true", preset: true, expected: DEFAULTS },
  { name: "{}", preset: {}, expected: DEFAULTS },
  { name: '{"consistent-numerals": true}', preset: { "consistent-numerals": true }, expected: DEFAULTS },
  // Options without `severity` keep the rule's default severity.
  { name: '{"consistent-numerals": {"style": "ap"}}', preset: { "consistent-numerals": { style: "ap" } }, expected: DEFAULTS },
  {
    name: "severities given both ways",
    preset: { "consistent-numerals": { severity: "error" }, "no-duplicate-paragraph": { severity: "warning", minChars: 10 } },
    expected: { ...DEFAULTS, "copydesk/consistent-numerals": ERROR, "copydesk/no-duplicate-paragraph": WARNING }
  }
];

/** `file → "ruleId@start-end" → severity` of one run, and the severity each rule reported with. */
type Severities = Record<string, Record<string, number>>;

function collect(byFile: Record<string, readonly Pick<TextlintMessage, "ruleId" | "range" | "severity">[]>): Severities {
  const out: Severities = {};
  for (const [file, messages] of Object.entries(byFile)) {
    out[file] = Object.fromEntries(messages.map((m) => [`${m.ruleId}@${m.range[0]}-${m.range[1]}`, m.severity]));
  }
  return out;
}

function perRule(severities: Severities): Record<string, number[]> {
  const out: Record<string, Set<number>> = {};
  for (const messages of Object.values(severities)) {
    for (const [key, severity] of Object.entries(messages)) (out[key.split("@")[0]!] ??= new Set()).add(severity);
  }
  return Object.fromEntries(Object.entries(out).map(([id, s]) => [id, [...s].sort()]));
}

interface JsonResult {
  filePath: string;
  messages: TextlintMessage[];
}

function fromJson(stdout: string): Severities {
  const results = JSON.parse(stdout) as JsonResult[];
  return collect(Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages])));
}

describe("severities agree between stock textlint, the CLI, the language server and the web page", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const { name, preset, expected } of CASES) {
    it(`"preset-copydesk": ${name}`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-severity-"));
      dirs.push(dir);
      fs.mkdirSync(path.join(dir, ".git"));
      const config = path.join(dir, ".textlintrc.json");
      fs.writeFileSync(config, JSON.stringify({ rules: { "preset-copydesk": preset } }));
      for (const f of FILES) fs.copyFileSync(path.join(ROOT, "examples", f), path.join(dir, f));

      const stock = spawnSync(process.execPath, [TEXTLINT, "--format", "json", ...FILES], { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20 });
      expect(stock.stderr).toBe("");
      const theirs = fromJson(stock.stdout);

      const cli = spawnSync(process.execPath, [CLI, "--format", "json", ...FILES], { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20 });
      const ours = fromJson(cli.stdout);

      const engine = new LintEngine();
      const lsp: Record<string, TextlintMessage[]> = {};
      for (const f of FILES) {
        const outcome = await engine.run({
          op: "lint",
          text: fs.readFileSync(path.join(dir, f), "utf8"),
          ext: path.extname(f),
          filePath: path.join(dir, f),
          configPath: config
        });
        expect(outcome.problems).toEqual([]);
        lsp[f] = outcome.messages;
      }
      const server = collect(lsp);

      expect(perRule(theirs)).toEqual(Object.fromEntries(Object.entries(expected).map(([id, s]) => [id, [s]])));
      expect(ours).toEqual(theirs);
      expect(server).toEqual(theirs);
    });
  }

  it("the web page's rule list (the preset's defaults) gives the defaults", async () => {
    const kernel = new TextlintKernel();
    const byFile: Record<string, TextlintMessage[]> = {};
    for (const f of FILES) {
      const text = fs.readFileSync(path.join(ROOT, "examples", f), "utf8");
      byFile[f] = (await kernel.lintText(text, { ext: path.extname(f), plugins: builtInPlugins, rules: presetKernelRules() })).messages;
    }
    expect(perRule(collect(byFile))).toEqual(Object.fromEntries(Object.entries(DEFAULTS).map(([id, s]) => [id, [s]])));
  });
});
