import fs from "node:fs";
import path from "node:path";
import { TextlintKernel, type TextlintKernelPlugin } from "@textlint/kernel";
import { describe, expect, it } from "vitest";
import rule from "../rules/no-page-furniture/rule.js";
import { plugins } from "./support/build-model.js";

const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../examples/000_5c1383eb5e7a2872.txt"), "utf8");
const lint = async (text: string, ext = ".txt", options: object = {}) =>
  (
    await new TextlintKernel().lintText(text, {
      ext,
      plugins: plugins as unknown as TextlintKernelPlugin[],
      rules: [{ ruleId: "no-page-furniture", rule, options }]
    })
  ).messages;

describe("no-page-furniture", () => {
  it("reports the seed's second title block (193–197), nothing else; its header's kicker (3) and credit (7) only with header: true", async () => {
    // The seed's lines 3 and 7 are its page header: silent by default (EXPECTED.md's silent lines).
    expect((await lint(seed)).map((m) => m.line)).toEqual([193]);
    expect((await lint(seed, ".txt", { header: true })).map((m) => m.line)).toEqual([3, 7, 193]);
  });
  it("reports jump lines, folios and mid-article credits in zh and en, .txt and .md", async () => {
    const zh =
      "中国海油召开会议\n\n本报记者 刘梦涛\n\n会议指出，要坚定不移推进高质量发展，持续提升核心竞争力。\n\n— 3 —\n\n会议要求，各单位要抓好落实。（下转第二版）\n";
    expect((await lint(zh)).map((m) => m.line)).toEqual([7, 9]);
    expect((await lint(zh, ".md")).map((m) => m.line)).toEqual([7, 9]);
    const en =
      "Senate Passes Bill\n\nBy Jane Doe\n\nThe Senate passed the bill on Tuesday after a long debate.\n\nAP Photo/Evan Vucci\n\nThe House votes next week. Continued on Page 3\n";
    expect((await lint(en)).map((m) => m.line)).toEqual([7, 9]);
    expect((await lint(en, ".md")).map((m) => m.line)).toEqual([7, 9]);
  });
  it("stays silent on the top title block and on sign-off credits", async () => {
    // Headline, byline and dateline at the top are the story's own; a credit after the last body paragraph signs off.
    const zh = "中国海油召开会议\n\n本报记者 刘梦涛\n\n本报北京10月16日电 会议指出，要坚定不移推进高质量发展。\n\n版式设计：蔡华伟\n";
    expect(await lint(zh)).toEqual([]);
    // Q&A: `记者：…？` is the interviewer's question, not a byline.
    expect(await lint("会议召开\n\n会议指出，要推进高质量发展。\n\n记者：如何看待当前形势？\n\n答：总体向好。\n")).toEqual([]);
  });
});

describe("paragraph marks (model.ts)", () => {
  it("splits copy at U+E40C and ¶ marks, so mixed numerals across marked paragraphs are seen", async () => {
    const { buildModel } = await import("./support/build-model.js");
    const model = await buildModel("第一段有三期活动。\ue40c第二段有3期活动，内容很好。¶第三段。\n", ".txt");
    expect(model.paragraphs.map((p) => p.text)).toEqual(["第一段有三期活动。", "第二段有3期活动，内容很好。", "第三段。"]);
    // Offsets still map to the source.
    expect(model.source.slice(model.paragraphs[1]!.start, model.paragraphs[1]!.end)).toBe("第二段有3期活动，内容很好。");
  });
});
