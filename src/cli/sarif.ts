// SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers.
import { createHash } from "node:crypto";
import path from "node:path";
import type { TextlintMessage, TextlintResult } from "@textlint/types";
import { checkIdOf, ruleDocsUrl } from "../rule-docs.js";

/** What the preset's rules catch, for viewers that show a rule's description. */
const RULE_DESCRIPTIONS: Record<string, string> = {
  "copydesk/no-duplicate-paragraph": "A block pasted twice, exactly or nearly, or a clause repeated inside a paragraph.",
  "copydesk/no-truncated-sentence": "A paragraph cut mid-sentence or mid-word.",
  "copydesk/no-ellipsis-filler": "Rows of ellipses left by layout templates, placeholders, broken Chinese ellipses.",
  "copydesk/consistent-numerals": "One form per kind of number: GB/T 15835-2011 for Chinese, AP style for English.",
  "copydesk/no-page-furniture": "Kickers, credits, captions, jump lines and page headers left inside the body."
};

const LEVELS: Record<number, "error" | "warning" | "note"> = { 2: "error", 1: "warning", 3: "note" };

/** A URI reference relative to the working directory (the repository root in CI), each segment escaped. */
function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: `file://${filePath.split(path.sep).map(encodeURIComponent).join("/")}` };
}

export interface SarifOptions {
  cwd: string;
  version: string;
  /** The decoded text of each file, for fingerprints that survive edits elsewhere in the file. */
  texts: ReadonlyMap<string, string>;
}

/**
 * A fingerprint stable across runs and across edits elsewhere in the file: the rule, the file,
 * the flagged text and the message, plus how many identical findings came before it in the file.
 * Line numbers are left out, so inserting a paragraph above a finding does not make it "new".
 */
function fingerprint(parts: string[]): string {
  return createHash("sha256").update(parts.join("\0"), "utf8").digest("hex").slice(0, 32);
}

/**
 * The SARIF rule of a message: its check (`copydesk/no-duplicate-paragraph/exact-repeat`) where
 * the rule names one, else the textlint rule id.
 */
function sarifRuleId(message: TextlintMessage): string {
  const check = checkIdOf(message);
  return check ? `copydesk/${check}` : message.ruleId;
}

export function formatSarif(results: readonly TextlintResult[], options: SarifOptions): string {
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  /** The textlint rule id behind each SARIF rule id. */
  const textlintRuleOf = new Map<string, string>();
  const sarifResults: object[] = [];
  for (const result of results) {
    const artifact = artifactUri(result.filePath, options.cwd);
    const text = options.texts.get(result.filePath) ?? "";
    const occurrences = new Map<string, number>();
    for (const message of result.messages) {
      const id = sarifRuleId(message);
      if (!ruleIndex.has(id)) {
        ruleIndex.set(id, ruleIds.length);
        ruleIds.push(id);
        textlintRuleOf.set(id, message.ruleId);
      }
      const flagged = text.slice(message.range[0], message.range[1]);
      const key = [message.ruleId, artifact.uri, flagged, message.message].join("\0");
      const seen = occurrences.get(key) ?? 0;
      occurrences.set(key, seen + 1);
      const { start, end } = message.loc;
      // SARIF columns are 1-based and the end column is exclusive, like textlint's `loc`.
      const endColumn = end.line === start.line ? Math.max(end.column, start.column) : end.column;
      sarifResults.push({
        ruleId: id,
        ruleIndex: ruleIndex.get(id),
        level: LEVELS[message.severity] ?? "warning",
        message: { text: message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn }
            }
          }
        ],
        partialFingerprints: { "copydesk/v1": fingerprint([key, String(seen)]) }
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "copydesk",
            version: options.version,
            semanticVersion: options.version,
            informationUri: "https://www.npmjs.com/package/textlint-rule-preset-copydesk",
            rules: ruleIds.map((id) => {
              const ruleId = textlintRuleOf.get(id) ?? id;
              const helpUri = ruleDocsUrl(ruleId);
              return {
                id,
                name: id.replace(/^.*\//, ""),
                shortDescription: { text: RULE_DESCRIPTIONS[ruleId] ?? ruleId },
                ...(helpUri ? { helpUri } : {})
              };
            })
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToUri(options.cwd)}/` } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function pathToUri(dir: string): string {
  return `file://${path.resolve(dir).split(path.sep).map(encodeURIComponent).join("/")}`;
}
