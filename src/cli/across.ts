// `copydesk --across-files`: paragraphs that also appear in another file of the same run. A
// lint-only rule indexes each file's shared text model as the normal lint builds it (no second
// parse); after the last file, the index's findings join each file's results.
import type { TextlintMessage, TextlintResult, TextlintRuleModule } from "@textlint/types";
import { TextlintKernelDescriptor } from "@textlint/kernel";
import { AcrossFilesIndex } from "../across-files.js";
import { getTextModel, type LangOption, type LocaleOption, type TextModel } from "../text/index.js";
import { displayPath } from "./files.js";

/** The findings belong with the in-document duplicates, so they carry that rule's id. */
export const ACROSS_FILES_RULE_ID = "copydesk/no-duplicate-paragraph";

export interface AcrossFilesRun {
  /** Add to the run's descriptor: it indexes every file it sees. */
  descriptor: TextlintKernelDescriptor;
  /** Appends the cross-file findings to the results (call once, after the last file). */
  addFindings(results: TextlintResult[]): void;
}

export function acrossFilesRun(options: { lang?: LangOption; locale?: LocaleOption; cwd: string }): AcrossFilesRun {
  const index = new AcrossFilesIndex({ locale: options.locale });
  // Keyed by the path as the user sees it, which is also how messages name the other file.
  const models = new Map<string, { model: TextModel; filePath: string }>();
  const collector: TextlintRuleModule = (context) => ({
    [context.Syntax.Document](node) {
      const filePath = context.getFilePath();
      if (!filePath) return;
      const shown = displayPath(filePath, options.cwd);
      // Each file once: a file is linted once per run (fixing runs only fixable rules).
      if (models.has(shown)) return;
      const model = getTextModel(node, { lang: options.lang });
      models.set(shown, { model, filePath });
      index.add(shown, model);
    }
  });
  return {
    descriptor: new TextlintKernelDescriptor({
      rules: [{ ruleId: "copydesk/across-files-index", rule: collector, options: {} }],
      plugins: [],
      filterRules: []
    }),
    addFindings(results) {
      const byPath = new Map(results.map((r) => [r.filePath, r]));
      for (const finding of index.findings()) {
        const entry = models.get(finding.filePath);
        const result = entry && byPath.get(entry.filePath);
        if (!entry || !result) continue;
        const { model } = entry;
        const start = model.positionOf(finding.start);
        const end = model.positionOf(finding.end);
        const message: TextlintMessage = {
          type: "lint",
          ruleId: ACROSS_FILES_RULE_ID,
          message: finding.message,
          index: finding.start,
          line: start.line,
          column: start.column,
          range: [finding.start, finding.end],
          loc: { start, end },
          severity: 1,
          data: { checkId: finding.whole ? "no-duplicate-paragraph/repeated-story" : "no-duplicate-paragraph/reused-paragraph" }
        };
        result.messages.push(message);
        result.messages.sort((a, b) => a.range[0] - b.range[0]);
      }
    }
  };
}
