/**
 * The near-copy index: shingle hash → the first few paragraphs that hold it, as an open-address
 * hash table in one typed array. A `Map` of arrays cost an entry, an array and their garbage for
 * each of the millions of shingles of a large file; here a key is one slot of four numbers (its
 * hash, how many paragraphs it lists, the first of them, where the others are), side by side so
 * that a probe reads one cache line. Most keys are held by one paragraph; a key held by more gets
 * a block of `cap − 1` more from a shared pool.
 *
 * A key seen in more than `cap` paragraphs is boilerplate: it is marked full and stops counting,
 * which keeps the index linear (see `POSTING_CAP` in the rule).
 */
const KEY = 0;
/** 0 empty, 1…cap paragraphs listed, -1 full (stopped counting). */
const COUNT = 1;
const FIRST = 2;
const BLOCK = 3;
const SLOT = 4;

export class PostingIndex {
  private table: Int32Array;
  private pool: Int32Array;
  private poolUsed = 0;
  private mask: number;
  private used = 0;

  /** `expectedKeys`: about how many keys will be added (the table starts at twice that, and grows past it). */
  constructor(
    private readonly cap: number,
    expectedKeys = 0
  ) {
    let size = 1 << 12;
    while (size < expectedKeys * 2) size *= 2;
    this.table = new Int32Array(size * SLOT);
    this.pool = new Int32Array(1 << 12);
    this.mask = size - 1;
  }

  /**
   * Counts paragraph `p` once against each paragraph already listed under `key` (`shared[i]`,
   * first touches appended to `touched`, in listing order), then lists it there, or marks the key
   * full when it already lists `cap` paragraphs. Behaves as the `Map` of arrays it replaces did.
   */
  add(key: number, p: number, shared: Int32Array, touched: number[]): void {
    let at = this.slotOf(key);
    const table = this.table;
    const count = table[at + COUNT]!;
    if (count === -1) return;
    if (count === 0) {
      if ((this.used + 1) * 2 > this.mask + 1) {
        this.grow();
        at = this.slotOf(key);
      }
      this.table[at + KEY] = key | 0;
      this.table[at + COUNT] = 1;
      this.table[at + FIRST] = p;
      this.used++;
      return;
    }
    const i0 = table[at + FIRST]!;
    if (shared[i0]!++ === 0) touched.push(i0);
    const base = table[at + BLOCK]!;
    for (let k = 1; k < count; k++) {
      const i = this.pool[base + k - 1]!;
      if (shared[i]!++ === 0) touched.push(i);
    }
    if (count >= this.cap) {
      table[at + COUNT] = -1;
      return;
    }
    if (count === 1) table[at + BLOCK] = this.allocate();
    this.pool[table[at + BLOCK]! + count - 1] = p;
    table[at + COUNT] = count + 1;
  }

  private allocate(): number {
    const size = this.cap - 1;
    if (this.poolUsed + size > this.pool.length) {
      const bigger = new Int32Array(this.pool.length * 2);
      bigger.set(this.pool);
      this.pool = bigger;
    }
    const at = this.poolUsed;
    this.poolUsed += size;
    return at;
  }

  /** Where the slot that holds `key` starts in the table, or the empty one where it would go (linear probing). */
  private slotOf(key: number): number {
    const table = this.table;
    const wanted = key | 0;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (table[slot * SLOT + COUNT] !== 0 && table[slot * SLOT + KEY] !== wanted) slot = (slot + 1) & this.mask;
    return slot * SLOT;
  }

  private grow(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    this.table = new Int32Array(size * SLOT);
    this.mask = size - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + COUNT] === 0) continue;
      const to = this.slotOf(old[at + KEY]!);
      this.table[to + KEY] = old[at + KEY]!;
      this.table[to + COUNT] = old[at + COUNT]!;
      this.table[to + FIRST] = old[at + FIRST]!;
      this.table[to + BLOCK] = old[at + BLOCK]!;
    }
  }
}
