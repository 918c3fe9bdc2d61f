// What `no-truncated-sentence` says, by check id and by suggestion id, with the evidence and the
// reasons its messages name (`段末停在“发行”上`, `下一段以“关于”接续上句`).
import type { Lang } from "../text/language.js";
import { defineMessages, wording, type Wording } from "./catalogue.js";
import { lineRange, quote } from "./format.js";

/** Why the next paragraph certainly continues a cut one (the rule's continuation kinds). */
export type Reason = {
  kind: "word" | "punct" | "number" | "figure" | "particle" | "connector" | "lowercase" | "hyphen" | "quote";
  /** The joined word (`表彰`), the unit, the word before the figure or the next paragraph's opening token. */
  detail: string;
  /** `quote`: the opening mark left open (`“`, `（`, `《`). */
  mark?: string;
};

/** The paired marks a `quote` reason names, by their opening mark. */
const PAIRED_MARK_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  "“": { zh: "引号", en: "quotation" },
  "‘": { zh: "引号", en: "quotation" },
  "「": { zh: "引号", en: "quotation" },
  "『": { zh: "引号", en: "quotation" },
  "（": { zh: "括号", en: "bracket" },
  "【": { zh: "括号", en: "bracket" },
  "〔": { zh: "括号", en: "bracket" },
  "《": { zh: "书名号", en: "title mark" },
  "〈": { zh: "书名号", en: "title mark" }
};

export const reasons = defineMessages({
  /** A word split by the cut (`表彰`). */
  word: wording<{ detail: string }>({
    zh: ({ detail }) => `“${detail}”被拆开`,
    en: ({ detail }) => `"${detail}" is split`
  }),
  /** The next paragraph opens with punctuation that never opens a sentence. */
  punct: wording<{ detail: string }>({
    zh: ({ detail }) => `下一段以“${detail}”开头`,
    en: ({ detail }) => `the next one opens with "${detail}"`
  }),
  /** A number cut from its unit. */
  number: wording<{ detail: string }>({
    zh: ({ detail }) => `数字与单位“${detail}”被拆开`,
    en: ({ detail }) => `a number is split from its unit "${detail}"`
  }),
  /** A preposition or approximation whose figure opens the next paragraph (`缩短至` + `20分钟`). */
  figure: wording<{ detail: string }>({
    zh: ({ detail }) => `“${detail}”后面的数字在下一段`,
    en: ({ detail }) => `the figure after "${detail}" is in the next one`
  }),
  /** The next paragraph opens with a particle that cannot open a sentence. */
  particle: wording<{ detail: string }>({
    zh: ({ detail }) => `下一段以“${detail}”开头，不能独立成句`,
    en: ({ detail }) => `the next one opens with "${detail}"`
  }),
  /** The next paragraph opens with a connector completing the clause (`关于`). */
  connector: wording<{ detail: string }>({
    zh: ({ detail }) => `下一段以“${detail}”接续上句`,
    en: ({ detail }) => `the next one opens with "${detail}"`
  }),
  /**
   * A quotation, bracket or title mark opened in the paragraph is closed in the next one, which
   * opens none (`“地区各国人民` + `过上好日子……。”`, `《国家畜禽遗传资源` + `目录》`).
   */
  quote: wording<{ detail: string; mark?: string }>({
    zh: ({ detail, mark }) => `${PAIRED_MARK_NAMES[mark ?? "“"]?.zh ?? "引号"}在本段打开，到下一段“${detail}”之后才闭合`,
    en: ({ detail, mark }) => `the ${PAIRED_MARK_NAMES[mark ?? "“"]?.en ?? "quotation"} opened here closes in the next one, after "${detail}"`
  }),
  /** An English word hyphenated across the cut. */
  hyphen: wording<{ detail: string }>({
    zh: () => `连字符断词`,
    en: () => `a hyphenated word is split`
  }),
  /** The next English paragraph opens in lower case. */
  lowercase: wording<{ detail: string }>({
    zh: () => `下一段小写开头`,
    en: () => `the next one starts in lower case`
  })
});

function reason(r: Reason, locale: Lang): string {
  return reasons[r.kind][locale](r);
}

/** One piece of the cut detector's evidence, as a message can name it (at most two per message). */
export type Evidence =
  | { id: "next-opens-with"; word: string }
  /** `word`: the next paragraph's lower-case opening word, "" when there is none to name. */
  | { id: "next-lower"; word: string }
  /** `chars`: the paragraph's last characters, named in Chinese; `word`: its last word, named in English. */
  | { id: "ends-on"; chars: string; word: string }
  | { id: "quote-open" }
  | { id: "paren-open" }
  | { id: "ends-on-comma" }
  | { id: "no-sentence-end" };

type EvidenceData<K extends Evidence["id"]> = Omit<Extract<Evidence, { id: K }>, "id">;

export const evidence = defineMessages({
  /** The next paragraph opens with a word that carries the sentence on. */
  "next-opens-with": wording<EvidenceData<"next-opens-with">>({
    zh: ({ word }) => `下一段以“${word}”接续上句`,
    en: ({ word }) => `the next paragraph opens with "${word}"`
  }),
  /** The next paragraph opens in lower case. */
  "next-lower": wording<EvidenceData<"next-lower">>({
    zh: () => `下一段小写开头`,
    en: ({ word }) => (word ? `the next paragraph opens with "${word}"` : "the next paragraph opens in lower case")
  }),
  /** The paragraph stops on a word a sentence does not end on (or on a number or a hyphen). */
  "ends-on": wording<EvidenceData<"ends-on">>({
    zh: ({ chars }) => `段末停在“${chars}”上`,
    en: ({ word }) => `it ends on "${word}"`
  }),
  /** A quotation opened and not closed. */
  "quote-open": wording({ zh: () => "引号没有闭合", en: () => "a quotation is left open" }),
  /** A bracket opened and not closed. */
  "paren-open": wording({ zh: () => "括号没有闭合", en: () => "a bracket is left open" }),
  /** The paragraph ends on a comma. */
  "ends-on-comma": wording({ zh: () => "段末是逗号", en: () => "it ends on a comma" }),
  /** Nothing more to name than the missing sentence end. */
  "no-sentence-end": wording({ zh: () => "段末没有句末标点", en: () => "it has no sentence end" })
});

function evidenceList(items: readonly Evidence[], locale: Lang): string {
  const said = items.map((e) => (evidence[e.id] as Wording<Evidence>)[locale](e));
  return locale === "zh" ? said.join("，") : said.join(", ");
}

/** The end of the cut paragraph, as quoted in a message: its last 14 characters after `…`. */
function tailQuote(text: string, locale: Lang, max = 14): string {
  const chars = Array.from(text.replace(/\s+/gu, " "));
  const shown = chars.length > max ? `…${chars.slice(-max).join("")}` : chars.join("");
  return locale === "zh" ? `“${shown}”` : `"${shown}"`;
}

/** A word broken at a line end as the copy has it: `educa-⏎tion` (a soft hyphen shown as `-`). */
function lineEndBreak(left: string, hyphen: string, right: string): string {
  return `${left}${hyphen === "\u00ad" ? "-" : hyphen}⏎${right}`;
}

/** A join the rule found by a strong signal, or one the cut detector proposes. */
export type ContinuedBelow =
  | {
      by: "signal";
      reason: Reason;
      /** Certain enough for an automatic fix. */
      certain: boolean;
      /** The end of the cut paragraph as written (an English hyphen kept), the same joined, and the next paragraph's start. */
      shownLeft: string;
      left: string;
      right: string;
      /** What joins the two in English copy: a space or nothing. */
      replacement: string;
      /** Page furniture between the two halves (a folio, a running head), quoted: the rest moves up past it. */
      across?: string;
    }
  | { by: "detector"; evidence: readonly Evidence[]; left: string; right: string; across?: string };

export interface CutOff {
  /** The cut paragraph's text (its end is quoted). */
  text: string;
  /** The detector's evidence, when the detector found the cut. */
  evidence?: readonly Evidence[];
  /** Lines of another paragraph that starts with the same fragment and goes on. */
  elsewhere?: { first: number; last: number };
  /** Joining with the next paragraph is offered too. */
  joinOffered: boolean;
  /** Line of a paragraph a few on that may hold the rest. */
  farLine?: number;
}

export const messages = defineMessages({
  /** A paragraph cut mid-sentence whose next paragraph holds the rest: joining them mends it. */
  "continued-below": wording<ContinuedBelow>({
    zh: (d) =>
      (d.by === "detector"
        ? `段落像是断在句中，下一段可能是它的后半句（${evidenceList(d.evidence, "zh")}）：“…${d.left}⏎${d.right}…”。核对后合并，或补回缺失的文字`
        : `段落断在句中，下一段是它的后半句（${reason(d.reason, "zh")}）：“…${d.shownLeft}⏎${d.right}…” → “…${d.left}${d.right}…”`) +
      (d.across ? `（中间隔着页面信息${quote(d.across, "zh", 16)}，合并后移到其后）` : ""),
    en: (d) =>
      (d.by === "detector"
        ? `Paragraph seems to break off mid-sentence and the next one may continue it (${evidenceList(d.evidence, "en")}): "...${d.left} ⏎ ${d.right}...". Join them, or restore what is missing at the cut`
        : d.certain
          ? `Paragraph breaks off mid-sentence and the next one continues it (${reason(d.reason, "en")}): "...${d.shownLeft} ⏎ ${d.right}..." → "...${d.left}${d.replacement}${d.right}..."`
          : `Paragraph breaks off mid-sentence and the next one seems to continue it (${reason(d.reason, "en")}): "...${d.shownLeft} ⏎ ${d.right}...". Join them, or restore what is missing at the cut`) +
      (d.across ? ` (page furniture ${quote(d.across, "en", 24)} stands between them; joining moves it after)` : "")
  }),
  /** A paragraph that ends mid-sentence with nothing after it continuing it: the rest was lost. */
  "cut-off": wording<CutOff>({
    zh: ({ text, evidence, elsewhere, joinOffered, farLine }) =>
      (evidence
        ? `段落像是在句中断开（${evidenceList(evidence, "zh")}），下文缺失：${tailQuote(text, "zh")}。请补全或删除`
        : `段落在句中断开，下文缺失：${tailQuote(text, "zh")}。请补全或删除${elsewhere ? `（同一片段在${lineRange("zh", elsewhere.first, elsewhere.last)}有下文）` : ""}`) +
      (joinOffered ? "（若下一段是它的后半句，合并两段）" : "") +
      (farLine !== undefined ? `（第${farLine}行可能是它的下文）` : ""),
    en: ({ text, evidence, elsewhere, joinOffered, farLine }) =>
      (evidence
        ? `Paragraph seems to break off mid-sentence (${evidenceList(evidence, "en")}) and nothing continues it: ${tailQuote(text, "en")}. Complete it or delete it`
        : `Paragraph breaks off mid-sentence and nothing continues it: ${tailQuote(text, "en")}. Complete it or delete it${elsewhere ? ` (the same fragment continues at ${lineRange("en", elsewhere.first, elsewhere.last)})` : ""}`) +
      (joinOffered ? " (or join it with the next paragraph if that holds the rest)" : "") +
      (farLine !== undefined ? ` (line ${farLine} may hold the rest)` : "")
  }),
  /** A teaser cut mid-sentence and marked as cut (`…无法保障．．．［详细］`). */
  "cut-teaser": wording<{ mark: string; shown: string }>({
    zh: ({ mark, shown }) =>
      `摘要在句中截断，以“${mark}”标出：“…${shown}${mark}”。这是截下的导语，不是省略号用法问题：用原文补全，或删去未完成的句子`,
    en: ({ mark, shown }) =>
      `A teaser cut mid-sentence and marked "${mark}": "...${shown}${mark}". It is a cut, not an ellipsis to restyle: complete it from the story or delete the unfinished sentence`
  }),
  /** A Chinese word (or a number and its unit) split by a line break inside a hard-wrapped block. */
  "split-word": wording<{ reason: Reason; left: string; right: string; more: number; breaks: number }>({
    zh: ({ reason: r, left, right, more, breaks }) =>
      `换行把词拆开了（${reason(r, "zh")}）：“${left}⏎${right}” → “${left}${right}”${more > 0 ? `，本段另有 ${more} 处` : ""}；本段有 ${breaks} 处硬换行，应整段重排`,
    en: ({ reason: r, left, right, more, breaks }) =>
      `A line break splits a word (${reason(r, "en")}): "${left}⏎${right}" → "${left}${right}"${more > 0 ? `, and ${more} more in this block` : ""}; the block has ${breaks} hard line breaks and needs reflowing`
  }),
  /** An English word broken at a line end in hard-wrapped copy (src/text/wrap-breaks.ts). */
  "line-end-word-break": wording<{ left: string; hyphen: string; right: string; joined: string; more: number }>({
    zh: ({ left, hyphen, right, joined, more }) =>
      `行末断词：“${lineEndBreak(left, hyphen, right)}” → “${joined}”${more > 0 ? `，本段另有 ${more} 处` : ""}；应把两半接回`,
    en: ({ left, hyphen, right, joined, more }) =>
      `A word broken at a line end: "${lineEndBreak(left, hyphen, right)}" → "${joined}"${more > 0 ? `, and ${more} more in this paragraph` : ""}; join the halves`
  })
});

export const suggestions = defineMessages({
  /** Join the cut paragraph with the next one. */
  "join-paragraphs": wording({ zh: () => "与下一段合并", en: () => "Join with the next paragraph" }),
  /** Join across a line-end hyphen and keep it (`high-` + `speed`). */
  "join-keep-hyphen": wording({ zh: () => "合并并保留连字符", en: () => "Join and keep the hyphen" }),
  /** Join an English word split at the cut without the space. */
  "join-word": wording<{ last: string; first: string }>({
    zh: ({ last, first }) => `把“${last}”和“${first}”合成一个词`,
    en: ({ last, first }) => `Join "${last}" and "${first}" into one word`
  }),
  /** Delete the unfinished sentence; `cutMark`: a teaser's cut mark goes with it. */
  "delete-fragment": wording<{ cutMark: boolean }>({
    zh: ({ cutMark }) => (cutMark ? "删除未完成的句子和截断标记" : "删除未完成的句子"),
    en: ({ cutMark }) => (cutMark ? "Delete the unfinished sentence and the cut mark" : "Delete the unfinished sentence")
  }),
  /** Move the paragraph a few on that holds the rest up to the cut. */
  "move-rest-here": wording<{ line: number }>({
    zh: ({ line }) => `把第${line}行接到这里`,
    en: ({ line }) => `Move line ${line} up to finish this paragraph`
  }),
  /** Remove a hard-wrapped block's line breaks. */
  "reflow-block": wording({ zh: () => "整段重排（删除段内换行）", en: () => "Reflow the block (remove its line breaks)" }),
  /** Mend every line-end word break of the paragraph. */
  "join-line-end-words": wording({ zh: () => "接回被行末拆开的词", en: () => "Join the broken words" })
});
