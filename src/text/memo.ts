/**
 * A bounded memo keyed by text, for analyses that depend on nothing but the text they are given
 * (ICU words and sentences, a retext parse, numerals, comparison forms, near-copy shingles, the
 * cut detector's score of one paragraph end).
 *
 * Why: the language server lints the whole document on every keystroke, and `--fix` lints the
 * fixed text again; between two such lints almost every paragraph is unchanged, so its analyses
 * are looked up instead of computed again. Two generations (the current one and the one before
 * it), each holding at most `keptChars()` characters of keys: a key used in the last lint survives
 * into the next, one not used for two generations is dropped.
 *
 * Off unless a caller that lints the same text again turns it on (`keepAnalyses`): a one-off lint
 * of a large file would only pay for the memory (about 50 MB more at 10 MB of copy).
 */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  private chars = 0;

  constructor() {
    memos.push(this);
  }

  get(key: string, compute: () => T): T {
    if (capacity === 0) return compute();
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value === undefined) value = compute();
    this.remember(key, value);
    return value;
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
    this.chars = 0;
  }

  private remember(key: string, value: T): void {
    if (this.chars + key.length > capacity) {
      this.previous = this.current;
      this.current = new Map();
      this.chars = 0;
    }
    this.current.set(key, value);
    this.chars += key.length;
  }
}

/**
 * What an editor keeps (the language server, the web page), which lints its document on every
 * keystroke: the paragraphs of a story of about 100,000 characters, and the tails and heads the
 * rules ask about.
 */
export const EDITOR_KEPT_CHARS = 1 << 18;

const memos: TextMemo<unknown>[] = [];
let capacity = 0;

/**
 * Keeps analyses between lints, each memo holding up to `chars` characters of keys per
 * generation (about the length of the documents linted again, with room for the short tails
 * and heads the rules ask about); 0 turns the memos off and frees what they hold.
 */
export function keepAnalyses(chars: number): void {
  capacity = Math.max(0, Math.floor(chars));
  if (capacity === 0) for (const memo of memos) memo.clear();
}

/** Characters of keys each memo keeps per generation (0: off). */
export function keptChars(): number {
  return capacity;
}

/**
 * Runs `lints` with analyses kept for a document of `textLength` characters (its own lints may
 * see the same paragraphs again, as `--fix` does), then restores the setting before it.
 */
export async function keepingAnalyses<T>(textLength: number, lints: () => Promise<T>): Promise<T> {
  const before = capacity;
  keepAnalyses(Math.max(before, 2 * textLength + 4096));
  try {
    return await lints();
  } finally {
    keepAnalyses(before);
  }
}
