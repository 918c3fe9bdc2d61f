import type { TextlintRuleContext, TextlintRuleError } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import type { LangOption } from "./language.js";
import type { LocaleOption } from "./locale.js";

/** Options every copydesk rule takes besides textlint's own `severity`. */
export interface CommonOptions {
  /** Message language: `auto` (default) speaks the language of the flagged copy. */
  locale?: LocaleOption;
  /** Analyse the copy as `zh` or `en`, or let each paragraph decide (`auto`, default). */
  lang?: LangOption;
}

export interface Suggestion {
  /** Stable id, e.g. `join-paragraphs`, so editors can offer it by name. */
  id: string;
  message: string;
  /** Absolute range to replace and its replacement. */
  range: readonly [number, number];
  text: string;
}

export interface Finding {
  /** Absolute UTF-16 range in the document. */
  start: number;
  end: number;
  message: string;
  /** An automatic fix, only where the right edit is certain. */
  fix?: { range: readonly [number, number]; text: string };
  suggestions?: readonly Suggestion[];
}

/**
 * Reports a finding by absolute offsets. It reports on the Document node, whose range starts at
 * 0, so the locator's node-relative ranges are absolute ranges.
 */
export function reportFinding(context: Readonly<TextlintRuleContext>, document: TxtParentNode, finding: Finding): void {
  const { RuleError, locator, fixer, report } = context;
  const details: ConstructorParameters<typeof RuleError>[1] = {
    padding: locator.range([finding.start, Math.max(finding.end, finding.start + 1)])
  };
  if (finding.fix) details.fix = fixer.replaceTextRange([finding.fix.range[0], finding.fix.range[1]], finding.fix.text);
  if (finding.suggestions && finding.suggestions.length > 0) {
    details.suggestions = finding.suggestions.map((s) => ({
      id: s.id,
      message: s.message,
      fix: fixer.replaceTextRange([s.range[0], s.range[1]], s.text)
    }));
  }
  report(document, new RuleError(finding.message, details) as TextlintRuleError);
}
