// Issue 21 item 4: Markdown the parser cannot take in bounded time or depth is measured in one
// pass before parsing and refused. Counted, not timed.
import fs from "node:fs";
import path from "node:path";
import { MAX_LIST_ITEMS, MAX_NESTING, MAX_TABLE_CELLS, markdownShape, markdownTooComplex } from "../src/text/markdown-limits.js";

const table = (rows: number, columns: number) =>
  [
    `| ${Array.from({ length: columns }, (_, c) => `列${c}`).join(" | ")} |`,
    `|${"---|".repeat(columns)}`,
    ...Array.from({ length: rows }, (_, r) => `| ${Array.from({ length: columns }, (_, c) => `${r}-${c}`).join(" | ")} |`)
  ].join("\n");

describe("the shape of a Markdown document, before parsing", () => {
  it("measures lists, tables and nesting", () => {
    expect(markdownShape("- 一\n- 二\n\n  续行\n- 三\n\n正文。\n\n- 四\n")).toMatchObject({ listItems: 3, depth: 1 });
    // Five rows; columns counted as pipes + 1, an upper bound (6 for four cells between pipes).
    expect(markdownShape(table(3, 4))).toMatchObject({ tableCells: 5 * 6 });
    expect(markdownShape("> > > 引文\n").depth).toBe(3);
    expect(markdownShape("- a\n  - b\n    - c\n").depth).toBe(3);
    // Indented code inside a fence is not nesting.
    expect(markdownShape(`\`\`\`\n${" ".repeat(400)}- x\n\`\`\`\n`).depth).toBe(0);
  });

  it("lets ordinary copy through", () => {
    for (const name of ["harbor-bridge.md"]) {
      const text = fs.readFileSync(path.resolve(import.meta.dirname, "../examples", name), "utf8");
      expect(markdownTooComplex(text)).toBeUndefined();
    }
    expect(markdownTooComplex(table(500, 20))).toBeUndefined();
  });

  it("refuses a huge table, a huge list and deep nesting, saying which", () => {
    expect(markdownTooComplex(table(5000, 20))).toMatch(/^a table of [\d,]+ cells \(at most 20,000\)$/u);
    expect(MAX_TABLE_CELLS).toBe(20_000);
    expect(markdownTooComplex("- 第一项。\n".repeat(MAX_LIST_ITEMS + 1))).toBe(`a list of 5,001 items (at most 5,000)`);
    expect(markdownTooComplex(`${">".repeat(3000)} 深处。\n`)).toBe(`quotes or lists nested 3,000 deep (at most ${MAX_NESTING})`);
    expect(markdownTooComplex(Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}- 项目`).join("\n"))).toMatch(/nested 300 deep/u);
  });
});
