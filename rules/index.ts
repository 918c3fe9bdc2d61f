import type { TextlintRuleModule } from "@textlint/types";
import consistentNumerals from "./consistent-numerals.js";
import noDuplicateParagraph from "./no-duplicate-paragraph.js";
import noEllipsisFiller from "./no-ellipsis-filler.js";
import noTruncatedSentence from "./no-truncated-sentence.js";

/** The copydesk preset: rule ids as users write them under `preset-copydesk`. */
export const rules: Record<string, TextlintRuleModule<any>> = {
  // A block pasted twice, exactly or nearly, and a clause repeated inside a paragraph.
  "no-duplicate-paragraph": noDuplicateParagraph,
  // A paragraph cut mid-sentence or mid-word, joined back where the rest follows.
  "no-truncated-sentence": noTruncatedSentence,
  // Rows of `……` left by layout templates, placeholders such as `TK`, broken Chinese ellipses.
  "no-ellipsis-filler": noEllipsisFiller,
  // One form per kind of number: GB/T 15835-2011 for Chinese, AP style for English.
  "consistent-numerals": consistentNumerals
};

/**
 * Every rule on, with its defaults. Defaults live in the rules themselves, because options a
 * user gives for a preset rule replace these entries instead of merging with them.
 */
export const rulesConfig: Record<string, boolean | object> = Object.fromEntries(Object.keys(rules).map((id) => [id, true]));

export default { rules, rulesConfig };
