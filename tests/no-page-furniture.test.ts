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

describe("no-page-furniture: web, wire and page-footer furniture (#18)", () => {
  const ids = async (text: string, ext = ".txt") => (await lint(text, ext)).map((m) => `${m.line}:${(m.data as { checkId: string }).checkId}`);

  it("reports a web page's link and button labels inside copy and alone, in .txt and .md", async () => {
    // A crawled teaser keeps its link (`［详细］`) and the page's comment button.
    const zh = "社保改革方案公布\n\n方案明确，转移接续问题正逐步解决［详细］\n\n［我来说两句］\n";
    expect(await ids(zh)).toEqual(["3:no-page-furniture/link", "5:no-page-furniture/link"]);
    expect(await ids(zh, ".md")).toEqual(["3:no-page-furniture/link", "5:no-page-furniture/link"]);
    const en = "Council Passes Budget\n\nThe council passed the budget on Tuesday.\n\nAdvertisement\n\nThe vote was 7 to 2.\n";
    expect(await ids(en)).toEqual(["5:no-page-furniture/link"]);
    // The finding quotes the label and the suggestion removes only it, not the copy around it.
    const [inline] = await lint(zh);
    expect(inline!.message).toContain("“［详细］”");
  });

  it("stays silent on bracketed copy that is not a web control", async () => {
    // `【评论】` heads a story's own commentary; `［提要］` and `［原创］` label the copy itself.
    expect(await lint("本报评论\n\n【评论】改革要落到实处，群众才有获得感。\n\n［提要］今年经济稳中向好。\n")).toEqual([]);
    // `Read more about it in the report.` is a sentence, not a button.
    expect(await lint("Budget Passes\n\nThe council passed the budget.\n\nRead more about it in the report.\n")).toEqual([]);
  });

  it("reports a wire sign-off and end-of-text mark as one finding, a page footer of staff credits, and a PDF caption glued to copy", async () => {
    const wire = "Colombia Sees Growth\n\n  BOGOTA, March 3 - Colombia expects growth of five pct this\nyear, the minister said.\n\n REUTER\n&#3;\n";
    expect(await ids(wire)).toEqual(["6:no-page-furniture/sign-off"]);
    // Two staff labels (or one with the desk's telephone) are the page's footer; one alone signs the story off.
    const footer = "中国海油召开会议\n\n会议指出，要坚定不移推进高质量发展。\n\n本期值班副总编 / 姜啸啸 责任编辑 / 常容轩 责任校对 / 赵秀娟\n";
    expect(await ids(footer)).toEqual(["5:no-page-furniture/page-header"]);
    expect(await lint("中国海油召开会议\n\n会议指出，要坚定不移推进高质量发展。\n\n版式设计：蔡华伟\n")).toEqual([]);
    // A PDF page's text: the caption line runs straight into the next story's dateline.
    const pdf = [
      "会议强调，要把思想和行动统一到党中央决策部署上来，切实增强做好",
      "工作的责任感和使命感。",
      "",
      "10 月 13 日，锦州 23-2 油田开发项目 CEPA 平台完工装船。特约记者 杜鹏辉 摄",
      "本报讯 （记者郝艳军 通讯员曹晓林） 10 月 13 日，随着锦州 23-2 油田开发项目",
      "CEPA 平台完工装船，项目建设进入海上安装阶段。",
      ""
    ].join("\n");
    expect(await ids(pdf)).toEqual(["4:no-page-furniture/caption"]);
  });

  it("reports a masthead's publisher and volume lines, alone or run into the folio, in .txt and .md", async () => {
    // zh-raw/cnooc-press-pdf: the PDF's columns run the folio and the publisher into one line.
    const zh =
      "中国海油召开会议\n\n会议指出，要坚定不移推进高质量发展。\n\n2024年10月 16 日 星期三  中国海洋石油集团有限公司主管主办\n\n中共吉林省委主办\n";
    expect(await ids(zh)).toEqual(["5:no-page-furniture/page-header", "7:no-page-furniture/page-header"]);
    expect(await ids(zh, ".md")).toEqual(["5:no-page-furniture/page-header", "7:no-page-furniture/page-header"]);
    // en-raw/chronam-1916: an OCR'd front page opens on its name and volume line.
    const en = "THE DAILY NEWS\n\nVOL. XL. NO. 10\n\nThe council passed the budget on Tuesday.\n\nVolume 24\n";
    expect(await ids(en)).toEqual(["3:no-page-furniture/page-header", "7:no-page-furniture/page-header"]);
    expect(await ids(en, ".md")).toEqual(["3:no-page-furniture/page-header", "7:no-page-furniture/page-header"]);
  });

  it("reports a caption in one column of a PDF page's multi-column line, as a span", async () => {
    // zh-raw/cnooc-press-pdf/0002: the caption and its credit sit between two columns of copy.
    const line = "治巡视定位，进一步聚焦被巡视党组织政治立                    深化贯通协调，推动巡视巡察上下联动";
    const caption = "中国海油“海能”人工智能模型发布会在集团总部召开。 本报记者 刘梦涛 摄";
    const text = `中国海油召开会议\n\n会议指出，要坚定不移推进高质量发展。\n\n${line}\n${caption}            等深入查找政治偏差，更好发挥巡视作用\n`;
    const found = await lint(text);
    expect(found.map((m) => `${m.line}:${(m.data as { checkId: string }).checkId}`)).toEqual(["6:no-page-furniture/caption"]);
    // The suggestion removes the caption only, not the column of copy beside it.
    const fix = (found[0] as unknown as { suggestions: { fix: { range: [number, number]; text: string } }[] }).suggestions[0]!.fix;
    expect(text.slice(fix.range[0], fix.range[1]).trim()).toBe(caption);
    // Copy in columns with no credit stays silent.
    expect(await lint(`中国海油召开会议\n\n会议指出，要坚定不移推进高质量发展。\n\n${line}\n`)).toEqual([]);
  });

  it("stays silent on copy about who holds an event or a volume", async () => {
    // `由…主办` says who held it: copy, not the paper's publisher.
    expect(await lint("读书会举行\n\n本次读书会由省作家协会主办\n\n活动吸引了众多读者。\n")).toEqual([]);
    // A sentence about a volume, and a title that opens with one, are copy.
    expect(await lint("New Books\n\nVolume 24 of the series came out on Tuesday.\n\nVolumes of water flooded the basement.\n")).toEqual([]);
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
