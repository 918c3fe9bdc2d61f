/**
 * What follows a number in Chinese copy (`3.5` + `万`, `20` + `公里`, `30` + `多`): a paragraph or
 * a line that ends on a number and the next that opens with one of these split the number from
 * its unit. Read by no-truncated-sentence, which matches the start of the next piece: a magnitude
 * first (`5千米` reads as `5千`), then the longest unit (`日元` before `日`). Sorted by code point;
 * each entry with its reason.
 */
export const ZH_NUMBER_MAGNITUDE_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["万", "magnitude: ten thousand"],
  ["亿", "magnitude: hundred million"],
  ["千", "magnitude: thousand"],
  ["百", "magnitude: hundred"]
];

const MONEY = "currency";
const COUNT = "measure word of a count";
const MEASURE = "unit of measurement";
const TIME = "unit of time or date";

export const ZH_NUMBER_UNIT_REASONS: ReadonlyArray<readonly [word: string, reason: string]> = [
  ["%", "per cent sign"],
  ["‰", "per mille sign"],
  ["个", COUNT],
  ["亩", MEASURE],
  ["人", COUNT],
  ["件", COUNT],
  ["份", COUNT],
  ["位", COUNT],
  ["余", "approximation after a number (`30余`)"],
  ["倍", "multiple"],
  ["元", MONEY],
  ["克", MEASURE],
  ["公里", MEASURE],
  ["公顷", MEASURE],
  ["册", COUNT],
  ["分", "minute, point or cent"],
  ["千克", MEASURE],
  ["千米", MEASURE],
  ["升", MEASURE],
  ["只", COUNT],
  ["台", COUNT],
  ["号", "day of the month, or a number"],
  ["名", COUNT],
  ["吨", MEASURE],
  ["周", TIME],
  ["场", COUNT],
  ["多", "approximation after a number (`30多`)"],
  ["天", TIME],
  ["套", COUNT],
  ["家", COUNT],
  ["小时", TIME],
  ["岁", "age"],
  ["平方", MEASURE],
  ["年", TIME],
  ["度", MEASURE],
  ["座", COUNT],
  ["户", COUNT],
  ["所", COUNT],
  ["批", COUNT],
  ["斤", MEASURE],
  ["日", TIME],
  ["日元", MONEY],
  ["时", TIME],
  ["月", TIME],
  ["期", COUNT],
  ["条", COUNT],
  ["架", COUNT],
  ["桶", MEASURE],
  ["次", COUNT],
  ["欧元", MONEY],
  ["港元", MONEY],
  ["秒", TIME],
  ["立方", MEASURE],
  ["篇", COUNT],
  ["米", MEASURE],
  ["美元", MONEY],
  ["股", COUNT],
  ["艘", COUNT],
  ["英镑", MONEY],
  ["辆", COUNT],
  ["项", COUNT],
  ["％", "full-width per cent sign"]
];

export const ZH_NUMBER_MAGNITUDES: ReadonlySet<string> = new Set(ZH_NUMBER_MAGNITUDE_REASONS.map(([w]) => w));
export const ZH_NUMBER_UNITS: ReadonlySet<string> = new Set(ZH_NUMBER_UNIT_REASONS.map(([w]) => w));
