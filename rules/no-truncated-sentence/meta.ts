// What `no-truncated-sentence` is and how it is configured: its id, docs page, typed options with their
// defaults (kept here, not in the preset: stock textlint gives a rule a user's options in place of
// the preset's entry), the severity its findings default to, and what it says (by check id).
import type { CommonOptions } from "../../src/text/index.js";
import { messages, suggestions } from "../../src/messages/no-truncated-sentence.js";

export interface Options extends CommonOptions {
  /**
   * Join a cut paragraph with the next one by `--fix` when the next one certainly continues it
   * (a word or a number spans the cut, the next paragraph opens with a particle or punctuation,
   * or an English one opens in lower case). Default true. With false the join is only offered
   * as a suggestion.
   */
  autoJoin?: boolean;
  /**
   * Report a paragraph that clearly ends mid-sentence when nothing after it continues it (the
   * rest was lost): suggest completing or deleting it. Default true.
   */
  reportLost?: boolean;
  /**
   * Report a Chinese word (or a number and its unit) split by a line break inside a
   * hard-wrapped paragraph, such as PDF text: `中国海⏎油`, with a suggestion to remove the break.
   * Default true.
   */
  checkLineBreaks?: boolean;
  /**
   * How sure the learned cut detector (src/text/cut/) must be that a paragraph end is a cut
   * before it is reported without one of the strong signals above, from 0 to 1. 0.5 is the
   * point the trainer calibrated per language (0.12 findings per 100 paragraphs on its
   * calibration files); lower finds more cuts and says more on clean copy, higher says less and
   * misses more. 1 turns the detector off. Default 0.15: on the eval's clean copy (full
   * corpus) 0.06 findings per 100 paragraphs in Chinese, 0.66 in English of which 0.52 are
   * real damage in the source (docs/rules/no-truncated-sentence.md has the table).
   */
  minConfidence?: number;
}

export const defaults: Required<Omit<Options, keyof CommonOptions>> = {
  autoJoin: true,
  reportLost: true,
  checkLineBreaks: true,
  minConfidence: 0.15
};

export const meta = {
  id: "no-truncated-sentence",
  docs: "docs/rules/no-truncated-sentence.md",
  fixable: true,
  defaultSeverity: "error",
  messages,
  suggestions
} as const;
