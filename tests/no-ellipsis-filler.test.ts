import fs from "node:fs";
import path from "node:path";
// The named export: the package's default export does not type as a class under NodeNext.
import { TextLintTester } from "textlint-tester/lib/src/textlint-tester.js";
import { TextlintKernel, type TextlintKernelOptions, type TextlintKernelPlugin } from "@textlint/kernel";
import rule from "../rules/no-ellipsis-filler/rule.js";
import { plugins } from "./support/build-model.js";

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "fixtures/no-ellipsis-filler", name), "utf8");
const seedPath = path.resolve(import.meta.dirname, "../examples/000_5c1383eb5e7a2872.txt");
const seed = fs.readFileSync(seedPath, "utf8");
const seedLines = seed.split("\n");
/** Seed lines `from`..`to` (1-based, inclusive), as they stand in the file. */
const lines = (from: number, to: number) => seedLines.slice(from - 1, to).join("\n");

const kernelOptions = (ext: string, options: object = {}): TextlintKernelOptions => ({
  ext,
  plugins: plugins as unknown as TextlintKernelPlugin[],
  rules: [{ ruleId: "no-ellipsis-filler", rule, options }]
});
const lint = async (text: string, ext = ".txt", options: object = {}) =>
  (await new TextlintKernel().lintText(text, kernelOptions(ext, options))).messages;
const fix = async (text: string, ext = ".txt") => (await new TextlintKernel().fixText(text, kernelOptions(ext))).output;

const ZH_BROKEN = (actual: string) => `“${actual}” → “……”：中文省略号是六个点，占两个字的位置（GB/T 15834-2011）`;

const tester = new TextLintTester();

// textlint-tester 15.5 brings its own copy of @textlint/types, structurally equal but nominally apart.
tester.run("no-ellipsis-filler", rule as unknown as Parameters<TextLintTester["run"]>[1], {
  valid: [
    // People's Daily (zh/rmrb-2023/0016): one `…………` paragraph, the 12-dot mark for omitted paragraphs between excerpts.
    { text: fixture("rmrb-0016-omission.txt"), ext: ".txt" },
    // People's Daily (zh/rmrb-2023/0083): a lone `……` paragraph after a quotation is an editorial device, not a run.
    { text: fixture("rmrb-0083-lone.txt"), ext: ".txt" },
    // The seed, lines 43–53: a lone `……` after a list of dated events (line 51).
    { text: lines(43, 53), ext: ".txt" },
    // The same lone separator in Markdown, between two quoted excerpts.
    { text: `${lines(33, 33)}\n\n…………\n\n${lines(69, 69)}\n`, ext: ".md" },
    // `……` ending a sentence as "and so on" (seed line 219) and mid-paragraph after a list (seed line 59).
    { text: `${lines(219, 219)}\n\n${lines(59, 59)}`, ext: ".txt" },
    // Quoted speech trailing off with `……”` (zh/rmrb-2023): the standard form.
    {
      text: "茶林，采摘果实。见到这满满的果实，他们自然而然地唱起民歌：“山是万宝山，地是刮金板……”正是这得天独厚的环境，让平凡而又宝贵的油茶走出大山。",
      ext: ".txt"
    },
    // English `...` is AP style and left alone (en/bbc-2005), in running text and trailing off in a quote.
    { text: "While we wish to remove all forms of discrimination... this isn't the proper form,\" he added.", ext: ".txt" },
    { text: '"I just don\'t know ..." she said, and left the room.\n', ext: ".md" },
    // English inside Chinese copy keeps its own dots: `...` after a Latin letter is not a Chinese ellipsis.
    { text: "他在社交媒体上只写了一句“to be continued...”，便再无下文。", ext: ".txt" },
    // Anonymisation is normal copy: `××县`, `李某`, `XX县`.
    { text: "据通报，××县某乡镇原党委书记李某利用职务便利，为他人谋取利益并收受财物，被开除党籍。", ext: ".txt" },
    { text: "XX县一名村民向记者反映，村里的道路已经修好。", ext: ".md" },
    // `有待补充` is prose ("still to be supplemented"), not a left-over placeholder.
    { text: "部分配套制度仍有待补充完善，相关部门将抓紧研究出台实施细则。", ext: ".txt" },
    // `TK Maxx` is a shop, `.xxx` a domain (en/bbc-2005), `Super Bowl XXX` a Roman numeral, `VOL. XXX.` a masthead.
    { text: "Shoppers queued outside TK Maxx on Oxford Street before the doors opened.", ext: ".txt" },
    { text: "The body had been asked to approve a proposal to set up a .xxx domain for pornographic websites.", ext: ".txt" },
    { text: "He played in Super Bowl XXX for the Dallas Cowboys.\n\nVOL. XXX. CROSSVILLE. TENNESSEE.", ext: ".md" },
    // `XX公司`, `XX医院` anonymise a body as `李某` does a person (not a template's blank).
    { text: "XX公司负责人表示，XX医院已于当天收治全部伤员。", ext: ".txt" },
    // `（略）` after `附件`/`名单`: a reprinted notice omits its annex on purpose.
    { text: "附件：（略）\n\n获奖名单（略）", ext: ".txt" },
    // `待补充完善` in running prose is a verb phrase, not a left-over note.
    { text: "相关资料待补充完善后，再报省政府审批。", ext: ".txt" },
    // Roman numerals and biology: `Super Bowl XX`, `Pope Pius XX`, `XX chromosomes`, a folio's `VOLUME XX`.
    { text: "The Bears won Super Bowl XX in 1986.\n\nWomen have two XX chromosomes, the study said.\n\nVOLUME XX. NUMBER 12.", ext: ".txt" },
    // Options: each check can be turned off, and a house placeholder accepted.
    { text: "这要是被积满水。。。反正我是不敢下去。", ext: ".txt", options: { chineseEllipsis: false } },
    { text: "The grant decision is expected in TK.", ext: ".txt", options: { placeholders: false } },
    { text: "XXX同志在会上讲话。", ext: ".txt", options: { allowPlaceholders: ["XXX"] } },
    // With minRunLength 3, two separator paragraphs in a row are accepted.
    { text: `${lines(95, 95)}\n\n……\n\n……\n\n${lines(115, 115)}`, ext: ".txt", options: { minRunLength: 3 } },
    // Two separators split by a code block are not consecutive copy.
    { text: "第一部分。\n\n……\n\n```\ncode\n```\n\n……\n\n第二部分。\n", ext: ".md" }
  ],
  invalid: [
    // The seed's first run (lines 97–113) between two paragraphs: removed, one blank line stays.
    {
      text: lines(95, 115),
      ext: ".txt",
      output: `${lines(95, 95)}\n\n${lines(115, 115)}`,
      errors: [{ message: "9 个填充段落（第3–19行）只有省略号：删去", line: 3, column: 1 }]
    },
    // English copy with a run of `...` lines (examples/council-budget.txt).
    {
      text: "second one next spring, he said.\n\n...\n\n...\n\n...\n\n...\n\nResidents of the Lowlands neighborhood packed the council chamber.",
      ext: ".txt",
      output: "second one next spring, he said.\n\nResidents of the Lowlands neighborhood packed the council chamber.",
      errors: [{ message: "4 filler paragraphs, lines 3–9: nothing but ellipses; remove them", line: 3 }]
    },
    // Any mix of marks makes one run.
    {
      text: "Fiscal year results follow.\n\n……\n\n. . .\n\n。。。\n\n⋯⋯\n\n···\n\nThe board meets on Monday.",
      ext: ".txt",
      output: "Fiscal year results follow.\n\nThe board meets on Monday.",
      errors: [{ message: "5 filler paragraphs, lines 3–11: nothing but ellipses; remove them" }]
    },
    // Markdown: a heading, a block quote byline, a run between paragraphs; nothing else changes.
    {
      text: fixture("seed-run.md"),
      ext: ".md",
      output: fixture("seed-run.fixed.md"),
      errors: [{ message: "9 个填充段落（第13–29行）只有省略号：删去", line: 13 }]
    },
    // Markdown soft breaks: the lines of one Markdown paragraph are paragraphs of copy, the run is removed.
    {
      text: "大桥管理局负责人介绍，旅客平均通关时间缩短至20分钟以内。\n……\n……\n……\n\n为进一步发挥大桥的辐射带动作用，三地将深化合作。\n",
      ext: ".md",
      output: "大桥管理局负责人介绍，旅客平均通关时间缩短至20分钟以内。\n\n为进一步发挥大桥的辐射带动作用，三地将深化合作。\n",
      errors: [{ message: "3 个填充段落（第2–4行）只有省略号：删去" }]
    },
    // Runs at the very start and the very end of a CRLF file: removed, the line endings stay CRLF.
    {
      text: fixture("runs-at-edges.crlf.txt"),
      ext: ".txt",
      output: fixture("runs-at-edges.crlf.fixed.txt"),
      errors: [{ line: 1 }, { line: 15 }]
    },
    // Hard-wrapped wire copy (en-raw/reuters-21578/0001.txt) with three `...` lines pasted into a paragraph: the
    // filler lines are paragraphs of their own, not the end of the wrapped paragraph before them.
    {
      text: fixture("reuters-0001-filler.txt"),
      ext: ".txt",
      output: fixture("reuters-0001-filler.txt").replace("...\n...\n...\n", ""),
      errors: [{ message: "3 filler paragraphs, lines 13–15: nothing but ellipses; remove them" }]
    },
    // A run inside a Markdown block quote is reported; removing `>` markup is not certain, so no fix.
    {
      text: "> 他说：\n>\n> ……\n>\n> ……\n",
      ext: ".md",
      output: "> 他说：\n>\n> ……\n>\n> ……\n",
      errors: [{ message: "2 个填充段落（第3–5行）只有省略号：删去" }]
    },
    // A Markdown list of nothing but `……` items is a run too; removing list markup is left to the editor.
    {
      text: "相关链接：\n\n- ……\n- ……\n- ……\n",
      ext: ".md",
      output: "相关链接：\n\n- ……\n- ……\n- ……\n",
      errors: [{ message: "3 个填充段落（第3–5行）只有省略号：删去" }]
    },
    // The People's Daily crawl layout (zh-raw/rmrb-2023-crawl): single newlines, U+3000 indents. The indent of
    // the next paragraph stays.
    {
      text: "\u3000\u3000本报北京6月30日电。\n\u3000\u3000……\n\u3000\u3000……\n\u3000\u3000会议强调，要坚持稳中求进。\n",
      ext: ".txt",
      output: "\u3000\u3000本报北京6月30日电。\n\u3000\u3000会议强调，要坚持稳中求进。\n",
      errors: [{ message: "2 个填充段落（第2–3行）只有省略号：删去", line: 2, column: 3 }]
    },
    // Broken Chinese ellipses from zh-raw/sogoucs-smarty: full-width dots, a single `…`.
    {
      text: "我到事发现场转了一圈，桥到高速路面至少有６米，这要是被积满水．．．反正我是不敢下去。",
      ext: ".txt",
      output: "我到事发现场转了一圈，桥到高速路面至少有６米，这要是被积满水……反正我是不敢下去。",
      errors: [{ message: ZH_BROKEN("．．．"), range: [30, 33] }]
    },
    {
      text: "庄老师给孩子们带来了精彩有趣的英语课，课堂气氛活跃．．．．．．一周的支教时间，志愿者陪伴孩子们。",
      ext: ".txt",
      output: "庄老师给孩子们带来了精彩有趣的英语课，课堂气氛活跃……一周的支教时间，志愿者陪伴孩子们。",
      errors: [{ message: ZH_BROKEN("．．．．．．") }]
    },
    // `…祝福…［详细］` (sogoucs-smarty) is a teaser's cut mark, no ellipsis to restyle: see "a teaser's cut mark" below.
    // `。。。`, ASCII `...` and `......` between Chinese characters, odd `………`, `…。`, `⋯⋯`, `···`.
    {
      text: "研发费用加计扣除。。。企业的税费红利看得见。电话询问登记确认...多方联动、交叉排查......逐户上门。",
      ext: ".txt",
      output: "研发费用加计扣除……企业的税费红利看得见。电话询问登记确认……多方联动、交叉排查……逐户上门。",
      errors: [{ message: ZH_BROKEN("。。。") }, { message: ZH_BROKEN("...") }, { message: ZH_BROKEN("......") }]
    },
    {
      text: "精准操控、快速抓取、紧密装卸………待列车停稳后，现场操作人员开始作业。有响应、有结果、有回访…。\n\n贵州发挥党的政治优势⋯⋯各地纷纷跟进···成效明显。\n",
      ext: ".md",
      output:
        "精准操控、快速抓取、紧密装卸……待列车停稳后，现场操作人员开始作业。有响应、有结果、有回访……\n\n贵州发挥党的政治优势……各地纷纷跟进……成效明显。\n",
      errors: [{ message: ZH_BROKEN("………") }, { message: ZH_BROKEN("…。") }, { message: ZH_BROKEN("⋯⋯") }, { message: ZH_BROKEN("···") }]
    },
    // `……等` is redundant: two suggestions, drop either; no automatic fix.
    {
      text: "研发费用加计扣除、高新技术企业所得税优惠……等政策红利持续释放。",
      ext: ".txt",
      output: "研发费用加计扣除、高新技术企业所得税优惠……等政策红利持续释放。",
      errors: [
        {
          message: "“……等”：省略号和“等”重复，删去其一",
          range: [20, 23],
          suggestions: [
            { id: "drop-ellipsis", range: [20, 22], output: "" },
            { id: "drop-deng", range: [22, 23], output: "" }
          ]
        }
      ]
    },
    {
      text: "端午节、中秋节、重阳节……等等，都是中华民族的传统节日。",
      ext: ".md",
      errors: [{ message: "“……等等”：省略号和“等等”重复，删去其一" }]
    },
    // English placeholders (sentences from examples/council-budget.txt and en/bbc-2005 with a gap left in).
    {
      text: "The grant decision is expected in TK.",
      ext: ".txt",
      errors: [{ message: '"TK" is a placeholder: fill it in or remove it before publication', range: [34, 36] }]
    },
    {
      text: 'The council will vote on the final contract at its meeting on [TK].\n\n"We cannot ask people to bail out their basements," said XXX, who sponsored the measure.\n\n[INSERT QUOTE FROM MAYOR]\n\nLorem ipsum dolor sit amet.\n',
      ext: ".md",
      errors: [
        {
          message: '"[TK]" is a placeholder: fill it in or remove it before publication',
          suggestions: [{ id: "remove-placeholder", range: [61, 66], output: "" }]
        },
        { message: '"XXX" is a placeholder: fill it in or remove it before publication' },
        { message: `"[INSERT QUOTE FROM MAYO…" stands alone as a paragraph: a placeholder; write the paragraph or delete it before publication` },
        { message: '"Lorem ipsum" is a placeholder: fill it in or remove it before publication' }
      ]
    },
    // Chinese placeholders: a name, a date, a figure, a layout instruction.
    {
      text: "XXX同志在会上讲话。开幕时间（待定）。全年完成投资待补充。\n\n【此处插入图片】\n\n此处插入现场照片，并配图说明。",
      ext: ".txt",
      errors: [
        { message: "“XXX” 是占位符：发稿前补全或删去", range: [0, 3] },
        { message: "“（待定）” 是占位符：发稿前补全或删去", suggestions: [{ id: "remove-placeholder", output: "" }] },
        { message: "“待补充” 是占位符：发稿前补全或删去" },
        { message: "“【此处插入图片】” 独占一段，是占位符：发稿前补上这段稿件或删去此段" },
        { message: "“此处插入现场照片” 是占位符：发稿前补全或删去" }
      ]
    },
    // A placeholder where a clause should be, and one standing as a paragraph (eval damage classes
    // `placeholder/inside` and `placeholder/alone`, in sentences of zh/rmrb-2023).
    {
      text: "会议指出，XX，要坚持稳中求进工作总基调。\n\n会议强调，TK，推动经济实现质的有效提升。\n\n会议要求，（略）做好民生保障工作。\n\n会议认为，待补充要抓好落实。",
      ext: ".txt",
      errors: [
        { message: "“XX” 是占位符：发稿前补全或删去", range: [5, 7], suggestions: [{ id: "remove-placeholder", range: [5, 7], output: "" }] },
        { message: "“TK” 是占位符：发稿前补全或删去" },
        { message: "“（略）” 是占位符：发稿前补全或删去" },
        { message: "“待补充” 是占位符：发稿前补全或删去" }
      ]
    },
    {
      text: "会议审议通过了年度预算。\n\nXX\n\n会议还讨论了汛期值守安排。",
      ext: ".txt",
      errors: [
        {
          message: "“XX” 独占一段，是占位符：发稿前补上这段稿件或删去此段",
          suggestions: [{ id: "remove-placeholder-paragraph", range: [14, 18], output: "" }]
        }
      ]
    },
    {
      text: "The council approved the plan on Monday, XX the mayor said.\n\nXX\n\nThe vote was 7-2.",
      ext: ".md",
      errors: [
        {
          message: '"XX" is a placeholder: fill it in or remove it before publication',
          suggestions: [{ id: "remove-placeholder", range: [40, 43], output: "" }]
        },
        {
          message: '"XX" stands alone as a paragraph: a placeholder; write the paragraph or delete it before publication',
          suggestions: [{ id: "remove-placeholder-paragraph", range: [61, 65], output: "" }]
        }
      ]
    },
    // `XX` standing for a missing date or figure.
    {
      text: "会议定于2023年XX月召开，预计投资XX万元。",
      ext: ".md",
      errors: [{ range: [9, 11] }, { range: [19, 21] }]
    },
    // Messages follow `locale` when it is set.
    {
      text: "这要是被积满水。。。反正我是不敢下去。",
      ext: ".txt",
      options: { locale: "en" },
      output: "这要是被积满水……反正我是不敢下去。",
      errors: [{ message: '"。。。" → "……": the Chinese ellipsis is six dots in two character spaces (GB/T 15834-2011)' }]
    }
  ]
});

describe("the seed article", () => {
  it("reports the three filler runs, 97–113, 123–191 and 267–297, and nothing else", async () => {
    const messages = await lint(seed);
    expect(messages.map((m) => [m.loc.start.line, m.loc.end.line])).toEqual([
      [97, 113],
      [123, 191],
      [267, 297]
    ]);
    expect(messages.map((m) => m.message)).toEqual([
      "9 个填充段落（第97–113行）只有省略号：删去",
      "35 个填充段落（第123–191行）只有省略号：删去",
      "16 个填充段落（第267–297行）只有省略号：删去"
    ]);
    expect(messages.every((m) => m.fix !== undefined)).toBe(true);
  });

  it("removes the runs and nothing else: the other paragraphs stay as they were, one blank line apart", async () => {
    const output = await fix(seed);
    const filler = new Set([...range(97, 113), ...range(123, 191), ...range(267, 297)]);
    // Every filler line goes, with the blank line before it; every other byte stays.
    const expected = seedLines.filter((line, i) => !filler.has(i + 1) && !(line === "" && filler.has(i + 2))).join("\n");
    expect(output).toBe(expected);
    expect(output).not.toContain("……\n\n……");
    expect(output).toContain("\n\n……\n\n"); // line 51, the lone separator, is still there
    expect(await lint(output)).toEqual([]);
  });
});

describe("linear on a megabyte of ellipses", () => {
  it("reports a 1 MB run of `……` paragraphs once, with its length, and removes it", async () => {
    const count = 131_072; // 8 bytes of UTF-8 per `……\n\n`: 1 MiB
    const text = `开头一段。\n\n${"……\n\n".repeat(count)}结尾一段。`;
    const messages = await lint(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toBe(`${count} 个填充段落（第3–${2 * count + 1}行）只有省略号：删去`);
    expect(await fix(text)).toBe("开头一段。\n\n结尾一段。");
  });

  it("leaves one 1 MB line of `……` inside Chinese copy alone and reports one odd run once", async () => {
    const text = `前文${"……".repeat(174_762)}后文…结束。`;
    const messages = await lint(text);
    expect(messages.map((m) => m.message)).toEqual([ZH_BROKEN("…")]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe("a teaser's cut mark", () => {
  it("is not an ellipsis to restyle: no-truncated-sentence reports the cut (sogoucs-smarty)", async () => {
    // Fixing `．．．` to `……` would make the cut look deliberate.
    expect(
      await lint("他们甚至因无国籍连结婚等基本人权都无法保障．．．［详细］\n\n妇女是当地劳动力．．．\n\n并带去千万持卡人的祝福…［详细］\n")
    ).toEqual([]);
    // An ellipsis in the middle of the copy is still restyled.
    expect((await lint("他说．．．我们走吧。\n")).length).toBe(1);
  });
});

describe("placeholder keys (src/text/lexicon/placeholders.ts)", () => {
  it("every match of a placeholder pattern holds one of its keys, on the lexicon's own examples and the fixtures", async () => {
    const { PLACEHOLDERS } = await import("../src/text/lexicon/placeholders.js");
    const dir = path.resolve(import.meta.dirname, "fixtures");
    const texts = fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(txt|md)$/u.test(f))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    // The examples each entry's reason quotes in backticks, real copy and placeholders alike.
    for (const p of PLACEHOLDERS) texts.push(...Array.from(p.reason.matchAll(/`([^`]+)`/gu), (m) => m[1]!));
    let matches = 0;
    for (const p of PLACEHOLDERS) {
      for (const text of texts) {
        for (const m of text.matchAll(p.re)) {
          matches++;
          expect(
            Array.from(p.keys).some((k) => m[0].includes(k)),
            `${p.re} on ${m[0]}`
          ).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(20);
  });
});
