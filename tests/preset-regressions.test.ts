// Issue 11: each crash, lost text or non-idempotent fix the hardening tests found, pinned down as
// the smallest document that showed it (most were shrunk by fast-check).
import { buildModel } from "./support/build-model.js";
import { describeMessage, fix, lint, type Ext } from "./support/preset-harness.js";

const X = "习近平总书记吉林视察时强调，要加强党的领导，推动党组织向最基层延伸，健全基层党组织工作体系，为城乡社区治理提供坚强保障。";

async function fixTwice(text: string, ext: Ext) {
  const once = (await fix(text, ext)).output;
  const twice = (await fix(once, ext)).output;
  return { once, twice };
}

describe("hardening regressions", () => {
  it("CR-only line ends: a duplicate's removal never reaches into the line before (lost `2023年`)", async () => {
    const line = "持续深化公务员分类改革，推动全省法官、检察官单独职务序列工作有序开展。";
    const text = `${line}\n2023年\r\r${line}\n……\n`;
    for (const ext of [".txt", ".md"] as const) {
      const messages = await lint(text, ext);
      for (const m of messages.filter((m) => m.fix)) expect(m.fix!.range[0] <= m.fix!.range[1], describeMessage(m)).toBe(true);
      const fixed = (await fix(text, ext)).output;
      expect(fixed).toContain("2023年");
    }
  });

  it("CR-only line ends are line breaks in the text model, as in Markdown and textlint's locator", async () => {
    const model = await buildModel("第一段。\r第二段。\r\r第三段。", ".txt");
    expect(model.paragraphs.map((p) => [p.text, p.line, p.blankBefore])).toEqual([
      ["第一段。", 1, true],
      ["第二段。", 2, false],
      ["第三段。", 4, true]
    ]);
  });

  it("three copies in a row: one --fix removes both repeats (fix ranges no longer overlap)", async () => {
    const line = "规范提升管理水平，持续完善制度体系，打造过硬公务员队伍——";
    for (const ext of [".txt", ".md"] as const) {
      const { once, twice } = await fixTwice(`${line}\n${line}\n${line}\n`, ext);
      expect(once).toBe(`${line}\n`);
      expect(twice).toBe(once);
    }
  });

  it("a repeat whose markup differs (another link address) is not deleted automatically", async () => {
    const text = `${X}[来源](http://a.example)\n\n${X}[来源](http://b.example)\n`;
    const messages = (await lint(text, ".md")).filter((m) => m.ruleId === "copydesk/no-duplicate-paragraph");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.fix).toBeUndefined();
    expect(messages[0]!.suggestions?.[0]?.id).toBe("remove-duplicate");
    expect((await fix(text, ".md")).output).toBe(text);
  });

  it("a repeat pasted after a filler run is judged the same before and after the run is removed", async () => {
    const a = "我们党历来高度重视选贤任能，始终把选人用人作为关系党和人民事业的关键性、根本性问题来抓。";
    const text = `${a}\n高质量发展回眸\n……\n……\n${a}\nAd sales boost Time Warner profit\n高质量发展回眸\nＡＢＣ\n`;
    const { once, twice } = await fixTwice(text, ".txt");
    expect(twice).toBe(once);
  });

  it("`···......` is judged as one run of marks: fixed in one pass", async () => {
    const { once, twice } = await fixTwice("2023年···......高质量发展回眸\n2023年\n", ".txt");
    expect(once).toBe("2023年…………高质量发展回眸\n2023年\n");
    expect(twice).toBe(once);
  });

  it("a paragraph ending in a broken ellipsis keeps its role once the ellipsis is fixed", async () => {
    for (const text of ["高质量发展回眸···\n2023年\n，\n2023年\n", "高质量发展回眸・・・\n_\n。。。。。。\u200c\n"]) {
      const { once, twice } = await fixTwice(text, ".md");
      expect(twice, JSON.stringify(text)).toBe(once);
    }
  });

  it("a paragraph opening with `···` is not a bulleted list item", async () => {
    const text = "···今年以来，各地各部门共举办培训班4819期，培训各级干部72.82万人次。2023年\n》高质量发展回眸\n\n";
    const { once, twice } = await fixTwice(text, ".md");
    expect(twice).toBe(once);
    const model = await buildModel("···今年以来，各地各部门共举办培训班4819期，培训各级干部72.82万人次。", ".txt");
    expect(model.paragraphs[0]!.role).toBe("body");
  });

  it("`１２.５％…` is not a section label (full-width digits after the point)", async () => {
    const model = await buildModel("１２.５％高质量发展回眸，各地各部门共举办培训班4819期。", ".txt");
    expect(model.paragraphs[0]!.role).toBe("body");
    const { once, twice } = await fixTwice("１２.５％高质量发展回眸…………………………………………2023年\n。。。。。。# \n……\n", ".md");
    expect(twice).toBe(once);
  });

  it("a chain of cuts is joined in one pass", async () => {
    const a =
      "自主题教育开展以来，省委坚决扛起习近平总书记赋予吉林“新担当、新突破、新作为”重大责任使命，认真履行抓好主题教育的政治责任，构建起强有力的领导和指导工";
    const { once, twice } = await fixTwice(`${a}\n：2023年\n：2023年\n`, ".md");
    expect(once).toBe(`${a}：2023年：2023年\n`);
    expect(twice).toBe(once);
  });

  it("a paragraph of nothing but zero-width characters is not copy", async () => {
    const model = await buildModel(`${X}\n\n\u200d\u200b\n\n${X.slice(0, 10)}\n`, ".md");
    expect(model.paragraphs.map((p) => p.text.length)).toEqual([X.length, 10]);
  });

  it("filler rows are removed before cut paragraphs are joined (rule order)", async () => {
    const text = `……\n${X}\n\nＡＢＣ \n……\n${X}\n……\n：……\n\n高质量发展回眸\nAd sales boost Time Warner profit\n\n`;
    const { once, twice } = await fixTwice(text, ".md");
    expect(twice).toBe(once);
  });

  it("a range fix inside a full-width finding is applied in the same pass", async () => {
    const text = "全省共有３４５个项目，投资15～20万元，另有６７８个项目。\n";
    const { once, twice } = await fixTwice(text, ".txt");
    expect(once).toBe("全省共有345个项目，投资15万～20万元，另有678个项目。\n");
    expect(twice).toBe(once);
  });

  it("a repeated clause's finding covers the separator its fix removes", async () => {
    const s = "Nevertheless, 2.2 million Ethiopians will still need emergency assistance.ＡＢＣ";
    const text = `${s}\n${s}\n${s}\n${s}\nAd sales boost Time Warner profit\n`;
    for (const m of (await lint(text, ".md")).filter((m) => m.fix)) {
      expect(m.fix!.range[0] >= m.range[0] && m.fix!.range[1] <= m.range[1] + 1, describeMessage(m)).toBe(true);
    }
  });

  it("wrong option types in a config do not crash consistent-numerals", async () => {
    const { TextlintKernel } = await import("@textlint/kernel");
    const { plugins } = await import("./support/build-model.js");
    const { default: rule } = await import("../rules/consistent-numerals/rule.js");
    const result = await new TextlintKernel().lintText("全省共有３４５个项目。", {
      ext: ".txt",
      plugins,
      rules: [{ ruleId: "consistent-numerals", rule, options: { disable: 5, measureWords: 3, fixedTerms: "x" } }]
    });
    expect(result.messages).toHaveLength(1);
  });
});
