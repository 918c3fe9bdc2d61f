// `--format stylish` (the default): textlint's stylish layout (file, then `line:col severity
// message rule` rows, then the totals), with two differences. Rows fit the terminal's width (a long
// message wraps under itself instead of running past the edge), and the closing hint names the
// fix command that works where copydesk runs: `copydesk --fix`, `copydesk --staged --fix` in a
// hook, the `copydesk-fix` hook under the pre-commit framework (where copydesk is not on PATH).
import type { TextlintResult } from "@textlint/types";

export interface StylishOptions {
  color: boolean;
  /** Columns to fit; undefined: no limit (not a terminal). */
  width?: number;
  /** The command that applies the fixes, for the closing hint. */
  fixCommand: string;
}

const ESC = "\u001b[";
const paint = (on: boolean, codes: string, text: string) => (on && text ? `${ESC}${codes}m${text}${ESC}0m` : text);

// East Asian wide and fullwidth characters take two columns in a terminal.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\u0300-\u036F\u200B-\u200F\u2060\uFE00-\uFE0F\uFEFF]/u;

function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/**
 * Breaks `text` into lines of at most `width` columns: at spaces where there are any (English),
 * between any two characters otherwise (Chinese has no spaces), never inside a character.
 */
export function wrap(text: string, width: number): string[] {
  if (width < 1 || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  let lastSpace = -1; // index in `line` after the last space
  for (const ch of text) {
    const w = charWidth(ch);
    if (lineWidth + w > width && line) {
      if (ch === " ") {
        lines.push(line);
        line = "";
        lineWidth = 0;
        lastSpace = -1;
        continue;
      }
      // Back to the last space only when it is near: Chinese copy with one space in it should
      // not leave half a line empty.
      if (lastSpace > 0 && displayWidth(line.slice(lastSpace)) <= 16) {
        lines.push(line.slice(0, lastSpace).trimEnd());
        line = line.slice(lastSpace);
      } else {
        lines.push(line);
        line = "";
      }
      lineWidth = displayWidth(line);
      lastSpace = -1;
    }
    line += ch;
    lineWidth += w;
    if (ch === " ") lastSpace = line.length;
  }
  if (line) lines.push(line);
  return lines;
}

const plural = (word: string, n: number) => `${n} ${word}${n === 1 ? "" : "s"}`;

interface Row {
  position: string;
  severity: string;
  severityColor: string;
  fixable: boolean;
  message: string;
  rule: string;
}

export function formatStylish(results: readonly TextlintResult[], options: StylishOptions): string {
  const c = options.color;
  let output = "\n";
  let total = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    total += result.messages.length;
    const rows: Row[] = result.messages.map((m) => {
      if (m.fix) fixable++;
      const kind = m.severity === 2 ? "error" : m.severity === 3 ? "info" : "warning";
      if (kind === "error") errors++;
      else if (kind === "info") infos++;
      else warnings++;
      return {
        position: `${m.line || 0}:${m.column || 0}`,
        severity: kind,
        severityColor: kind === "error" ? "31" : kind === "info" ? "32" : "33",
        fixable: Boolean(m.fix),
        // One line per row: a message's own line breaks would break the columns.
        message: m.message.replace(/\.$/, "").replace(/\s*\n\s*/g, " "),
        rule: m.ruleId ?? ""
      };
    });
    const posWidth = Math.max(...rows.map((r) => r.position.length));
    const sevWidth = Math.max(...rows.map((r) => r.severity.length + (r.fixable ? 2 : 0)));
    const msgWidth = Math.max(...rows.map((r) => displayWidth(r.message)));
    const ruleWidth = Math.max(...rows.map((r) => r.rule.length));
    const indent = 2 + posWidth + 2 + sevWidth + 2;
    // What is left for the message once the rule id has its column; too little, and the rule id
    // goes on a line of its own under the message.
    const room = options.width ? options.width - indent - 2 - ruleWidth : Infinity;
    const ruleBelow = room < 20;
    const messageRoom = options.width ? (ruleBelow ? options.width - indent : room) : Infinity;
    const column = Math.min(msgWidth, messageRoom);
    output += `${paint(c, "4", result.filePath)}\n`;
    for (const row of rows) {
      const severity = (row.fixable ? paint(c, "32;1", "✓ ") : "") + paint(c, row.severityColor, row.severity);
      const head = `  ${" ".repeat(posWidth - row.position.length)}${paint(c, "90", row.position)}  ${severity}${" ".repeat(sevWidth - row.severity.length - (row.fixable ? 2 : 0))}  `;
      const lines = Number.isFinite(messageRoom) ? wrap(row.message, Math.max(1, messageRoom)) : [row.message];
      const rule = paint(c, "90", row.rule);
      lines.forEach((line, i) => {
        const prefix = i === 0 ? head : " ".repeat(indent);
        const last = i === lines.length - 1;
        if (last && !ruleBelow) output += `${prefix}${line}${" ".repeat(Math.max(0, column - displayWidth(line)))}  ${rule}`.trimEnd() + "\n";
        else output += `${prefix}${line}`.trimEnd() + "\n";
      });
      if (ruleBelow && row.rule) output += `${" ".repeat(indent)}${rule}\n`;
    }
    output += "\n";
  }
  if (total === 0) return "";
  const summary = `✖ ${plural("problem", total)} (${plural("error", errors)}, ${plural("warning", warnings)}, ${plural("info", infos)})`;
  output += `${paint(c, errors > 0 ? "31;1" : "33;1", summary)}\n`;
  if (fixable > 0) {
    output += `${paint(c, "32;1", `✓ ${plural("fixable problem", fixable)}.`)}\n`;
    output += `Try to run: $ ${paint(c, "4", options.fixCommand)}\n`;
  }
  return output;
}
