// What `consistent-numerals` says, by check id and by suggestion id.
import type { Lang } from "../text/language.js";
import { defineMessages, wording } from "./catalogue.js";
import { quote } from "./format.js";

/** Up to two examples of the piece's own form, each quoted once: `“88家”“5个”`, `"88家", "5个"`. */
function examples(texts: readonly string[], locale: Lang): string {
  return Array.from(new Set(texts.map((text) => quote(text, locale))))
    .slice(0, 2)
    .join(locale === "zh" ? "" : ", ");
}

/** The categories `same-measure` compares, as its messages name them. */
const CATEGORY: { readonly [L in Lang]: Readonly<Record<string, string>> } = {
  zh: { count: "计数", ordinal: "序数", money: "金额", year: "年份", date: "日期", percent: "百分数" },
  en: { count: "counts", ordinal: "ordinals", money: "sums of money", year: "years", date: "dates", percent: "percentages" }
};

/** The book an English count follows: AP up to nine, Chicago through one hundred. */
const spellOutRule = (chicago: boolean) => (chicago ? "Chicago spells out whole numbers through one hundred" : "AP spells out one through nine");

/** `actual → expected`, each quoted (shortened) in the message's language. */
const replace = wording<{ actual: string; expected: string }>({
  zh: ({ actual, expected }) => `${quote(actual, "zh")} → ${quote(expected, "zh")}`,
  en: ({ actual, expected }) => `${quote(actual, "en")} → ${quote(expected, "en")}`
});

/** `"actual" → "expected"`: English copy quoted whole, in straight quotes, whatever the message language. */
const replaceEnglish = (actual: string, expected: string) => `"${actual}" → "${expected}"`;
const replaceWords = wording<{ actual: string; expected: string }>({
  zh: ({ actual, expected }) => replaceEnglish(actual, expected),
  en: ({ actual, expected }) => replaceEnglish(actual, expected)
});

export const messages = defineMessages({
  /**
   * Full-width digits (GB/T 15835 §5.1.7): the first of a paragraph's (`count`: how many), the
   * first of a piece typed throughout in them (`piece`), or `％` in a piece that also writes `%`.
   */
  "full-width-digit": wording<{ actual: string; expected: string } & ({ scope: "paragraph" | "piece"; count: number } | { scope: "percent" })>({
    zh: (d) =>
      `${quote(d.actual, "zh")} → ${quote(d.expected, "zh")}` +
      (d.scope === "percent"
        ? "：本文百分号半角、全角混用，统一用半角“%”"
        : d.scope === "piece"
          ? `：全文${d.count}处数字均为全角，阿拉伯数字用半角（GB/T 15835 §5.1.7）`
          : `${d.count > 1 ? `等${d.count}处` : ""}：阿拉伯数字用半角（GB/T 15835 §5.1.7）`),
    en: (d) =>
      `${quote(d.actual, "en")} → ${quote(d.expected, "en")}` +
      (d.scope === "percent"
        ? ": this piece mixes % and ％; use %"
        : d.scope === "piece"
          ? `: all ${d.count} numbers of this piece are in full-width digits; use ordinary (half-width) digits`
          : `${d.count > 1 ? ` and ${d.count - 1} more` : ""}: full-width digits; use ordinary (half-width) digits`)
  }),
  /** Arabic digits mixed with 千/百 inside one number (`4千`, `1万8千2百`; only 万/亿 may mix, §5.3). */
  "mixed-number": wording<{ actual: string; expected: string }>({
    zh: ({ actual, expected }) => `${quote(actual, "zh")}：一个数内阿拉伯数字与汉字数字混用（万、亿除外），写作${quote(expected, "zh")}或全用汉字`,
    en: ({ actual, expected }) =>
      `${quote(actual, "en")} mixes Arabic digits with 千/百 in one number (only 万 and 亿 may mix): write ${quote(expected, "en")}`
  }),
  /** A range that drops 万/亿/% on its first number (`9～16亿`, §5.1.3). */
  "range-unit": wording<{ actual: string; expected: string; unit: string }>({
    zh: ({ actual, expected, unit }) => `${quote(actual, "zh")} → ${quote(expected, "zh")}：数值范围中的“${unit}”不能省略`,
    en: ({ actual, expected, unit }) => `${quote(actual, "en")} → ${quote(expected, "en")}: a range repeats ${unit} on both numbers`
  }),
  /** 零 in a year written digit by digit, or 〇 in a quantity (§5.2.5). */
  "year-zero": wording<{ actual: string; expected: string; inYear: boolean }>({
    zh: ({ actual, expected, inYear }) =>
      `${quote(actual, "zh")} → ${quote(expected, "zh")}：${inYear ? "年份中的零写作“〇”" : "数量中的零写作“零”"}`,
    en: ({ actual, expected, inYear }) =>
      `${quote(actual, "en")} → ${quote(expected, "en")}: ${inYear ? "a year written in Chinese digits uses 〇, not 零" : "a quantity writes zero as 零"}`
  }),
  /** One date in two forms (`二〇〇八年8月8日`, §4.3 例3). */
  "mixed-date": wording<{ actual: string; expected: string }>({
    zh: ({ actual, expected }) => `${quote(actual, "zh")}：同一日期混用汉字数字与阿拉伯数字，统一写作${quote(expected, "zh")}`,
    en: ({ actual, expected }) => `${quote(actual, "en")} writes one date in two forms: write ${quote(expected, "en")}`
  }),
  /** A two-digit year before 月 (`24年1月`, §5.1.4). */
  "short-year": wording<{ actual: string; expected: string }>({
    zh: ({ actual, expected }) => `${quote(actual, "zh")}：年份不能简写，应写全${quote(expected, "zh")}`,
    en: ({ actual, expected }) => `${quote(actual, "en")}: write the year in full, ${quote(expected, "en")}`
  }),
  /**
   * A full-width comma as digit-group separator (`12，345人`), or a figure grouped (or not) against
   * the piece's majority (`pieceGroups`).
   */
  "digit-group": wording<
    { actual: string; expected: string } & ({ separator: "full-width-comma"; ungrouped: string } | { separator: "mixed"; pieceGroups: boolean })
  >({
    zh: (d) =>
      d.separator === "full-width-comma"
        ? `${quote(d.actual, "zh")}：分节号不能用全角逗号，写作${quote(d.expected, "zh")}或${quote(d.ungrouped, "zh")}`
        : `${quote(d.actual, "zh")}：本文多位数${d.pieceGroups ? "用" : "不用"}千分撇分节，统一写作${quote(d.expected, "zh")}`,
    en: (d) =>
      d.separator === "full-width-comma"
        ? `${quote(d.actual, "en")}: a full-width comma is not a digit-group separator; write ${quote(d.expected, "en")}`
        : `${quote(d.actual, "en")}: this piece ${d.pieceGroups ? "groups" : "does not group"} digits; write ${quote(d.expected, "en")}`
  }),
  /** An approximation marked on both sides (`近百人左右`, `约300多人`). */
  "double-approximation": wording<{ actual: string; head: string; other: string }>({
    zh: ({ actual, head, other }) => `${quote(actual, "zh")}：“${head}”与“${other}”重复表示约数，保留其一`,
    en: ({ actual, head, other }) => `${quote(actual, "en")} marks the approximation twice (${head} … ${other}): keep one`
  }),
  /**
   * A Chinese count, ordinal, sum, year, date or percentage in the piece's minority form (§4.3
   * 同类别同形式); `measure`: compared by its measure word; `examples`: the majority's own copy.
   */
  "same-measure": wording<{
    actual: string;
    expected: string;
    category: string;
    measure?: string;
    toArabic: boolean;
    examples: readonly string[];
    /** Both forms about as often: the standard decides, not a majority. */
    standard?: boolean;
  }>({
    zh: ({ actual, expected, category, measure, toArabic, examples: texts, standard }) => {
      const kind = measure ? (category === "ordinal" ? `“第…${measure}”的序数` : `“${measure}”的计数`) : (CATEGORY.zh[category] ?? category);
      const evidence = examples(texts, "zh");
      if (standard)
        return `${quote(actual, "zh")} → ${quote(expected, "zh")}：本文${kind}两种写法并用${evidence ? `（另有${evidence}）` : ""}，按国标用阿拉伯数字`;
      return `${quote(actual, "zh")} → ${quote(expected, "zh")}：本文${kind}多用${toArabic ? "阿拉伯" : "汉字"}数字${evidence ? `（如${evidence}）` : ""}，同类数字形式应一致`;
    },
    en: ({ actual, expected, category, measure, toArabic, examples: texts, standard }) => {
      const kind = measure ? (category === "ordinal" ? `ordinals 第…${measure}` : `counts of ${measure}`) : (CATEGORY.en[category] ?? category);
      const evidence = examples(texts, "en");
      if (standard)
        return `${quote(actual, "en")} → ${quote(expected, "en")}: this piece writes ${kind} both ways${evidence ? ` (also ${evidence})` : ""}; the standard (GB/T 15835-2011) writes them in Arabic numerals`;
      return `${quote(actual, "en")} → ${quote(expected, "en")}: this piece writes ${kind} in ${toArabic ? "Arabic" : "Chinese"} numerals${evidence ? ` (e.g. ${evidence})` : ""}; keep one form`;
    }
  }),
  /**
   * A Chinese fixed term written with a figure (`“2个确立”`, §4.2.3). Reported today without a check
   * id (the finding carries none): its wording is kept here all the same.
   */
  "fixed-term": wording<{ actual: string; expected: string }>({
    zh: ({ actual, expected }) => `${quote(actual, "zh")} → ${quote(expected, "zh")}：固定词语中的数字用汉字（GB/T 15835 §4.2.3）`,
    en: ({ actual, expected }) => `${quote(actual, "en")} → ${quote(expected, "en")}: a fixed term keeps its Chinese numerals`
  }),
  /**
   * English percentages written with the sign and with a word in one piece: the minority form
   * (`form`: the majority's, `examples`: its copy). Reported today without a check id.
   */
  "percent-form": wording<{ actual: string; expected: string; form: string; examples: readonly string[] }>({
    zh: ({ actual, expected }) => `${quote(actual, "zh")} → ${quote(expected, "zh")}：本文百分数写法不一，统一为${quote(expected, "zh")}`,
    en: ({ actual, expected, form, examples: texts }) =>
      `"${actual}" → "${expected}": this piece writes percentages as "${form}" (e.g. ${texts.map((t) => `"${t}"`).join(", ")}); keep one form`
  }),
  /** English, AP: ages, percentages and money in words (`five-year-old`, `nine per cent`). */
  "figures-always": wording<{ actual: string; expected: string; what: "ages" | "percentages" | "money" | "millions" }>({
    zh: ({ actual, expected, what }) =>
      `${quote(actual, "zh")} → ${quote(expected, "zh")}：英文${
        what === "ages" ? "年龄" : what === "money" ? "金额" : what === "millions" ? "百万、十亿的数" : "百分数"
      }用阿拉伯数字（AP）`,
    en: ({ actual, expected, what }) => `"${actual}" → "${expected}": AP uses figures for ${what}`
  }),
  /** English: a figure that starts a sentence (`12 officers responded.`); `spelled`: the words, where a fix can write them. */
  "sentence-start": wording<{ figure: string; next: string; spelled?: string }>({
    zh: ({ figure, next }) => `${quote(`${figure} ${next}`, "zh")}：英文句首数字应拼写或改写句子`,
    en: ({ figure, next, spelled }) =>
      spelled
        ? `"${figure} ${next}" → "${spelled} ${next}": spell out a number that starts a sentence`
        : `"${figure} ${next}": a sentence should not start with a figure; recast it`
  }),
  /** English: a small count in figures (`3 homes`; AP up to nine, Chicago through one hundred). */
  "spell-out-small": wording<{ figure: string; words: string; noun: string; chicago: boolean; label?: string; example?: string }>({
    zh: ({ figure, words, noun, label, example }) =>
      label
        ? `${quote(`${label} ${figure}`, "zh")} → ${quote(`${label} ${words}`, "zh")}：本文“${label}”后的数字用英文单词（如${quote(example ?? "", "zh")}）`
        : `${quote(`${figure} ${noun}`, "zh")} → ${quote(`${words} ${noun}`, "zh")}：英文一至九应拼写`,
    en: ({ figure, words, noun, chicago, label, example }) =>
      label
        ? `"${label} ${figure}" → "${label} ${words}": this piece writes "${label}" with the number in words (e.g. "${example}")`
        : `"${figure} ${noun}" → "${words} ${noun}": ${spellOutRule(chicago)}`
  }),
  /**
   * English: a small multiplier of `million`/`billion` in the piece's minority form (`7 million`
   * where the piece writes `two million`); `examples`: the majority's own copy.
   */
  "multiplier-form": wording<{ actual: string; expected: string; examples: readonly string[]; toWords: boolean }>({
    zh: ({ actual, expected, examples: texts, toWords }) =>
      `${quote(actual, "zh")} → ${quote(expected, "zh")}：本文百万、十亿前的个位数多用${toWords ? "英文单词" : "阿拉伯数字"}（如${examples(texts, "zh")}），同类数字形式应一致`,
    en: ({ actual, expected, examples: texts, toWords }) =>
      `${quote(actual, "en")} → ${quote(expected, "en")}: this piece writes millions and billions under ten in ${toWords ? "words" : "figures"} (e.g. ${examples(texts, "en")}); keep one form`
  }),
  /** English: two numbers of one range or choice under ten in different forms (`three or 4 times`). */
  "mixed-pair": wording<{ actual: string; expected: string }>({
    zh: ({ actual, expected }) => `${quote(actual, "zh")} → ${quote(expected, "zh")}：并列或范围中的两个数写法应一致`,
    en: ({ actual, expected }) => `"${actual}" → "${expected}": the two numbers of a range or choice take the same form`
  }),
  /** English, AP: a count from 10 to 99 in words (`twelve months`). */
  "figures-for-large": wording<{ words: string; figure: string; noun: string; name?: string }>({
    zh: ({ words, figure, noun, name }) =>
      name
        ? `${quote(`${name} ${words}`, "zh")} → ${quote(`${name} ${figure}`, "zh")}：名称、编号中的数字用阿拉伯数字`
        : `${quote(`${words} ${noun}`, "zh")} → ${quote(`${figure} ${noun}`, "zh")}：英文10以上用阿拉伯数字（AP）`,
    en: ({ words, figure, noun, name }) =>
      name
        ? `"${name} ${words}" → "${name} ${figure}": a number that is part of a name or label takes figures`
        : `"${words} ${noun}" → "${figure} ${noun}": AP uses figures for 10 and above`
  }),
  /**
   * English: one noun counted in words and in figures in one story (`nine violations` … `7
   * violations`), the count in the wrong form for the style (`reason`: a unit, a small or a large count).
   */
  "same-noun": wording<{ actual: string; expected: string; other: string; noun: string; reason: "unit" | "small" | "large"; chicago: boolean }>({
    zh: ({ actual, expected, other, noun }) =>
      `${quote(`${actual} ${noun}`, "zh")} → ${quote(`${expected} ${noun}`, "zh")}：本文另有${quote(`${other} ${noun}`, "zh")}，同一名词的数字形式应一致`,
    en: ({ actual, expected, other, noun, reason, chicago }) =>
      `"${actual} ${noun}" → "${expected} ${noun}": this piece also writes "${other} ${noun}"; ${
        reason === "unit" ? "AP uses figures for measurements" : reason === "small" ? spellOutRule(chicago) : "AP uses figures for 10 and above"
      }`
  })
});

export const suggestions = defineMessages({
  /** The number in Arabic digits throughout. */
  "all-arabic": replace,
  /** The date in Arabic digits throughout. */
  "all-arabic-date": replace,
  /** The year written in full. */
  "full-year": replace,
  /** Keep the approximation's tail, drop its head word. */
  "drop-head": replace,
  /** Keep the approximation's head word, drop its tail. */
  "drop-tail": replace,
  /** A half-width comma as separator. */
  "half-width-separator": replace,
  /** Grouped like the piece's other figures. */
  "same-grouping": replace,
  /** The fixed term with its Chinese numerals. */
  "fixed-term": replace,
  /** The piece's majority form; English copy (`verbatim`) is quoted whole, in straight quotes. */
  "majority-form": wording<{ actual: string; expected: string; verbatim: boolean }>({
    zh: ({ actual, expected, verbatim }) => (verbatim ? replaceEnglish(actual, expected) : replace.zh({ actual, expected })),
    en: ({ actual, expected, verbatim }) => (verbatim ? replaceEnglish(actual, expected) : replace.en({ actual, expected }))
  }),
  /** English: the number in figures. */
  figures: replaceWords,
  /** English: the number spelled out. */
  "spell-out": replaceWords
});
