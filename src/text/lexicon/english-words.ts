// The English word list (the `word-list` package: about 274,000 words, lower case, one a line),
// read on first use. It says whether two halves broken at a line end make a word (`ex` + `pected`).
// It holds many fragments as words of their own (`ex`, `con`, `pa`), so it is never asked whether
// a half is a word. Read where Node's fs is at hand (the CLI, the language server, stock
// textlint); the web page's worker fetches the same file and hands it over (setEnglishWords).
// Without it the copy's own words decide alone.

let words: ReadonlySet<string> | null | undefined;

interface NodeBits {
  readFileSync(file: string, encoding: "utf8"): string;
  createRequire(from: string): { resolve(id: string): string };
}

function nodeBits(): NodeBits | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.("node:fs") as { readFileSync: NodeBits["readFileSync"] } | undefined;
  const mod = proc?.getBuiltinModule?.("node:module") as { createRequire: NodeBits["createRequire"] } | undefined;
  return fs && mod ? { readFileSync: fs.readFileSync, createRequire: mod.createRequire } : undefined;
}

/** Gives the word list where it cannot be read from disk (the web page's worker). */
export function setEnglishWords(list: Iterable<string>): void {
  words = new Set(list);
}

/** The word list as a set, or undefined where it cannot be read. */
export function englishWords(): ReadonlySet<string> | undefined {
  if (words !== undefined) return words ?? undefined;
  words = null;
  try {
    const node = nodeBits();
    const here = import.meta.url;
    if (node && here) {
      const index = node.createRequire(here).resolve("word-list");
      const file = index.replace(/index\.js$/, "words.txt");
      words = new Set(node.readFileSync(file, "utf8").split("\n"));
    }
  } catch {
    words = null;
  }
  return words ?? undefined;
}
