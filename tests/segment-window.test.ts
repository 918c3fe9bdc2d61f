// Issue 21 item 1: ICU segmentation runs in bounded windows (`SEGMENT_WINDOW`), and on ordinary
// copy the windows give the same words and sentences, at the same offsets, as one call over the
// whole text. Timings are measured in `npm run bench` (adversarial table), not asserted here.
import fs from "node:fs";
import path from "node:path";
import { afterEach, vi } from "vitest";
import { SEGMENT_WINDOW, zhSentences, zhWords } from "../src/text/segment.js";

const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../examples/000_5c1383eb5e7a2872.txt"), "utf8");
/** The seed as copy whose line breaks were lost: one line of about 9,000 characters. */
const oneLine = seed.replace(/\s*\n\s*/gu, "");

function wholeWords(text: string, offset: number) {
  const out: string[] = [];
  for (const s of new Intl.Segmenter("zh", { granularity: "word" }).segment(text)) {
    if (s.segment.trim() !== "") out.push(`${offset + s.index}:${s.segment}:${s.isWordLike ?? false}`);
  }
  return out;
}

function wholeSentences(text: string, offset: number) {
  const out: string[] = [];
  for (const s of new Intl.Segmenter("zh", { granularity: "sentence" }).segment(text)) {
    const body = s.segment.trim();
    if (body !== "") out.push(`${offset + s.index + s.segment.length - s.segment.trimStart().length}:${body}`);
  }
  return out;
}

const words = (text: string, offset: number) => zhWords(text, offset).map((t) => `${t.start}:${t.text}:${t.wordLike}`);
const sentences = (text: string, offset: number) => zhSentences(text, offset).map((s) => `${s.start}:${s.text}`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("windowed Chinese segmentation", () => {
  it("the test copy is longer than one window", () => {
    expect(oneLine.length).toBeGreaterThan(3 * SEGMENT_WINDOW);
  });

  it("gives the same words as one call over the whole text, at the same absolute offsets", () => {
    expect(words(oneLine, 1234)).toEqual(wholeWords(oneLine, 1234));
  });

  it("gives the same sentences as one call over the whole text", () => {
    expect(sentences(oneLine, 77)).toEqual(wholeSentences(oneLine, 77));
  });

  it("gives the same words on copy with its punctuation stripped (windows cut where ICU found a boundary)", () => {
    const bare = oneLine.replace(/[\s\p{P}]+/gu, "");
    expect(bare.length).toBeGreaterThan(3 * SEGMENT_WINDOW);
    expect(words(bare, 0)).toEqual(wholeWords(bare, 0));
  });

  it("gives the same words with commas between digits and letters (`1，2`, `a:b` join in ICU)", () => {
    const text = "第1，2，3项，共12,345.6万元；a:b，比例为3：2。".repeat(400);
    expect(words(text, 0)).toEqual(wholeWords(text, 0));
  });

  it("never hands ICU more than one window, whatever the input", () => {
    const spy = vi.spyOn(Intl.Segmenter.prototype, "segment");
    const inputs = [
      oneLine.repeat(4),
      "1".repeat(20_000),
      "。".repeat(20_000),
      "\u200b".repeat(20_000),
      "“".repeat(20_000),
      "𠀀".repeat(20_000),
      "我们今天在这里讨论经济发展问题".repeat(2_000)
    ];
    for (const text of inputs) {
      zhWords(text, 0);
      zhSentences(text, 0);
    }
    expect(spy).toHaveBeenCalled();
    for (const [arg] of spy.mock.calls) expect(String(arg).length).toBeLessThanOrEqual(SEGMENT_WINDOW);
  });

  it("covers the text without gaps or overlaps and never splits a surrogate pair", () => {
    for (const text of ["𠀀".repeat(5_000), `a${"𠀀".repeat(5_000)}`, "1".repeat(10_000), `${"😀\u200d".repeat(3_000)}`]) {
      const tokens = zhWords(text, 10);
      expect(tokens.map((t) => t.text).join("")).toBe(text);
      let at = 10;
      for (const t of tokens) {
        expect(t.start).toBe(at);
        expect(text.slice(t.start - 10, t.end - 10)).toBe(t.text);
        at = t.end;
      }
      expect(tokens.some((t) => /^[\udc00-\udfff]|[\ud800-\udbff]$/u.test(t.text))).toBe(false);
      const spans = zhSentences(text, 0);
      expect(spans.map((s) => s.text).join("")).toBe(text);
    }
  });

  it("segments short text in one call, as before", () => {
    const paragraph = seed.split("\n").find((line) => line.length > 100)!;
    expect(words(paragraph, 5)).toEqual(wholeWords(paragraph, 5));
    expect(sentences(paragraph, 5)).toEqual(wholeSentences(paragraph, 5));
  });
});

describe("Paragraph.wordsIn: the words at one place of a long paragraph", () => {
  it("gives the same tokens as words() at every place of copy whose line breaks were lost", async () => {
    const { buildModel } = await import("./support/build-model.js");
    const long = (await buildModel(`${oneLine}\n`, ".txt")).paragraphs[0]!;
    expect(long.text.length).toBeGreaterThan(SEGMENT_WINDOW);
    // A fresh model for the windowed path (words() not yet computed on it).
    const fresh = (await buildModel(`${oneLine}\n`, ".txt")).paragraphs[0]!;
    const all = long.words();
    for (let k = 0; k < all.length; k += 37) {
      const token = all[k]!;
      expect(fresh.wordsIn(token.start, token.end)).toEqual([token]);
    }
    expect(fresh.wordsIn(fresh.end - 1, fresh.end)).toEqual([all[all.length - 1]]);
    expect(fresh.wordsIn(fresh.start, fresh.start + 1)).toEqual([all[0]]);
  });
});

describe("windowed English analysis", () => {
  it("gives the same sentences and words as one retext parse of the whole text", async () => {
    const { EN_WINDOW, enAnalysis, enAnalysisWhole } = await import("../src/text/segment.js");
    const story = fs.readFileSync(path.resolve(import.meta.dirname, "../examples/council-budget.txt"), "utf8");
    // The story in one line, eight times over (each time with its figures changed), past three windows.
    const oneLineEn = Array.from({ length: 8 }, (_, i) => story.replace(/\d/gu, (d) => String((Number(d) + i) % 10)))
      .join(" ")
      .replace(/\s+/gu, " ");
    expect(oneLineEn.length).toBeGreaterThan(3 * EN_WINDOW);
    const windowed = enAnalysis(oneLineEn, 40);
    const whole = enAnalysisWhole(oneLineEn, 40);
    expect(windowed.words).toEqual(whole.words);
    expect(windowed.sentences).toEqual(whole.sentences);
  });
});

describe("word boundaries asked one place at a time", () => {
  it("gives the boundaries of the words zhWords lists, at every place of every short stretch of the seed", async () => {
    const { zhWordBreaks } = await import("../src/text/segment.js");
    // The seed cut into stretches at punctuation, the shape numeral extraction asks about.
    const stretches = seed.split(/[\s，。；：、！？“”（）《》]+/u).filter((s) => s.length >= 2);
    expect(stretches.length).toBeGreaterThan(100);
    let places = 0;
    for (const stretch of stretches) {
      const listed = new Set(zhWords(stretch, 0).flatMap((t) => [t.start, t.end]));
      const breaks = zhWordBreaks(stretch);
      // Asked out of order, as a later numeral of the same stretch asks after an earlier one.
      for (let i = stretch.length; i >= 0; i--) {
        expect(breaks(i), `${stretch} @${i}`).toBe(i === 0 || i === stretch.length || listed.has(i));
        places++;
      }
    }
    expect(places).toBeGreaterThan(1000);
  });
});

describe("word boundaries of a stretch longer than one window", () => {
  it("are asked window by window and agree with zhWords", async () => {
    const { zhWordBreaks } = await import("../src/text/segment.js");
    const long = oneLine.slice(0, 3 * SEGMENT_WINDOW);
    const spy = vi.spyOn(Intl.Segmenter.prototype, "segment");
    const breaks = zhWordBreaks(long);
    expect(spy.mock.calls.length).toBeGreaterThan(2);
    for (const call of spy.mock.calls) expect(call[0].length).toBeLessThanOrEqual(SEGMENT_WINDOW);
    const listed = new Set(zhWords(long, 0).flatMap((t) => [t.start, t.end]));
    for (let i = 0; i <= long.length; i += 7) expect(breaks(i), `@${i}`).toBe(i === 0 || i === long.length || listed.has(i));
  });
});
