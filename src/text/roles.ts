import { codePointLength, type Lang } from "./language.js";
import {
  charClass,
  classBody,
  CLOSERS,
  ELLIPSIS_CHARACTERS,
  ELLIPSIS_LOOKALIKES,
  INVISIBLE,
  MIDDLE_DOTS,
  SEMICOLONS,
  SENTENCE_ENDS
} from "./punctuation.js";

/**
 * What a paragraph is in the story. Only `body` copy is held to sentence rules; the others are
 * normal newspaper furniture that must stay silent.
 */
export type Role =
  | "body"
  | "heading" // Markdown header, kicker, title, subtitle, numbered section label
  | "lead-in" // a line that introduces what follows: ends in `——` or `：`
  | "byline" // dateline, byline, photo or design credit, `（完）`
  | "quotation" // a quoted paragraph or a Markdown block quote
  | "list-item"
  | "table"
  | "ellipsis"; // nothing but ellipsis marks

/** Where the paragraph sits in the markup, when the format says so. */
export type Container = "paragraph" | "heading" | "list-item" | "quote" | "table";

/**
 * Every mark that ellipsis filler is made of, with the spaces (and invisible zero-width
 * characters) between them. One character class, not an alternation: nothing to backtrack over.
 */
const SPACE_OR_INVISIBLE = `[\\s${classBody(INVISIBLE)}]*`;
export const ELLIPSIS_ONLY = new RegExp(
  `^${SPACE_OR_INVISIBLE}(?:${charClass(ELLIPSIS_CHARACTERS, ELLIPSIS_LOOKALIKES)}${SPACE_OR_INVISIBLE})+$`,
  "u"
);
/** At least two dots' worth: a lone `.` or `。` is not an ellipsis. */
const ELLIPSIS_SUBSTANCE = /…|⋯|\.{2,}|。{2,}|·{2,}|・{2,}|(?:\. ){2,}/u;

export function isEllipsisOnly(text: string): boolean {
  return ELLIPSIS_ONLY.test(text) && ELLIPSIS_SUBSTANCE.test(text);
}

/** A broken ellipsis (`···`, `⋯`) ends copy as `……` does: fixing it must not change the paragraph's role. */
const ZH_TERMINAL = new RegExp(`(?:${charClass(SENTENCE_ENDS, SEMICOLONS, CLOSERS)}|${charClass(MIDDLE_DOTS)}{3})$`, "u");
const EN_TERMINAL = new RegExp(`${charClass(SENTENCE_ENDS, CLOSERS)}$`, "u");

/** True when the copy ends like a finished sentence (quotes and brackets close one). */
export function endsWithTerminal(text: string, lang: Lang): boolean {
  const trimmed = text.trimEnd();
  return lang === "zh" ? ZH_TERMINAL.test(trimmed) : EN_TERMINAL.test(trimmed);
}

const LEAD_IN = /(?:——|——|--|—|:|：)$/u;

const ZH_SECTION_LABEL =
  /^(?:[一二三四五六七八九十百零〇]+[、．.]|（[一二三四五六七八九十百零〇\d]+）|\([一二三四五六七八九十\d]+\)|第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|[\d０-９]{1,2}[、．.](?![\d０-９]))/u;
/** `·` is a bullet, `···` a broken ellipsis (fixed to `……`, which must not change the role). */
const BULLET = /^(?:[-*•●○■□◆◇▪►✓]|·(?![·・･])|\d{1,2}[)）]|[a-zA-Z][)）])\s*/u;

const ZH_BYLINE = [
  /^本报记者/u,
  /^本报(?:讯|评论员|特约评论员)/u,
  /^本报[^，。\s]{1,8}电/u,
  /^新华社[^，。]{0,16}电/u,
  /^(?:（|\()?(?:记者|通讯员|实习生|特约记者|本报通讯员)[\s\u3000]*[^\s，。]/u,
  /^(?:设计|制图|摄影|图片|图|摄|编辑|责编|责任编辑|校对|来源|作者|版式设计|题图)[\s\u3000]*[/／:：|｜]/u,
  /(?:摄|供图|制图|绘)[）)]?$/u,
  /^[（(](?:完|全文完|本版责编[^）)]*)[）)]$/u
];

const EN_BYLINE = [
  /^By [A-Z\p{Lu}]/u,
  /^(?:Photo|Photograph|Illustration|Reporting|Additional reporting|Editing|Edited|Writing|Graphic|Source)(?: by)?[:\s]/u,
  /^[A-Z][A-Z .,'-]{2,40}(?:,\s*[A-Z][a-zA-Z.]+)?\s*(?:\([A-Za-z .]+\))?\s*[-—–]{1,2}\s*$/u,
  /^\((?:Reuters|AP|AFP|Bloomberg)\)$/u,
  /^(?:-?30-|###|\(END\)|\(end\)|ENDS?)$/u
];

/** Short lines only: a dateline that opens a long paragraph is body copy. */
const BYLINE_MAX_CHARS = 48;
const ZH_HEADING_MAX_CHARS = 32;
const EN_HEADING_MAX_WORDS = 14;

const ZH_INNER_PUNCT = /[，。；！？,;!?]/u;
const EN_DANGLING_END =
  /(?:,|-|\b(?:a|an|the|of|to|in|on|at|for|with|by|from|and|or|but|nor|that|which|who|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|as|than|into|onto|about|his|her|their|its|our|my|your)\s*)$/iu;

export interface RoleInput {
  text: string;
  lang: Lang;
  container: Container;
  /** The first paragraphs of a story are its title block. */
  indexInDocument: number;
}

/** Classifies one paragraph from its text and its place in the markup. */
export function classifyRole({ text, lang, container }: RoleInput): Role {
  const trimmed = text.trim();
  if (container === "heading") return "heading";
  if (container === "table") return "table";
  if (isEllipsisOnly(trimmed)) return "ellipsis";
  if (container === "quote") return "quotation";
  if (container === "list-item") return "list-item";

  const chars = codePointLength(trimmed);
  const bylines = lang === "zh" ? ZH_BYLINE : EN_BYLINE;
  if (
    chars <= BYLINE_MAX_CHARS &&
    !/[。!?！？]$/u.test(trimmed) &&
    bylines.some((re) => re.test(trimmed)) &&
    !(lang === "zh" && datelineLead(trimmed))
  ) {
    return "byline";
  }
  if (/^(?:——|—|--)/u.test(trimmed) && chars <= 40) return "heading"; // subtitle: `——回望2023吉林实践(十)`
  if (LEAD_IN.test(trimmed)) return "lead-in";
  if (isTableRow(trimmed)) return "table";
  if (ZH_SECTION_LABEL.test(trimmed) || BULLET.test(trimmed)) {
    return isHeadingText(trimmed, lang, chars) ? "heading" : "list-item";
  }
  if (/^[“"「『‘]/u.test(trimmed)) return "quotation";
  // A dateline opens a story's first sentence: however short, the paragraph is copy, not a title.
  if (lang === "zh" && datelineLead(trimmed)) return "body";
  if (isHeadingText(trimmed, lang, chars)) return "heading";
  return "body";
}

/**
 * A dateline and credit followed by the story's first words (`本报北京6月30日电  （记者刘博通）全国总工会近日印`):
 * the lead paragraph, cut short, not a byline.
 */
const ZH_DATELINE_LEAD = /^(?:本报|新华社)[^，。\s]{1,8}电[\s\u3000]*(?:[（(][^）)]{1,16}[）)])?[\s\u3000]*[^\s\u3000（(]{6,}/u;

function datelineLead(trimmed: string): boolean {
  return ZH_DATELINE_LEAD.test(trimmed);
}

function isHeadingText(trimmed: string, lang: Lang, chars: number): boolean {
  if (endsWithTerminal(trimmed, lang) && !/[”’」』）)》"']$/u.test(trimmed)) return false;
  if (/[，、,]$/u.test(trimmed)) return false;
  if (lang === "zh") {
    return chars <= ZH_HEADING_MAX_CHARS && !ZH_INNER_PUNCT.test(trimmed.replace(/^[^，]*：/u, ""));
  }
  const words = trimmed.split(/\s+/u).length;
  return words <= EN_HEADING_MAX_WORDS && !/[.!?]\s/u.test(trimmed) && !EN_DANGLING_END.test(trimmed);
}

function isTableRow(trimmed: string): boolean {
  const tabs = trimmed.split("\t").length - 1;
  const pipes = trimmed.split("|").length - 1;
  return tabs >= 2 || (pipes >= 2 && /^\|.*\|$/u.test(trimmed));
}
