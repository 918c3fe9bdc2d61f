import fs from "node:fs";
import path from "node:path";
import { buildModel } from "./support/build-model.js";
import { detectLanguage, enNumbers, mayHoldEnglishNumber } from "../src/text/index.js";
import { quotedAfter } from "../src/text/punctuation.js";

const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../examples/000_5c1383eb5e7a2872.txt"), "utf8");
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "fixtures/text-model", name), "utf8");

describe("paragraphs of one-paragraph-per-line copy", () => {
  it("finds every paragraph of the seed with its source line and exact source range", async () => {
    const model = await buildModel(seed, ".txt");
    expect(model.layout).toBe("line-per-paragraph");
    expect(model.lang).toBe("zh");
    const nonEmptyLines = seed.split("\n").filter((line) => line.trim() !== "").length;
    expect(model.paragraphs).toHaveLength(nonEmptyLines);
    for (const p of model.paragraphs) {
      expect(model.source.slice(p.start, p.end)).toBe(p.text);
      expect(seed.split("\n")[p.line - 1]!.trim()).toBe(p.text);
    }
  });

  it("gives the seed's furniture its roles", async () => {
    const model = await buildModel(seed, ".txt");
    const roleAt = (line: number) => model.paragraphs.find((p) => p.line === line)?.role;
    expect(roleAt(3)).toBe("heading"); // 高质量发展回眸 (kicker)
    expect(roleAt(7)).toBe("byline"); // 设计/杨倩
    expect(roleAt(17)).toBe("heading"); // 高举伟大旗帜 筑牢信仰之基
    expect(roleAt(33)).toBe("quotation"); // “强国建设…”习近平总书记话语铿锵。
    expect(roleAt(41)).toBe("body"); // the cut-off paragraph is copy, not a title
    expect(roleAt(51)).toBe("ellipsis");
    expect(roleAt(73)).toBe("lead-in"); // …切实提升选人用人水平——
    expect(roleAt(195)).toBe("heading"); // ——回望2023吉林实践(十)
    expect(roleAt(197)).toBe("byline"); // 本报记者 粘青 李抑婧 赵梦卓
    expect(roleAt(201)).toBe("body");
  });

  it("treats a Markdown block of single-newline lines as one paragraph per line", async () => {
    const text = fixture("one-per-line.md");
    const model = await buildModel(text, ".md");
    expect(model.format).toBe("markdown");
    expect(model.layout).toBe("line-per-paragraph");
    const body = model.paragraphs.filter((p) => p.container === "paragraph");
    expect(body.map((p) => p.text)).toEqual(
      text
        .split("\n")
        .filter((line) => line.trim() !== "" && !line.startsWith("#") && !line.startsWith("- "))
        .map((l) => l.trim())
    );
    expect(model.paragraphs[0]!.role).toBe("heading");
    expect(model.paragraphs.filter((p) => p.container === "list-item")).toHaveLength(2);
  });

  it("blanks Markdown markup so text stays offset-aligned with the source", async () => {
    const model = await buildModel("他说，**这是重点**，见[报告](https://example.com/a)。\n", ".md");
    const [p] = model.paragraphs;
    expect(p!.text).toHaveLength(p!.end - p!.start);
    expect(p!.text.replace(/ +/g, "")).toBe("他说，这是重点，见报告。");
  });
});

describe("hard-wrapped copy", () => {
  it("joins the wrapped lines of Reuters wire copy into indented paragraphs", async () => {
    const text = fixture("reuters-0001-wrapped.txt");
    const model = await buildModel(text, ".txt");
    expect(model.layout).toBe("hard-wrapped");
    const first = model.paragraphs[0]!;
    expect(first.line).toBe(1);
    expect(first.endLine).toBe(4);
    expect(first.text).toMatch(/^A surprise 7\.5 pct drop .* economists said\.$/);
    expect(first.breaks).toHaveLength(3);
    for (const b of first.breaks) expect(text[b]).toBe("\n");
    expect(model.paragraphs[1]!.text.startsWith("With total orders")).toBe(true);
  });

  it("joins a PDF extraction's wrapped Chinese lines and records where the wraps were", async () => {
    const text = fixture("wrapped-zh.txt");
    const model = await buildModel(text, ".txt");
    expect(model.layout).toBe("hard-wrapped");
    const joined = model.paragraphs.find((p) => p.breaks.length > 0 && p.text.includes("中国海"))!;
    const wrapOffsets = joined.breaks.map((b) => text.slice(b - 3, b) + "|" + text.slice(b + 1, b + 2));
    expect(wrapOffsets).toContain("中国海|油");
    // The photo caption on the first line and the dateline under it are not one paragraph: a
    // caption that closes on its credit ends its paragraph, a dateline opens one.
    expect(model.paragraphs[0]!.text).toBe("中国海油“海能”人工智能模型发布会在集团总部召开。 本报记者 刘梦涛 摄");
    expect(model.paragraphs[1]!.text.startsWith("本报讯 （记者徐昕联 通讯员")).toBe(true);
  });

  it("keeps one-paragraph-per-line copy without blank lines as separate paragraphs", async () => {
    const text = fixture("rmrb-crawl-0002-lines.txt");
    const model = await buildModel(text, ".txt");
    expect(model.layout).toBe("line-per-paragraph");
    expect(model.paragraphs.length).toBe(text.split("\n").filter((l) => l.trim() !== "").length);
  });
});

describe("language, sentences and words", () => {
  it("detects the language of each paragraph", async () => {
    const model = await buildModel("新华社北京3月5日电 GDP增长5.2%。\n\nThe council approved the budget on Monday.\n", ".txt");
    expect(model.paragraphs.map((p) => p.lang)).toEqual(["zh", "en"]);
    expect(detectLanguage("He quoted 人民日报 in his speech about the economy.")).toBe("en");
  });

  it("splits Chinese sentences keeping the closing quote with its sentence", async () => {
    const model = await buildModel("他说：“我们要坚持下去。”随后离开了会场。会议结束！\n", ".txt");
    expect(model.paragraphs[0]!.sentences().map((s) => s.text)).toEqual(["他说：“我们要坚持下去。”", "随后离开了会场。", "会议结束！"]);
  });

  it("segments Chinese words per paragraph with absolute offsets", async () => {
    const text = "标题\n\n推动担当作为成为新时代吉林干部的鲜明特质\n";
    const model = await buildModel(text, ".txt");
    const words = model.paragraphs[1]!.words();
    expect(words.map((w) => w.text)).toContain("成为");
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it("splits English sentences with retext, keeping abbreviations and decimals", async () => {
    const text = "Mr. Smith said the U.S. economy grew 2.5 pct. He left.\n";
    const model = await buildModel(text, ".txt");
    const p = model.paragraphs[0]!;
    expect(p.sentences().map((s) => s.text)).toEqual(["Mr. Smith said the U.S. economy grew 2.5 pct.", "He left."]);
    const words = p
      .words()
      .filter((w) => w.wordLike)
      .map((w) => w.text);
    expect(words.slice(0, 3)).toEqual(["Mr.", "Smith", "said"]);
    for (const w of p.words()) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it("builds the model once per document and shares it between rules", async () => {
    const { TextlintKernel } = await import("@textlint/kernel");
    const { plugins } = await import("./support/build-model.js");
    const { getTextModel } = await import("../src/text/index.js");
    const seen: unknown[] = [];
    const capture = (context: any) => ({
      [context.Syntax.Document](node: any) {
        seen.push(getTextModel(node));
      }
    });
    await new TextlintKernel().lintText("一段。\n\n两段。\n", {
      ext: ".txt",
      plugins,
      rules: [
        { ruleId: "a", rule: capture },
        { ruleId: "b", rule: capture }
      ]
    });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});

describe("separatorAfter", () => {
  it("spans the spaces and U+E40C marks after a paragraph on its line, removable except in HTML", async () => {
    const text = "第一段有三期活动。 \ue40c第二段有3期活动。\n\n第三段。\n";
    const model = await buildModel(text, ".txt");
    const [first, second] = model.paragraphs;
    const sep = model.separatorAfter(first!);
    expect(text.slice(sep.start, sep.end)).toBe(" \ue40c");
    expect(sep.end).toBe(second!.start);
    expect(sep.removable).toBe(true);
    // A paragraph closing its line: nothing after it before the line break.
    const last = model.separatorAfter(second!);
    expect(last.end).toBe(last.start);
    // In HTML a space may stand where markup was: nothing there is removable.
    const html = await buildModel("<p>第一段。</p> <p>第二段。</p>\n", ".html");
    expect(html.separatorAfter(html.paragraphs[0]!).removable).toBe(false);
  });
});

describe("which English paragraphs are parsed for numbers", () => {
  it("skips copy whose only number-like letters end other words (city, party, someone, canteen)", async () => {
    const text = "The city council and the party's county chairman told someone at the canteen it was done.";
    expect(mayHoldEnglishNumber(text)).toBe(false);
    // Nothing is lost by the skip: the parse finds no number there either.
    const model = await buildModel(`${text}\n`, ".txt");
    expect(enNumbers(model.paragraphs[0]!)).toEqual([]);
  });

  it("parses copy with a figure or a number word, in any case, hyphenated too", async () => {
    for (const text of [
      "Prices rose 3% in May.",
      "Twenty-one people came.",
      "The fifteen finalists won.",
      "It rained for ONE day.",
      "Ninety went home."
    ]) {
      expect(mayHoldEnglishNumber(text), text).toBe(true);
      const model = await buildModel(`${text}\n`, ".txt");
      expect(enNumbers(model.paragraphs[0]!).length, text).toBeGreaterThan(0);
    }
  });
});

describe("quotedAfter: which side a quotation mark is on", () => {
  /** Whether each quotation mark of `text` leaves a quotation open, in order. */
  const sides = (text: string) => {
    const out: boolean[] = [];
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      if (!/["“”]/u.test(text[i]!)) continue;
      quoted = quotedAfter(quoted, text, i);
      out.push(quoted);
    }
    return out;
  };

  it("reads curly quotes by their shape and straight ones by their neighbours", () => {
    expect(sides("“Yes,” he said. “No.”")).toEqual([true, false, true, false]);
    expect(sides('He said "yes" and "no."')).toEqual([true, false, true, false]);
  });

  it("does not flip the rest of a paragraph after a quotation left open (en/bbc-2005/0349)", async () => {
    // The first quotation is never closed: the second `"` still opens, the third closes.
    const text = '"The people who voted for us are the best, she said. She received "two nominations" for it.';
    expect(sides(text)).toEqual([true, true, false]);
    const numbers = enNumbers((await buildModel(text, ".txt")).paragraphs[0]!);
    expect(numbers.find((n) => n.text === "two")?.quoted).toBe(true);
  });

  it("toggles a mark with a word on both sides, as before", () => {
    expect(sides('a"b"c')).toEqual([true, false]);
  });
});
