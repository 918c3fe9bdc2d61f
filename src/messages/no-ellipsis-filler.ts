// What `no-ellipsis-filler` says, by check id and by suggestion id.
import { defineMessages, wording } from "./catalogue.js";
import { lineRange, quote } from "./format.js";

export const messages = defineMessages({
  /** Two or more paragraphs of nothing but ellipsis marks. */
  "filler-run": wording<{ count: number; first: number; last: number }>({
    zh: ({ count, first, last }) => `${count} 个填充段落（${lineRange("zh", first, last)}）只有省略号：删去`,
    en: ({ count, first, last }) => `${count} filler paragraphs, ${lineRange("en", first, last)}: nothing but ellipses; remove them`
  }),
  /** An ellipsis in Chinese copy not written `……` (GB/T 15834-2011). */
  "broken-ellipsis": wording<{ actual: string }>({
    zh: ({ actual }) => `${quote(actual, "zh")} → “……”：中文省略号是六个点，占两个字的位置（GB/T 15834-2011）`,
    en: ({ actual }) => `${quote(actual, "en")} → "……": the Chinese ellipsis is six dots in two character spaces (GB/T 15834-2011)`
  }),
  /** `……等` closing an enumeration: the two say the same thing. */
  "ellipsis-with-deng": wording<{ actual: string; deng: string }>({
    zh: ({ actual, deng }) => `${quote(actual, "zh")}：省略号和“${deng}”重复，删去其一`,
    en: ({ actual, deng }) => `${quote(actual, "en")}: the ellipsis and ${deng} say the same thing; drop one`
  }),
  /** A placeholder (`TK`, `XXX`, `待补充`) left in copy, alone as a paragraph or inside one. */
  placeholder: wording<{ actual: string; alone: boolean }>({
    zh: ({ actual, alone }) =>
      alone ? `${quote(actual, "zh")} 独占一段，是占位符：发稿前补上这段稿件或删去此段` : `${quote(actual, "zh")} 是占位符：发稿前补全或删去`,
    en: ({ actual, alone }) =>
      alone
        ? `${quote(actual, "en")} stands alone as a paragraph: a placeholder; write the paragraph or delete it before publication`
        : `${quote(actual, "en")} is a placeholder: fill it in or remove it before publication`
  })
});

export const suggestions = defineMessages({
  "drop-ellipsis": wording<{ deng: string }>({
    zh: ({ deng }) => `删去省略号，保留“${deng}”`,
    en: ({ deng }) => `drop the ellipsis, keep ${deng}`
  }),
  "drop-deng": wording<{ deng: string }>({
    zh: ({ deng }) => `删去“${deng}”，保留省略号`,
    en: ({ deng }) => `drop ${deng}, keep the ellipsis`
  }),
  "remove-placeholder": wording({ zh: () => "删去占位符", en: () => "remove the placeholder" }),
  "remove-placeholder-paragraph": wording({ zh: () => "删去此段", en: () => "delete the paragraph" })
});
