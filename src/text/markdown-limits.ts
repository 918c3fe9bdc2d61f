// How deep a Markdown document nests, measured before it reaches the parser. textlint's Markdown
// parser (mdast) recurses once per level of nesting: 2,000 nested `>` overflow the stack, and
// lists nested a few hundred deep take minutes (the parse grows with depth times indentation).
// No news story nests anywhere near MAX_MARKDOWN_DEPTH, so a document past it is refused with one
// line instead of hanging or printing a stack trace.

/** Deepest nesting copydesk hands to the Markdown parser (block quotes plus list levels). */
export const MAX_MARKDOWN_DEPTH = 100;

/**
 * An upper bound on the container depth of the deepest line: the `>` markers and list markers
 * at the line's start, plus its indentation over two columns (each nested list level needs at
 * least two more columns than its parent). One pass, constant work per character.
 */
export function markdownNestingBound(text: string): { depth: number; line: number } {
  let best = 0;
  let bestLine = 1;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let indent = 0;
    // The line's prefix: spaces, tabs, `>` and list markers, until the first other character.
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4;
      else if (c === 0x3e /* > */) depth++;
      else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) depth++;
      else break;
    }
    const bound = depth + Math.floor(indent / 2);
    if (bound > best) {
      best = bound;
      bestLine = line;
    }
    // Skip to the next line.
    while (i < n) {
      const c = text.charCodeAt(i++);
      if (c === 0x0a) break;
      if (c === 0x0d) {
        if (text.charCodeAt(i) === 0x0a) i++;
        break;
      }
    }
    line++;
  }
  return { depth: best, line: bestLine };
}

/** Why a Markdown document is too deep to parse, or undefined when it is fine. */
export function markdownTooDeep(text: string, locale: "zh" | "en" = "en"): string | undefined {
  const { depth, line } = markdownNestingBound(text);
  if (depth <= MAX_MARKDOWN_DEPTH) return undefined;
  return locale === "zh"
    ? `Markdown 嵌套过深（第 ${line} 行约 ${depth} 层，上限 ${MAX_MARKDOWN_DEPTH} 层），未检查`
    : `Markdown nested too deep to parse (about ${depth} levels at line ${line}; the limit is ${MAX_MARKDOWN_DEPTH}); not linted`;
}
