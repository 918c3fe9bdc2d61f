import type { TextlintRuleModule } from "@textlint/types";
import consistentNumerals from "./consistent-numerals/rule.js";
import noDuplicateParagraph from "./no-duplicate-paragraph/rule.js";
import noEllipsisFiller from "./no-ellipsis-filler/rule.js";
import noPageFurniture from "./no-page-furniture/rule.js";
import noTruncatedSentence from "./no-truncated-sentence/rule.js";

/**
 * The copydesk preset: rule ids as users write them under `preset-copydesk`. The order is the
 * order `--fix` applies them in, each on the text the one before left: repeats go first (which can
 * bring two filler rows together), then filler rows (which can bring a cut paragraph next to its
 * continuation), then joins, then numerals.
 */
export const rules: Record<string, TextlintRuleModule<any>> = {
  // A block pasted twice, exactly or nearly, and a clause repeated inside a paragraph.
  "no-duplicate-paragraph": noDuplicateParagraph,
  // Rows of `……` left by layout templates, placeholders such as `TK`, broken Chinese ellipses.
  "no-ellipsis-filler": noEllipsisFiller,
  // A paragraph cut mid-sentence or mid-word, joined back where the rest follows.
  "no-truncated-sentence": noTruncatedSentence,
  // One form per kind of number: GB/T 15835-2011 for Chinese, AP style for English.
  "consistent-numerals": consistentNumerals,
  // Kickers, credits, jump lines, folios and a second title block left inside the body.
  "no-page-furniture": noPageFurniture
};

/**
 * Every rule on, with its defaults. Defaults live in the rules themselves (severity too: see
 * `defineRule`), because stock textlint gives a rule the user's options for it in place of this
 * entry, not merged with it.
 */
export const rulesConfig: Record<string, boolean | object> = {
  "no-duplicate-paragraph": true,
  "no-ellipsis-filler": true,
  "no-truncated-sentence": true,
  // Warnings by default (the rule's `defaultSeverity`): a number written two ways reads careless
  // but does not stop a story.
  "consistent-numerals": true,
  // Warnings by default: furniture is removed by hand (it may belong elsewhere on the page).
  "no-page-furniture": true
};

/** The prefix stock textlint gives this preset's rule ids (`preset-copydesk` → `copydesk/`). */
export const RULE_PREFIX = "copydesk/";

export interface PresetKernelRule {
  ruleId: string;
  rule: TextlintRuleModule<any>;
  options: boolean | object;
}

/**
 * The preset as a kernel rule list, as stock textlint expands `"preset-copydesk": value`
 * (`@textlint/config-loader`'s `getRuleOptions`): `true` (or nothing) runs every rule with the
 * preset's config; an object gives a rule `false` (off), `true` (the preset's config) or its own
 * options (in place of the preset's entry; the rule merges them over its defaults key by key).
 * The CLI without a config file, the language server and the web page all expand the preset here.
 */
export function presetKernelRules(presetValue: unknown = true): PresetKernelRule[] {
  if (presetValue === false) return [];
  const perRule = presetValue && typeof presetValue === "object" ? (presetValue as Record<string, unknown>) : {};
  const out: PresetKernelRule[] = [];
  for (const [id, rule] of Object.entries(rules)) {
    const value = perRule[id] ?? true;
    if (value === false) continue;
    const options = value === true ? (rulesConfig[id] ?? true) : (value as object);
    out.push({ ruleId: RULE_PREFIX + id, rule, options });
  }
  return out;
}

export default { rules, rulesConfig };
