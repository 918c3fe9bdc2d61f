import fs from "node:fs";
import path from "node:path";
// The named export: the package's default export does not type as a class under NodeNext.
import { TextLintTester } from "textlint-tester/lib/src/textlint-tester.js";
import { TextlintKernel, type TextlintKernelOptions, type TextlintKernelPlugin } from "@textlint/kernel";
import rule from "../rules/consistent-numerals/rule.js";
import { numberToWords, parseChineseDecimal, parseChineseNumeral, toChineseNumeral, wordsToNumber, zhNumerals } from "../src/text/index.js";
import { buildModel, plugins } from "./support/build-model.js";

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "fixtures/consistent-numerals", name), "utf8");
const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../examples/000_5c1383eb5e7a2872.txt"), "utf8");
const seedLines = seed.split("\n");
/** Seed line `n` (1-based) as it stands in the file. */
const line = (n: number) => seedLines[n - 1]!;

const kernelOptions = (ext: string, options: object = {}): TextlintKernelOptions => ({
  ext,
  plugins: plugins as unknown as TextlintKernelPlugin[],
  rules: [{ ruleId: "consistent-numerals", rule, options }]
});
const lint = async (text: string, ext = ".txt", options: object = {}) =>
  (await new TextlintKernel().lintText(text, kernelOptions(ext, options))).messages;
const fix = async (text: string, ext = ".txt", options: object = {}) =>
  (await new TextlintKernel().fixText(text, kernelOptions(ext, options))).output;

const SAME = (actual: string, expected: string, kind: string, form: string, example: string) =>
  `“${actual}” → “${expected}”：本文${kind}多用${form}数字（如“${example}”），同类数字形式应一致`;
const GB_HALF = "：阿拉伯数字用半角（GB/T 15835 §5.1.7）";

const tester = new TextLintTester();

tester.run("consistent-numerals", rule as unknown as Parameters<TextLintTester["run"]>[1], {
  valid: [
    // One small multiplier each way is no majority: AP's `7 million` and a house style's `two
    // million` both stand; `$5 million` has no form in words, `1.5 million` none either.
    { text: "About two million people live there.\n\nThe airport expects 7 million passengers, $5 million and 1.5 million bags.", ext: ".txt" },
    // `won by 4` is a margin, `Channel 4 viewers` a name: no count of a plural noun.
    { text: "The home side won by 4 in the final minute. Channel 4 viewers saw it live.", ext: ".txt" },
    // A quoted count from ten in words in a piece that spells out such counts (`twelve villages`, `fifteen farms`) is its style.
    { text: 'The flood reached twelve villages and fifteen farms. "We want twenty pumps," the mayor said.', ext: ".txt" },
    // A capitalised percent opens the quoted sentence and is spelled out there, beside `36%` too.
    { text: 'Support fell to 36%. "Ninety percent of them want it," he said.', ext: ".txt" },
    // Quotations that write every count under ten in figures are the piece's way of transcribing speech.
    { text: 'The band said it was proud. "It has been hard for us over the past 6 years and 3 months," the singer said.', ext: ".txt" },
    // `Channel 4 viewers` names the channel (no span of time after it); `aged 3 to 14 year olds` is a
    // range of ages, which AP writes in figures.
    { text: "Channel 4 viewers watched it. Children aged 3 to 14 year olds came.", ext: ".txt" },
    // The second figure of a range in figures keeps the first one's form (`1 to 4 points`), and a
    // piece with no words for its small counts keeps tallies in figures (`won 3 games`).
    { text: "Stocks made two big moves and overnight gains of 1 to 4 points.", ext: ".txt" },
    { text: "The home side won 3 games and lost 2 more.", ext: ".txt" },
    // A count after a name (`Miss Keller ten days ago`), a title that capitalises its number
    // (`Ocean's Eleven`) and a month before a count are not a name's number.
    { text: "He wed Miss Keller ten days ago. Ocean's Eleven was shown in March.", ext: ".txt" },
    // A list summed up in words (`四项保险`) stays, whatever else is in figures: no summary in figures beside it.
    { text: "养老、医疗、失业、工伤四项保险扩面增效，新增护理型床位4500多张，建成3项制度。", ext: ".txt" },
    // The count of a named set (`三个“一号工程”`) stays in words when the figures before quotes are in another paragraph.
    { text: "深入实施三个“一号工程”，顺利完成目标任务。\n\n216个“两重”项目全部开工建设，301个项目纳入保障范围。", ext: ".txt" },
    // A headline with its year in Chinese numerals over a body dated in figures is the paper's headline style
    // (rmrb-2023: `二〇二三年服贸会取得丰硕成果`); headings are held to headings only.
    { text: "二〇二三年服贸会取得丰硕成果\n\n2023年服贸会9月6日闭幕，2023年的成交额创新高。", ext: ".txt" },
    // A grocery list in a 1916 paper (en-raw/chronam-1916/0016): `Beans, 2 cans` is an item and its size, not a count opening a clause.
    { text: "Van Camp's Red Kidney Beans, 2 cans\nHeinz Prepared Spaghetti, 2 cans", ext: ".txt" },
    // `a 5 year old boy` is an age, which AP writes in figures (`a 5-year-old boy`).
    { text: "He is a 5 year old boy.", ext: ".txt" },
    // `lets 3 offer good deals`: after a verb in -s the figure names the operator 3, which does the offering.
    { text: "The extra capacity in 3G networks lets 3 offer good deals on voice calls.", ext: ".txt" },
    // `ten times cheaper`: a multiplier of ten is as often spelled out as not.
    { text: "The new network is ten times cheaper than 3G.", ext: ".txt" },
    // Ordinals of different named series keep their own forms (`第十八次峰会` beside `第26次中国—东盟领导人会议`;
    // gov-reports-2025/0008: `第23届中国绿色食品博览会` beside `第十九届中国西部民歌…`).
    { text: "二十国集团领导人第十八次峰会举行。第26次中国—东盟领导人会议随后举行。", ext: ".txt" },
    { text: "举办第23届中国绿色食品博览会，承办第十九届中国西部民歌大赛。", ext: ".txt" },
    // `number 6` with no position in words elsewhere is a label as the book has it (AP's `No. 6`).
    { text: "The album is at number 6 with Oh My God.", ext: ".txt" },
    // `top ten` in a piece with no chart in figures keeps its set phrase.
    { text: "The single went into the top ten last week.", ext: ".txt" },
    // A pair across ten follows AP number by number (`nine to 11`: both as the book writes them),
    // and `two and 3` without `between` is no range.
    { text: "The books had nine to 11 chapters. Of the books, two and 3 of the prizes went abroad.", ext: ".txt" },
    // Quoted speech keeps its own percent form unless checkQuotes: the writer did not choose it.
    { text: 'He said: "We are talking about roughly one percent of the portfolio." The firm holds 10,000 patents.', ext: ".txt" },
    // One sentence counts in a figure, the next in a word: narrative may spell out one digit, and
    // the piece has no majority either way.
    { text: "姑姑有4个孩子。三个在外地工作，一个在家。", ext: ".txt" },
    // A piece that writes its sums in Chinese, two to one against figures: its own style.
    { text: "每人补助二十元，家属抚慰金不低于五千元，另发放慰问金三百元；困难户每月加发50元。", ext: ".txt" },
    // Clean People's Daily copy (zh/rmrb-2023/0626): `三米跳板` is an event name and 米 is not compared.
    { text: fixture("rmrb-0626-diving.txt"), ext: ".txt" },
    // zh/rmrb-2023/0355: `数十名` is an approximation (§4.2.2) beside `53名`, `193名`.
    { text: fixture("rmrb-0355-flood.txt"), ext: ".txt" },
    // A whole government work report (zh/gov-reports-2025/0008), number-dense: `第十三届`, `四项保险` (sums
    // up the list before it), `“十四五”` and hundreds of statistics in Arabic numerals.
    { text: fixture("gov-0008-report.txt"), ext: ".txt" },
    // Fixed terms and names keep Chinese numerals (the seed's silent list), beside Arabic statistics.
    {
      text: "党的十八大以来，习近平总书记五年三赴我省视察。全省通过“三会一课”、一校六院等方式开展党的二十大精神培训4819期，坚决做到“两个维护”，推进“十四五”规划和一带一路建设，驻村第一书记和一把手带头，星期五召开五四青年座谈会。",
      ext: ".txt"
    },
    // Approximations (`三四个`, `几十`, `一两天`) and `一`/`两` as ordinary words never vote or get reported.
    { text: "共举办培训班12期、3期、25期。此前办过一期、两期，每期三四个班、几十人，一两天结束。", ext: ".txt" },
    // The seed's lines 27 and 43 with the Chinese count inside quoted speech: a speaker's words are not edited.
    { text: `${line(27)}\n\n“我们分三期举办了读书班。”他说，“效果很好。”`, ext: ".txt" },
    // `机场三期扩建`, `京韵园四期口袋公园`, `一期、二期、三期`: 期 names a project phase there, not a count of
    // sessions (zh/gov-reports-2025/0018, zh/rmrb-2023/0472), so the Arabic session counts do not outvote it.
    {
      text: "全年举办培训班12期、25期。加快郑州机场三期扩建，京韵园四期口袋公园延续了一期、二期、三期的整体设计理念。",
      ext: ".txt"
    },
    // `十一期间` is the National Day holiday, not eleven sessions.
    { text: "全年举办培训班12期、25期，十一期间暂停。", ext: ".txt" },
    // One Arabic and one Chinese count: no majority, nothing to report.
    { text: "举办培训班4819期。\n\n省委常委班子集中分三期举办读书班。", ext: ".txt" },
    // A heading keeps whatever form it has; only body copy is held to the piece's form.
    { text: "# 分三期举办读书班\n\n各地共举办培训班4819期，举办党员培训班2.5万期。\n", ext: ".md" },
    // 千 and 百 as the start of a unit (`千伏`, `千瓦`, `万千升`) are not mixed numbers.
    { text: "新建110千伏变电站，装机600万千瓦，销量807.2万千升。", ext: ".txt" },
    // Ranges that repeat 万/亿/% are right; year ranges have no unit to repeat.
    { text: "投资9亿～16亿元，增长15%～30%，规划期为2021—2025年。", ext: ".txt" },
    // Digit-by-digit years with 〇, a duration in years, and complete dates in one form.
    { text: "二〇二四年，他在这里工作了24年。2008年8月8日，北京奥运会开幕；一九九七年七月一日，香港回归。", ext: ".txt" },
    // `签约亿元以上` is 签约 + 亿元以上, not the approximation word 约; one-sided approximations are fine.
    { text: "全年签约亿元以上项目35个，近百人参加，约300人出席，80%以上的企业受益。", ext: ".txt" },
    // A piece set throughout in `％` follows its own house style (zh/gov-reports-2025/0005 does so).
    { text: "产业投资增长10.1％。高技术制造业增加值占规上工业12.3％。", ext: ".txt" },
    // Ungrouped large numbers throughout: one form.
    { text: "全市新增就业23456人，培训34567人次，帮扶12345户。", ext: ".txt" },
    // `百分之百` is an idiom, not a percentage written in Chinese numerals.
    { text: "增长5.4%，完成率96%，群众满意度“百分之百”，努力做到百分之百满意。", ext: ".txt" },
    // Ordinals: `第一`/`第二` are set words and never vote; one Arabic ordinal has no majority to follow.
    { text: "第一批、第二批主题教育先后开展，第3批试点随后启动。", ext: ".txt" },

    // BBC copy (en/bbc-2005/0001): money, percentages, years and `three months` all follow AP.
    { text: fixture("bbc-0001-timewarner.txt"), ext: ".txt" },
    // en/bbc-2005/0282: `BBC Radio 1`, `Radio 2`, `top 10` are names and labels, not counts.
    { text: fixture("bbc-0282-radio.txt"), ext: ".txt" },
    // en/bbc-2005/0202: games copy with sales figures.
    { text: fixture("bbc-0202-games.txt"), ext: ".txt" },
    // AP's figure categories: votes, money, ages, dimensions, percentages, times, scores, a year starting a sentence.
    {
      text: "The council voted 7-2 to spend $4.2 million. Ed Thompson, 71, said the river rose 5 feet in three hours. Prices rose 4% at 9 am.\n\n2004 was a good year; Arsenal won 3-1.",
      ext: ".txt"
    },
    // Labels after No., page, aged; proper names such as PlayStation 2 and Channel 4; a brand that "says".
    { text: "He was No. 3 on page 5, aged 7, and played PlayStation 2 games on Channel 4 while 3 says it will cut prices.", ext: ".md" },
    // Quoted speech follows the piece: one that spells out its counts from ten (`twelve goats`,
    // `fifteen cows`) may spell them out in quotations too.
    { text: '"My family has lived here for forty years," said Ed Thompson, 71, who keeps twelve goats and fifteen cows.', ext: ".txt" },
    // `ten times more` is a multiplier and `top ten` a set phrase.
    { text: "Profits were ten times higher than in the top ten markets.", ext: ".txt" },
    // Chicago spells out through one hundred, so `fifteen counties` is right there.
    { text: "The storm hit fifteen counties and forty towns.", ext: ".txt", options: { style: "chicago" } },
    // A percentage inside a spelled-out compound (en/bbc-2005/0964 `Fifty nine percent`) is left alone, and
    // Chicago spells out ages and keeps `percent` in words.
    { text: "Fifty nine percent of people said they would pay more.", ext: ".txt" },
    { text: "The five-year-old boy was unhurt, and prices rose two percent.", ext: ".txt", options: { style: "chicago" } },
    // AP applies its rule number by number: a mixed series that follows it is right (en.md §3.1).
    { text: "They had 10 dogs, six cats and 97 fish, then nine players and 12 players.", ext: ".txt" },
    // A piece that spells out counts from ten throughout keeps its own style (en-raw/chronam-1916).
    { text: "He farmed twenty acres and kept thirty cows, forty hens and fifteen pigs on the place.", ext: ".txt" },
    // Wire copy that spells out its percentages under ten and writes those from ten in figures.
    { text: "Prices rose five pct in January and 12 pct over the year.", ext: ".txt" },
    // Named sets and sport names keep their Chinese numerals beside Arabic counts.
    { text: "全市新增企业88家、学校5所。出台“二十条措施”，实施十项行动，东盟十国代表和十项全能冠军出席。", ext: ".txt" },
    // Every check can be switched off.
    { text: `${line(27)}\n\n${line(43)}`, ext: ".txt", options: { disable: ["same-measure"] } },
    // Extra fixed terms from options are never reported.
    { text: "共举办培训班12期、25期。开展三期工程。", ext: ".txt", options: { fixedTerms: ["三期工程"] } }
  ],
  invalid: [
    // Counts are one category whatever the measure word (issue 17): `十四个国家` beside `88家`, `5个`.
    {
      text: "来自十四个国家的88家机构参加，新建5个中心、12所学校。",
      ext: ".txt",
      errors: [{ message: "“十四个国家” → “14个国家”：本文计数多用阿拉伯数字（如“88家”“5个”），同类数字形式应一致", range: [2, 7] }]
    },
    // `完成`, `建成` before a count are verbs, not the `成` of `成千`: `12个` and `5个` are exact counts, evidence for `三个`.
    {
      text: "完成12个项目，建成三个新能源基地，建成5个基地。",
      ext: ".txt",
      errors: [{ message: SAME("三个", "3个", "“个”的计数", "阿拉伯", "12个”“5个"), range: [10, 12] }]
    },
    // A summary in words beside summaries in figures under the same measure word (rmrb-2023/0054).
    {
      text: "制定政策落实、“三资”管理等6个“任务清单”，监督检查、群众诉求等3个“问题清单”，联动协同、约谈表态等四个“整改清单”。",
      ext: ".txt",
      errors: [{ message: SAME("四个", "4个", "“个”的计数", "阿拉伯", "6个”“3个") }]
    },
    // A ranking in words beside one in figures in the same sentence (`位` numbers places).
    {
      text: "肉牛屠宰量实现翻番，由全国第十一位跃升至第5位。",
      ext: ".txt",
      errors: [{ message: SAME("第十一位", "第11位", "“第…位”的序数", "阿拉伯", "第5位") }]
    },
    // `第二` is a set word, but not in a paragraph that numbers the same series in figures.
    {
      text: "唐山港货物吞吐量稳居全球第二位，快递业务量增速居全国第3位、收入增速居第4位。",
      ext: ".txt",
      errors: [{ message: SAME("第二位", "第2位", "“第…位”的序数", "阿拉伯", "第3位”“第4位") }]
    },
    {
      text: "第二批项目已经开工，第3批项目正在筹备，第4批随后。",
      ext: ".txt",
      errors: [{ message: SAME("第二批", "第2批", "“第…批”的序数", "阿拉伯", "第3批”“第4批") }]
    },
    // A span of years with its ends in two forms, inside a title too.
    {
      text: "商务部印发《县域商业三年行动计划（2023—二〇二五年）》，2023年起实施。",
      ext: ".txt",
      errors: [{ message: SAME("二〇二五年", "2025年", "年份", "阿拉伯", "2023年") }]
    },
    // A section heading with its year in words among headings with years in figures.
    {
      text: "某省政府工作报告\n\n一、二〇二四年工作回顾\n\n2024年，全省经济稳中有进。\n\n二、2025年工作安排\n\n2025年是收官之年。\n\n三、2025年重点工作\n\n全年目标已经确定。",
      ext: ".txt",
      errors: [{ message: SAME("二〇二四年", "2024年", "年份", "阿拉伯", "2025年"), line: 3 }]
    },
    // A tally in figures where the piece spells out its tallies (`six goals`); after `first` a tally unit counts occasions.
    {
      text: "He scored six goals and lost 3 games.",
      ext: ".txt",
      errors: [{ message: '"3 games" → "three games": AP spells out one through nine' }]
    },
    {
      text: "Mutu scored goals in his first 5 games.",
      ext: ".txt",
      errors: [{ message: '"5 games" → "five games": AP spells out one through nine' }]
    },
    // From ten: `more` and `other` lead to what is counted, `pence` is money, a multiplier from eleven is a figure,
    // and a capitalised word opening the sentence (`Around`) does not name the number.
    {
      text: "The airline will buy 10 aircraft and has the option to buy twenty more aircraft.",
      ext: ".txt",
      errors: [{ message: '"twenty more" → "20 more": AP uses figures for 10 and above' }]
    },
    {
      text: "Shares were up fifty-six pence at 797p.",
      ext: ".txt",
      errors: [{ message: '"fifty-six pence" → "56 pence": AP uses figures for 10 and above' }]
    },
    {
      text: "The network is twenty times faster than 3G.",
      ext: ".txt",
      errors: [{ message: '"twenty times" → "20 times": AP uses figures for 10 and above' }]
    },
    {
      text: "Around fifty commands are available.",
      ext: ".txt",
      errors: [{ message: '"fifty commands" → "50 commands": AP uses figures for 10 and above' }]
    },
    // A quoted figure where the piece spells out as many counts as it writes in figures, the quoted one included.
    {
      text: 'The manager said two coaches left. "He should only have had his 2 assistants," he said.',
      ext: ".txt",
      errors: [{ message: '"2 assistants" → "two assistants": AP spells out one through nine' }]
    },
    // A span of time before a noun, its hyphen forgotten, is a count like `two years` (`a two-year deal`).
    {
      text: "The party signed a 2 year deal with the town.",
      ext: ".txt",
      errors: [{ message: '"2 year" → "two year": AP spells out one through nine' }]
    },
    // `the remaining 2 were`: the count stands for what it counts, as `the 4 were` does.
    {
      text: "Two of them wore suits. The remaining 2 were dressed as pirates.",
      ext: ".txt",
      errors: [{ message: '"2 were" → "two were": AP spells out one through nine' }]
    },
    // Two plain words between a count and its plural noun.
    {
      text: "Microsoft released a bulletin that patched 8 critical security holes.",
      ext: ".txt",
      errors: [{ message: '"8 critical" → "eight critical": AP spells out one through nine' }]
    },
    // After a clause mark that follows a word, a count opens its clause.
    {
      text: "Police made two arrests in June. In total, 6 raids were carried out in August.",
      ext: ".txt",
      errors: [{ message: '"6 raids" → "six raids": AP spells out one through nine' }]
    },
    // A date in Chinese numerals in a piece that dates in figures, datelines included.
    {
      text: "新华社北京八月二十四日电  8月21日至23日，会议在京举行。2023年8月22日，代表团抵达。",
      ext: ".txt",
      errors: [{ message: "“八月二十四日” → “8月24日”：本文日期多用阿拉伯数字（如“8月21日”“8月22日”），同类数字形式应一致" }]
    },
    // English: the percent sign and a word for percentages in one piece; the minority follows the piece.
    {
      text: "Sales rose 5% in March and 7% in April, but fell 3 per cent in May.",
      ext: ".txt",
      errors: [{ message: '"3 per cent" → "3%": this piece writes percentages as "%" (e.g. "5%", "7%"); keep one form' }]
    },
    // Wire copy writing a percentage under ten in figures, whole or not, writes them in figures
    // (issue 17: `between one and 1.5 pct`, en-raw/reuters-21578/0243; `another two pct` beside
    // `3.7 pct`, `three billion dlrs` beside `3.5 billion dlrs`, 0133).
    {
      text: "Prices rose five pct in January and 1.5 pct in February.",
      ext: ".txt",
      errors: [{ message: '"five pct" → "5 pct": AP uses figures for percentages' }]
    },
    {
      text: "The deficit was three billion dlrs in 1986 after 3.5 billion dlrs a year earlier.",
      ext: ".txt",
      errors: [{ message: '"three billion dlrs" → "3 billion dlrs": AP uses figures for money' }]
    },
    // Wire copy: `five pct` beside `1-1/8 pct` and `3 pct`.
    {
      text: "The rate rose five pct after 3 pct in January.",
      ext: ".txt",
      errors: [{ message: '"five pct" → "5 pct": AP uses figures for percentages' }]
    },
    // A quoted slogan written with a figure keeps its Chinese numerals (§4.2.3); `5个中心` unquoted is a count.
    {
      text: "深刻领悟“2个确立”的决定性意义，新建5个中心。",
      ext: ".txt",
      errors: [{ message: "“2个确立” → “两个确立”：固定词语中的数字用汉字（GB/T 15835 §4.2.3）", range: [5, 9] }]
    },
    // AP ages in figures.
    { text: "Slater, thirty-five, is replacing him.", ext: ".txt", errors: [{ message: '"thirty-five" → "35": AP uses figures for ages' }] },
    // The seed: line 43 counts 期 in Chinese numerals while line 27 writes `4819期`, `2.5万期`.
    {
      text: seed,
      ext: ".txt",
      errors: [{ message: SAME("三期", "3期", "“期”的计数", "阿拉伯", "4819期”“2.5万期"), line: 43, column: 22 }]
    },
    // The same two paragraphs as Markdown.
    {
      text: `## 强化理论武装\n\n${line(27)}\n\n${line(43)}\n`,
      ext: ".md",
      errors: [{ message: SAME("三期", "3期", "“期”的计数", "阿拉伯", "4819期”“2.5万期"), line: 5, column: 22 }]
    },
    // zh/rmrb-2023/0525: `5座碑楼、1座牌坊` earlier, `三座碑` later.
    {
      text: fixture("rmrb-0525-stelae.txt"),
      ext: ".txt",
      errors: [{ message: SAME("三座", "3座", "“座”的计数", "阿拉伯", "5座”“1座"), line: 11, column: 51 }]
    },
    // zh-raw/sogoucs-smarty/0018: sums typed in full-width figures in one paragraph (the only
    // numbers there) and in Chinese in another. Full-width figures are figures: both forms are in
    // use about equally, so the standard (figures for 计量) decides.
    {
      text: "灾民每人每天可领取２０元的基本生活费，投靠亲友的每人每天可领取５０元补助，共3天。\n\n每人每天维持基本生活的费用，按二十元／人／天的标准；投亲靠友的，按五十元／人／天的标准补助；遇难者家属抚慰金不低于五千元。\n",
      ext: ".txt",
      errors: [
        { message: "“２０” → “20”等2处：阿拉伯数字用半角（GB/T 15835 §5.1.7）" },
        { message: "“二十元” → “20元”：本文金额两种写法并用（另有“２０元”“５０元”），按国标用阿拉伯数字", line: 3 },
        { message: "“五十元” → “50元”：本文金额两种写法并用（另有“２０元”“５０元”），按国标用阿拉伯数字", line: 3 },
        { message: "“五千元” → “5000元”：本文金额两种写法并用（另有“２０元”“５０元”），按国标用阿拉伯数字", line: 3 }
      ]
    },
    // zh-raw/sogoucs-smarty/0113: the same measure word in figures in the same sentence.
    {
      text: "姑姑有4个孩子，有三个生活非常不错。",
      ext: ".txt",
      errors: [{ message: SAME("三个", "3个", "“个”的计数", "阿拉伯", "4个"), range: [9, 11] }]
    },
    // The Chinese majority wins too: a lone small Arabic count among Chinese ones.
    {
      text: "村里建起五座桥、六座亭，又修了3座塔。",
      ext: ".txt",
      errors: [{ message: SAME("3座", "三座", "“座”的计数", "汉字", "五座”“六座"), range: [15, 17] }]
    },
    // Ordinals in a series (§4.3 例3): `第3批`, `第5批` and then `第四批`.
    {
      text: "第3批、第5批试点已经验收，第四批试点今年启动。",
      ext: ".txt",
      errors: [{ message: SAME("第四批", "第4批", "“第…批”的序数", "阿拉伯", "第3批”“第5批"), range: [14, 17] }]
    },
    // One named series written both ways (rmrb-2023/0575): a single `第6号台风` is evidence enough for
    // `第六号台风`, since the name after `号` says it is the same series.
    {
      text: "今年第6号台风“卡努”7日生成。气象台说，第六号台风将于周末登陆。",
      ext: ".txt",
      errors: [{ message: SAME("第六号", "第6号", "“第…号”的序数", "阿拉伯", "第6号"), range: [21, 24] }]
    },
    // `届` names one event by what follows it: `第78届联合国大会` … `第七十八届联合国大会`.
    {
      text: "韩正会见了第78届联合国大会主席。他说，第七十八届联合国大会意义重大。",
      ext: ".txt",
      errors: [{ message: SAME("第七十八届", "第78届", "“第…届”的序数", "阿拉伯", "第78届"), range: [20, 25] }]
    },
    // A multi-character count after a list numbers more than it lists (rmrb-2023/0027): reported in a
    // piece that counts in figures; `认证供应商731家` is evidence for `一百九十一家` on its own.
    {
      text: "全市建成91个站点、1202个场馆，完成大运村至主场馆直联通道等十三个交通基础设施建设。",
      ext: ".txt",
      errors: [{ message: SAME("十三个", "13个", "“个”的计数", "阿拉伯", "91个”“1202个"), range: [32, 35] }]
    },
    {
      text: "展会共有认证供应商731家、认证采购商一百九十一家。",
      ext: ".txt",
      errors: [{ message: SAME("一百九十一家", "191家", "“家”的计数", "阿拉伯", "731家"), range: [19, 25] }]
    },
    // Issue numbers: `第19期`, `第20期` and then `第二十一期` (21 is a number, not the 十一 holiday).
    {
      text: "《求是》第19期、第20期刊发文章，第二十一期将于下月出版。",
      ext: ".txt",
      errors: [{ message: SAME("第二十一期", "第21期", "“第…期”的序数", "阿拉伯", "第19期”“第20期"), range: [18, 23] }]
    },
    // Percentages are one category: `百分之三十` among figures.
    {
      text: "城镇就业增长5.4%，农村增长6%，服务业占比百分之三十。",
      ext: ".txt",
      errors: [{ message: "“百分之三十” → “30%”：本文百分数多用阿拉伯数字（如“5.4%”“6%”），同类数字形式应一致" }]
    },
    // Full-width digits: one finding per paragraph, fixed to half-width (zh-raw/sogoucs-smarty style).
    {
      text: "２０１２年１月８日，才５个月大的永康被发现呼吸困难。\n\n增长５．５％。",
      ext: ".txt",
      output: "2012年1月8日，才5个月大的永康被发现呼吸困难。\n\n增长5.5%。",
      // One artifact, one finding: the whole piece is in full-width digits.
      errors: [{ message: "“２０１２” → “2012”：全文5处数字均为全角，阿拉伯数字用半角（GB/T 15835 §5.1.7）", range: [0, 4] }]
    },
    // In English copy too, with an English message.
    {
      text: "The survey of １１０ critics named the band.",
      ext: ".md",
      output: "The survey of 110 critics named the band.",
      errors: [{ message: '"１１０" → "110": full-width digits; use ordinary (half-width) digits' }]
    },
    // zh/rmrb-2023/0849: `70％` beside `90%` and `85%` in one paragraph: fixed to `%`.
    {
      text: fixture("rmrb-0849-percent.txt"),
      ext: ".txt",
      output: fixture("rmrb-0849-percent.txt").replace("70％", "70%"),
      errors: [{ message: "“70％” → “70%”：本文百分号半角、全角混用，统一用半角“%”", column: 34 }]
    },
    // Arabic digits mixed with 千/百 inside one number (§5.3): suggestions, no fix.
    {
      text: "今年共完成4千个项目，投资3千万元，共1万8千2百人参加。",
      ext: ".txt",
      output: "今年共完成4千个项目，投资3千万元，共1万8千2百人参加。",
      errors: [
        { message: "“4千”：一个数内阿拉伯数字与汉字数字混用（万、亿除外），写作“4000”或全用汉字", range: [5, 7] },
        { message: "“3千万”：一个数内阿拉伯数字与汉字数字混用（万、亿除外），写作“3000万”或全用汉字", range: [13, 16] },
        { message: "“1万8千2百”：一个数内阿拉伯数字与汉字数字混用（万、亿除外），写作“18200”或全用汉字", range: [19, 25] }
      ]
    },
    // A range that drops 万/亿/% on its first number (§5.1.3): the unit is repeated automatically.
    {
      text: "预计投资9～16亿元，增长15～30%。",
      ext: ".md",
      output: "预计投资9亿～16亿元，增长15%～30%。",
      errors: [
        { message: "“9～16亿” → “9亿～16亿”：数值范围中的“亿”不能省略", range: [4, 9] },
        { message: "“15～30%” → “15%～30%”：数值范围中的“%”不能省略", range: [13, 19] }
      ]
    },
    // 〇 in years, 零 in quantities (§5.2.5): fixed.
    {
      text: "二零二四年，全县共有三千〇五十二户。",
      ext: ".txt",
      output: "二〇二四年，全县共有三千零五十二户。",
      errors: [
        { message: "“二零二四年” → “二〇二四年”：年份中的零写作“〇”", range: [0, 5] },
        { message: "“〇” → “零”：数量中的零写作“零”", range: [12, 13] }
      ]
    },
    // One date in two forms (§4.3 例3): all-Arabic suggested.
    {
      text: "二〇〇八年8月8日，北京奥运会开幕。2008年八月八日晚，烟花绽放。",
      ext: ".txt",
      errors: [
        { message: "“二〇〇八年8月8日”：同一日期混用汉字数字与阿拉伯数字，统一写作“2008年8月8日”", range: [0, 9] },
        { message: "“2008年八月八日”：同一日期混用汉字数字与阿拉伯数字，统一写作“2008年8月8日”", range: [18, 27] }
      ]
    },
    // zh-raw/sogoucs-smarty/0028: the same in a crawl typed in full-width figures; the suggestion
    // is all-Arabic and half-width. (The piece's full-width digits are their own finding.)
    {
      text: "（新京报）２００９年四月报道：医保异地接续。2010年3月再次报道。",
      ext: ".txt",
      errors: [
        { message: "“２００９” → “2009”：阿拉伯数字用半角（GB/T 15835 §5.1.7）" },
        { message: "“２００９年四月”：同一日期混用汉字数字与阿拉伯数字，统一写作“2009年4月”", range: [5, 12] }
      ]
    },
    // A two-digit year before 月 (§5.1.4): the piece's own four-digit year is suggested.
    {
      text: "2023年，项目开工。24年1月，项目竣工。",
      ext: ".txt",
      errors: [{ message: "“24年”：年份不能简写，应写全“2024年”", range: [11, 14] }]
    },
    // Digit groups: a full-width comma, and grouping mixed in one piece (minority reported).
    {
      text: "共12，345人报名。新增就业23456人，培训34567人次，帮扶12,345户。",
      ext: ".txt",
      errors: [
        { message: "“12，345”：分节号不能用全角逗号，写作“12,345”或“12345”", range: [1, 7] },
        { message: "“12,345”：本文多位数不用千分撇分节，统一写作“12345”" }
      ]
    },
    // Approximations marked on both sides (zh/rmrb-2023/0201 `约1600多万欧元`).
    {
      text: "近百人左右参加，比例接近80%以上，满载总价值约1600多万欧元的展品。",
      ext: ".txt",
      errors: [
        { message: "“近百人左右”：“近”与“左右”重复表示约数，保留其一", range: [0, 5] },
        { message: "“接近80%以上”：“接近”与“以上”重复表示约数，保留其一" },
        { message: "“约1600多”：“约”与“多”重复表示约数，保留其一" }
      ]
    },

    // English, AP: spell out one through nine (examples/council-budget.txt).
    {
      text: "Residents of the Lowlands neighborhood, where 3 homes were condemned after the April flood, packed the council chamber.",
      ext: ".txt",
      errors: [{ message: '"3 homes" → "three homes": AP spells out one through nine', range: [46, 47] }]
    },
    // `by` numbers a margin (`won by 4`), but before a plural noun it counts (en/bbc-2005/0010).
    {
      text: "The Indian mobile market is currently dominated by 4 companies, analysts said.",
      ext: ".txt",
      errors: [{ message: '"4 companies" → "four companies": AP spells out one through nine' }]
    },
    // A spaced dash after the noun is punctuation, not a compound (`4-year-old`); a capitalised
    // preposition opens the sentence (en/bbc-2005/0034, 0188).
    {
      text: "Yukos is currently suing 4 companies - Gazprom and its units. For 5 days, they will discuss issues.",
      ext: ".txt",
      errors: [
        { message: '"4 companies" → "four companies": AP spells out one through nine' },
        { message: '"5 days" → "five days": AP spells out one through nine' }
      ]
    },
    // An age in apposition after a person named by a noun (`The prince, twenty,`: en/bbc-2005/0407) is AP's figure
    // where the piece writes ages in figures (`Thanou, 30,`).
    {
      text: "Kenteris and Thanou, 30, had been charged. The prince, twenty, apologised.",
      ext: ".txt",
      errors: [{ message: '"twenty" → "20": AP uses figures for ages' }]
    },
    // A figure counting the sentence's subject is spelled out at the start (en/bbc-2005/0179, 0840).
    {
      text: "High fuel costs hit US airlines. 2 of the largest airlines in the US cut flights. In total, six raids were carried out. 5 were on homes.",
      ext: ".txt",
      errors: [
        { message: '"2 of" → "Two of": spell out a number that starts a sentence' },
        { message: '"5 were" → "Five were": spell out a number that starts a sentence' }
      ]
    },
    // `times` counting occasions is a count; multiplying (`3 times higher`) it keeps its figure (en/bbc-2005/0057).
    {
      text: "The committee has put up rates 5 times in the past year. Prices are 3 times higher than in 2000.",
      ext: ".txt",
      errors: [{ message: '"5 times" → "five times": AP spells out one through nine' }]
    },
    // Plurals without `s` are counted too (en/bbc-2005/0235: `thirty-six people` in a piece of figures).
    {
      text: "Police held 12 suspects and 30 witnesses. But thirty-six people accused in the case were freed, and 3 aircraft were grounded.",
      ext: ".txt",
      errors: [
        { message: '"thirty-six people" → "36 people": AP uses figures for 10 and above' },
        { message: '"3 aircraft" → "three aircraft": AP spells out one through nine' }
      ]
    },
    // A paragraph that opens with a quotation and goes on in the reporter's words is checked
    // outside the quotation marks (en/bbc-2005/0050).
    {
      text: '"The economy is doing a bit better," he added. The Bank of England has kept interest rates on hold for the past 3 months.',
      ext: ".txt",
      errors: [{ message: '"3 months" → "three months": AP spells out one through nine' }]
    },
    // A duration is a count: `in 3 hours` → `in three hours` (clock times keep figures: `9 am`).
    {
      text: "The river rose 5 feet in 3 hours and crested at 9 am.",
      ext: ".txt",
      errors: [{ message: '"3 hours" → "three hours": AP spells out one through nine', range: [25, 26] }]
    },
    // en/bbc-2005/0078: `the last 8 months`.
    {
      text: fixture("bbc-0078-months.txt"),
      ext: ".txt",
      errors: [{ message: '"8 months" → "eight months": AP spells out one through nine' }]
    },
    // en/bbc-2005/0877: `the last twelve months`: figures for 10 and above.
    {
      text: fixture("bbc-0877-twelve.txt"),
      ext: ".md",
      errors: [{ message: '"twelve months" → "12 months": AP uses figures for 10 and above', column: 97 }]
    },
    // A figure starting a sentence is spelled out (fixed); a calendar year is not.
    {
      text: "The river rose overnight. 12 officers responded, and 2004 records were broken.",
      ext: ".txt",
      output: "The river rose overnight. Twelve officers responded, and 2004 records were broken.",
      errors: [{ message: '"12 officers" → "Twelve officers": spell out a number that starts a sentence', range: [26, 28] }]
    },
    // AP always uses figures for ages and percentages (en/bbc-2005/0475, 0423).
    {
      text: "He was denied access to Mrs Quinn's two-year-old son after a near nine per cent rise in fees.",
      ext: ".txt",
      // Strict AP; in `auto` a hyphenated age in words is the piece's style unless it writes other ages in figures.
      options: { style: "ap" },
      errors: [
        { message: '"two-year-old" → "2-year-old": AP uses figures for ages', range: [36, 48] },
        { message: '"nine per cent" → "9%": AP uses figures for percentages' }
      ]
    },
    {
      text: "Damage from the tsunami would cut one percentage point from growth.",
      ext: ".md",
      errors: [{ message: '"one percentage point" → "1 percentage point": AP uses figures for percentages' }]
    },
    // The same noun counted both ways in a paragraph: the figure after a comma, which the per-number check
    // leaves alone, is reported because `nine violations` shows the piece's form.
    {
      text: "Inspectors found nine violations in March and, by April, 7 violations remained.",
      ext: ".txt",
      errors: [
        {
          message: '"7 violations" → "seven violations": this piece also writes "nine violations"; AP spells out one through nine',
          range: [57, 58]
        }
      ]
    },
    // A range or choice in two forms (bbc-2005, reuters-21578): the figure under ten is spelled
    // out, even in a quotation; from ten, words become figures; a decimal makes a figure of the other.
    {
      text: '"We would speak three or 4 times," he said. The debts were built up over 20 or thirty years.',
      ext: ".txt",
      errors: [
        { message: '"three or 4" → "three or four": the two numbers of a range or choice take the same form', range: [25, 26] },
        { message: '"20 or thirty" → "20 or 30": the two numbers of a range or choice take the same form' }
      ]
    },
    {
      text: "The Bundesbank aims for growth between one and 1.5 pct. It lasts between 20 and twenty-five minutes.",
      ext: ".md",
      errors: [
        { message: '"one and 1.5" → "1 and 1.5": the two numbers of a range or choice take the same form' },
        { message: '"20 and twenty-five" → "20 and 25": the two numbers of a range or choice take the same form' }
      ]
    },
    // `by` numbers a margin, but a plural noun after one word makes it a count (`formed by 4 teenage friends`).
    {
      text: "The band was formed by 4 teenage friends in the West Midlands.",
      ext: ".txt",
      errors: [{ message: '"4 teenage" → "four teenage": AP spells out one through nine' }]
    },
    // An irregular plural's compounds are plural nouns too (`grandchildren`, `gunmen`), directly or
    // after one word (`2 front teeth`).
    {
      text: "He is survived by his wife and 7 grandchildren. His brother lost 2 front teeth in a fight.",
      ext: ".txt",
      errors: [
        { message: '"7 grandchildren" → "seven grandchildren": AP spells out one through nine' },
        { message: '"2 front" → "two front": AP spells out one through nine' }
      ]
    },
    // Small multipliers of `million` and `billion` in the piece's minority form, both ways: a BBC
    // piece writes `two million`, `three billion`; a piece that writes `2 million`, `3 million` has
    // `seven million` as its slip.
    {
      text: "About two million people live in the city, and three billion pounds went on roads.\n\nThe airport expects 7 million passengers this year.",
      ext: ".txt",
      errors: [
        {
          message:
            '"7 million" → "seven million": this piece writes millions and billions under ten in words (e.g. "two million", "three billion"); keep one form',
          line: 3,
          suggestions: [{ id: "spell-out", output: "seven" }]
        }
      ]
    },
    {
      text: "About 2 million people live in the city, and 3 million more nearby.\n\nThe airport expects seven million passengers this year.",
      ext: ".md",
      errors: [
        {
          message:
            '"seven million" → "7 million": this piece writes millions and billions under ten in figures (e.g. "2 million", "3 million"); keep one form',
          line: 3
        }
      ]
    },
    // After `the`, a count can stand for the people it counts (`the 4 were in Cuba`); `the 2 November
    // election` names a date, so only a verb after the figure makes it a count.
    {
      text: "Evidence obtained while the 4 were in Cuba is inadmissible. The 2 November election went ahead.",
      ext: ".txt",
      errors: [{ message: '"4 were" → "four were": AP spells out one through nine' }]
    },
    // A piece whose quotations spell out small counts (`two weeks`, `four days`) transcribes speech
    // so: a figure in another quotation is the slip, though the copy outside quotes shows no style.
    {
      text: 'The talks went on. "We waited two weeks and four days," she said.\n\nThe lawyer said it "took 3 months to close" in the end.',
      ext: ".txt",
      errors: [{ message: '"3 months" → "three months": AP spells out one through nine' }]
    },
    // The percent form is the writer's choice inside quotations too: `2%` in a quote is evidence,
    // and a quoted `50 per cent` beside narrative `29%` and `3%` is the minority.
    {
      text: 'Sales were up 5 per cent. "Our sales so far have been 2% up," he said.\n\nFatal crashes fell 29% and 3%. "You have a 50 per cent chance," he said.',
      ext: ".txt",
      errors: [
        { message: '"5 per cent" → "5%": this piece writes percentages as "%" (e.g. "2%", "29%"); keep one form' },
        { message: '"50 per cent" → "50%": this piece writes percentages as "%" (e.g. "2%", "29%"); keep one form' }
      ]
    },
    // A quoted figure in a piece with no other count under ten: no evidence either way, so the
    // book decides (spell it out), as it does outside quotations.
    {
      text: 'The band said it was proud. "It has been hard for us over the past 6 years," the singer said.',
      ext: ".txt",
      errors: [{ message: '"6 years" → "six years": AP spells out one through nine' }]
    },
    // Quoted words from ten are held to the piece as quoted figures under ten are: with no other
    // count from ten the book decides (en/bbc-2005/0800 `he's won twenty-four titles`), and a
    // quoted `fifty per cent` beside the piece's `36%` is the minority form.
    {
      text: 'He reached the final. "He has won twenty-four titles, he is a great player," she said.',
      ext: ".txt",
      errors: [{ message: '"twenty-four titles" → "24 titles": AP uses figures for 10 and above' }]
    },
    {
      text: 'Support fell to 36%. "If you hit someone at 30mph, they have a fifty per cent chance," he said.',
      ext: ".txt",
      errors: [{ message: '"fifty per cent" → "50%": AP uses figures for percentages' }]
    },
    // A straight quote the copy forgot to close does not turn the rest of the paragraph inside out:
    // `"The` opens and `said.` ends the reporter's own sentence, so `2 nominations` is narrative
    // (en/bbc-2005/0349).
    {
      text: 'The band thanked fans. "The people who voted for us are the best, she said. She received 2 nominations and won" none.',
      ext: ".txt",
      errors: [{ message: '"2 nominations" → "two nominations": AP spells out one through nine' }]
    },
    // Counts the per-number check used to pass over: a span before `ago` after a place name, a
    // figure paired with a larger one before the noun, and `more`/`other` standing for a noun.
    {
      text: "He won the title in Acapulco 2 years ago. Users run between 5 and 10 searches a day, and Ms Ray bought 3 more.",
      ext: ".txt",
      errors: [
        { message: '"2 years" → "two years": AP spells out one through nine' },
        { message: '"5 and 10 searches" → "five and 10 searches": AP spells out one through nine' },
        { message: '"3 more" → "three more": AP spells out one through nine' }
      ]
    },
    // Tallies (`goals`, `games`) take figures in AP, but a piece that spells out its small counts
    // counts them in words too (chronam-1916/0019: `three free throws` … `6 goals`).
    {
      text: "The home side took three free throws at the net. During this time the visitors secured 6 goals.",
      ext: ".txt",
      errors: [{ message: '"6 goals" → "six goals": AP spells out one through nine' }]
    },
    // A number written small after a name is part of the name, and a name's number is a figure.
    {
      text: "The airline had filed for Chapter eleven bankruptcy protection in Houston.",
      ext: ".txt",
      errors: [{ message: '"Chapter eleven" → "Chapter 11": a number that is part of a name or label takes figures' }]
    },
    // Wire copy writes small amounts before `mln` in figures where it writes any (reuters-21578/0243):
    // `four mln engineering workers` beside `2.3 mln workers`.
    {
      text: "Some 2.3 mln workers for the public services received a 3.4 pct pay rise. An agreement for four mln engineering workers raised pay.",
      ext: ".txt",
      errors: [{ message: '"four mln" → "4 mln": AP uses figures for millions' }]
    },
    // A sentence's first figure before `times` or a hyphenated word is spelled out too (bbc-2005/0852, 0930).
    {
      text: "Camera phones sell well.\n\n4 times more mobiles have cameras. 2 high-speed lifts opened.",
      output: "Camera phones sell well.\n\nFour times more mobiles have cameras. Two high-speed lifts opened.",
      ext: ".txt",
      errors: [
        { message: '"4 times" → "Four times": spell out a number that starts a sentence' },
        { message: '"2 high-speed" → "Two high-speed": spell out a number that starts a sentence' }
      ]
    },
    // Two numbers from ten joined by `and` are a pair (bbc-2005/0213); `top twenty` is a set phrase,
    // but not in a piece that writes its charts `top 10`.
    {
      text: "The paintings go under the hammer on twenty-two and 23 June.\n\nThe album spawned three top twenty singles after two top 10 hits.",
      ext: ".txt",
      errors: [
        { message: '"twenty-two and 23" → "22 and 23": the two numbers of a range or choice take the same form' },
        { message: '"top twenty" → "top 20": a number that is part of a name or label takes figures' }
      ]
    },
    // A multiplier keeps its figure, except in a piece that spells out its small counts (bbc-2005 never
    // writes `6 times more`).
    {
      text: "The survey asked three groups of two hundred people. Teenagers from well-off homes are 6 times more likely to go.",
      ext: ".txt",
      errors: [{ message: '"6 times" → "six times": AP spells out one through nine' }]
    },
    // `number` labels a chart position; a piece that writes them `number two` writes them all so.
    {
      text: "The single entered at number two last week. The album is at number 6 with Oh My God.",
      ext: ".txt",
      errors: [{ message: '"number 6" → "number six": this piece writes "number" with the number in words (e.g. "number two")' }]
    },
    // Chicago style: through one hundred.
    {
      text: "The storm hit 15 counties.",
      ext: ".txt",
      options: { style: "chicago" },
      errors: [{ message: '"15 counties" → "fifteen counties": Chicago spells out whole numbers through one hundred' }]
    },
    // Quoted numbers are checked when asked to, even in a paragraph that opens with the quote.
    {
      text: '"My family has lived here for forty years," said Ed Thompson, 71.',
      ext: ".txt",
      options: { checkQuotes: true },
      errors: [{ message: '"forty years" → "40 years": AP uses figures for 10 and above' }]
    },
    // Messages follow the `locale` option.
    {
      text: "Residents of the Lowlands, where 3 homes were condemned, came.",
      ext: ".txt",
      options: { locale: "zh" },
      errors: [{ message: "“3 homes” → “three homes”：英文一至九应拼写" }]
    }
  ]
});

describe("consistent-numerals: fixes and suggestions", () => {
  it("suggests the majority form for the seed's `三期` and a fixed text reports nothing fixable", async () => {
    const messages = await lint(seed);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message!.fix).toBeUndefined();
    const suggestion = message!.suggestions?.[0];
    expect(suggestion?.id).toBe("majority-form");
    const [from, to] = suggestion!.fix.range;
    expect(seed.slice(from, to)).toBe("三");
    expect(suggestion!.fix.text).toBe("3");
  });

  it("is idempotent: a fixed text has nothing left to fix", async () => {
    const text = "２０２４年，预计投资9～16亿元。增长15～30%。二零二四年，三千〇五十二户。\n\nThe river rose. 12 officers came.\n";
    const once = await fix(text);
    expect(once).toBe("2024年，预计投资9亿～16亿元。增长15%～30%。二〇二四年，三千零五十二户。\n\nThe river rose. Twelve officers came.\n");
    expect(await fix(once)).toBe(once);
    expect((await lint(once)).filter((m) => m.fix)).toEqual([]);
  });

  it("suggests `%` for `per cent` closing a sentence, keeping the full stop (en/bbc-2005/0024)", async () => {
    const text = "Sales rose 20% in January and 15% in February.\n\nRevenues from car-making rose 11 per cent.\n\nProfits fell 3%.\n";
    const [message] = await lint(text);
    expect(message!.message).toBe('"11 per cent" → "11%": this piece writes percentages as "%" (e.g. "20%", "15%"); keep one form');
    const suggestion = message!.suggestions![0]!;
    const [from, to] = suggestion.fix.range;
    expect(text.slice(0, from) + suggestion.fix.text + text.slice(to)).toContain("car-making rose 11%.\n");
  });

  it("offers both halves of a double-sided approximation", async () => {
    const [message] = await lint("约30人左右参加。");
    expect(message!.suggestions?.map((s) => s.fix.text)).toEqual(["30人左右", "约30人"]);
  });

  it("disables one check by id and keeps the others", async () => {
    const text = "２０２４年，投资9～16亿元。";
    const messages = await lint(text, ".txt", { disable: ["full-width-digit"] });
    expect(messages.map((m) => m.message)).toEqual(["“9～16亿” → “9亿～16亿”：数值范围中的“亿”不能省略"]);
  });
});

describe("numerals in the text model", () => {
  it("reads Chinese numerals", () => {
    expect(parseChineseNumeral("三")?.value).toBe(3);
    expect(parseChineseNumeral("十二")?.value).toBe(12);
    expect(parseChineseNumeral("一百零八")?.value).toBe(108);
    expect(parseChineseNumeral("三万")?.value).toBe(30000);
    expect(parseChineseNumeral("二〇二四")).toEqual({ value: 2024, approximate: false, digitwise: true });
    expect(parseChineseNumeral("三四")?.approximate).toBe(true);
    expect(parseChineseNumeral("四十五六")?.approximate).toBe(true);
    expect(parseChineseNumeral("期")).toBeUndefined();
    expect(parseChineseDecimal("八点一")).toBe(8.1);
    expect(parseChineseDecimal("三十")).toBe(30);
    expect(toChineseNumeral(3)).toBe("三");
    expect(toChineseNumeral(15)).toBe("十五");
    expect(toChineseNumeral(108)).toBe("一百零八");
  });

  it("spells English numbers both ways", () => {
    expect(numberToWords(21)).toBe("twenty-one");
    expect(numberToWords(100)).toBe("one hundred");
    expect(numberToWords(101)).toBeUndefined();
    expect(wordsToNumber("Twenty-one")).toBe(21);
    expect(wordsToNumber("dozen")).toBeUndefined();
  });

  it("finds the numbers of a Chinese paragraph with their measure words and context", async () => {
    const model = await buildModel(line(43), ".txt");
    const numerals = zhNumerals(model.paragraphs[0]!);
    const san = numerals.find((n) => n.text === "三");
    expect(san).toMatchObject({ form: "chinese", value: 3, measure: "期", ordinal: false, approximate: false, fixed: false });
    const model27 = await buildModel(line(27), ".txt");
    const counts = zhNumerals(model27.paragraphs[0]!).filter((n) => n.measure === "期");
    expect(counts.map((n) => [n.text, n.value])).toEqual([
      ["4819", 4819],
      ["2.5万", 25000]
    ]);
    // 二十大 is a fixed term; 四川 and 再三 are words, not numbers.
    const fixedModel = await buildModel("党的二十大以来，四川再三强调分五期推进，数十名干部参加。", ".txt");
    const found = zhNumerals(fixedModel.paragraphs[0]!);
    expect(found.find((n) => n.text === "二十")?.fixed).toBe(true);
    expect(found.find((n) => n.text === "四")?.fixed).toBe(true);
    expect(found.find((n) => n.text === "五")).toMatchObject({ measure: "期", fixed: false });
    expect(found.find((n) => n.text === "十")?.approximate).toBe(true);
    // A project phase keeps its name; a count of sessions does not.
    const phases = await buildModel("推进武宿机场三期和运城机场建设，全年办了三期读书班。", ".txt");
    expect(zhNumerals(phases.paragraphs[0]!).map((n) => [n.text, n.measure, n.fixed])).toEqual([
      ["三", "期", true],
      ["三", "期", false]
    ]);
  });
});
