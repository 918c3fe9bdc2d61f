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
  it("makes numeral findings warnings and the damage rules errors", () => {
    expect(rulesConfig["consistent-numerals"]).toEqual({ severity: "warning" });
    for (const id of ["no-duplicate-paragraph", "no-ellipsis-filler", "no-truncated-sentence"]) expect(rulesConfig[id]).toBe(true);
  });
});

describe("expanding the preset into kernel rules", () => {
  it("runs every rule with the preset's config for `true`", async () => {
    const { presetKernelRules } = await import("../rules/index.js");
    const expanded = presetKernelRules(true);
    expect(expanded.map((r) => r.ruleId).sort()).toEqual(Object.keys(rules).map((id) => `copydesk/${id}`).sort());
    expect(expanded.find((r) => r.ruleId === "copydesk/consistent-numerals")!.options).toEqual({ severity: "warning" });
  });

  it("turns a rule off with `false` and lets a rule's own options replace the preset's entry", async () => {
    const { presetKernelRules } = await import("../rules/index.js");
    const expanded = presetKernelRules({ "no-ellipsis-filler": false, "consistent-numerals": { style: "chicago" } });
    expect(expanded.map((r) => r.ruleId)).not.toContain("copydesk/no-ellipsis-filler");
    // As textlint does: options given replace the preset's entry (severity falls back to error).
    expect(expanded.find((r) => r.ruleId === "copydesk/consistent-numerals")!.options).toEqual({ style: "chicago" });
    expect(presetKernelRules(false)).toEqual([]);
  });
});
