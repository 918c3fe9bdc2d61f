/**
 * Chinese numeral lexicon: which words after a numeral make it a count, and which terms keep
 * Chinese numerals whatever the piece's style. Sorted data, one reason per entry; the rules and
 * `numerals.ts` read it, nothing here is logic.
 */

/** A lexicon entry: the word and why it is listed. */
export type Entry = readonly [word: string, reason: string];

/** Entries in code-point order (the lists are kept sorted; this guards against a slip). */
function sorted(entries: Entry[]): readonly Entry[] {
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const MEASURE = "counting unit (计量, GB/T 15835-2011 §4.1.1)";
const CONCRETE = "counting unit of things or people";
const AREA = "unit of measurement";
const MONEY = "money (计量)";

/**
 * Measure words that make the numeral before them a count (计量), compared across the piece as one
 * category whatever the measure word (§4.3 同类别同形式). Time units (`年` `天` `月` `周` `小时`) are
 * durations and not listed; `级` `代` `号` `版` are levels and names, not counts; `米` is left out
 * because event names write `三米跳板`, `十米台`.
 */
export const ZH_COUNT_MEASURE_ENTRIES: readonly Entry[] = sorted([
  ["万人", MEASURE],
  ["万元", MONEY],
  ["万吨", AREA],
  ["万户", MEASURE],
  ["万亩", AREA],
  ["个", "general measure word: counts of anything"],
  ["人", "people counted directly (`50人`)"],
  ["人次", CONCRETE],
  ["件", CONCRETE],
  ["份", CONCRETE],
  ["位", "people, polite"],
  ["例", "cases"],
  ["倍", "multiples"],
  ["公里", AREA],
  ["公顷", AREA],
  ["册", CONCRETE],
  ["千米", AREA],
  ["只", CONCRETE],
  ["台", "machines"],
  ["名", "people"],
  ["吨", AREA],
  ["场", "events"],
  ["场次", "events"],
  ["块", CONCRETE],
  ["处", "places"],
  ["头", "livestock"],
  ["套", "sets, flats"],
  ["家", "companies, institutions"],
  ["层", "storeys"],
  ["届", "sessions counted (`三届`); named sessions are fixed patterns"],
  ["幢", "buildings"],
  ["幅", "pictures"],
  ["座", "buildings, bridges, mountains"],
  ["张", CONCRETE],
  ["户", "households"],
  ["所", "schools, hospitals"],
  ["批", "batches"],
  ["支", "teams"],
  ["条", "items, roads, rules"],
  ["株", "plants"],
  ["栋", "buildings"],
  ["棵", "trees"],
  ["款", "products"],
  ["次", "occurrences"],
  ["枚", "medals, coins"],
  ["架", "aircraft"],
  ["期", "sessions, issues"],
  ["本", "books"],
  ["村", "villages"],
  ["篇", "articles"],
  ["类", "kinds"],
  ["辆", "vehicles"],
  ["部", "films, works"],
  ["镇", "towns"],
  ["间", "rooms"],
  ["队", "teams"],
  ["项", "items, projects"],
  ["首", "songs, poems"],
  ["亩", AREA],
  ["艘", "ships"],
  ["轮", "rounds"],
  ["元", MONEY],
  ["亿元", MONEY],
  ["种", "kinds"],
  ["颗", CONCRETE],
  ["门", "courses"],
  ["个国家", "countries"],
  ["国", "countries (`十四国`)"],
  ["省", "provinces"],
  ["市", "cities"],
  ["县", "counties"],
  ["区", "districts"],
  ["乡", "townships"],
  ["校", "schools"],
  ["组", "groups"],
  ["口", "wells, people in a household"]
]);

/** Measure words of money: a count before them is in the money category. */
export const ZH_MONEY_MEASURES: readonly string[] = ["万元", "亿元", "元"];

/** Time units after a numeral: a duration, not compared as a count. */
export const ZH_DURATION_ENTRIES: readonly Entry[] = [
  ["个月", "duration in months"],
  ["分钟", "duration in minutes"],
  ["周", "weeks, also 周年 anniversaries"],
  ["周年", "anniversary; formal titles write 七十四周年"],
  ["天", "days"],
  ["小时", "hours"],
  ["岁", "age"],
  ["年", "years: a duration or a year"],
  ["日", "days, or a date"]
];

const SLOGAN = "slogan or policy name (§4.2.3: a fixed term keeps its Chinese numerals)";
const CONGRESS = "party congress or five-year plan, named in Chinese numerals";
const FESTIVAL = "date name or festival";
const IDIOM = "idiom or set word (成语, 惯用语)";
const PLACE = "place name";
const SINCE = "set phrase of time (`五年来`)";

/**
 * Terms, names, slogans and idioms written with Chinese numerals (GB/T 15835-2011 §4.2.3, §4.3
 * 例2; newspaper practice). A numeral inside one of them is never reported.
 */
export const ZH_FIXED_TERM_ENTRIES: readonly Entry[] = sorted([
  ["一五一十", IDIOM],
  ["一体化", IDIOM],
  ["一件事", SLOGAN],
  ["一国两制", SLOGAN],
  ["一带一路", SLOGAN],
  ["一张图", SLOGAN],
  ["一张网", SLOGAN],
  ["一心一意", IDIOM],
  ["一把手", IDIOM],
  ["一揽子", IDIOM],
  ["一校六院", SLOGAN],
  ["一站式", IDIOM],
  ["一盘棋", IDIOM],
  ["一网统管", SLOGAN],
  ["一网通办", SLOGAN],
  ["一线", IDIOM],
  ["一老一小", SLOGAN],
  ["一年来", SINCE],
  ["七一", FESTIVAL],
  ["七上八下", IDIOM],
  ["七台河", PLACE],
  ["万州", PLACE],
  ["万元户", IDIOM],
  ["万无一失", IDIOM],
  ["三严三实", SLOGAN],
  ["三个代表", SLOGAN],
  ["三个务必", SLOGAN],
  ["三亚", PLACE],
  ["三令五申", IDIOM],
  ["三会一课", SLOGAN],
  ["三公", SLOGAN],
  ["三农", SLOGAN],
  ["三北", PLACE],
  ["三去一降一补", SLOGAN],
  ["三大攻坚战", SLOGAN],
  ["三位一体", IDIOM],
  ["三八", FESTIVAL],
  ["三国", "history period"],
  ["三峡", PLACE],
  ["三心二意", IDIOM],
  ["三新", SLOGAN],
  ["三明", PLACE],
  ["三江", PLACE],
  ["三江源", PLACE],
  ["三番五次", IDIOM],
  ["三言两语", IDIOM],
  ["三五成群", IDIOM],
  ["不管三七二十一", IDIOM],
  ["两个一百年", SLOGAN],
  ["两个毫不动摇", SLOGAN],
  ["两个确立", SLOGAN],
  ["两个维护", SLOGAN],
  ["两会", SLOGAN],
  ["两学一做", SLOGAN],
  ["两新", SLOGAN],
  ["两重", SLOGAN],
  ["九寨沟", PLACE],
  ["九江", PLACE],
  ["九牛一毛", IDIOM],
  ["二十一大", CONGRESS],
  ["二十大", CONGRESS],
  ["五一", FESTIVAL],
  ["五个中心", SLOGAN],
  ["五位一体", SLOGAN],
  ["五四", FESTIVAL],
  ["五大连池", PLACE],
  ["五年三赴", SLOGAN],
  ["五年来", SINCE],
  ["五指山", PLACE],
  ["五湖四海", IDIOM],
  ["五花八门", IDIOM],
  ["元化", "word 元化 (多元化), not money"],
  ["八一", FESTIVAL],
  ["八仙过海", IDIOM],
  ["八达岭", PLACE],
  ["八所", "place name (八所港, Hainan)"],
  ["二十国集团", "name of the G20"],
  ["八项规定", SLOGAN],
  ["六一", FESTIVAL],
  ["六保", SLOGAN],
  ["六安", PLACE],
  ["六盘水", PLACE],
  ["六稳", SLOGAN],
  ["十一五", CONGRESS],
  ["十三五", CONGRESS],
  ["十二五", CONGRESS],
  ["十五五", CONGRESS],
  ["十五大", CONGRESS],
  ["十八大", CONGRESS],
  ["十六大", CONGRESS],
  ["十七大", CONGRESS],
  ["十九大", CONGRESS],
  ["十全十美", IDIOM],
  ["十四五", CONGRESS],
  ["十堰", PLACE],
  ["十年来", SINCE],
  ["千军万马", IDIOM],
  ["千千万万", IDIOM],
  ["千变万化", IDIOM],
  ["千家万户", IDIOM],
  ["千方百计", IDIOM],
  ["双11", FESTIVAL],
  ["双十一", FESTIVAL],
  ["四下基层", SLOGAN],
  ["四个全面", SLOGAN],
  ["四个伟大", SLOGAN],
  ["七个着力", SLOGAN],
  ["六个必须坚持", SLOGAN],
  ["十个坚持", SLOGAN],
  ["两个结合", SLOGAN],
  ["四个意识", SLOGAN],
  ["四个自信", SLOGAN],
  ["四位一体", IDIOM],
  ["四川", PLACE],
  ["四书五经", IDIOM],
  ["四通八达", IDIOM],
  ["四面八方", IDIOM],
  ["四风", SLOGAN],
  ["接二连三", IDIOM],
  ["新时代十年", SLOGAN],
  ["正月", FESTIVAL],
  ["现代五项", "sport name"],
  ["七项全能", "sport name (heptathlon)"],
  ["十项全能", "sport name (decathlon)"],
  ["东盟十国", "the ten ASEAN members, a set name"],
  ["百家争鸣", IDIOM],
  ["百色", PLACE],
  ["百花齐放", IDIOM],
  ["第一书记", "job title"],
  ["第一动力", SLOGAN],
  ["第一时间", IDIOM],
  ["第一生产力", SLOGAN],
  ["第一线", IDIOM],
  ["第一责任人", "job title"],
  ["第一资源", SLOGAN],
  ["腊月", FESTIVAL]
]);

/** Titles that follow a year written in Chinese numerals and keep it so (the official title's form). */
export const ZH_YEAR_TITLE_ENTRIES: readonly Entry[] = sorted([
  ["新年贺词", "title of the New Year address (`二〇二三年新年贺词`)"],
  ["新年献词", "title of a New Year editorial"]
]);

/**
 * Fixed terms that are wrong in figures (`“2个确立”`, `5位一体`): slogans, policy names, idioms and
 * congresses. Time phrases (`五年来`, also `5年来`) and place names are not among them.
 */
export const ZH_TERMS_NEVER_IN_FIGURES: readonly string[] = ZH_FIXED_TERM_ENTRIES.filter(
  ([, reason]) => reason === SLOGAN || reason === IDIOM || reason === CONGRESS
).map(([term]) => term);
