// Pure conversions between textlint results and LSP structures.
import type { TextlintMessage } from "@textlint/kernel";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from "vscode-languageserver/node.js";
import { checkIdOf, REPOSITORY_URL, ruleDocsUrl } from "../rule-docs.js";

/** The repository whose `docs/rules/<rule-id>.md` pages diagnostics link to. */
export const DOCS_BASE = REPOSITORY_URL;

/** What a diagnostic carries so a code action request can find its textlint message again. */
export interface DiagnosticData {
  version: number;
  index: number;
}

export function severityOf(severity: number): DiagnosticSeverity {
  // textlint: 1 warning, 2 error, 3 info
  if (severity === 2) return DiagnosticSeverity.Error;
  if (severity === 3) return DiagnosticSeverity.Information;
  return DiagnosticSeverity.Warning;
}

/** The LSP range of an absolute UTF-16 [start, end) range of `doc`. */
export function rangeOf(doc: TextDocument, range: readonly [number, number]) {
  const start = Math.max(0, range[0]);
  return { start: doc.positionAt(start), end: doc.positionAt(Math.max(start, range[1])) };
}

/** The docs page of a copydesk rule (`copydesk/<rule-id>`). */
export function docsUrl(ruleId: string): string | undefined {
  return ruleDocsUrl(ruleId);
}

/** A textlint message as an LSP diagnostic on the text `doc` holds (the text that was linted). */
export function toDiagnostic(doc: TextDocument, message: TextlintMessage, index: number): Diagnostic {
  const href = docsUrl(message.ruleId);
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, message.range),
    severity: severityOf(message.severity),
    // The check's stable id (`no-duplicate-paragraph/exact-repeat`) where the rule gives one.
    code: checkIdOf(message) ?? message.ruleId,
    source: "copydesk",
    message: message.message,
    data: { version: doc.version, index } satisfies DiagnosticData
  };
  if (href) diagnostic.codeDescription = { href };
  return diagnostic;
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(doc: TextDocument, after: string): TextEdit | undefined {
  const before = doc.getText();
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { range: rangeOf(doc, [start, endBefore]), newText: after.slice(start, endAfter) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A short form of a message for an action title (first line, at most 60 characters). */
export function shortMessage(message: string): string {
  const line = message.split("\n")[0]!.trim();
  return line.length > 60 ? line.slice(0, 59) + "…" : line;
}

/** Whether two ranges of offsets touch or overlap (a caret at either end counts). */
export function touches(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

const DISABLE_RE = /^<!--\s*textlint-disable\s+([^>]*?)\s*-->/;

/**
 * The edit that disables `ruleId` for a whole Markdown file: a `<!-- textlint-disable id -->`
 * comment at the top (after any front matter), or the id added to such a comment that is already
 * there. The textlint comments filter needs the comment on its own, with a blank line after it.
 */
export function disableRuleEdit(doc: TextDocument, ruleId: string): TextEdit {
  const text = doc.getText();
  let offset = 0;
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (frontMatter) offset = frontMatter[0].length;
  const rest = text.slice(offset);
  const lead = /^(?:[ \t]*\r?\n)*/.exec(rest)![0].length;
  const existing = DISABLE_RE.exec(rest.slice(lead));
  if (existing) {
    const ids = existing[1]!
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const start = offset + lead;
    const end = start + existing[0].length;
    if (!ids.includes(ruleId)) ids.push(ruleId);
    return { range: rangeOf(doc, [start, end]), newText: `<!-- textlint-disable ${ids.join(",")} -->` };
  }
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return { range: rangeOf(doc, [offset, offset]), newText: `<!-- textlint-disable ${ruleId} -->${eol}${eol}` };
}
