// What `no-ellipsis-filler` is and how it is configured: its id, docs page, typed options with their
// defaults (kept here, not in the preset: stock textlint gives a rule a user's options in place of
// the preset's entry), the severity its findings default to, and what it says (by check id).
import type { CommonOptions } from "../../src/text/index.js";
import { messages, suggestions } from "../../src/messages/no-ellipsis-filler.js";

export interface Options extends CommonOptions {
  /**
   * How many consecutive paragraphs of nothing but ellipsis marks make a filler run. A single
   * `…………` (the 12-dot mark for omitted paragraphs) or `……` paragraph is an editorial device
   * and never reported. Default `2`.
   */
  minRunLength?: number;
  /** Report placeholders left in copy (`TK`, `XXX`, `[INSERT …]`, `lorem ipsum`, `待补充`, `（待定）`). Default `true`. */
  placeholders?: boolean;
  /** Placeholder texts to accept as written copy, matched exactly (e.g. `["XXX"]`). Default `[]`. */
  allowPlaceholders?: string[];
  /**
   * Check the form of ellipses in Chinese copy (GB/T 15834-2011): `。。。`, `...`, a single `…`,
   * `………` and `…。` are fixed to `……`; `……等` is reported as redundant. Default `true`.
   */
  chineseEllipsis?: boolean;
}

export const defaults: Required<Omit<Options, "locale" | "lang">> = {
  minRunLength: 2,
  placeholders: true,
  allowPlaceholders: [],
  chineseEllipsis: true
};

export const meta = {
  id: "no-ellipsis-filler",
  docs: "docs/rules/no-ellipsis-filler.md",
  fixable: true,
  defaultSeverity: "error",
  messages,
  suggestions
} as const;
