import preset, { rules, rulesConfig } from "../rules/index.js";

describe("the copydesk preset", () => {
  it("configures exactly the rules it ships", () => {
    expect(Object.keys(rulesConfig).sort()).toEqual(Object.keys(rules).sort());
    expect(preset.rules).toBe(rules);
  });

  it("ships the four rules under the names the issues and README use", () => {
    expect(Object.keys(rules).sort()).toEqual(
      ["consistent-numerals", "no-duplicate-paragraph", "no-ellipsis-filler", "no-truncated-sentence"].sort()
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
