/**
 * Data for numeral checks: fixed Chinese terms that keep Chinese numerals, the measure words whose
 * counts are compared for consistency, and the English contexts that always take figures.
 * Rules extend these lists through options; nothing here is rule logic.
 */

/**
 * Fixed terms, names, slogans and idioms written with Chinese numerals (GB/T 15835-2011 §4.2.3,
 * §4.3 例2; newspaper practice). A numeral inside one of them is never reported.
 */
export const ZH_FIXED_TERMS: readonly string[] = [
  // Party congresses, plenums and plans
  "十八大", "十九大", "二十大", "二十一大", "十七大", "十六大", "十五大",
  "十三五", "十四五", "十五五", "十二五", "十一五",
  // Slogans and abbreviations
  "三会一课", "一校六院", "五年三赴", "两学一做", "四个意识", "四个自信", "两个维护", "两个确立",
  "四个全面", "五位一体", "四位一体", "三位一体", "三个代表", "八项规定", "三农", "一带一路", "四下基层", "三个务必",
  "一国两制", "三严三实", "两个一百年", "五个中心", "两新", "两重", "三新", "一网通办", "一网统管",
  "三去一降一补", "六稳", "六保", "四风", "三公", "两会", "三大攻坚战", "两个毫不动摇",
  "一老一小", "一站式", "一揽子", "一盘棋", "一张网", "一张图", "一件事", "一体化", "一线",
  "一把手", "第一书记", "第一责任人", "第一时间", "第一线", "第一动力", "第一资源", "第一生产力",
  "新时代十年", "一年来", "五年来", "十年来",
  // Calendar and festivals
  "五四", "五一", "七一", "八一", "三八", "六一", "双十一", "双11",
  "正月", "腊月",
  // Idioms and fixed words
  "三番五次", "三令五申", "三心二意", "七上八下", "五湖四海", "四面八方", "千方百计", "千家万户",
  "千军万马", "千变万化", "万无一失", "一心一意", "三言两语", "九牛一毛", "十全十美", "五花八门",
  "四通八达", "八仙过海", "百花齐放", "百家争鸣", "千千万万", "一五一十", "三五成群", "接二连三",
  "不管三七二十一", "四书五经", "现代五项", "元化", "三国", "三峡", "三亚", "九寨沟", "四川", "三明", "六盘水", "七台河",
  "五指山", "十堰", "万州", "八达岭", "三江源", "三北", "三江", "五大连池", "百色", "九江", "六安"
];

/**
 * Shapes of fixed names that take Chinese numerals: congress sessions and plenums, weekdays,
 * school years, lunar dates, Chinese-numeral months and holidays, fractions, enumerated
 * section labels. Every pattern is a plain sequence of classes (no nested quantifiers). A pattern
 * that opens on a run of numerals starts only where the run starts (the lookbehind): otherwise a
 * long run with no suffix is rescanned from each of its characters, quadratic time.
 */
export const ZH_FIXED_PATTERNS: readonly RegExp[] = [
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
 * Measure words whose counts are compared across a piece (§4.3 同类别同形式). Only concrete
 * counting units: the general `个`, `年`, `天`, `次` and the abstract `项`, `件`, `条`, `种`,
 * `批` head too many set phrases and named sets (`三个方面`, `三年行动`, `十件民生实事`,
 * `四项保险`, `八条措施`) to be compared safely; `周年` is left out because formal titles write
 * `成立七十四周年` where running copy writes `75周年`.
 */
export const ZH_MEASURE_WORDS: readonly string[] = [
  "期", "名", "位", "家", "座", "户", "台", "辆", "艘", "架", "篇", "册", "棵", "株", "头", "只", "亩",
  "公里", "千米", "吨", "万元", "亿元", "元", "岁", "个月", "人次", "栋", "幢", "间", "例", "场次"
];

/**
 * Measure words after `第` whose ordinals form a series (`第一章…第十二章`, not `第12章`).
 * `第一`/`第二` never vote: they are as often set words (`第一次`, `第二批`) as ordinals.
 * `次` and `届` are left out: they number meetings and games whose official names differ
 * (`二十国集团领导人第十八次峰会` beside `第26次中国—东盟领导人会议`).
 */
export const ZH_ORDINAL_MEASURE_WORDS: readonly string[] = [
  "章", "节", "条", "款", "期", "批", "轮", "季", "集", "名", "站", "号", "部分", "阶段", "卷", "版", "场"
];

/**
 * English words that, right after a figure, put it in a category AP always sets in figures
 * (percentages, money, dimensions, clock times, scores, votes, sizes of data), or make it a range.
 * Durations (`three hours`) are not among them: AP spells those out under 10.
 */
export const EN_FIGURE_UNITS: readonly string[] = [
  "percent", "per", "pc", "pct", "percentage", "million", "billion", "trillion", "bn", "m", "k", "year-old", "years-old",
  "am", "pm", "a.m.", "p.m.", "o'clock", "ft", "feet", "foot", "inch", "inches", "cm", "mm", "km", "kg", "g", "lb", "lbs",
  "oz", "mph", "kph", "mile", "miles", "metre", "metres", "meter", "meters", "yard", "yards", "acre", "acres", "hectare",
  "hectares", "degree", "degrees", "points", "point", "pts", "goals", "goal", "runs", "wickets", "sets", "games", "seats",
  "votes", "vote", "gb", "mb", "kb",
  "tb", "ghz", "mhz", "mbps", "kbps", "megabits", "megabytes", "gigabytes", "terabytes", "kilobytes", "bits", "stone",
  "st", "litre", "litres", "tonne", "tonnes", "ton", "tons", "pence", "p", "cents", "cent", "dollars", "dlrs", "cts",
  "pounds", "euros", "yen", "grand", "times", "to", "and", "or", "of", "out", "x"
];
