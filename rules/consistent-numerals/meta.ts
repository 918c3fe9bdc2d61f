// What `consistent-numerals` is and how it is configured: its id, docs page, typed options with their
// defaults (kept here, not in the preset: stock textlint gives a rule a user's options in place of
// the preset's entry), the severity its findings default to, and what it says (by check id).
import type { CommonOptions } from "../../src/text/index.js";
import { messages, suggestions } from "../../src/messages/consistent-numerals.js";

/** The checks of this rule, by id (usable in `disable`). */
export type CheckId =
  | "full-width-digit"
  | "mixed-number"
  | "range-unit"
  | "year-zero"
  | "mixed-date"
  | "short-year"
  | "digit-group"
  | "double-approximation"
  | "same-measure"
  | "sentence-start"
  | "spell-out-small"
  | "figures-for-large"
  | "figures-always"
  | "same-noun"
  | "mixed-pair"
  | "multiplier-form";

export interface Options extends CommonOptions {
  /**
   * English house style: `auto` (default: the piece's own style decides, AP where it gives no
   * evidence), `ap` (strict AP: spell out one to nine, figures from 10) or `chicago` (spell out
   * through one hundred).
   */
  style?: "auto" | "ap" | "chicago";
  /** Extra Chinese fixed terms that keep Chinese numerals (added to the built-in list). */
  fixedTerms?: string[];
  /** Chinese measure words compared for consistency across a piece (replaces the built-in list). */
  measureWords?: string[];
  /** Check numbers inside English direct quotations too. */
  checkQuotes?: boolean;
  /** Check ids to switch off, e.g. `["same-measure"]`. */
  disable?: CheckId[];
}

export const defaults: Required<Omit<Options, "locale" | "lang" | "measureWords">> & Pick<Options, "measureWords"> = {
  style: "auto",
  fixedTerms: [],
  measureWords: undefined,
  checkQuotes: false,
  disable: []
};

export const meta = {
  id: "consistent-numerals",
  docs: "docs/rules/consistent-numerals.md",
  fixable: true,
  defaultSeverity: "warning",
  messages,
  suggestions
} as const;
