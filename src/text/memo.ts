/**
 * A bounded memo keyed by text, for analyses that depend on nothing but the text they are given
 * (ICU words and sentences, a retext parse, the cut detector's score of one paragraph end).
 *
 * Why: the language server lints the whole document on every keystroke, and `--fix` lints the
 * fixed text again; between two such lints almost every paragraph is unchanged, so its words and
 * scores are looked up instead of computed again. Two generations (the current one and the one
 * before it), each holding at most `capacity` characters of keys: a key used in the last lint
 * survives into the next, one not used for two generations is dropped, and memory stays bounded
 * however large the document (a 10 MB file only churns through the generations).
 */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  private chars = 0;

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => T): T {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value === undefined) value = compute();
    this.remember(key, value);
    return value;
  }

  private remember(key: string, value: T): void {
    if (this.chars + key.length > this.capacity) {
      this.previous = this.current;
      this.current = new Map();
      this.chars = 0;
    }
    this.current.set(key, value);
    this.chars += key.length;
  }
}
