/**
 * Data for numeral checks: fixed Chinese terms that keep Chinese numerals, the measure words whose
 * counts are compared for consistency, and the English contexts that always take figures.
 * Rules extend these lists through options; nothing here is rule logic.
 */
import { ZH_COUNT_MEASURE_ENTRIES, ZH_DURATION_ENTRIES, ZH_FIXED_TERM_ENTRIES, ZH_YEAR_TITLE_ENTRIES } from "./lexicon/zh-numerals.js";

export { ZH_TERMS_NEVER_IN_FIGURES } from "./lexicon/zh-numerals.js";
export { ZH_COUNT_MEASURE_ENTRIES, ZH_DURATION_ENTRIES, ZH_FIXED_TERM_ENTRIES, ZH_MONEY_MEASURES, type Entry } from "./lexicon/zh-numerals.js";

/** Words after `二〇二三年` that make it part of an official title (the year keeps its Chinese numerals). */
export const ZH_YEAR_TITLES: readonly string[] = ZH_YEAR_TITLE_ENTRIES.map(([word]) => word);
/** Measure words that make a numeral a count (every counting unit, from the lexicon). */
export const ZH_COUNT_MEASURES: readonly string[] = ZH_COUNT_MEASURE_ENTRIES.map(([word]) => word);
/** Counting words general enough to head set phrases (`三个方面`, `十件实事`, `八条措施`). */
export const ZH_GENERAL_MEASURES: readonly string[] = ["个", "项", "件", "条", "种", "批", "次", "类", "方面"];
/** Time units: a numeral before them is a duration. */
export const ZH_DURATIONS: readonly string[] = ZH_DURATION_ENTRIES.map(([word]) => word);

/**
 * Fixed terms, names, slogans and idioms written with Chinese numerals (GB/T 15835-2011 §4.2.3,
 * §4.3 例2; newspaper practice). A numeral inside one of them is never reported.
 */
export const ZH_FIXED_TERMS: readonly string[] = ZH_FIXED_TERM_ENTRIES.map(([term]) => term);

/**
 * Shapes of fixed names that take Chinese numerals: congress sessions and plenums, weekdays,
 * school years, lunar dates, Chinese-numeral months and holidays, fractions, enumerated
 * section labels. Every pattern is a plain sequence of classes (no nested quantifiers). A pattern
 * that opens on a run of numerals starts only where the run starts (the lookbehind): otherwise a
 * long run with no suffix is rescanned from each of its characters, quadratic time.
 */
export const ZH_FIXED_PATTERNS: readonly RegExp[] = [
  // Named sets of measures, tasks and policies (`二十条措施`, `十件民生实事`, `十项行动`, `以下十个方面`).
  /(?<![一二三四五六七八九十])[一二三四五六七八九十]+(?:条|项|件|大)(?:措施|政策|举措|意见|规定|硬措施|新政|民生实事|实事|行动|重大工程|工程|任务|重点工作)/gu,
  /(?<=以下|抓好|做好|从|在|围绕)[一二三四五六七八九十]+个方面/gu,
  // An official title that writes its year in Chinese numerals (`二〇二三年新年贺词`).
  /[〇一二三四五六七八九]{4}年新年贺词/gu,
  /(?<![一二三四五六七八九十])[一二三四五六七八九十]+届(?:全国人大|全国政协|中央|省委|市委|区委|县委|人大|政协)?[一二三四五六七八九十]*(?:中全会|次(?:全体)?会议|次全会|次党代会)?/gu,
  /(?<![一二三四五六七八九十])[一二三四五六七八九十]+中全会/gu,
  /(?<![一二三四五六七八九十])[一二三四五六七八九十]+次(?:全体|全委|代表大会|党代会|会议|全会)/gu,
  /(?:星期|礼拜|周)[一二三四五六日天]/gu,
  /(?<![一二三四五六七八九])十一(?=黄金周|假期|长假|小长假|期间|国庆)/gu, // National Day, not 11 (`二十一期` stays a number)
  /[初高][一二三]/gu,
  /(?:正|腊|冬)月(?:初|十|二十|廿)?[一二三四五六七八九十]*/gu,
  /初[一二三四五六七八九十]/gu,
  /(?<![一二三四五六七八九十])[一二三四五六七八九十]+分之[一二三四五六七八九十百千万]+/gu,
  /(?<![一二三四五六七八九十])[一二三四五六七八九十]+[成]/gu, // 三成 (30%), an idiomatic proportion
  /(?:十|十一|十二|[一二三四五六七八九])月/gu
];

/**
 * For each of `ZH_FIXED_PATTERNS`, characters one of which any match contains: a paragraph without
 * any of them is not scanned with that pattern (most are not, and the patterns are the bulk of the
 * cost of finding fixed ranges).
 */
export const ZH_FIXED_PATTERN_KEYS: readonly string[] = [
  "条项件大",
  "方",
  "贺",
  "届",
  "全",
  "次",
  "期拜周",
  "十",
  "初高",
  "正腊冬",
  "初",
  "之",
  "成",
  "月"
];

/**
 * Measure words whose counts are compared across a piece (§4.3 同类别同形式). Only concrete
 * counting units: the general `个`, `年`, `天`, `次` and the abstract `项`, `件`, `条`, `种`,
 * `批` head too many set phrases and named sets (`三个方面`, `三年行动`, `十件民生实事`,
 * `四项保险`, `八条措施`) to be compared safely; `周年` is left out because formal titles write
 * `成立七十四周年` where running copy writes `75周年`.
 */
export const ZH_MEASURE_WORDS: readonly string[] = [
  "期",
  "名",
  "位",
  "家",
  "座",
  "户",
  "台",
  "辆",
  "艘",
  "架",
  "篇",
  "册",
  "棵",
  "株",
  "头",
  "只",
  "亩",
  "公里",
  "千米",
  "吨",
  "万元",
  "亿元",
  "元",
  "岁",
  "个月",
  "人次",
  "栋",
  "幢",
  "间",
  "例",
  "场次"
];

/**
 * Measure words after `第` whose ordinals form a series (`第一章…第十二章`, not `第12章`).
 * `第一`/`第二` never vote: they are as often set words (`第一次`, `第二批`) as ordinals. `位` and `名`
 * number places in a ranking (`居全国第3位`).
 * `次` and `届` are left out: they number meetings and games whose official names differ
 * (`二十国集团领导人第十八次峰会` beside `第26次中国—东盟领导人会议`).
 */
export const ZH_ORDINAL_MEASURE_WORDS: readonly string[] = [
  "章",
  "节",
  "条",
  "款",
  "期",
  "批",
  "轮",
  "季",
  "集",
  "名",
  "位",
  "站",
  "号",
  "部分",
  "阶段",
  "卷",
  "版",
  "场"
];

/**
 * Tallies among the figure units: AP sets scores, votes and statistics in figures (`won 6-4`, `a
 * 5-4 vote`, `scored 2 goals`), but a piece that spells out its counts under ten counts these in
 * words as well (`six goals in nine games`), and there a figure is the slip. Sorted.
 */
export const EN_TALLY_UNITS: readonly string[] = ["games", "goals", "points", "runs", "seats", "sets", "votes", "wickets"];

/**
 * Words that, before a count of a tally unit, make it a count of occasions in a series (`his first
 * 5 games`, `their final 2 games`), spelled out under ten like any count, not a score (`won 5
 * games`). Sorted.
 */
export const EN_SERIES_POSITION_WORDS: readonly string[] = ["final", "first", "last", "next", "opening", "past", "previous", "remaining"];

/**
 * English words that, right after a figure, put it in a category AP always sets in figures
 * (percentages, money, dimensions, clock times, scores, votes, sizes of data), or make it a range.
 * Durations (`three hours`) are not among them: AP spells those out under 10.
 */
export const EN_FIGURE_UNITS: readonly string[] = [
  "percent",
  "per",
  "pc",
  "pct",
  "percentage",
  "million",
  "billion",
  "trillion",
  "bn",
  "m",
  "k",
  "year-old",
  "years-old",
  "am",
  "pm",
  "a.m.",
  "p.m.",
  "o'clock",
  "ft",
  "feet",
  "foot",
  "inch",
  "inches",
  "cm",
  "mm",
  "km",
  "kg",
  "g",
  "lb",
  "lbs",
  "oz",
  "mph",
  "kph",
  "mile",
  "miles",
  "metre",
  "metres",
  "meter",
  "meters",
  "yard",
  "yards",
  "acre",
  "acres",
  "hectare",
  "hectares",
  "degree",
  "degrees",
  "points",
  "point",
  "pts",
  "goals",
  "goal",
  "runs",
  "wickets",
  "sets",
  "games",
  "seats",
  "votes",
  "vote",
  "gb",
  "mb",
  "kb",
  "tb",
  "ghz",
  "mhz",
  "mbps",
  "kbps",
  "megabits",
  "megabytes",
  "gigabytes",
  "terabytes",
  "kilobytes",
  "bits",
  "stone",
  "st",
  "litre",
  "litres",
  "tonne",
  "tonnes",
  "ton",
  "tons",
  "pence",
  "p",
  "cents",
  "cent",
  "dollars",
  "dlrs",
  "cts",
  "pounds",
  "euros",
  "yen",
  "grand",
  "times",
  "to",
  "and",
  "or",
  "of",
  "out",
  "x"
];
