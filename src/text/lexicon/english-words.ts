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

/** Letters a–z are 1–26; 0 is a word's edge; anything else (an apostrophe, a hyphen) is 27. */
const EDGE = 0;
const OTHER = 27;
const SYMBOLS = 28;

function letterCode(word: string, i: number): number {
  const c = word.charCodeAt(i) | 0x20;
  return c >= 0x61 && c <= 0x7a ? c - 0x60 : OTHER;
}

let trigrams: Uint8Array | undefined;
let trigramsOf: ReadonlySet<string> | undefined;

/** Marks every letter trigram of `word`, its edges included, in `seen` (indexed by three letter codes). */
function markTrigrams(seen: Uint8Array, word: string): void {
  let a = EDGE;
  let b = EDGE;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? letterCode(word, i) : EDGE;
    if (i > 0) seen[(a * SYMBOLS + b) * SYMBOLS + c] = 1;
    a = b;
    b = c;
  }
}

/**
 * How many of a word's letter trigrams (its edges counted as letters) no word of the list has:
 * 0 for `California` or a misspelt `immedate`, 1 for OCR's `mincsseth` (`css`), 3 for
 * `thusdayiihomm` (two garbled words run together); undefined without the list.
 */
export function unattestedTrigrams(word: string): number | undefined {
  const list = englishWords();
  if (!list) return undefined;
  if (trigramsOf !== list) {
    trigrams = new Uint8Array(SYMBOLS ** 3);
    for (const w of list) markTrigrams(trigrams, w);
    trigramsOf = list;
  }
  const seen = trigrams!;
  let count = 0;
  let a = EDGE;
  let b = EDGE;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? letterCode(word, i) : EDGE;
    if (i > 0 && seen[(a * SYMBOLS + b) * SYMBOLS + c] === 0) count++;
    a = b;
    b = c;
  }
  return count;
}
