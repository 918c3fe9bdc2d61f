/**
 * The near-copy index: shingle hash → the first few paragraphs that hold it, as an open-address
 * hash table in typed arrays. A `Map` of arrays cost an entry, an array and their garbage for
 * each of the millions of shingles of a large file; here a key is a few bytes of fixed slots.
 * Most keys are held by one paragraph: the first is kept in the slot, and a key held by more
 * gets a block of `cap − 1` more from a shared pool.
 *
 * A key seen in more than `cap` paragraphs is boilerplate: it is marked full and stops counting,
 * which keeps the index linear (see `POSTING_CAP` in the rule).
 */
export class PostingIndex {
  private keys: Uint32Array;
  /** Per slot: 0 empty, 1…cap paragraphs listed, -1 full (stopped counting). */
  private counts: Int8Array;
  private first: Int32Array;
  /** Per slot with two paragraphs or more: where its block starts in `pool`. */
  private block: Int32Array;
  private pool: Int32Array;
  private poolUsed = 0;
  private mask: number;
  private used = 0;

  constructor(private readonly cap: number) {
    const size = 1 << 12;
    this.keys = new Uint32Array(size);
    this.counts = new Int8Array(size);
    this.first = new Int32Array(size);
    this.block = new Int32Array(size);
    this.pool = new Int32Array(1 << 12);
    this.mask = size - 1;
  }

  /**
   * Counts paragraph `p` once against each paragraph already listed under `key` (`shared[i]`,
   * first touches appended to `touched`, in listing order), then lists it there, or marks the key
   * full when it already lists `cap` paragraphs. Behaves as the `Map` of arrays it replaces did.
   */
  add(key: number, p: number, shared: Int32Array, touched: number[]): void {
    let slot = this.slotOf(key);
    const count = this.counts[slot]!;
    if (count === -1) return;
    if (count === 0) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(key);
      }
      this.keys[slot] = key;
      this.counts[slot] = 1;
      this.first[slot] = p;
      this.used++;
      return;
    }
    const i0 = this.first[slot]!;
    if (shared[i0]!++ === 0) touched.push(i0);
    const base = this.block[slot]!;
    for (let k = 1; k < count; k++) {
      const i = this.pool[base + k - 1]!;
      if (shared[i]!++ === 0) touched.push(i);
    }
    if (count >= this.cap) {
      this.counts[slot] = -1;
      return;
    }
    if (count === 1) this.block[slot] = this.allocate();
    this.pool[this.block[slot]! + count - 1] = p;
    this.counts[slot] = count + 1;
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

  /** The slot that holds `key`, or the empty one where it would go (linear probing). */
  private slotOf(key: number): number {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.counts[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const { keys, counts, first, block } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size);
    this.counts = new Int8Array(size);
    this.first = new Int32Array(size);
    this.block = new Int32Array(size);
    this.mask = size - 1;
    for (let old = 0; old < keys.length; old++) {
      if (counts[old] === 0) continue;
      const slot = this.slotOf(keys[old]!);
      this.keys[slot] = keys[old]!;
      this.counts[slot] = counts[old]!;
      this.first[slot] = first[old]!;
      this.block[slot] = block[old]!;
    }
  }
}
