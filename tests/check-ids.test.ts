// Every finding names its check with a stable id, `<rule-id>/<message-id>` (issue 22): textlint
// keeps it as the message's `data.checkId`, the language server shows it as the diagnostic code
// (linking the rule's docs page) and SARIF as the result's rule (with a `helpUri`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TextlintKernel, type TextlintMessage } from "@textlint/kernel";
import { builtInPlugins } from "textlint/lib/src/loader/TextlintrcLoader.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { presetKernelRules } from "../rules/index.js";
import { toDiagnostic } from "../src/lsp/convert.js";
import { checkIdOf, REPOSITORY_URL, ruleDocsUrl } from "../src/rule-docs.js";
import { meta as numerals } from "../rules/consistent-numerals/meta.js";
import { meta as duplicates } from "../rules/no-duplicate-paragraph/meta.js";
import { meta as filler } from "../rules/no-ellipsis-filler/meta.js";
import { meta as furniture } from "../rules/no-page-furniture/meta.js";
import { meta as truncated } from "../rules/no-truncated-sentence/meta.js";

const RULE_METAS = {
  [numerals.id]: numerals,
  [duplicates.id]: duplicates,
  [filler.id]: filler,
  [furniture.id]: furniture,
  [truncated.id]: truncated
};

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "dist/src/cli/main.js");

/** Copy that sets off every rule: the examples and the rules' fixtures. */
function stories(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(txt|md)$/u.test(entry.name)) out.push({ name: path.relative(ROOT, p), text: fs.readFileSync(p, "utf8") });
    }
  };
  walk(path.join(ROOT, "examples"));
  for (const rule of ["no-duplicate-paragraph", "no-ellipsis-filler", "no-truncated-sentence", "consistent-numerals"])
    walk(path.join(ROOT, "tests/fixtures", rule));
  return out;
}

describe("check ids", () => {
  let messages: TextlintMessage[] = [];
  beforeAll(async () => {
    const kernel = new TextlintKernel();
    for (const { name, text } of stories()) {
      const result = await kernel.lintText(text, { ext: path.extname(name), plugins: builtInPlugins, rules: presetKernelRules() });
      messages.push(...result.messages);
    }
  });

  it("every finding of every rule carries one, naming its rule", () => {
    expect(messages.length).toBeGreaterThan(50);
    const byRule = new Map<string, Set<string>>();
    for (const m of messages) {
      const id = checkIdOf(m);
      expect(id, `${m.ruleId}: ${m.message}`).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(`copydesk/${id!.split("/")[0]}`).toBe(m.ruleId);
      if (!byRule.has(m.ruleId)) byRule.set(m.ruleId, new Set());
      byRule.get(m.ruleId)!.add(id!);
    }
    expect([...byRule.keys()].sort()).toEqual(
      presetKernelRules()
        .map((r) => r.ruleId)
        .sort()
    );
    // The message's `data` is the check id alone (no locator or fix objects in JSON output).
    for (const m of messages) expect(Object.keys(m.data as object)).toEqual(["checkId"]);
  });

  it("names a check its rule's catalogue words and its docs page lists", () => {
    const ids = new Map<string, Set<string>>();
    for (const m of messages) {
      const [rule, check] = checkIdOf(m)!.split("/") as [string, string];
      if (!ids.has(rule)) ids.set(rule, new Set());
      ids.get(rule)!.add(check);
    }
    for (const [rule, checks] of ids) {
      const meta = RULE_METAS[rule as keyof typeof RULE_METAS];
      const page = fs.readFileSync(path.join(ROOT, meta.docs), "utf8");
      for (const check of checks) {
        // A check id is a message of the rule's catalogue, or the one every rule may give (the findings cap's summary).
        if (check !== "more-findings") expect(Object.keys(meta.messages), `${rule}/${check}`).toContain(check);
        expect(page, `${meta.docs} lists ${check}`).toContain(`\`${check}\``);
      }
      // And every wording of the catalogue is named on the page, so a new check cannot go undocumented.
      for (const key of Object.keys(meta.messages)) expect(page, `${meta.docs} names ${key}`).toContain(`\`${key}\``);
    }
    expect(ids.size).toBe(5);
  });

  it("is the language server's diagnostic code, linking the rule's docs page", () => {
    const doc = TextDocument.create("file:///story.txt", "plaintext", 1, "x".repeat(1 << 16));
    for (const m of messages.slice(0, 50)) {
      const d = toDiagnostic(doc, { ...m, range: [0, 1] }, 0);
      expect(d.code).toBe(checkIdOf(m));
      expect(d.codeDescription?.href).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${m.ruleId.replace("copydesk/", "")}.md`);
    }
  });

  it("links to a docs page in the repository named in package.json", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { repository: { url: string } };
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(ruleDocsUrl("copydesk/no-page-furniture")).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/no-page-furniture.md`);
    expect(ruleDocsUrl("other/rule")).toBeUndefined();
  });

  it("is the SARIF result's rule, with a helpUri to the rule's docs page", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-checkid-"));
    try {
      fs.copyFileSync(path.join(ROOT, "examples/000_5c1383eb5e7a2872.txt"), path.join(dir, "seed.txt"));
      const run = spawnSync(process.execPath, [CLI, "--format", "sarif", "seed.txt"], { cwd: dir, encoding: "utf8" });
      type Sarif = { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string; ruleIndex: number }[] }[] };
      const [only] = (JSON.parse(run.stdout) as Sarif).runs;
      expect(only!.results.length).toBeGreaterThan(0);
      for (const result of only!.results) {
        expect(result.ruleId).toMatch(/^copydesk\/[a-z-]+\/[a-z0-9-]+$/);
        const rule = only!.tool.driver.rules[result.ruleIndex]!;
        expect(rule.id).toBe(result.ruleId);
        expect(rule.helpUri).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${result.ruleId.split("/")[1]}.md`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
