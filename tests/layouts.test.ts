// Paragraph marks other than line ends and layouts without blank lines: the `　　` indent of
// Chinese crawls that lost their line breaks, and OCR'd pages whose sentences run on from line to line.
import { buildModel } from "./support/build-model.js";

describe("the two-character `　　` indent in mid-line", () => {
  const crawl =
    "全国总工会启动防暑活动\n\n　　本报北京6月30日电　全国总工会近日印发通知，要求各级工会做好防暑工作。　　“通知要求，各级工会要统筹安排。”　　各级工会要以露天作业职工为重点。　　姓名　　职务\n";

  it("starts a paragraph after a sentence end, and keeps offsets and lines", async () => {
    const model = await buildModel(crawl, ".txt");
    expect(model.paragraphs.map((p) => p.text)).toEqual([
      "全国总工会启动防暑活动",
      "本报北京6月30日电　全国总工会近日印发通知，要求各级工会做好防暑工作。",
      "“通知要求，各级工会要统筹安排。”",
      "各级工会要以露天作业职工为重点。",
      // Not after a sentence end: spacing inside a line (a table row), not a paragraph mark.
      "姓名　　职务"
    ]);
    for (const p of model.paragraphs) {
      expect(crawl.slice(p.start, p.end)).toBe(p.text);
      expect(p.line).toBe(p.text === "全国总工会启动防暑活动" ? 1 : 3);
    }
  });
});

describe("OCR'd pages", () => {
  // A column of 1916 small-town news as OCR gives it: no punctuation, no blank lines, headlines
  // and short list lines among the body lines (written for this test in the style of chronam pages).
  const lines = [
    "LOCAL NEWS",
    "Mrs Harry Kistler and Mrs Seaborn",
    "of Sharon were Sunday guests",
    "of Mr and Mrs John Williams",
    "Mrs Sarah Fisher and Mrs James",
    "Gallagher of Youngstown attended the",
    "funeral of Albert Tetlow Thursday",
    "Mr and Mrs Wm Lindsey and",
    "daughter Joan of Leetonia spent Sun",
    "day with Mr and Mrs Fred Weikart",
    "CHURCH NOTES",
    "Rev Chalmer Cope pastor of the",
    "Methodist church with the assistance",
    "of Miss McKee of Toronto are still",
    "conducting revival meetings"
  ];
  const page = Array.from({ length: 5 }, () => lines.join("\n")).join("\n") + "\n";

  it("reads run-on lines as hard-wrapped even where few lines fill the measure, and ends paragraphs at short lines", async () => {
    const model = await buildModel(page, ".txt");
    expect(model.layout).toBe("hard-wrapped");
    // The page was one paragraph before; now the headlines stand alone and short lines before a
    // capital end paragraphs (a line that happens to fill the measure still runs on: OCR lost the cue).
    expect(model.paragraphs.slice(0, 3).map((p) => [p.line, p.endLine])).toEqual([
      [1, 1],
      [2, 4],
      [5, 5]
    ]);
    const headlines = model.paragraphs.filter((p) => p.text === "LOCAL NEWS" || p.text === "CHURCH NOTES");
    expect(headlines).toHaveLength(10);
    expect(model.paragraphs.length).toBeGreaterThanOrEqual(25);
  });
});
