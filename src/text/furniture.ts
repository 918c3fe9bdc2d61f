import { codePointLength, type Lang } from "./language.js";
import { EN_WEB_BUTTONS, ZH_WEB_BUTTONS } from "./lexicon/web-buttons.js";
import { alternation } from "./punctuation.js";
import type { Paragraph } from "./model.js";

/**
 * Page furniture: the parts of a printed or PDF page that are not the story's copy but end up
 * inside its text when a page is exported or pasted (kickers, credits, jump lines, folios, a
 * second title block). Lexicons are sorted data; each entry says why it is there.
 */
export type FurnitureKind = "kicker" | "credit" | "caption" | "byline" | "title-block" | "jump" | "page-header" | "link" | "sign-off";

/**
 * Column and section labels printed above a headline (a kicker), Chinese: a short line made of
 * one of these, or ending in one, over the headline. Sorted by code point.
 */
export const ZH_KICKER_WORDS: readonly string[] = [
  "一线", // 基层一线 / 走基层·一线: reports from the field
  "专栏", // a column's name
  "专题", // special-topic page
  "关注", // 今日关注: front-page feature label
  "回眸", // 高质量发展回眸 (the seed): year-in-review series
  "快评", // quick comment column
  "新春走基层", // annual field-report series
  "时评", // op-ed column
  "特稿", // feature label
  "现场", // 新闻现场: on-the-scene label
  "短评", // short comment column
  "综述", // review article label
  "聚焦", // 聚焦两会: topic label
  "观察", // 经济观察 / 国际观察: analysis column
  "视点", // viewpoint column
  "评论员文章", // 本报评论员文章 over an editorial
  "走基层", // field-report series
  "述评", // commentary-review label
  // Not 速递: 新闻速递 / 资讯速递 is a roundup's own title over its brief items (rmrb-2023).
  "钩沉" // history column
].sort();

/** English kickers: the label alone on a line, in capitals or title case. Sorted. */
export const EN_KICKER_WORDS: readonly string[] = [
  "Analysis", // wire analysis pieces (Reuters, AP)
  "Breakingviews", // Reuters' commentary label
  "Commentary",
  "Editorial",
  "Exclusive",
  "Explainer",
  "Factbox", // Reuters' fact list label
  "Fact Check",
  "Feature",
  "Insight", // Reuters' long-form label
  "News Analysis", // NYT's label
  "Opinion"
].sort();

/**
 * Labels of credits for the page's art, not for the story's reporting: a line that opens with
 * one of these and a separator (`设计/杨倩`, `图片/新华社`) belongs to a picture or the layout.
 * Sorted by code point.
 */
export const ZH_CREDIT_LABELS: readonly string[] = [
  "制图", // chart or map maker
  "图", // 图/新华社: picture source
  "图片", // picture source
  "图文", // text-and-picture credit
  "摄影", // photographer
  "海报", // poster designer
  "版式设计", // page layout designer
  "美编", // layout artist
  "视觉", // visual designer
  "视频", // video credit on a web page export
  "设计", // 设计/杨倩 (the seed): page designer
  "题图" // title picture
].sort();

/** Picture agencies and desks that sign English photo credits (`AP Photo/Evan Vucci`). Sorted. */
export const EN_PHOTO_SOURCES: readonly string[] = [
  "AFP",
  "AFP via Getty Images",
  "AP",
  "AP Photo",
  "Associated Press",
  "EPA",
  "Getty Images",
  "Reuters",
  "Shutterstock"
].sort();

const SEP = "[\\s\\u3000]*[/／:：|｜]";
const ZH_CREDIT = new RegExp(`^(?:${alternation(ZH_CREDIT_LABELS)})${SEP}[\\s\\u3000]*\\S`, "u");
/** `本报记者 刘梦涛 摄`, `（新华社发 王鹏 摄）`: a picture credit on its own line. */
const ZH_PHOTO_CREDIT_LINE = /^[（(]?(?:[^，。！？\s]{0,12}[\s\u3000]+)?[^，。！？\s]{2,12}[\s\u3000]*(?:摄|供图|制图|绘)[）)]?$/u;
/** A caption with its credit: `…发布会在集团总部召开。 本报记者 刘梦涛 摄`. */
const ZH_CAPTION =
  /[。！？”][\s\u3000]*[（(]?(?:本报记者|记者|通讯员|新华社发|新华社记者)?[\s\u3000]*[^，。！？\s]{2,12}(?:[\s\u3000]+[^，。！？\s]{2,4})*[\s\u3000]*(?:摄|供图)[）)]?$/u;
const EN_PHOTO_CREDIT = new RegExp(
  `^(?:\\(?(?:${alternation(EN_PHOTO_SOURCES)})\\s*(?:Photo)?\\s*[/|]\\s*[A-Z][\\w.' -]{1,60}\\)?|(?:Photo|Photograph|Illustration|Graphic|Design|Photo illustration)(?: by)?:?\\s+[A-Z][\\w.' /-]{1,60}|\\(?(?:Photo|Picture):\\s*[A-Z][\\w.' /-]{1,60}\\)?)$`,
  "u"
);
/** `… in Washington. (AP Photo/Evan Vucci)`: a caption ending in its credit. */
const EN_CAPTION = new RegExp(`[.!?]\\s+\\((?:${alternation(EN_PHOTO_SOURCES)})(?:\\s*Photo)?\\s*/\\s*[A-Z][\\w.' -]{1,60}\\)$`, "u");

/** A reporter's byline, the kind a title block carries (not a dateline, which opens copy). */
// Not `记者：如何…？`: an interviewer's question in a Q&A (rmrb-2023).
const ZH_REPORTER_BYLINE =
  /^(?:本报记者|本报特约记者|本报通讯员|（记者|\(记者|记者)[\s\u3000]*[^\s，。：:？?]{2,}(?:[\s\u3000]+[^\s，。]{2,4}){0,6}$/u;
const EN_REPORTER_BYLINE = /^By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:(?:,| and) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})*(?:,? [A-Z][\w ]{2,30})?$/u;

/**
 * Jump lines: where a story breaks off to another page or picks up from one. They may stand
 * alone or close a paragraph (OCR keeps them inside).
 */
const ZH_JUMP = /[（(][\s\u3000]*(?:下转|上接|转|接)第?[\s\u3000]*[一二三四五六七八九十百\d０-９]+[\s\u3000]*版(?:[^）)]{0,12})?[）)]/gu;
const EN_JUMP =
  /\(?\b(?:Continued|Cont(?:'|’)?d\.?|Concluded|Turn to|See)\s+(?:on|from|to)?\s*(?:Page|P\.)\s*(?:\d{1,3}|[A-Z]\d{0,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b(?:,?\s*(?:Column|Col\.)\s*\d{1,2})?\.?\)?/giu;
/** Lines that are nothing but a jump line once the jump is removed. */
const REST_IS_EMPTY = /^[\s\u3000.。]*$/u;

/**
 * A masthead's publisher line: an organisation that supervises and publishes the paper
 * (`中国海洋石油集团有限公司主管主办`, `中共吉林省委主办`); not copy saying who held something
 * (`活动由省作家协会主办`).
 */
const ZH_PUBLISHER = "[^\\s，。、：:（(由]{2,30}?(?:公司|集团|委员会|省委|市委|县委|报社|出版社|协会|学会|大学|中心)(?:主管)?主办";

/** Folios and running heads of a PDF or printed page. */
const PAGE_HEADERS: readonly RegExp[] = [
  // `— 3 —`, `- 12 -`: a page number between dashes.
  /^[-—–－]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－]{1,2}$/u,
  // `第 3 页`, `第3页 共8页`, `Page 3 of 10`.
  /^第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[/，,]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?$/u,
  /^Page \d{1,4}(?: of \d{1,4})?$/iu,
  // A newspaper folio: `2024年10月16日 星期三 第3版`, `16 日 星期三`, and the masthead's publisher
  // beside it where a PDF's columns ran together (`… 星期三  中国海洋石油集团有限公司主管主办`).
  new RegExp(
    `^(?:\\d{4}[\\s\\u3000]*年[\\s\\u3000]*)?(?:\\d{1,2}[\\s\\u3000]*月[\\s\\u3000]*)?\\d{1,2}[\\s\\u3000]*日[\\s\\u3000]*星期[一二三四五六日天](?:[\\s\\u3000]*第?[\\s\\u3000]*\\d{1,2}[\\s\\u3000]*版.{0,12}|[\\s\\u3000]+${ZH_PUBLISHER})?$`,
    "u"
  ),
  // A masthead's registration line: `国内统一连续出版物号CN 11-0138 …`, and its publisher line.
  /^国内统一连续出版物号/u,
  new RegExp(`^${ZH_PUBLISHER}$`, "u"),
  // An English masthead's volume line: `VOL. I`, `Vol. 13. No. 51`, `VOLUME XL.- NO. 24`.
  /^vol(?:ume)?\.?[\s]*(?:[IVXLC]{1,7}(?: ?[IVXLC]{1,4})?|\d{1,4})\b[.,\s-]*(?:no[.i]?[\s]*\d{1,5}\b.{0,24})?$/iu,
  /^第[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*版[\s\u3000]*[|｜:：]?[\s\u3000]*[^\s，。]{0,10}$/u
];

/**
 * Staff credits of a printed page's footer (`本期值班副总编 / 姜啸啸 责任编辑 / 常容轩 …`). One such
 * label alone signs a story off (`版式设计：蔡华伟`, rmrb-2023) and stays silent; two of them, or one
 * with the desk's telephone number, are the page's footer. Sorted by code point.
 */
const ZH_STAFF_LABELS: readonly string[] = ["值班副总编", "值班总编", "本版编辑", "版式设计", "美术编辑", "责任校对", "责任编辑", "责编"];
const ZH_STAFF_LABEL = new RegExp(alternation(ZH_STAFF_LABELS), "gu");
const ZH_PHONE = /电话[\s\u3000]*[：:]/u;

function isPageFooter(p: Paragraph): boolean {
  if (p.lang !== "zh") return false;
  const text = p.text.trim();
  if (chars(text) > 120) return false;
  const labels = text.match(ZH_STAFF_LABEL)?.length ?? 0;
  return labels >= 2 || (labels === 1 && ZH_PHONE.test(text));
}

/** A web page's link or button label in brackets (`［详细］`, `［　详细　］`, `[我来说两句]`). */
const ZH_BRACKETED = /[［\[【][\s\u3000]*([^［\]］【】\s\u3000]{1,8})[\s\u3000]*[］\]】]/gu;

/**
 * Wire furniture closing a story: Reuters' sign-off line (`Reuter`) and the SGML end-of-text
 * mark (`&#3;`) of the Reuters-21578 feed, the control character it stands for, and a press
 * release's `-30-` or `###`.
 */
const SIGN_OFF = /^(?:(?:Reuter|REUTER)(?:[\s]+(?:&#3;|\u0003))?|&#3;|\u0003|-30-|###)$/u;

export interface FurnitureFinding {
  kind: FurnitureKind;
  /** Index range of the paragraphs it covers (inclusive), or one paragraph and a span inside it. */
  first: number;
  last: number;
  /** Absolute range inside the paragraph for furniture within copy (a jump line closing a paragraph). */
  span?: readonly [number, number];
}

const chars = (text: string) => codePointLength(text.trim());

function isKicker(p: Paragraph): boolean {
  const text = p.text.trim().replace(/^[【\[]|[】\]]$/gu, "");
  if (p.lang === "zh") {
    if (chars(text) > 12 || /[，。！？；、]/u.test(text)) return false;
    return ZH_KICKER_WORDS.some((w) => text === w || (text.endsWith(w) && chars(text) - chars(w) <= 8));
  }
  const words = text.replace(/[:|]\s*$/u, "");
  return EN_KICKER_WORDS.some((w) => words.toLowerCase() === w.toLowerCase());
}

function isCredit(p: Paragraph): boolean {
  const text = p.text.trim();
  if (p.lang === "zh") return chars(text) <= 40 && (ZH_CREDIT.test(text) || ZH_PHOTO_CREDIT_LINE.test(text));
  return chars(text) <= 80 && EN_PHOTO_CREDIT.test(text);
}

function isCaption(p: Paragraph): boolean {
  return isCaptionLine(p.text, p.lang);
}

/** A gap this wide inside a line of PDF text separates two columns. */
const COLUMN_GAP = /[ \u3000]{4,}/gu;

/**
 * Captions with their credit standing in one column of a multi-column line, as absolute ranges
 * (the caption's text, from the start of its column to its credit).
 */
function captionColumns(p: Paragraph): (readonly [number, number])[] {
  if (!p.text.includes("摄") && !p.text.includes("供图")) return [];
  const spans: (readonly [number, number])[] = [];
  let from = 0;
  const cut = (to: number) => {
    const column = p.text.slice(from, to);
    const lead = column.length - column.trimStart().length;
    const text = column.trim();
    if (text !== "" && text.length < p.text.trim().length && isCaptionLine(text, "zh"))
      spans.push([p.start + from + lead, p.start + from + lead + text.length]);
  };
  COLUMN_GAP.lastIndex = 0;
  for (let gap = COLUMN_GAP.exec(p.text); gap; gap = COLUMN_GAP.exec(p.text)) {
    cut(gap.index);
    from = gap.index + gap[0].length;
  }
  if (from > 0) cut(p.text.length);
  return spans;
}

/**
 * A line that is a photo caption closing on its credit (`…完工装船。特约记者 杜鹏辉 摄`). In a PDF
 * page's text the caption comes out as a line glued to the copy below it; the layout ends a
 * paragraph after it.
 */
export function isCaptionLine(text: string, lang: Lang): boolean {
  const line = text.trim();
  if (chars(line) > 160) return false;
  return lang === "zh" ? ZH_CAPTION.test(line) : EN_CAPTION.test(line);
}

function isReporterByline(p: Paragraph): boolean {
  const text = p.text.trim();
  if (chars(text) > 48) return false;
  return p.lang === "zh" ? ZH_REPORTER_BYLINE.test(text) : EN_REPORTER_BYLINE.test(text);
}

function isPageHeader(p: Paragraph): boolean {
  const text = p.text.trim();
  return chars(text) <= 60 && PAGE_HEADERS.some((re) => re.test(text));
}

/**
 * A folio, running head, masthead line or page footer: page furniture, not copy, so no rule
 * reads it as a sentence (`…国内统一连续出版物号CN 11-0138 … 自办发行` is not cut after `发行`).
 */
export function isPageFurnitureLine(p: Paragraph): boolean {
  return isPageHeader(p) || isPageFooter(p);
}

const SUBTITLE = /^(?:——|—|--)/u;

/** A line that can head a title block: a headline or a `——` subtitle (not a lead-in, not body). */
function isTitleLine(p: Paragraph): boolean {
  return p.role === "heading" && p.container !== "list-item";
}

/**
 * The page furniture of one story. The top of the story, before its first body paragraph, is
 * its own title block: a headline, deck, byline and dateline there are silent, and a kicker or an
 * art credit there too unless `header` is set.
 */
/** A picture story's caption (`图①：…`, `上图：…`): the credit line under it belongs to it. */
const ZH_CAPTION_OPENING = /^(?:[上下左右]?图[①-⑳\d一二三四五六七八九十]*|[①-⑳])[\s\u3000]*[：:]/u;

export interface FurnitureOptions {
  /**
   * Also report a kicker or art credit in the story's header, above its first body paragraph.
   * Off by default: there they come with the page the story was set on (the seed's
   * `高质量发展回眸` and `设计/杨倩`), and an editor strips them with the headline's deck, not
   * line by line. Furniture inside the body is always reported.
   */
  header?: boolean;
}

export function findFurniture(paragraphs: readonly Paragraph[], options: FurnitureOptions = {}): FurnitureFinding[] {
  const out: FurnitureFinding[] = [];
  // A photo caption is not the story's first paragraph, even when it reads as body copy.
  const firstBody = paragraphs.findIndex((p) => p.role === "body" && !isCaption(p));
  const bodyStart = firstBody < 0 ? paragraphs.length : firstBody;
  let lastBody = -1;
  for (let i = paragraphs.length - 1; i >= 0; i--)
    if (paragraphs[i]!.role === "body") {
      lastBody = i;
      break;
    }
  const taken = new Set<number>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.container === "table" || p.container === "quote") continue;
    // Jump lines, alone or closing a paragraph.
    const jump = p.lang === "zh" ? ZH_JUMP : EN_JUMP;
    jump.lastIndex = 0;
    let m: RegExpExecArray | null;
    let jumped = false;
    while ((m = jump.exec(p.text)) !== null) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      const rest = p.text.slice(0, m.index) + p.text.slice(m.index + m[0].length);
      if (REST_IS_EMPTY.test(rest)) out.push({ kind: "jump", first: i, last: i });
      else out.push({ kind: "jump", first: i, last: i, span: [start, end] });
      jumped = true;
    }
    if (jumped) {
      taken.add(i);
      continue;
    }
    // Link and button labels from a web page, inside copy or alone.
    let linked = false;
    if (p.lang === "zh") {
      for (const m of p.text.matchAll(ZH_BRACKETED)) {
        if (!ZH_WEB_BUTTONS.has(m[1]!)) continue;
        const start = p.start + m.index;
        const rest = p.text.slice(0, m.index) + p.text.slice(m.index + m[0].length);
        out.push({ kind: "link", first: i, last: i, ...(REST_IS_EMPTY.test(rest) ? {} : { span: [start, start + m[0].length] as const }) });
        linked = true;
      }
    } else if (EN_WEB_BUTTONS.has(p.text.trim())) {
      out.push({ kind: "link", first: i, last: i });
      linked = true;
    }
    if (linked) {
      taken.add(i);
      continue;
    }
    // A PDF page's columns read across: a caption with its credit in one column of the line
    // (`…模型发布会在集团总部召开。 本报记者 刘梦涛 摄            等深入查找政治偏差…`).
    const columnCaptions = p.lang === "zh" && !isCaption(p) ? captionColumns(p) : [];
    if (columnCaptions.length > 0) {
      for (const span of columnCaptions) out.push({ kind: "caption", first: i, last: i, span });
      taken.add(i);
      continue;
    }
    if (SIGN_OFF.test(p.text.trim()) && i > bodyStart) {
      // `REUTER` and `&#3;` on lines of their own are one sign-off.
      const previous = out[out.length - 1];
      if (previous?.kind === "sign-off" && previous.last === i - 1) previous.last = i;
      else out.push({ kind: "sign-off", first: i, last: i });
      taken.add(i);
    } else if (isPageHeader(p) || isPageFooter(p)) {
      out.push({ kind: "page-header", first: i, last: i });
      taken.add(i);
    } else if (
      isCredit(p) &&
      // Credits after the last body paragraph sign the page off (`版式设计：蔡华伟`), as `（完）` does.
      !(i > lastBody && lastBody >= 0) &&
      !(i > 0 && ZH_CAPTION_OPENING.test(paragraphs[i - 1]!.text.trim())) &&
      (options.header || i > bodyStart)
    ) {
      out.push({ kind: "credit", first: i, last: i });
      taken.add(i);
    } else if (isCaption(p) && (i > bodyStart || bodyStart < paragraphs.length)) {
      // Above the first body paragraph too: a picture's caption is not part of the story's header
      // as its kicker and art credit are. Copy that is nothing but captions is a picture story.
      out.push({ kind: "caption", first: i, last: i });
      taken.add(i);
    } else if (options.header && i < bodyStart && isKicker(p) && paragraphs.length > 2) {
      // Only over copy: a one-line document named `观察` is not a kicker over anything.
      out.push({ kind: "kicker", first: i, last: i });
      taken.add(i);
    } else if (i > bodyStart && isReporterByline(p) && !/(?:摄|供图)[）)]?$/u.test(p.text.trim())) {
      // A byline in mid-article: with the headline and subtitles right above it, a second title block.
      let first = i;
      while (first - 1 > bodyStart && !taken.has(first - 1) && isTitleLine(paragraphs[first - 1]!) && i - first < 4) first--;
      // A headline and byline alone is a signed piece of a package (rmrb-2023: several reports
      // on one page, each under its own headline). A `——` subtitle (a deck) belongs to a story's
      // own headline: that block is the story's title, misplaced.
      const heads = paragraphs.slice(first, i);
      if (heads.length > 0 && !heads.some((h) => SUBTITLE.test(h.text.trim()))) continue;
      out.push({ kind: first < i ? "title-block" : "byline", first, last: i });
      for (let k = first; k <= i; k++) taken.add(k);
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

export type { Lang };
