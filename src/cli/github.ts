// `--format github`: GitHub Actions workflow commands, one annotation per finding. Every value is
// escaped as GitHub's toolkit does (actions/toolkit, command.ts): data escapes % CR LF, properties
// also : and , so a file name or message can never end the command early or start another one
// (a file named "a\n::warning::INJECTED.txt" stays one annotation on one line).
import path from "node:path";
import type { TextlintResult } from "@textlint/types";

const LEVELS: Record<number, string> = { 2: "error", 1: "warning", 3: "notice" };

/** Escapes a command's message (after the `::`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value (`file=…,title=…`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}\n`;
}

/** File names relative to the working directory (the checkout in CI), with / separators. */
function shownPath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, filePath);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return filePath;
  return rel.split(path.sep).join("/");
}

export function formatGithub(results: readonly TextlintResult[], cwd: string): string {
  let output = "";
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const file = shownPath(result.filePath, cwd);
    output += `::group::${escapeData(file)}\n`;
    for (const message of result.messages) {
      const { start, end } = message.loc;
      output += command(
        LEVELS[message.severity] ?? "warning",
        {
          file,
          line: start.line || 1,
          endLine: end.line || start.line || 1,
          col: start.column || 1,
          endColumn: end.column || start.column || 1,
          title: `copydesk${message.ruleId ? ` [${message.ruleId}]` : ""}`
        },
        `${message.message.trim()} | ${start.line || 1}:${start.column || 1}`
      );
    }
    output += "::endgroup::\n";
  }
  return output;
}
