// The near-copy index of no-duplicate-paragraph (rules/no-duplicate-paragraph/postings.ts) must
// count exactly as the Map of capped posting lists it replaced: the same shared counts, the same
// first-touch order (ties between equally near candidates go to the first one touched), the same
// keys going full. Checked against that Map on a stream of shingles shaped like a long file's:
// many keys seen once, some in a few paragraphs, boilerplate in many; enough to grow the table.
import { PostingIndex } from "../rules/no-duplicate-paragraph/postings.js";

/** The index as it was: a Map of arrays, `null` once a key lists `cap` paragraphs. */
function mapIndex(cap: number) {
  const postings = new Map<number, number[] | null>();
  return (key: number, p: number, shared: Int32Array, touched: number[]) => {
    const list = postings.get(key);
    if (list === null) return;
    if (list === undefined) {
      postings.set(key, [p]);
      return;
    }
    for (const i of list) if (shared[i]!++ === 0) touched.push(i);
    if (list.length >= cap) postings.set(key, null);
    else list.push(p);
  };
}

function stream(seed: number, paragraphs: number) {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const out: number[][] = [];
  for (let p = 0; p < paragraphs; p++) {
    const keys = new Set<number>();
    const n = 1 + Math.floor(next() * 40);
    for (let k = 0; k < n; k++) {
      const r = next();
      // Fresh keys over the whole 32-bit range, a pool shared by a few paragraphs, boilerplate.
      keys.add(r < 0.7 ? Math.floor(next() * 2 ** 32) : r < 0.95 ? 0x80000000 + Math.floor(next() * 5000) : Math.floor(next() * 20));
    }
    out.push([...keys]);
  }
  return out;
}

describe("the near-copy posting index", () => {
  for (const [cap, expectedKeys] of [
    [1, 0],
    [2, 0],
    [8, 0],
    [8, 50_000]
  ] as const) {
    it(`counts, orders and caps as the Map it replaced (cap ${cap}, ${expectedKeys ? "sized up front" : "through growth"})`, () => {
      const paragraphs = stream(cap * 7919, 3000);
      const index = new PostingIndex(cap, expectedKeys);
      const reference = mapIndex(cap);
      const sharedA = new Int32Array(paragraphs.length);
      const sharedB = new Int32Array(paragraphs.length);
      let touchedSome = 0;
      paragraphs.forEach((keys, p) => {
        const a: number[] = [];
        const b: number[] = [];
        for (const key of keys) {
          index.add(key, p, sharedA, a);
          reference(key, p, sharedB, b);
        }
        expect(a).toEqual(b);
        expect(a.map((i) => sharedA[i])).toEqual(b.map((i) => sharedB[i]));
        if (a.length > 0) touchedSome++;
        for (const i of a) sharedA[i] = 0;
        for (const i of b) sharedB[i] = 0;
      });
      // The stream does share keys, so the comparison is not between two empty lists.
      expect(touchedSome).toBeGreaterThan(paragraphs.length / 2);
    });
  }
});
