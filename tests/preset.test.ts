import preset, { rules, rulesConfig } from "../rules/index.js";

describe("the copydesk preset", () => {
  it("configures exactly the rules it ships", () => {
    expect(Object.keys(rulesConfig).sort()).toEqual(Object.keys(rules).sort());
    expect(preset.rules).toBe(rules);
  });

  it("ships the five rules under the names the issues and README use", () => {
    expect(Object.keys(rules).sort()).toEqual(
      ["consistent-numerals", "no-duplicate-paragraph", "no-ellipsis-filler", "no-page-furniture", "no-truncated-sentence"].sort()
    );
  });

  it("gives every rule a textlint rule module shape", () => {
    for (const rule of Object.values(rules)) {
      const ok = typeof rule === "function" || (typeof rule.linter === "function" && typeof rule.fixer === "function");
      expect(ok).toBe(true);
    }
  });
});

describe("the preset's severities", () => {
  // The severities themselves, in the CLI, the language server and stock textlint: severity.test.ts.
  it("keeps every default in the rules, so its config is `true` for every rule", () => {
    for (const id of Object.keys(rules)) expect(rulesConfig[id]).toBe(true);
  });
});

describe("expanding the preset into kernel rules", () => {
  it("runs every rule with the preset's config for `true`, as a whole or per rule", async () => {
    const { presetKernelRules } = await import("../rules/index.js");
    for (const value of [true, undefined, {}, { "consistent-numerals": true }]) {
      const expanded = presetKernelRules(value);
      expect(expanded.map((r) => r.ruleId).sort()).toEqual(
        Object.keys(rules)
          .map((id) => `copydesk/${id}`)
          .sort()
      );
      for (const r of expanded) expect(r.options).toEqual(rulesConfig[r.ruleId.replace("copydesk/", "")]);
    }
  });

  it("turns a rule off with `false` and gives a rule its own options in place of the preset's entry", async () => {
    const { presetKernelRules } = await import("../rules/index.js");
    const expanded = presetKernelRules({ "no-ellipsis-filler": false, "consistent-numerals": { style: "chicago" } });
    expect(expanded.map((r) => r.ruleId)).not.toContain("copydesk/no-ellipsis-filler");
    // As textlint does (the rule merges them over its own defaults, severity included).
    expect(expanded.find((r) => r.ruleId === "copydesk/consistent-numerals")!.options).toEqual({ style: "chicago" });
    expect(presetKernelRules(false)).toEqual([]);
  });
});
