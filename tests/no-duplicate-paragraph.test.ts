import fs from "node:fs";
import path from "node:path";
// The named export: the package's default export does not type as a class under NodeNext.
import { TextLintTester } from "textlint-tester/lib/src/textlint-tester.js";
import rule, { normalizeCopy } from "../rules/no-duplicate-paragraph/rule.js";
import { AcrossFilesIndex } from "../src/across-files.js";
import { normalizeCopy as sharedNormalizeCopy } from "../src/text/normalize.js";
import { SUMMARY_BOX_LABELS, summaryBoxLabel } from "../src/text/lexicon/summary-boxes.js";
import { editDiff } from "../src/text/edit-diff.js";
import { buildModel } from "./support/build-model.js";

const tester = new TextLintTester();
const fixtures = path.join(import.meta.dirname, "fixtures", "no-duplicate-paragraph");
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), "utf8");
/** `text` without the second occurrence of `part`. */
const dropSecond = (text: string, part: string) => {
  const at = text.indexOf(part, text.indexOf(part) + part.length);
  return text.slice(0, at) + text.slice(at + part.length);
};

/** The text without lines `from..to` (1-based, inclusive), as an editor would delete them. */
function dropLines(text: string, ...ranges: [number, number][]): string {
  const lines = text.split("\n");
  return lines.filter((_, i) => !ranges.some(([from, to]) => i + 1 >= from && i + 1 <= to)).join("\n");
}

// Seed lines 31–125 (line n of the excerpt is seed line n + 30).
const seed = read("seed-excerpt.txt");
const CLAUSE = "全省各级党组织广泛组织开展“长旅青年心向党”主题教育实践活动";
const LINE_37 = `深入开展“长旅青年心向党”主题教育实践活动，${CLAUSE}，${CLAUSE}，${CLAUSE}。`;
const LINE_37_FIXED = `深入开展“长旅青年心向党”主题教育实践活动，${CLAUSE}。`;
// What `--fix` must leave: one copy of each block (seed 39–41 and 115–121 go), line 37 said once.
const seedFixed = dropLines(seed, [9, 12], [85, 92]).replace(LINE_37, LINE_37_FIXED);
// The same excerpt after no-truncated-sentence has joined 85+87: 41 is now a fragment of 85.
const seedJoined = (() => {
  const cut = "推动担当作为成\n\n为新时代吉林干部的鲜明特质——";
  const at = seed.indexOf(cut);
  return seed.slice(0, at) + cut.replace("\n\n", "") + seed.slice(at + cut.length);
})();

const reuters = read("reuters-0236-pasted.txt");
// People's Daily 0066 with its paragraph at line 9 pasted again after line 13 (a new line 15).
const pulled0066 = (() => {
  const lines = read("rmrb-0066-pull-quote.txt").split("\n");
  return [...lines.slice(0, 14), lines[8]!, "", ...lines.slice(14)].join("\n");
})();
const zhMd = read("zh-pasted-block.md");
const enMd = read("en-pasted-block.md");

// bbc-2005/0157.txt, paragraph 3, and the same paragraph as a second, edited copy.
const BARCLAYS =
  "A tie-up between Barclays and California-based Wells Fargo would create the world's fourth biggest bank, valued at $180bn (£96bn). Barclays has declined to comment on the report in the Sunday Express, saying it does not respond to market speculation. The two banks reportedly held talks in October and November 2004.";
const BARCLAYS_EDITED = BARCLAYS.replace("in October and November 2004", "in November 2004");
const barclaysNear = [
  "Barclays shares up on merger talk",
  "Shares in UK banking group Barclays have risen on Monday following a weekend press report that it had held merger talks with US bank Wells Fargo.",
  BARCLAYS,
  "Barclays shares were up 8 pence, or 1.3%, at 605 pence by late morning in London on Monday, making it the second biggest gainer in the FTSE 100 index.",
  "Stock market traders were sceptical that the latest reports heralded a deal.",
  BARCLAYS_EDITED,
  "\"The chief executive would be abandoning his duty if he didn't talk to rivals, but a deal doesn't seem likely,\" Reuters quoted one trader as saying."
].join("\n\n");

// Seed line 205 and an edited second copy further down (a clause dropped).
const ZH_205 =
  "2023年，我省牢固树立大抓基层的鲜明导向，持续用力抓基层、打基础、固根本，深入推进新时代基层党组织建设质量提升工程，全面增强基层党组织战斗力凝聚力执行力。";
const ZH_205_EDITED = "2023年，我省牢固树立大抓基层的鲜明导向，持续用力抓基层、打基础、固根本，深入推进新时代基层党组织建设质量提升工程。";
const zhNearMd = [
  "## 夯实基层基础 打造坚强堡垒",
  "基层治理工作千头万绪，百姓需求各不相同，有了矛盾怎么解决？关键在党的领导，在基层党组织，在广大党员！",
  "习近平总书记吉林视察时强调，要加强党的领导，推动党组织向最基层延伸，健全基层党组织工作体系，为城乡社区治理提供坚强保障。",
  ZH_205,
  "省委把握大局大势，强化顶层设计，聚焦破解基层治理“九龙治水、条块分割、权责失衡、力量分散”等顽瘴痼疾，率先在全国改革创建党建引领城乡基层治理统一领导体制，形成领导有力、行之有效的工作体系。",
  ZH_205_EDITED,
  "高质量推进新时代吉林党支部标准体系（BTX）建设，聚力实施党支部强基提质、品牌创建、典型引领专项行动，不断提升党支部标准化、规范化、信息化水平。"
].join("\n\n");

// bbc-2005/0080.txt: a stray block whose second paragraph is cut off, then the block complete.
const P1 =
  "US oil giant Exxon said it did not plan to take part in a new tender on a project for which it had previously signed a preliminary agreement.";
const P2_CUT = "Miner Highland Gold said it regretted any limit on privatisation while BP, a big investor,";
const P2_REST = "declined to comment. Only firms at least 51% Russian-owned will be permitted to bid.";
const enDamaged = [
  "Oil companies get Russian setback",
  "International oil and mining companies have reacted cautiously to Russia's decision to bar foreign firms from natural resource tenders in 2005.",
  P1,
  P2_CUT,
  "Analysts warned that it was still too early to draw too many conclusions from this new set of proposals.",
  P1,
  P2_CUT,
  P2_REST
].join("\n\n");

// bbc-2005/0080.txt, paragraph 6 with its second clause pasted twice more.
const ECHO = "saying that they would require more information before ringing the alarm bells";
const COMPANIES = `Companies echoed this sentiment, ${ECHO}. "It's not good. But it is very understandable," said Al Breach, an economist at UBS Brunswick.`;
const COMPANIES_TWICE = COMPANIES.replace(`${ECHO}.`, `${ECHO}, ${ECHO}, ${ECHO}.`);

// textlint-tester 15.5 brings its own copy of @textlint/types, structurally equal but nominally apart.
tester.run("no-duplicate-paragraph", rule as unknown as Parameters<TextLintTester["run"]>[1], {
  valid: [
    // Rhetorical repetition is short (`坚持，坚持，再坚持`), and parallel clauses differ in content:
    // no stretch of eight characters or more is said twice in a row.
    { text: "要坚持，坚持，再坚持，把好事办好、把实事办实，把好事办好的经验推广开。\n", ext: ".txt", description: "zh short and parallel repeats" },
    // The seed after the fix: one copy of each block remains, so a second lint has nothing to report.
    { text: seedFixed, ext: ".txt", description: "seed excerpt after --fix" },
    // (People's Daily's by-design repeats, 0066, 0694, 0901 and 0044, are info findings: see invalid.)
    // bbc-2005/0682: "Winners meet in final match" three times is a results table's repeated subhead.
    { text: read("bbc-0682-subheads.txt"), ext: ".txt" },
    // The same subheads as a Markdown list: short list items repeat by design.
    {
      text: "## Fixtures\n\n- Seychelles v South Africa\n- Mauritius v Madagascar\n- Winners meet in final match\n- Mozambique v Zimbabwe\n- Namibia v Botswana\n- Winners meet in final match\n",
      ext: ".md"
    },
    // Stock lines shorter than the minimum ("He declined to comment." is 4 words), and parallel
    // facts that share a template but not their wording.
    {
      text: [
        "Senate passes budget bill",
        "The Senate approved the measure 61-39 on Thursday after a week of debate over spending cuts.",
        "Asked about the vote, the senator's office said: He declined to comment.",
        "He declined to comment.",
        "The House approved a similar measure 232-198 earlier in the month, setting up talks between the two chambers.",
        "A spokesman for the majority leader was asked whether the talks would finish before the recess.",
        "He declined to comment."
      ].join("\n\n"),
      ext: ".txt"
    },
    // `（完）` and `——` are furniture, and a byline repeats in a two-story page: all short stock lines.
    {
      text: [
        "——",
        "本报记者 粘青 李抑婧 赵梦卓",
        "在农村，深化“五星级”乡村党组织创建，大力整顿软弱涣散村党组织，持续加强边境村党组织建设。",
        "（完）",
        "——",
        "本报记者 粘青 李抑婧 赵梦卓",
        "在城市，深入实施城市基层党建“吉林行动”计划，推动城市社区党建提质增效。",
        "（完）"
      ].join("\n\n"),
      ext: ".txt"
    },
    // Seed 213/215 share the template "在…，深化/深入…" but not their facts: parallel, not duplicate.
    {
      text: [
        "## 夯实基层基础 打造坚强堡垒",
        "在农村，深化“五星级”乡村党组织创建，大力整顿软弱涣散村党组织，持续加强边境村党组织建设；开展新一轮驻村干部集中轮换，全省5471名驻村干部全部到岗到村。",
        "在城市，深入实施城市基层党建“吉林行动”计划，推动城市社区党建提质增效；全面开展新时代街道书记、“小巷总理”业务大比武。",
        "在国有企业，聚焦增强竞争力、创新力和抗风险能力，深化国有企业“支部立项”活动，开展立功竞赛1472项。"
      ].join("\n\n"),
      ext: ".md"
    },
    // Two section headings repeated in a Markdown piece (a recurring "核心阅读" box title) are headings.
    {
      text: "## 核心阅读\n\n蒲剧是山西四大梆子之一，入选第一批国家级非物质文化遗产名录。\n\n## 核心阅读\n\n运城是有名的“戏窝子”，这里的百姓爱听戏，也爱唱戏，不少村子都有古戏台。\n",
      ext: ".md"
    },
    // A refrain of short clauses ("这是…") is rhetoric, and the clauses differ anyway.
    { text: "这是时代的呼唤。这是历史的责任。这是中国共产党的使命。", ext: ".txt" },
    // Parallel facts on one template stay silent: two deals on identical terms differ only in the
    // buyer's name (a name for a name is a different fact, not an edit of a paste) ...
    {
      text: [
        "Retail deals",
        "Acme Corp agreed to buy 20 regional stores from Baxter Retail for $45m in cash, the company said on Tuesday, adding that the deal is expected to close in the second quarter.",
        "Analysts said the sale would leave Baxter with its flagship stores in the capital.",
        "Delta Foods agreed to buy 20 regional stores from Baxter Retail for $45m in cash, the company said on Tuesday, adding that the deal is expected to close in the second quarter."
      ].join("\n\n"),
      ext: ".txt"
    },
    // ... and two quarters' figures differ in their numbers (一季度/二季度, 5.2%/6.3%).
    {
      text: [
        "全省工业经济稳中向好",
        "一季度，全省规模以上工业增加值同比增长5.2%，其中制造业增加值增长6.1%，高技术制造业增加值增长9.8%，增速均高于全国平均水平。",
        "二季度，全省规模以上工业增加值同比增长6.3%，其中制造业增加值增长7.0%，高技术制造业增加值增长10.2%，增速均高于全国平均水平。"
      ].join("\n\n"),
      ext: ".txt"
    },
    // Near duplicates can be turned off.
    { text: barclaysNear, ext: ".txt", options: { nearThreshold: 1.01 } },
    // A higher minimum length silences the exact duplicates of the Markdown piece (64-char paragraphs).
    { text: zhMd, ext: ".md", options: { minChars: 200, nearThreshold: 1.01 } }
  ],
  invalid: [
    {
      description: "seed: line 37's repeated clause, 39–41 the damaged stray copy of 83–85, 115–121 repeating 89–95",
      text: seed,
      ext: ".txt",
      output: seedFixed,
      errors: [
        { line: 7, message: "分句重复：“全省各级党组织广泛组织开展“长旅青年心…”连写了3遍；只留一遍。" },
        {
          line: 9,
          message:
            "段落重复：第9–11行（“深入推进“强基培苗”工程（“31415…”起）重复了第53–55行，但第11行在此中断，第53–57行才是完整的一份；删去第9–11行。"
        },
        { line: 85, message: "段落重复：第85–91行（“深入贯彻党中央《推进领导干部能上能下规…”起）重复了第59–65行；删去后一份。" }
      ]
    },
    {
      description: "seed after 85+87 were joined: 41 is a fragment of the later paragraph, so 39–41 still go",
      text: seedJoined,
      ext: ".txt",
      output: dropLines(seedJoined, [9, 12], [83, 90]).replace(LINE_37, LINE_37_FIXED),
      errors: [{ line: 7 }, { line: 9 }, { line: 83 }]
    },
    {
      description: "Reuters 0236: four hard-wrapped paragraphs pasted twice at the end of the story",
      text: reuters,
      ext: ".txt",
      output: dropLines(reuters, [30, 40]),
      errors: [
        { line: 30, message: 'Duplicated paragraphs: lines 30–40 ("Crandall said, "the administrat…") repeat lines 19–29; delete the repeat.' }
      ]
    },
    {
      description: "Markdown (zh): two paragraphs pasted again before the next heading",
      text: zhMd,
      ext: ".md",
      output: dropLines(zhMd, [15, 18]),
      errors: [{ line: 15, message: "段落重复：第15–17行（“2023年，我省牢固树立大抓基层的鲜明…”起）重复了第9–11行；删去后一份。" }]
    },
    {
      description: "Markdown (en): two paragraphs pasted again",
      text: enMd,
      ext: ".md",
      output: dropLines(enMd, [11, 14]),
      errors: [{ line: 11, message: 'Duplicated paragraphs: lines 11–13 ("US oil giant Exxon said it did …") repeat lines 5–7; delete the repeat.' }]
    },
    {
      description: "en: the earlier copy ends mid-sentence, the later one goes on: the earlier copy goes",
      text: enDamaged,
      ext: ".txt",
      output: dropLines(enDamaged, [5, 8]),
      errors: [
        {
          line: 5,
          message:
            'Duplicated paragraphs: lines 5–7 ("US oil giant Exxon said it did …") repeat lines 11–13, but line 7 is cut off here while the copy at lines 11–15 is complete; delete lines 5–7.'
        }
      ]
    },
    {
      description: "normalisation: full-width punctuation, other quotes and spacing are still the same paragraph",
      text: [
        "习近平总书记吉林视察时强调，要加强党的领导，推动党组织向最基层延伸，健全基层党组织工作体系。",
        "基层治理工作千头万绪，百姓需求各不相同。",
        "习近平总书记吉林视察时强调, 要加强党的领导, 推动党组织向最基层延伸, 健全基层党组织工作体系。"
      ].join("\n\n"),
      ext: ".txt",
      output: [
        "习近平总书记吉林视察时强调，要加强党的领导，推动党组织向最基层延伸，健全基层党组织工作体系。",
        "基层治理工作千头万绪，百姓需求各不相同。"
      ].join("\n\n"),
      errors: [{ line: 5 }]
    },
    // People's Daily repeats the 导语 as the closing paragraph by design (0066 3/17, 0901 3/19) and
    // reprints a body paragraph in its 核心阅读 box (0694 9/57): reported as info, saying why, no fix.
    {
      description: "0066: the opening echoed as the close is an info finding without a fix",
      text: read("rmrb-0066-pull-quote.txt"),
      ext: ".txt",
      output: read("rmrb-0066-pull-quote.txt"),
      errors: [
        {
          line: 17,
          message:
            "段落重复（应属有意）：末段第17行（“山河壮美，他们用坚守谱就宏伟诗篇。征途…”起）重复了首段第3行，是以开头作结的写法；如非有意，删去末段。"
        }
      ]
    },
    {
      description: "0066 with its opening pasted again mid-story: the paste is an error, the close still an echo",
      text: (() => {
        const l = read("rmrb-0066-pull-quote.txt").split("\n");
        return [...l.slice(0, 10), l[2]!, "", ...l.slice(10)].join("\n");
      })(),
      ext: ".txt",
      output: read("rmrb-0066-pull-quote.txt"),
      errors: [
        { line: 11, message: "段落重复：第11行（“山河壮美，他们用坚守谱就宏伟诗篇。征途…”起）重复了第3行；删去后一份。" },
        {
          line: 19,
          message:
            "段落重复（应属有意）：末段第19行（“山河壮美，他们用坚守谱就宏伟诗篇。征途…”起）重复了首段第3行，是以开头作结的写法；如非有意，删去末段。"
        }
      ]
    },
    {
      description: "0901: the opening echoed as the close",
      text: read("rmrb-0901-pull-quote.txt"),
      ext: ".txt",
      output: read("rmrb-0901-pull-quote.txt"),
      errors: [
        {
          line: 19,
          message:
            "段落重复（应属有意）：末段第19行（“汉语拼音是中国的，也是世界的。愿我们共…”起）重复了首段第3行，是以开头作结的写法；如非有意，删去末段。"
        }
      ]
    },
    {
      description: "0694: a 核心阅读 paragraph repeated in the body",
      text: read("rmrb-0694-pull-quote.txt"),
      ext: ".txt",
      output: read("rmrb-0694-pull-quote.txt"),
      errors: [
        // The box's first point, given in full in the body (a near copy): info as well.
        {
          line: 13,
          message:
            "段落近似重复（应属有意）：第13行（“蒲剧形成于明末清初，源于晋、陕、豫交界…”起）与第7行大体相同，在“核心阅读”栏内，是提要对正文的复述；如非有意，删去一份。"
        },
        {
          line: 57,
          message:
            "段落重复（应属有意）：第57行（“近20年来，盐湖区蒲剧团排了50多部戏…”起）重复了第9行，在“核心阅读”栏内，是提要对正文的复述；如非有意，删去一份。"
        }
      ]
    },
    {
      // `■` summary points at the top quote the body below them: a 要点 box, not a paste; one
      // finding for the box (its five points), not one per point.
      description: "0044: summary points quoting the body are one info finding",
      text: read("rmrb-0044-summary-points.txt"),
      ext: ".txt",
      output: read("rmrb-0044-summary-points.txt"),
      errors: [{ line: 3, message: "段落近似重复（应属有意）：第3–13行的5段是要点栏对正文第21–37行的摘录；如非有意，删去一份。" }]
    },
    {
      description: "zh near duplicate by edits: one character dropped, and the message says which",
      text: [
        "夯实基层基础 打造坚强堡垒",
        ZH_205,
        "省委把握大局大势，强化顶层设计，率先在全国改革创建党建引领城乡基层治理统一领导体制，形成领导有力、行之有效的工作体系。",
        ZH_205.replace("基层的鲜明", "基层鲜明")
      ].join("\n\n"),
      ext: ".txt",
      errors: [
        {
          line: 7,
          message: "段落近似重复：第7行（“2023年，我省牢固树立大抓基层鲜明导…”起）与第3行几乎相同，第7行比第3行少了“的”字；核对后删去第7行。"
        }
      ]
    },
    {
      description: "sogoucs 0123: a subtitle printed twice (U+E40C paragraph marks): the repeat and its mark go",
      text: read("sogoucs-0123-title-twice.txt"),
      ext: ".txt",
      output: dropSecond(read("sogoucs-0123-title-twice.txt"), "“给孩子送双运动鞋”公益行动青海站\uE40C"),
      errors: [{ line: 3, message: "标题重复：第3行第3段（““给孩子送双运动鞋”公益行动青海站”起）重复了第3行第2段的标题；删去后一份。" }]
    },
    {
      description: "sogoucs 0073: the subhead and byline block twice is one finding",
      text: read("sogoucs-0073-title-block-twice.txt"),
      ext: ".txt",
      output: dropSecond(
        read("sogoucs-0073-title-block-twice.txt"),
        "学校：女孩的救人行为要表扬，但不应提倡\uE40C本报记者　黄轶涵／文　黄昕／漫画\uE40C"
      ),
      errors: [
        { line: 3, message: "标题重复：第3行第7–8段（“学校：女孩的救人行为要表扬，但不应提倡”起）重复了第3行第3–4段的标题和署名；删去后一份。" }
      ]
    },
    {
      description: "sogoucs 0115: a body that only repeats its headline; no automatic fix (the story is missing)",
      text: read("sogoucs-0115-body-is-title.txt"),
      ext: ".txt",
      output: read("sogoucs-0115-body-is-title.txt"),
      errors: [
        {
          line: 3,
          message: "正文只是标题的重复：第3行（“北京奥组委市场开发部部长袁斌与搜狐公司…”起）与第1行的标题相同，正文缺失；补上正文，删去第3行。"
        }
      ]
    },
    {
      description: "en near duplicate: an edited second copy gets a suggestion and no automatic fix",
      text: barclaysNear,
      ext: ".txt",
      output: barclaysNear,
      errors: [
        {
          line: 11,
          message: `Near-duplicate paragraph: line 11 ("A tie-up between Barclays and C…") nearly repeats line 5: line 11 drops "October and"; check and delete line 11.`,
          suggestions: [{ id: "remove-near-duplicate", message: "Delete line 11", output: "" }]
        }
      ]
    },
    {
      description: "zh near duplicate in Markdown: a clause dropped from the second copy",
      text: zhNearMd,
      ext: ".md",
      output: zhNearMd,
      errors: [{ line: 11, suggestions: [{ id: "remove-near-duplicate", message: "删去第11行", output: "" }] }]
    },
    {
      description: "en: a clause pasted three times inside one paragraph",
      text: `Oil companies get Russian setback\n\n${COMPANIES_TWICE}\n`,
      ext: ".txt",
      output: `Oil companies get Russian setback\n\n${COMPANIES}\n`,
      errors: [
        {
          line: 3,
          message: `Repeated clause: "saying that they would require …" appears 3 times in a row; keep one.`
        }
      ]
    },
    {
      description:
        "zh: a long paragraph pasted again with one two-character word changed is a near copy, not a parallel fact (rmrb-2023/0023: `轮换` → `调整`)",
      text: "东西部协作深入推进\n\n一大批企业落户协作帮扶地区，一大批帮扶项目落地见效，一大批富民强县帮扶产业发展壮大，有力促进脱贫地区发展和脱贫群众增收。今年新一轮挂职帮扶干部轮换工作已启动，目前正在有序进行，各地正在总结经验、完善机制，推动东西部协作向更深层次、更宽领域拓展，为全面推进乡村振兴提供有力支撑。\n\n一大批企业落户协作帮扶地区，一大批帮扶项目落地见效，一大批富民强县帮扶产业发展壮大，有力促进脱贫地区发展和脱贫群众增收。今年新一轮挂职帮扶干部调整工作已启动，目前正在有序进行，各地正在总结经验、完善机制，推动东西部协作向更深层次、更宽领域拓展，为全面推进乡村振兴提供有力支撑。\n",
      ext: ".txt",
      errors: [{ line: 5, suggestions: [{ id: "remove-near-duplicate", message: "删去第5行", output: "" }] }]
    },
    {
      description: "zh: a numeral character typed over a word's character (一轮 → 对轮) is a typo, not another number",
      text: "东西部协作深入推进\n\n一大批企业落户协作帮扶地区，一大批帮扶项目落地见效，一大批富民强县帮扶产业发展壮大，有力促进脱贫地区发展和脱贫群众增收。今年新一轮挂职帮扶干部轮换工作已启动，目前正在有序进行，各地正在总结经验、完善机制，推动东西部协作向更深层次、更宽领域拓展，为全面推进乡村振兴提供有力支撑。\n\n一大批企业落户协作帮扶地区，一大批帮扶项目落地见效，一大批富民强县帮扶产业发展壮大，有力促进脱贫地区发展和脱贫群众增收。今年新对轮挂职帮扶干部轮换工作已启动，目前正在有序进行，各地正在总结经验、完善机制，推动东西部协作向更深层次、更宽领域拓展，为全面推进乡村振兴提供有力支撑。\n",
      ext: ".txt",
      errors: [{ line: 5, suggestions: [{ id: "remove-near-duplicate", message: "删去第5行", output: "" }] }]
    },
    {
      description: "zh: part of a clause pasted again after its comma, across its own 、 (rmrb-2023/0001)",
      text: "全总印发《关于开展“工会送清凉、防暑保安康”活动的通知》，开展“工会送清凉、防暑保安康”活动的通知》，对工会开展送清凉活动作出部署。\n",
      ext: ".txt",
      output: "全总印发《关于开展“工会送清凉、防暑保安康”活动的通知》，对工会开展送清凉活动作出部署。\n",
      errors: [{ message: "分句重复：“开展“工会送清凉、防暑保安康”活动的通…”连写了2遍；只留一遍。" }]
    },
    {
      description: "en: the end of a clause pasted again after its comma",
      text: "The firm said on Tuesday that sales of its new phone had doubled in Asia, sales of its new phone had doubled in Asia, and profits rose.\n",
      ext: ".md",
      output: "The firm said on Tuesday that sales of its new phone had doubled in Asia, and profits rose.\n",
      errors: [{ message: `Repeated clause: "sales of its new phone had doub…" appears 2 times in a row; keep one.` }]
    },
    {
      description: "zh Markdown: seed line 37 inside a list item",
      text: `## 主题教育\n\n- ${LINE_37}\n- 4月6日，省委学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组第一次会议召开。\n`,
      ext: ".md",
      output: `## 主题教育\n\n- ${LINE_37_FIXED}\n- 4月6日，省委学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组第一次会议召开。\n`,
      errors: [{ line: 3 }]
    },
    {
      description: "0066 with body paragraph 9 pasted again after 13: an error with a fix, while the 导语 reprise is info",
      text: pulled0066,
      ext: ".txt",
      output: read("rmrb-0066-pull-quote.txt"),
      errors: [{ line: 15, message: "段落重复：第15行（“乡镇生涯既艰辛也快乐，是一座创作的富矿…”起）重复了第9行；删去后一份。" }, { line: 19 }]
    },
    {
      description: "reportPullQuotes: the 导语 reprised as the close of 0066 is reported when asked for",
      text: read("rmrb-0066-pull-quote.txt"),
      ext: ".txt",
      options: { reportPullQuotes: true },
      errors: [{ line: 17 }]
    }
  ]
});

describe("normalizeCopy", () => {
  it("folds width, quotes and spacing but keeps the words", () => {
    expect(normalizeCopy("“强基培苗”工程（“314151”工程）")).toBe(normalizeCopy('"强基培苗"工程("314151"工程)'));
    expect(normalizeCopy("Ｈｅ　said ‘no’.")).toBe(normalizeCopy("He said 'no'."));
    expect(normalizeCopy("推动担当作为成")).not.toBe(normalizeCopy("推动担当作为成为"));
  });
});

describe("AcrossFilesIndex", () => {
  const bbc = "Oil companies get Russian setback\n\n" + [P1, P2_CUT + " " + P2_REST, COMPANIES].join("\n\n") + "\n";
  const bio = "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.";

  it("reports a story filed twice once, in the later file, naming the earlier", async () => {
    const index = new AcrossFilesIndex();
    index.add("a.txt", await buildModel(bbc, ".txt"));
    index.add("b.txt", await buildModel(bbc, ".txt"));
    const findings = index.findings();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ filePath: "b.txt", otherFile: "a.txt", whole: true, line: 1, endLine: 7 });
  });

  it("reports a reused block as one finding with the other file's lines", async () => {
    const index = new AcrossFilesIndex();
    index.add("a.md", await buildModel(enMd, ".md"));
    const enLines = enMd.split("\n");
    // Lines 7 and 9 of the first file, reused under another headline and opening.
    const other = `# Russia and its oil\n\nA different opening paragraph written for the second story about the Russian tender.\n\n${enLines[6]}\n\n${enLines[8]}\n`;
    index.add("b.md", await buildModel(other, ".md"));
    const findings = index.findings();
    expect(findings.map((f) => [f.filePath, f.line, f.endLine, f.otherFile, f.otherLine, f.otherEndLine, f.whole])).toEqual([
      ["b.md", 5, 7, "a.md", 7, 9, false]
    ]);
    expect(findings[0]!.message).toBe('Repeated from another file: lines 5–7 ("The Federal Natural…") also appear in a.md lines 7–9.');
  });

  it("stays silent on a bio line that closes many columns", async () => {
    const index = new AcrossFilesIndex();
    for (const name of ["x.txt", "y.txt", "z.txt"]) {
      index.add(name, await buildModel(`Column ${name}\n\nA column about ${name} and nothing else in particular today.\n\n${bio}\n`, ".txt"));
    }
    expect(index.findings()).toEqual([]);
  });
});

describe("severity per finding (stock textlint kernel)", () => {
  const lintWith = async (text: string, ext: ".txt" | ".md", ruleOptions: object | boolean = true) => {
    const { TextlintKernel } = await import("@textlint/kernel");
    const { plugins } = await import("./support/build-model.js");
    const result = await new TextlintKernel().lintText(text, {
      ext,
      plugins,
      rules: [{ ruleId: "no-duplicate-paragraph", rule: rule as never, options: ruleOptions }]
    });
    return result.messages;
  };

  it("a near copy is a warning, as the README says (#21 item 15); an exact paste an error; a by-design echo info", async () => {
    const near = await lintWith(barclaysNear, ".txt");
    expect(near.map((m) => m.severity)).toEqual([1]);
    const pasted = await lintWith(pulled0066, ".txt");
    expect(pasted.map((m) => [m.line, m.severity, Boolean(m.fix)])).toEqual([
      [15, 2, true],
      [19, 3, false]
    ]);
  });

  it("never raises the severity a user configured: the rule as a warning keeps info as info", async () => {
    const pasted = await lintWith(pulled0066, ".txt", { severity: "warning" });
    expect(pasted.map((m) => m.severity)).toEqual([1, 3]);
    const info = await lintWith(barclaysNear, ".txt", { severity: "info" });
    expect(info.map((m) => m.severity)).toEqual([3]);
  });
});

describe("Markdown fixes stay inside the flagged paragraph (#21 item 14)", () => {
  const P =
    "The dollar has hit its highest level against the euro in almost three months after the Federal Reserve head said the US trade deficit is set to stabilise.";
  const CODE = "```\nThe dollar has hit its highest level against the euro in almost three months.\nkeep this line\n```";
  const apply = (text: string, fix: { range: readonly number[]; text: string }) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]!);

  it("a paste after a fenced code block, at the end: the code block stays", async () => {
    const text = `# Dollar gains\n\n${P}\n\n${CODE}\n\n${P}\n`;
    const { TextlintKernel } = await import("@textlint/kernel");
    const { plugins } = await import("./support/build-model.js");
    const result = await new TextlintKernel().fixText(text, { ext: ".md", plugins, rules: [{ ruleId: "dup", rule: rule as never }] });
    expect(result.output).toBe(`# Dollar gains\n\n${P}\n\n${CODE}\n`);
  });

  it("a paste followed by a fenced code block: the fix removes the paste and its blank line only", async () => {
    const text = `# Dollar gains\n\n${P}\n\nAnalysts said the figures were better than expected for the third month running.\n\n${P}\n\n${CODE}\n\nThe euro fell.\n`;
    const { TextlintKernel } = await import("@textlint/kernel");
    const { plugins } = await import("./support/build-model.js");
    const result = await new TextlintKernel().lintText(text, { ext: ".md", plugins, rules: [{ ruleId: "dup", rule: rule as never }] });
    const fixes = result.messages.filter((m) => m.fix);
    expect(fixes).toHaveLength(1);
    expect(apply(text, fixes[0]!.fix!)).toBe(
      `# Dollar gains\n\n${P}\n\nAnalysts said the figures were better than expected for the third month running.\n\n${CODE}\n\nThe euro fell.\n`
    );
  });
});

describe("shared text helpers", () => {
  it("the rule's normalizeCopy is src/text's one comparison form, U+E40C marks dropped", () => {
    expect(normalizeCopy).toBe(sharedNormalizeCopy);
    expect(normalizeCopy("标题\uE40C")).toBe(normalizeCopy("标题"));
  });

  it("summary-box labels are sorted, unique, each with a reason, and matched as a whole line", () => {
    const labels = SUMMARY_BOX_LABELS.map((b) => b.label);
    expect(labels).toEqual([...labels].sort());
    expect(new Set(labels).size).toBe(labels.length);
    for (const b of SUMMARY_BOX_LABELS) expect(b.reason.length).toBeGreaterThan(10);
    expect(summaryBoxLabel("核心阅读")).toBe("核心阅读");
    expect(summaryBoxLabel("延伸阅读：")).toBe("延伸阅读");
    expect(summaryBoxLabel("key points")).toBe("Key points");
    expect(summaryBoxLabel("核心阅读的内容很多")).toBeUndefined();
  });

  it("editDiff finds the few edits of a near copy and gives up past its bound", () => {
    const chars = (t: string) => Array.from(t);
    expect(editDiff(chars("大抓基层的鲜明导向"), chars("大抓基层鲜明导向"), 4)).toEqual({
      distance: 1,
      hunks: [{ aStart: 4, removed: ["的"], bStart: 4, added: [] }]
    });
    expect(editDiff("the banks held talks in October and November".split(" "), "the banks held talks in November".split(" "), 4)!.hunks).toEqual([
      { aStart: 5, removed: ["October", "and"], bStart: 5, added: [] }
    ]);
    expect(editDiff(chars("abcdefgh"), chars("hgfedcba"), 3)).toBeNull();
  });
});

describe("severities in the CLI (#21 item 15)", () => {
  it("a near copy is a warning and an essay's echo info: neither blocks (exit 0); an exact paste does (exit 1)", async () => {
    const { spawnSync } = await import("node:child_process");
    const os = await import("node:os");
    const root = path.resolve(import.meta.dirname, "..");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-dup-"));
    try {
      fs.writeFileSync(path.join(dir, "near.txt"), barclaysNear + "\n");
      fs.writeFileSync(path.join(dir, "echo.txt"), read("rmrb-0066-pull-quote.txt"));
      fs.writeFileSync(path.join(dir, "paste.txt"), pulled0066);
      const run = (file: string) => {
        const r = spawnSync(process.execPath, [path.join(root, "dist/src/cli/main.js"), "--format", "json", file], { cwd: dir, encoding: "utf8" });
        const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[])[0]!.messages.filter((m) =>
          m.ruleId.endsWith("no-duplicate-paragraph")
        );
        return { status: r.status, severities: messages.map((m) => m.severity) };
      };
      expect(run("near.txt")).toEqual({ status: 0, severities: [1] });
      expect(run("echo.txt")).toEqual({ status: 0, severities: [3] });
      expect(run("paste.txt").severities).toEqual([2, 3]);
      expect(run("paste.txt").status).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
