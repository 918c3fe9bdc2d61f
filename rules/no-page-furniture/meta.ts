// What `no-page-furniture` is and how it is configured: its id, docs page, typed options with their
// defaults (kept here, not in the preset: stock textlint gives a rule a user's options in place of
// the preset's entry), the severity its findings default to, and what it says (by check id).
import type { CommonOptions } from "../../src/text/index.js";
import type { FurnitureKind } from "../../src/text/furniture.js";
import { messages, suggestions } from "../../src/messages/no-page-furniture.js";

export interface Options extends CommonOptions {
  /** Kinds of furniture not to report, e.g. `["credit"]` for a desk that keeps credits in copy. Default `[]`. */
  allow?: FurnitureKind[];
  /** Also report a kicker or art credit above the story's first body paragraph. Default `false`. */
  header?: boolean;
}

export const defaults: Required<Omit<Options, keyof CommonOptions>> = { allow: [], header: false };

export const meta = {
  id: "no-page-furniture",
  docs: "docs/rules/no-page-furniture.md",
  // Suggestions only: furniture may belong elsewhere on the page.
  fixable: false,
  defaultSeverity: "warning",
  messages,
  suggestions
} as const;
