// The eval's damage generator (eval/damage.mjs) on a shipped article: deterministic by seed, and
// its gold points at the damage (removing a pasted copy or filler run gives the original back).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM module without types
import { damage, damageAll } from "../eval/damage.mjs";

const article = (p: string) => fs.readFileSync(new URL(`../eval/corpus/${p}`, import.meta.url), "utf8").replace(/\n+$/, "");

describe.each([["zh/rmrb-2023/0017.txt"], ["en/bbc-2005/0011.txt"]])("damage generator on %s", (file) => {
  const text = article(file);
  it("gives the same copies for the same seed, other copies for another", () => {
    for (const kind of ["cut", "dup", "filler", "num"]) {
      const a = damageAll(text, { kind, key: file, seed: 1 });
      expect(a.length).toBeGreaterThan(0);
      expect(damageAll(text, { kind, key: file, seed: 1 })).toEqual(a);
    }
    const one = damage(text, { kind: "cut", key: file, seed: 1 });
    const other = [2, 3, 4, 5].map((seed) => damage(text, { kind: "cut", key: file, seed }).text);
    expect(other.some((t) => t !== one.text)).toBe(true);
  });
  it("records the original and a span inside the damaged text", () => {
    for (const kind of ["cut", "dup", "filler", "num"]) {
      for (const c of damageAll(text, { kind, key: file, seed: 1 })) {
        expect(c.text).not.toBe(c.gold.original);
        expect(c.gold.span[0]).toBeGreaterThanOrEqual(0);
        expect(c.gold.span[1]).toBeLessThanOrEqual(c.text.length);
        if (c.gold.subtype.startsWith("page-break")) {
          // Mended, the sentence is whole and the page's folio follows it: the original with one paragraph more.
          expect(c.gold.original.split("\n\n").length).toBe(text.split("\n\n").length + 1);
          expect(c.gold.original.replace(/\n\n(?:— \d+ —|第 \d+ 页|- \d+ -|Page \d+ of \d+)(?=\n\n|$)/u, "")).toBe(text);
        } else if (!c.gold.subtype.startsWith("short-piece")) expect(c.gold.original).toBe(text);
      }
    }
  });
  it("removing a pasted copy or a filler run at the gold span restores the original", () => {
    const copies = ["exact/next", "exact/far", "block/next", "block/far"]
      .map((subtype) => damage(text, { kind: "dup", key: file, seed: 1, subtype }))
      .filter(Boolean);
    expect(copies.length).toBeGreaterThanOrEqual(2);
    for (const c of copies) {
      const [s, e] = c.gold.span;
      expect(c.text.slice(0, s - 2) + c.text.slice(e)).toBe(text);
    }
    const f = damage(text, { kind: "filler", key: file, seed: 1, subtype: "run/……" });
    expect(f.text.slice(0, f.gold.span[0] - 2) + f.text.slice(f.gold.span[1])).toBe(text);
  });
  it("a cut with the rest in the next paragraph joins back to the original", () => {
    const c = damage(text, { kind: "cut", key: file, seed: 1, subtype: file.startsWith("zh") ? "between-words/next" : "after-function-word/next" });
    const joined = c.text.slice(0, c.gold.span[0]) + c.text.slice(c.gold.span[0]).replace("\n\n", file.startsWith("zh") ? "" : " ");
    expect(joined).toBe(text);
  });
});
