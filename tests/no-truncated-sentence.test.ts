import fs from "node:fs";
import path from "node:path";
// The named export: the package's default export does not type as a class under NodeNext.
import { TextLintTester } from "textlint-tester/lib/src/textlint-tester.js";
import { TextlintKernel, type TextlintKernelOptions, type TextlintKernelPlugin } from "@textlint/kernel";
import rule, { straddlingWord } from "../rules/no-truncated-sentence/rule.js";
import { buildModel, plugins } from "./support/build-model.js";

const fixtures = path.join(import.meta.dirname, "fixtures/no-truncated-sentence");
const fixture = (name: string) => path.join(fixtures, name);
const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../examples/000_5c1383eb5e7a2872.txt"), "utf8");
const seedLines = seed.split("\n");
/** A seed line (1-based) as it is in the file. */
const L = (line: number) => seedLines[line - 1]!;

const kernelOptions = (ext: string, options: object = {}): TextlintKernelOptions => ({
  ext,
  plugins: plugins as unknown as TextlintKernelPlugin[],
  rules: [{ ruleId: "no-truncated-sentence", rule, options }]
});

async function lint(text: string, ext = ".txt", options: object = {}) {
  return (await new TextlintKernel().lintText(text, kernelOptions(ext, options))).messages;
}

async function fix(text: string, ext = ".txt", options: object = {}) {
  return (await new TextlintKernel().fixText(text, kernelOptions(ext, options))).output;
}

describe("the seed article", () => {
  it("reports exactly the six cut paragraphs of EXPECTED.md", async () => {
    const messages = await lint(seed);
    expect(messages.map((m) => m.line)).toEqual([41, 53, 85, 93, 119, 227]);
  });

  it("joins 53+55, 85+87, 93+95, 119+121 and 227+229 and nothing else", async () => {
    const output = await fix(seed);
    const expected = [...seedLines];
    // Bottom-up so the line numbers above stay valid: each pair becomes one line.
    for (const line of [227, 119, 93, 85, 53]) expected.splice(line - 1, 3, L(line) + L(line + 2));
    expect(output).toBe(expected.join("\n"));
    expect(output).toContain("构建起强有力的领导和指导工作体系");
    expect(output).toContain("推动担当作为成为新时代吉林干部的鲜明特质——");
    expect(output).toContain("圆满完成全国“双满意”我省受表彰对象学习宣传活动");
    expect(output).toContain("我省深入学习贯彻习近平总书记关于做好新时代人才工作的重要思想");
  });

  it("offers no join for line 41, says where the same fragment continues, and offers to delete it", async () => {
    const [lost] = (await lint(seed)).filter((m) => m.line === 41);
    expect(lost?.fix).toBeUndefined();
    expect(lost?.message).toContain("第85–87行");
    expect(lost?.suggestions?.map((s) => s.id)).toEqual(["delete-fragment"]);
  });

  it("keeps line 41 reported after the fix, with nothing left to fix", async () => {
    const fixed = await fix(seed);
    const messages = await lint(fixed);
    expect(messages.filter((m) => m.fix)).toEqual([]);
    expect(messages.map((m) => m.line)).toEqual([41]);
    expect(await fix(fixed)).toBe(fixed);
  });

  it("stays silent on every line EXPECTED.md lists as normal copy", async () => {
    const silent = [3, 7, 11, 17, 21, 25, 27, 33, 35, 47, 51, 59, 61, 69, 73, 77, 81, 87, 91, 199, 219, 225, 239, 243, 245, 257];
    const lines = (await lint(seed)).map((m) => m.line);
    expect(lines.filter((line) => silent.includes(line))).toEqual([]);
  });

  it("speaks English on Chinese copy when asked to", async () => {
    const messages = await lint([L(93), "", L(95)].join("\n"), ".txt", { locale: "en" });
    expect(messages[0]?.message).toMatch(/^Paragraph breaks off mid-sentence and the next one continues it \("表彰" is split\)/);
  });
});

describe("straddlingWord (zh.md §3.5)", () => {
  it("finds the word that a cut splits", () => {
    expect(straddlingWord("动担当作为成", "为新时代吉林")).toBe("成为");
    expect(straddlingWord("意”我省受表", "彰对象学习宣")).toBe("表彰");
    expect(straddlingWord("的领导和指导工", "作体系，动员")).toBe("工作");
    expect(straddlingWord("总部召开。中国海", "油积极贯彻落实")).toBe("海油");
  });

  it("does not glue whole words or a heading to the next line", () => {
    expect(straddlingWord("学习贯彻习近平总书记", "关于做好新时代")).toBeUndefined();
    expect(straddlingWord("一、总体要求", "坚持以习近平")).toBeUndefined();
    expect(straddlingWord("推动人工智能", "力的战略举措")).toBeUndefined(); // 人工智能 stays whole
  });
});

describe("hard-wrapped copy", () => {
  it("reports the mid-word wraps of a PDF block (中国海|油, 战略部|署) as one finding whose suggestion reflows the block", async () => {
    const text = fs.readFileSync(fixture("pdf-wrapped.txt"), "utf8");
    const messages = await lint(text);
    const lines = text.split("\n");
    const at = (line: number) => messages.find((m) => m.line === line);
    expect(lines[4]!.endsWith("中国海") && lines[5]!.startsWith("油")).toBe(true);
    expect(at(5)?.message).toMatch(
      /^换行把词拆开了（“海油”被拆开）：“。中国海⏎油积极贯” → “。中国海油积极贯”，本段另有 \d+ 处；本段有 \d+ 处硬换行，应整段重排$/
    );
    // 战略部|署 is in the same block: counted in that one finding, not reported again.
    expect(lines[5]!.endsWith("战略部") && lines[6]!.startsWith("署")).toBe(true);
    expect(at(6)).toBeUndefined();
    // `本报讯 （记者徐昕联 通讯员` | `田明 宋宗泽 姜山）`: a break between words is not reported.
    expect(at(2)).toBeUndefined();
    // The suggestion replaces the block with its reflowed text: same characters, no line breaks.
    const s = at(5)?.suggestions?.[0];
    expect(s?.id).toBe("reflow-block");
    const [from, to] = s!.fix.range;
    expect(s!.fix.text).not.toMatch(/\n/);
    expect(s!.fix.text).toContain("中国海油积极贯");
    expect(s!.fix.text.replace(/\s/g, "")).toBe(text.slice(from, to).replace(/\s/g, ""));
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
    expect(await fix(text)).toBe(text);
  });

  it("sees wire copy with short indented paragraphs as hard-wrapped (model: layout.ts)", async () => {
    // Reuters 0006: paragraphs of two to four lines, each opened by an indent and no blank line.
    const model = await buildModel(fs.readFileSync(fixture("reuters-wrapped.txt"), "utf8"), ".txt");
    expect(model.layout).toBe("hard-wrapped");
    expect(model.paragraphs[1]?.text).toMatch(/^He told reporters after meeting with President Suharto that +present weakness/);
  });

  it("leaves the wrapped lines of Reuters wire copy alone", async () => {
    expect(await lint(fs.readFileSync(fixture("reuters-wrapped.txt"), "utf8"))).toEqual([]);
    // The excerpt stops mid-sentence on its last line (`…rallying to buoyant foreign`): that end
    // is a cut and is reported; no wrapped line before it is.
    const messages = await lint(fs.readFileSync(fixture("reuters-quote.txt"), "utf8"));
    expect(messages.map((m) => m.line)).toEqual([40]);
    expect(messages[0]?.message).toMatch(/uoyant foreign/);
  });

  it("does not read a masthead's lines as sentences cut short (zh-raw/cnooc-press-pdf)", async () => {
    // The publisher and the registration line stop on `主办` and `发行` without a full stop: they
    // are page furniture (no-page-furniture reports them), not copy whose rest was lost.
    const masthead = [
      "中国海洋石油集团有限公司主管主办",
      "",
      "国内统一连续出版物号CN 11-0138 国外代号D4489 总第3807期 今日四版 自办发行",
      "",
      "会议指出，要坚定不移推进高质量发展，持续提升核心竞争力。",
      ""
    ].join("\n");
    expect(await lint(masthead)).toEqual([]);
    // The same line as a body paragraph's last words is still copy cut short.
    expect((await lint("会议指出，要坚定不移推进高质量发展，持续提升核心竞争力，由集团公司主管主办\n\n下一段。\n")).length).toBe(1);
  });

  it("does not report line breaks when checkLineBreaks is off", async () => {
    // The excerpt itself stops mid-sentence (`积极顺应数`): that paragraph end is still reported.
    const messages = await lint(fs.readFileSync(fixture("pdf-wrapped.txt"), "utf8"), ".txt", { checkLineBreaks: false });
    expect(messages.filter((m) => m.message.includes("换行"))).toEqual([]);
    // A paragraph that opens with its dateline (`本报讯`) and stops short of a full stop is cut beyond doubt.
    expect(messages.map((m) => m.message)).toEqual([expect.stringMatching(/^段落在句中断开.*积极顺应数/u)]);
  });
});

describe("options", () => {
  it("autoJoin: false offers the join as a suggestion only", async () => {
    const text = [L(93), "", L(95)].join("\n");
    const [message] = await lint(text, ".txt", { autoJoin: false });
    expect(message?.fix).toBeUndefined();
    expect(message?.suggestions?.[0]?.id).toBe("join-paragraphs");
    expect(await fix(text, ".txt", { autoJoin: false })).toBe(text);
  });

  it("reportLost: false keeps quiet about fragments with no continuation", async () => {
    const text = [L(39), "", L(41), "", L(43), "", L(83), "", L(85), "", L(87)].join("\n");
    expect((await lint(text)).map((m) => m.line)).toEqual([3, 9]);
    expect((await lint(text, ".txt", { reportLost: false })).map((m) => m.line)).toEqual([9]);
  });
});

const tester = new TextLintTester();

// textlint-tester 15.5 brings its own copy of @textlint/types, structurally equal but nominally apart.
tester.run("no-truncated-sentence", rule as unknown as Parameters<TextLintTester["run"]>[1], {
  valid: [
    // A paragraph with no letter or digit (a run of commas, of quote marks) is no sentence cut short.
    { text: `${L(19)}\n\n${"，".repeat(2000)}\n\n${"“".repeat(40)}\n`, ext: ".txt" },
    // Section heading, lead-in ending in `——`, body ending in `。`: all finished (seed 17, 73, 75).
    { text: [L(17), "", L(19), "", L(73), "", L(75)].join("\n"), ext: ".txt" },
    // A quotation closing with `。”` and a paragraph ending in `……` as "and so on" (seed 33, 219).
    { text: [L(31), "", L(33), "", L(219), "", L(221)].join("\n"), ext: ".txt" },
    // The same in Markdown, with the section heading as a real header (seed 17, 19, 21).
    { text: `## ${L(17)}\n\n${L(19)}\n\n${L(21)}\n`, ext: ".md" },
    // People's Daily subheads: `精心培养，带动团队成长` has a comma but no closing mark, and the next
    // paragraph opens a new sentence (rmrb-2023/0247).
    {
      text: "“作为理论工作者，研究成果一定要瞄准学术前沿。”说起研究心得，刘光明说。\n\n精心培养，带动团队成长\n\n刘光明特别注重“传帮带”，努力培养年轻学者，让团队人人都有“两把刷子”。",
      ext: ".txt"
    },
    // Subheads followed by a story that opens with `在…`: ICU reads `拥堵|在` as `堵在`, but a
    // heading is only joined on the strongest evidence (rmrb-2023/0788).
    {
      text: "林成说，年底即可全部投入运营。\n\n改造市政道路\n\n治理交通拥堵\n\n在海口国贸商圈工作的黄丽下班后，驾车从金龙路驶入金秀街，10分钟到家。",
      ext: ".txt"
    },
    // A headline and the dateline that opens the story (rmrb-2023/0851).
    {
      text: "记者了解到，今年保险业赔付持续增长。\n\n今年前三季度全国保险业赔付34.3亿元\n\n本报北京10月20日电  （记者李心萍）国务院新闻办公室20日举行新闻发布会。",
      ext: ".txt"
    },
    // Verse lines end in `，` and are short: not a cut (rmrb-2023/0024).
    { text: "红妆翠盖木兰舟。\n\n江山如画里，\n\n人物更风流。", ext: ".txt" },
    // A title and a deck without closing punctuation are the title block (rmrb-2023/0075).
    {
      text: "顺应全球治理体系变革需求的重要倡议（国际论坛·共享机遇、共谋发展的阳光大道）\n\n共建“一带一路”倡议顺应全球治理体系变革的需求，具有鲜明的时代性。10年来，共建“一带一路”倡议为完善全球治理体系变革提供了中国方案，已成为推动构建人类命运共同体的重要实践平台\n\n全球化浪潮下，人员、货物、资本前所未有地快速流通，需要与之相适应的全球治理体系。",
      ext: ".txt"
    },
    // A teaser link and a source credit after the last sentence (sogoucs-smarty/0146, 0163).
    { text: "他说：“我们做好了准备。”\n\n该公司的协调整合能力也很高。［详细］\n\n以上内容就是试用装的评测。来源：搜狐社区　美女享用团", ext: ".txt" },
    // English headline with no full stop, then the story (bbc-2005/0548).
    {
      text: "Blair to face trust issue head on\n\nTony Blair says he will face the issue of trust with voters head on during the election campaign.",
      ext: ".txt"
    },
    // AP running quotation: the quoted paragraph has no closing quote because the next one goes on quoting.
    {
      text: '"We have done everything we can to make the plant safe," he said. "But the market is exaggerating.\n\n"We\'ve seen the bottom of its decline."',
      ext: ".txt"
    },
    // A comma introducing a quotation on the next paragraph (Reuters 0060).
    {
      text: 'But Arjen Los, analyst with Dutch merchant bank Pierson, Heldring en Pierson, sees room for some optimism,\n\n"The market is exaggerating the whole dollar affair," he said.',
      ext: ".md"
    },
    // Lines of wrapped wire copy following each other are not paragraphs (Reuters 0006).
    { inputPath: fixture("reuters-wrapped.txt") }
  ],
  invalid: [
    {
      // Seed 53+55: `工作` split across paragraphs.
      text: [L(53), "", L(55)].join("\n"),
      output: L(53) + L(55),
      ext: ".txt",
      errors: [
        {
          message: "段落断在句中，下一段是它的后半句（“工作”被拆开）：“…领导和指导工⏎作体系，动员…” → “…领导和指导工作体系，动员…”",
          line: 1,
          suggestions: [{ id: "join-paragraphs", output: "" }]
        }
      ]
    },
    {
      // Seed 93+95 in Markdown: `表彰` split.
      text: [L(91), "", L(93), "", L(95), ""].join("\n"),
      output: [L(91), "", L(93) + L(95), ""].join("\n"),
      ext: ".md",
      errors: [{ line: 3, suggestions: [{ id: "join-paragraphs" }] }]
    },
    {
      // Seed 227+229: split between words; `关于…` completes the object of `学习贯彻`.
      text: [L(223), "", L(227), "", L(229)].join("\n"),
      output: [L(223), "", L(227) + L(229)].join("\n"),
      ext: ".txt",
      errors: [{ line: 3 }]
    },
    {
      // The rest was lost: the next paragraph is an unrelated dated item (seed 227 before 231).
      text: [L(223), "", L(227), "", L(231)].join("\n"),
      ext: ".txt",
      errors: [
        {
          message: "段落在句中断开，下文缺失：“…我省深入学习贯彻习近平总书记”。请补全或删除",
          line: 3,
          suggestions: [{ id: "delete-fragment", output: "" }]
        }
      ]
    },
    {
      // Short and unpunctuated, the fragment looks like a heading; the split word `表彰` still
      // proves the cut (seed 93 without its first sentence).
      text: "为政之要，首在用人。\n\n圆满完成全国“双满意”我省受表\n\n彰对象学习宣传活动，发挥表彰奖励的正向激励作用。",
      output: "为政之要，首在用人。\n\n圆满完成全国“双满意”我省受表彰对象学习宣传活动，发挥表彰奖励的正向激励作用。",
      ext: ".txt",
      errors: [{ line: 3 }]
    },
    {
      // A number cut from its unit (rmrb-2023 copy, cut after the number).
      text: "他说：“我们做好了准备。”\n\n全省村党支部领办合作社已发展到3600\n\n余个。全省村级集体经济收入村均预计超过60万元。",
      output: "他说：“我们做好了准备。”\n\n全省村党支部领办合作社已发展到3600余个。全省村级集体经济收入村均预计超过60万元。",
      ext: ".txt",
      errors: [{ line: 3 }]
    },
    {
      // A paragraph that opens with `。` after a closing quote (cnooc-press-pdf/0001 lines 270–271).
      text: "三季度生产经营形势分析会召开。\n\n会议要求，全力以赴跑好年终冲刺“最后一棒”\n\n。",
      output: "三季度生产经营形势分析会召开。\n\n会议要求，全力以赴跑好年终冲刺“最后一棒”。",
      ext: ".txt",
      errors: [{ line: 3 }]
    },
    {
      // A paragraph that opens with the particle `的`.
      text: "为政之要，首在用人。\n\n2023年，我省聚焦全链条优化干部选管用工作，着力建设堪当振兴发展重任\n\n的高素质干部队伍。",
      output: "为政之要，首在用人。\n\n2023年，我省聚焦全链条优化干部选管用工作，着力建设堪当振兴发展重任的高素质干部队伍。",
      ext: ".txt",
      errors: [{ line: 3 }]
    },
    {
      // An English word broken with a line-end hyphen across paragraphs (bbc-2005/0001 copy).
      text: "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet con-\n\nnections and higher advert sales.",
      output:
        "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections and higher advert sales.",
      ext: ".md",
      errors: [
        {
          message:
            'Paragraph breaks off mid-sentence and the next one continues it (a hyphenated word is split): "...of high-speed internet con- ⏎ nections and higher advert..." → "...of high-speed internet connections and higher advert..."',
          line: 1
        }
      ]
    },
    {
      // Names stripped from web copy: the next paragraph starts in lower case. Joining is only
      // suggested, since something is missing at each cut (bbc-2005/0634).
      inputPath: fixture("bbc-lost-names.txt"),
      output: fs.readFileSync(fixture("bbc-lost-names.txt"), "utf8"),
      errors: [
        { line: 9, suggestions: [{ id: "join-paragraphs", output: " " }] },
        { line: 11, suggestions: [{ id: "join-paragraphs", output: " " }] }
      ]
    },
    {
      // A paragraph that ends on `the` with nothing after it (bbc-2005/0656).
      text: "Newry City are expected to discuss legal avenues on Friday.\n\nOn Wednesday, a fresh IFA hearing into the Crawford registration saga, ruled that last week's decision was correct, McCreadie told the\n\nNews Letter",
      ext: ".txt",
      errors: [{ line: 3, suggestions: [{ id: "delete-fragment" }] }]
    },
    {
      // The next paragraph opens with `.`: a title was dropped from the copy (bbc-2005/0382).
      text: "But with environmental issues still occupying our thoughts it is high time they made a comeback. Advances in special effects technology could do wonders for the BBC's supernatural comedy\n\n. And the success of Pirates of the Caribbean must surely herald a comeback.",
      ext: ".md",
      errors: [{ line: 1, suggestions: [{ id: "join-paragraphs", output: "" }] }]
    }
  ]
});

describe("a paragraph left hanging on a preposition or approximation", () => {
  const cut = "大桥管理局负责人介绍，围绕提升通关效率，口岸推出了“一站式”通关等便利措施，旅客平均通关时间缩短至";
  const story = (rest: string) => `港珠澳大桥通车五周年\n\n本报记者 李明\n\n五年来，大桥出入境旅客超过3600万人次。\n\n${cut}\n\n${rest}\n`;

  it("joins it to the next paragraph when that one opens with the figure (.txt and .md)", async () => {
    for (const ext of [".txt", ".md"]) {
      const messages = await lint(story("20分钟以内。"), ext);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.message).toContain("“至”后面的数字在下一段");
      expect(await fix(story("20分钟以内。"), ext)).toBe(story("").replace(`${cut}\n\n\n`, `${cut}20分钟以内。\n`));
    }
  });

  it("reports it as cut off when the figure is lost", async () => {
    const messages = await lint(story("大桥管理局表示，将继续优化通关流程。"));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/^段落在句中断开，下文缺失/);
  });

  it("stays silent on noun phrases that end in 和 or 比 (之和, 之比)", async () => {
    // `减势能之差，增动能之和` (People's Daily 0832) is a finished slogan: 之和 is "the sum".
    const text = "稳中求进谋发展\n\n本报记者 李明\n\n会议分析了当前经济形势。\n\n减势能之差，增动能之和\n\n会议强调要稳中求进。\n";
    for (const ext of [".txt", ".md"]) expect(await lint(text, ext)).toEqual([]);
  });
});

describe("teasers cut and marked as cut (zh-raw/sogoucs-smarty)", () => {
  // Crawled index pages cut a story's opening and mark the cut with an ellipsis and a link.
  const teaser = "目前，这些华人既丧失了马来西亚国籍，又无法取得英国国籍。他们甚至因无国籍连结婚等基本人权都无法保障．．．［详细］";

  it("reports a teaser cut mid-sentence as a cut teaser, with the unfinished sentence to delete", async () => {
    const messages = await lint(`${teaser}\n\n中国西部是地球上主要干旱带之一，妇女是当地劳动力．．．\n`);
    expect(messages.map((m) => m.line)).toEqual([1, 3]);
    expect(messages[0]!.message).toMatch(/^摘要在句中截断，以“．．．［详细］”标出/u);
    const del = messages[0]!.suggestions?.find((s) => s.id === "delete-fragment");
    expect(del).toBeDefined();
  });

  it("stays silent on a finished teaser and on `……` closing a paragraph", async () => {
    // `。［详细］`: the teaser ends a sentence; `……` in body copy is "and so on".
    expect(await lint("全民健康生活方式行动拉开帷幕。［详细］\n\n他们带来了茶叶、瓷器、丝绸……\n")).toEqual([]);
  });
});

describe("long Chinese prose in clauses with no full stop (issue #15)", () => {
  it("reports it as cut: longer than any subhead, its one sentence is unfinished", async () => {
    const text =
      "网信工作会议召开\n\n会议强调，要做好网信工作。\n\n习近平强调，各级党委（党组）要加强组织领导、强化统筹协调，确保党中央关于网信工作决策部署落到实处；各级网信部门\n\n会议在北京召开。\n";
    const messages = await lint(text);
    expect(messages.map((m) => m.line)).toEqual([5]);
    expect(messages[0]!.message).toMatch(/各级网信部门/u);
    expect(messages[0]!.suggestions?.map((s) => s.id)).toContain("delete-fragment");
  });
});

describe("reported speech left unfinished (issue #15, rmrb-2023/0471)", () => {
  it("reports `…表示，接下来将积极探索` and offers the join with the paragraph that holds the rest", async () => {
    const text =
      "中欧班列开行十周年\n\n本报北京电  中欧班列累计开行超过7万列。\n\n国铁集团有关负责人表示，接下来将积极探索\n\n中欧班列跨越黑海、里海线路开发，推动班列高质量发展。\n\n会议在北京举行。\n";
    const messages = await lint(text);
    expect(messages.map((m) => m.line)).toEqual([5]);
    expect(messages[0]!.message).toMatch(/^段落在句中断开，下文缺失：“…负责人表示，接下来将积极探索”/u);
    expect(messages[0]!.suggestions?.map((s) => s.id)).toEqual(["delete-fragment", "join-paragraphs"]);
  });
});

describe("a first paragraph cut after its dateline (issue #15, first-paragraph cuts)", () => {
  it("reports it even right under the headline, in .txt and .md, and offers the join", async () => {
    // rmrb-2023/0001 cut after its dateline: the segmenter does not know 印发, so only the dateline
    // says the paragraph is copy whose sentence stops short.
    const text =
      "全国总工会启动“工会送清凉、防暑保安康”活动\n\n本报北京6月30日电  （记者刘博通）全国总工会近日印\n\n发《中华全国总工会办公厅关于开展活动的通知》，对工会开展送清凉活动进行部署。\n\n《通知》要求，各级工会要及时统筹安排。\n";
    for (const ext of [".txt", ".md"]) {
      const messages = await lint(text, ext);
      expect(messages.map((m) => m.line)).toEqual([3]);
      expect(messages[0]!.message).toMatch(/近日印”/u);
      expect(messages[0]!.suggestions?.map((s) => s.id)).toContain("join-paragraphs");
    }
    // `据新华社…电` opens copy just the same.
    const wire =
      "欧元区7月通胀率为5.3%\n\n据新华社布鲁塞尔电  （记者康逸）欧盟统计局日前公布的初步统计数据显示，欧元区7月通胀率按年率计算\n\n为5.3%，低于6月的5.5%。\n";
    expect((await lint(wire)).map((m) => m.line)).toEqual([3]);
  });

  it("reports a first paragraph that opens with its sentence's date or source and stops short", async () => {
    // rmrb-2023/0083 cut under its headline: `10月9日至12日，` opens a news sentence, which no
    // headline or deck does, so the paragraph is copy and its next paragraph (`召开。`) its rest.
    const text =
      "奋力谱写新时代工运事业新篇章\n\n10月9日至12日，中国工会第十八次全国代表大会在北京\n\n召开。近2000名来自全国各地、各行各业的代表，肩负亿万职工的重托出席大会。\n\n大会选举产生了新一届领导机构。\n";
    for (const ext of [".txt", ".md"]) {
      const messages = await lint(text, ext);
      expect(messages.map((m) => m.line)).toEqual([3]);
      expect(messages[0]!.suggestions?.map((s) => s.id)).toContain("join-paragraphs");
    }
  });

  it("stays silent on a finished dateline paragraph and on a commentary's abstract without a full stop", async () => {
    // The dateline paragraph ends its sentence: nothing is cut.
    expect(
      await lint("肯尼亚总统鲁托会见王毅\n\n本报内罗毕7月22日电  （记者黄炜鑫）7月22日，肯尼亚总统鲁托在内罗毕会见王毅。\n\n鲁托请王毅转达问候。\n")
    ).toEqual([]);
    // rmrb-2023 commentaries carry an abstract under the headline with no full stop: house style, not a cut.
    // (The opening of rmrb-2023/0437.)
    const commentary =
      "暑假，让孩子们动起来（体坛观澜）\n\n在阳光下奔跑，在运动场上挥洒汗水，体育锻炼为孩子们的暑期生活增添乐趣，助力青少年健康快乐成长。暑假，让孩子们动起来\n\n近日，营地游逐渐流行，踢球、射箭、玩飞盘……孩子们用运动的方式放松身心。暑假来临，运动场上孩子们的身影也多了起来。\n\n“双减”政策实施以来，“健康第一”的教育理念渐成共识，为加强学生体育锻炼营造了良好氛围。\n";
    expect(await lint(commentary)).toEqual([]);
    // A one-sentence abstract of 44 characters in clauses, and a next paragraph the detector reads
    // as its rest (0.86): long clause prose in the title block is no cut by that alone (rmrb-2023/0279).
    const timeping =
      "完善过期药品回收机制（人民时评）\n\n把过期药品回收工作做好，对保障公众用药安全、推进药品全程化监管、减少环境污染都有重要意义\n\n过期药品应该如何处理？许多人都有过这样的疑问。\n";
    expect(await lint(timeping)).toEqual([]);
  });
});

describe("English prose whose last sentence has no end (issue #15, after-noun cuts with the rest lost)", () => {
  const story = (paragraph: string) =>
    [
      "US Job Growth Slows",
      "The US economy added fewer jobs than expected last month, official figures showed on Friday.",
      paragraph,
      "The Labor Department also said it had revised its figures for the previous two months.",
      "Analysts said the figures pointed to a steady but unspectacular recovery."
    ].join("\n\n") + "\n";

  it("reports a paragraph cut after a noun when the rest is lost, in .txt and .md", async () => {
    // bbc-2005/0004 cut after `jobs`; the next paragraph starts a new sentence, so nothing continues it.
    const text = story(
      "US firms added only 146,000 jobs in January. The gain in non-farm payrolls was below market expectations. The job gains mean that President Bush can celebrate a net growth in jobs"
    );
    for (const ext of [".txt", ".md"]) {
      const messages = await lint(text, ext);
      expect(messages.map((m) => m.line)).toEqual([5]);
      expect(messages[0]!.message).toMatch(/^Paragraph breaks off mid-sentence and nothing continues it: "…growth in jobs"/u);
    }
  });

  it("does not take a trailer after the last sentence for an unfinished one", async () => {
    // `Source: …` after the last sentence is a label: at most the detector's hedged reading, never the certain one.
    const messages = await lint(
      story("Exports rose by 14%. Imports gained by 13%, signalling that demand has picked up. Source: national statistics office")
    );
    for (const m of messages) expect(m.message).not.toMatch(/^Paragraph breaks off mid-sentence and nothing continues it/u);
  });
});

describe("a paragraph that opens a news sentence with its time or source (issue #15)", () => {
  it("reports `10月26日，…女子重剑` left without its end, and not a subhead", async () => {
    const story = (p: string) =>
      [
        "轮椅击剑运动员辜海燕——",
        "“既然无法后退，那就努力向前”",
        "辜海燕今年32岁，已经练了12年轮椅击剑。",
        p,
        "轮椅击剑需要将轮椅固定在赛道上，和健全人比赛不同。",
        "她说，自己会继续努力。"
      ].join("\n\n") + "\n";
    expect((await lint(story("10月26日，杭州亚残运会轮椅击剑女子重剑"))).map((m) => m.line)).toEqual([7]);
    // A subhead in clauses (rmrb-2023/0068) opens with no time or source: not this check's.
    expect(await lint(story("多方协同，突出服务优质共享"))).toEqual([]);
  });
});

describe("a lead-in cut in two (issue #15, lead-in cuts)", () => {
  const story = (a: string, b: string) =>
    [
      "共建“一带一路”这十年",
      "十年来，共建“一带一路”取得丰硕成果。",
      "如何理解共建“一带一路”这一重大倡议？",
      a,
      b,
      "——传承。",
      "“历史上，陆上丝绸之路和海上丝绸之路就是我国同中亚、东南亚等地区经济、文化交流的重要通道。”"
    ].join("\n\n") + "\n";

  it("reports copy that runs into the short rest of a lead-in, and offers the join (rmrb-2023/0190)", async () => {
    const messages = await lint(story("对此，习近平总书记给出了这样的深刻", "阐释："));
    expect(messages.map((m) => m.line)).toEqual([7]);
    expect(messages[0]!.suggestions?.map((s) => s.id)).toContain("join-paragraphs");
  });

  it("stays silent on a subhead before a lead-in that is a sentence of its own (rmrb-2023/0241)", async () => {
    expect(await lint(story("紧急驰援，充分发挥军队突击队作用", "统帅心系人民，部队听令景从。驰援灾区，刻不容缓——"))).toEqual([]);
  });
});

describe("a sentence broken by a PDF page break (page furniture between its halves)", () => {
  const before = "今年是实施“十四五”规划的关键一年。要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合";
  const zh = (folio: string) => `政府工作报告\n\n${before}\n\n${folio}\n\n理增长。各地区各部门要狠抓落实。\n\n我们要继续深化改革。\n`;

  it("joins the halves across a folio and keeps the folio after them (.txt and .md)", async () => {
    for (const ext of [".txt", ".md"]) {
      for (const folio of ["— 3 —", "第 3 页"]) {
        const messages = await lint(zh(folio), ext);
        expect(messages).toHaveLength(1);
        expect(messages[0]!.message).toContain(`中间隔着页面信息“${folio}”`);
        const fixed = await fix(zh(folio), ext);
        expect(fixed).toBe(`政府工作报告\n\n${before}理增长。各地区各部门要狠抓落实。\n\n${folio}\n\n我们要继续深化改革。\n`);
        // Nothing left to fix, and the folio is still there for no-page-furniture to remove.
        expect((await lint(fixed, ext)).filter((m) => m.fix)).toEqual([]);
      }
    }
  });

  it("joins an English word split across a page header, keeping the header", async () => {
    const text =
      "Budget report\n\nThe council said on Monday that it would raise the rates paid by the owners of large busi-\n\nPage 3 of 10\n\nnesses in the town centre by a tenth next year.\n\nThe mayor agreed.\n";
    const messages = await lint(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain('page furniture "Page 3 of 10" stands between them');
    expect(await fix(text)).toBe(
      "Budget report\n\nThe council said on Monday that it would raise the rates paid by the owners of large businesses in the town centre by a tenth next year.\n\nPage 3 of 10\n\nThe mayor agreed.\n"
    );
  });

  it("leaves a finished paragraph before a folio alone", async () => {
    // The sentence ends before the page break: the folio is furniture, the next page starts a new paragraph.
    const text = `政府工作报告\n\n${before}理增长。\n\n— 3 —\n\n各地区各部门要狠抓落实。\n`;
    expect(await lint(text)).toEqual([]);
  });
});

describe("a quotation that runs over the break (issue #15, quotation cuts)", () => {
  const headline = "深化务实合作，助力各国实现可持续发展";
  const rest = "过上好日子，是我们矢志以求的共同目标。”成立22年来，上海合作组织坚持互利合作。";

  it("joins a paragraph that leaves a quotation open to the next one that closes it (.txt and .md)", async () => {
    for (const ext of [".txt", ".md"]) {
      const text = `${headline}\n\n“地区各国人民\n\n${rest}\n\n各方表示赞同。\n`;
      const messages = await lint(text, ext);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.message).toContain("引号在本段打开，到下一段“共同目标。”之后才闭合");
      expect(await fix(text, ext)).toBe(`${headline}\n\n“地区各国人民${rest}\n\n各方表示赞同。\n`);
    }
  });

  it("joins a title mark or a bracket left open across the break too", async () => {
    const title = `${headline}\n\n此次调整范围包括已列入《国家畜禽遗传资源\n\n目录》且在我国已无野外种群的物种。\n\n名录随后公布。\n`;
    const messages = await lint(title);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain("书名号在本段打开，到下一段“目录”之后才闭合");
    expect(await fix(title)).toBe(`${headline}\n\n此次调整范围包括已列入《国家畜禽遗传资源目录》且在我国已无野外种群的物种。\n\n名录随后公布。\n`);
    const dateline = `韩正出席联合国大会一般性辩论\n\n新华社联合国9月21日电  （记者毛磊、蒋国\n\n鹏）当地时间9月21日，国家副主席韩正在纽约出席一般性辩论并发表讲话。\n`;
    expect(await fix(dateline)).toBe(
      "韩正出席联合国大会一般性辩论\n\n新华社联合国9月21日电  （记者毛磊、蒋国鹏）当地时间9月21日，国家副主席韩正在纽约出席一般性辩论并发表讲话。\n"
    );
  });

  it("leaves a quotation of several paragraphs alone: each reopens with “ (GB/T 15834)", async () => {
    // The first paragraph ends its sentence, the next opens its own quotation mark.
    const text = `${headline}\n\n他说：“我们要把合作落到实处。\n\n“我们要让各国人民过上好日子。”\n`;
    expect(await lint(text)).toEqual([]);
  });
});

describe("a short fragment before a paragraph that opens with a particle (issue #15, lead-in cuts)", () => {
  it("joins a heading-like fragment to a next paragraph that opens with 了", async () => {
    // Short and unpunctuated, the fragment reads as a heading; `了` opens no sentence.
    const text =
      "以文化自信书写新篇章\n\n习近平总书记的重要讲话催人奋进。\n\n中华五千多年文明为中国式现代化提供\n\n了强大的精神支撑，凸显了中国式现代化的文化内涵：\n\n“民惟邦本，本固邦宁”的民本思想影响深远。\n";
    const messages = await lint(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain("下一段以“了”开头");
    expect(await fix(text)).toContain("中华五千多年文明为中国式现代化提供了强大的精神支撑");
  });
});
