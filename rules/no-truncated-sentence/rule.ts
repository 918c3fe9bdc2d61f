import { codePointLength } from "../../src/text/language.js";
import { hasContent, spacedTokenCount } from "../../src/text/normalize.js";
import {
  charClass,
  countMarks,
  CLOSERS,
  CLOSING_BRACKETS,
  CLOSING_QUOTES,
  MIDDLE_DOTS,
  NON_OPENING,
  PAIRED_MARKS,
  SENTENCE_ENDS,
  SENTENCE_STOPS,
  ZH_CLAUSE_MARKS,
  ZH_STOPS
} from "../../src/text/punctuation.js";
import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { check, suggest } from "../../src/messages/catalogue.js";
import type { Evidence, Reason } from "../../src/messages/no-truncated-sentence.js";
import {
  classifyRole,
  countScripts,
  endsWithTerminal,
  getTextModel,
  reportFinding,
  resolveLocale,
  type CommonOptions,
  type Lang,
  type Paragraph,
  type Suggestion,
  type TextModel
} from "../../src/text/index.js";
import { zhWords } from "../../src/text/segment.js";
import { languageOfCounts } from "../../src/text/language.js";
import { lineEndBreaksRepair } from "../../src/text/wrap-breaks.js";
import { isCutCandidate } from "../../src/text/cut/features.js";
import { scoreCut, type CutScore } from "../../src/text/cut/detector.js";
import { teaserCut, type TeaserCut } from "../../src/text/teaser.js";
import { isPageFurnitureLine } from "../../src/text/furniture.js";
import { EN_DANGLING_WORDS } from "../../src/text/lexicon/en-dangling-words.js";
import { EN_FUNCTION_WORDS } from "../../src/text/lexicon/en-function-words.js";
import { ZH_CONNECTORS } from "../../src/text/lexicon/zh-connectors.js";
import { ZH_CUT_PROOF_WORDS } from "../../src/text/lexicon/zh-dangling-words.js";
import { opensNarrative, opensWithNewsDateline, opensWithSourceLine } from "../../src/text/openings.js";
import { ZH_NON_OPENING_WORDS } from "../../src/text/lexicon/zh-non-opening-words.js";
import { ZH_NUMBER_MAGNITUDES, ZH_NUMBER_UNITS } from "../../src/text/lexicon/zh-number-units.js";
import { ZH_REPORTING_VERBS } from "../../src/text/lexicon/zh-reporting-verbs.js";
import { ZH_SENTENCE_OPENERS } from "../../src/text/lexicon/zh-sentence-openers.js";

import { defaults, meta, type Options } from "./meta.js";
export type { Options };

type Settings = typeof defaults & CommonOptions;

// ---------------------------------------------------------------------------------------------
// Chinese evidence

const HAN = /\p{Script=Han}/u;
/** Punctuation that never opens a sentence: a paragraph that starts with one continues the last. */
const ZH_NON_OPENING = new RegExp(`^${charClass(NON_OPENING)}`, "u");
/** Sentence punctuation that may follow a closing quote or bracket: `…“最后一棒”` + `。`. */
const ZH_AFTER_CLOSER = new RegExp(`^${charClass(ZH_CLAUSE_MARKS, ZH_STOPS)}`, "u");
const ZH_CLOSER_END = new RegExp(`${charClass(CLOSING_QUOTES, CLOSING_BRACKETS)}$`, "u");
/** Characters that commonly open a sentence (`在海口国贸商圈工作的…`): after a heading they start the story. */
const ZH_SENTENCE_OPENER = new RegExp(`^[${[...ZH_SENTENCE_OPENERS].join("")}]`, "u");
const NUMBER_END = /[0-9０-９][0-9０-９.,．，]*$/u;
/** The unit after a number: a magnitude first (`5千米` reads as `5千`), then the longest unit (`日元` before `日`). */
const UNIT_START = new RegExp(`^(?:${[...ZH_NUMBER_MAGNITUDES, ...[...ZH_NUMBER_UNITS].sort((x, y) => y.length - x.length)].join("|")})`, "u");
/** A sentence end inside the paragraph: the copy around it is prose, not a headline. */
const ZH_SENTENCE_END = new RegExp(charClass(SENTENCE_STOPS), "u");
const ZH_CLAUSE_END = /[，、]$/u;
/** Shortest Chinese paragraph ending in a comma that counts as prose (verse lines and salutations are shorter). */
const ZH_MIN_COMMA_PROSE = 16;

// ---------------------------------------------------------------------------------------------
// English evidence

const EN_LINE_END_HYPHEN = /[A-Za-z]-$/u;
/** Lower-case opening word that is not a brand such as `iPod` or `eBay`. */
const EN_LOWER_START = /^[a-z][a-z'’]*(?![A-Z])/u;
const EN_NON_OPENING = /^[,.;:!?)\]](?!\.)/u;
const EN_OPENING_QUOTE = /^["“‘']/u;

// ---------------------------------------------------------------------------------------------

type Kind = Reason["kind"];

interface Continuation {
  kind: Kind;
  /** The joined word (`表彰`) or the opening token of the next paragraph. */
  detail: string;
  /** `quote`: the mark left open. */
  mark?: string;
  /** Certain enough for an automatic fix. */
  certain: boolean;
}

/** Page furniture between a cut and its rest: a PDF page break's folio or running head (`— 3 —`). */
interface Across {
  first: Paragraph;
  last: Paragraph;
}

interface Cut {
  a: Paragraph;
  b: Paragraph | undefined;
  /** The page furniture between `a` and `b`, when `b` is the paragraph after it. */
  across?: Across;
  continuation: Continuation | undefined;
  /** Ends mid-sentence beyond doubt even without a continuation. */
  unfinished: boolean;
  /** The detector's verdict when no strong signal decided (undefined: not asked or below minConfidence). */
  detected?: CutScore;
  /** Index of the paragraph in the model. */
  index: number;
  /** Long body copy in clauses with no full stop, past the title block (`longClauseProse`). */
  clauseProse: boolean;
}

const reporter: TextlintRuleReporter<Options> = (context, rawOptions = {}) => {
  const options: Settings = { ...defaults, ...rawOptions };
  const { Syntax } = context;
  return {
    [Syntax.Document](node) {
      const document = node as TxtParentNode;
      const model = getTextModel(document, { lang: options.lang ?? "auto" });
      checkParagraphCuts(context, document, model, options);
      if (options.checkLineBreaks) checkLineBreaks(context, document, model, options);
    }
  };
};

type Context = Parameters<TextlintRuleReporter<Options>>[0];

function checkParagraphCuts(context: Context, document: TxtParentNode, model: TextModel, options: Settings): void {
  const paragraphs = model.paragraphs;
  // The title block (headline, deck, subtitles) runs until the first body paragraph that is copy
  // beyond doubt, finished or cut: one that ends a sentence, or opens with a dateline or with a
  // sentence's time or source (`10月9日至12日，`, `近日，`: no headline opens so). Not a long
  // paragraph in clauses, nor one with full stops inside: a commentary's abstract under its
  // headline runs to several sentences and stops without one (rmrb-2023 0334, 0549, 0760).
  const firstBody = paragraphs.findIndex(
    (p) =>
      p.role === "body" &&
      (SENTENCE_FINISHED.test(p.text.slice(-8)) || (p.lang === "zh" && (opensWithNewsDateline(p.text) || opensNarrative(p.text))))
  );
  const titleBlockEnd = firstBody < 0 ? paragraphs.length : firstBody;
  const cuts: Cut[] = [];
  /** Fragment text → the first place where it is followed by its continuation. */
  const continuedAt = new Map<string, Cut>();
  // The paragraph the last automatic join ends in, as the fixed copy will have it: a chain of
  // cuts (`…指导工` + `：2023年` + `：…`) is judged as one joined paragraph, so that `--fix`
  // joins the whole chain at once and a second run finds nothing more to join.
  let joinedInto: Paragraph | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const a = joinedInto ?? paragraphs[i]!;
    joinedInto = undefined;
    // A teaser cut from the story and marked as cut (`…无法保障．．．［详细］`): reported as a cut teaser.
    if (a.lang === "zh" && a.container === "paragraph" && (a.role === "body" || a.role === "quotation" || a.role === "heading")) {
      const teaser = teaserCut(a.text);
      if (teaser) {
        reportTeaser(context, document, model, a, teaser, options);
        continue;
      }
    }
    // An English line the model takes for a heading is left to the detector alone (a first
    // paragraph cut after the headline reads like one: `…are desperately trying to stuff`).
    const candidate = isCandidate(a);
    // A dateline or byline whose bracket runs on below (`新华社…电  （记者毛磊、蒋国` + `鹏）当地时间…`):
    // only that signal, for a byline is no sentence.
    if (!candidate && a.lang === "zh" && a.role === "byline" && a.container === "paragraph") {
      const b = paragraphs[i + 1];
      const continuation = b && b.container === "paragraph" && plainGap(model.source, a, b, undefined) ? quoteSpansBreak(a.text, b.text) : undefined;
      if (b && continuation) {
        cuts.push({ a, b, continuation, unfinished: false, index: i, clauseProse: false });
        if (options.autoJoin) joinedInto = joined(a, b, model);
      }
      continue;
    }
    if (!candidate && !(a.lang === "en" && a.role === "heading" && a.container === "paragraph" && i > 0)) continue;
    // A PDF page break inside the sentence: the folio or running head between its halves is
    // passed over (`…量的合理` + `— 3 —` + `增长。`), and the rest is looked for after it.
    // Not in HTML, whose source has its markup blanked: moving copy there would drop the tags.
    const across = model.format === "html" ? undefined : furnitureAfter(paragraphs, i);
    const b = paragraphs[across ? across.last.index + 1 : i + 1];
    // English lines that follow each other with neither a blank line nor an indent are most
    // likely hard-wrapped copy the layout check missed (OCR, tables): a line is not a paragraph.
    if (a.lang === "en" && b && !b.blankBefore && !indented(model.source, b.start)) continue;
    // A row label of a space-aligned table (`Seed, Feed and` + `  Residual    103    93`).
    if (b && SPACE_ALIGNED.test(b.text)) continue;
    const inTitleBlock = i < titleBlockEnd;
    const next = b && isContinuationCandidate(b) ? b : undefined;
    const continuation = candidate && next ? findContinuation(a, next, model.source, inTitleBlock, across) : undefined;
    const quoteFollows = a.lang === "en" && b !== undefined && EN_OPENING_QUOTE.test(b.text);
    const unfinished = candidate && !inTitleBlock && !quoteFollows && (clearlyUnfinished(a) || runsIntoLeadIn(a, b));
    const clauseProse = candidate && !inTitleBlock && !quoteFollows && longClauseProse(a);
    const cut: Cut = { a, b: next, ...(across && next ? { across } : {}), continuation, unfinished, index: i, clauseProse };
    // An English paragraph that ends on a comma or colon before a quotation introduces it
    // (`…sees room for some optimism,` + `"The…`).
    const introducesQuote = quoteFollows && /[,:]$/u.test(a.text.trimEnd());
    if (!continuation && !introducesQuote && options.minConfidence < 1) cut.detected = detect(a, b, i, paragraphs.length, options);
    cuts.push(cut);
    if (next && !across && continuation?.certain && options.autoJoin) joinedInto = joined(a, next, model);
    if (continuation && !continuedAt.has(a.text)) continuedAt.set(a.text, cut);
  }
  const prefixes = prefixIndex(paragraphs);
  for (const cut of cuts) {
    if (cut.continuation) {
      reportJoin(context, document, model, cut, options);
      continue;
    }
    if (cut.detected && cut.b && !cut.unfinished && cut.detected.continues >= 0.5 && !endsWithTerminal(cut.a.text, cut.a.lang)) {
      reportDetectedJoin(context, document, model, cut, cut.detected, options);
      continue;
    }
    if (!options.reportLost || endsWithTerminal(cut.a.text, cut.a.lang)) continue;
    const joined = continuedAt.get(cut.a.text);
    const elsewhere = joined ? ([joined.a, joined.b ?? joined.a] as const) : completedElsewhere(cut.a, prefixes);
    // Unfinished beyond doubt, and the detector reads the next paragraph as its rest: joining is offered too.
    // The next paragraph may still hold the rest (the detector's follows-or-lost call is the
    // weaker one): joining is offered as the second suggestion.
    const maybeNext = !elsewhere && cut.b && plainGap(model.source, cut.a, cut.b, cut.across) ? cut.b : undefined;
    const far = !elsewhere && (cut.unfinished || cut.detected || cut.clauseProse) ? farRest(cut, paragraphs) : undefined;
    if (cut.unfinished || elsewhere) {
      // The detector's follows-or-lost call, asked here too when its cut score stayed below minConfidence.
      const continues = maybeNext ? (cut.detected ?? scoreOf(cut.a, maybeNext, cut.index, paragraphs.length)).continues : 0;
      // A lead-in's short rest after the paragraph is its other half: the join is offered too.
      const joinToo = maybeNext && (continues >= STRONG_LOST_JOIN || runsIntoLeadIn(cut.a, maybeNext)) ? maybeNext : undefined;
      reportLost(context, document, model, cut.a, elsewhere, options, undefined, joinToo, far, cut.across);
    } else if (cut.detected) reportLost(context, document, model, cut.a, undefined, options, cut.detected, maybeNext, far, cut.across);
    else if (cut.clauseProse) reportLost(context, document, model, cut.a, undefined, options, undefined, maybeNext, far, cut.across);
  }
}

/**
 * A paragraph unfinished beyond doubt is reported as lost; joining is offered too only when the
 * detector is this sure that the next paragraph holds its rest (an unrelated dated item after
 * `…贯彻习近平总书记` scores 0.36; on the eval's between-words cuts 0.4 offers the join for 89 %
 * of those whose rest does follow).
 */
const STRONG_LOST_JOIN = 0.4;

/** At most this many furniture paragraphs between the halves of a sentence (a folio and a running head). */
const MAX_FURNITURE_BETWEEN = 3;

/** The page furniture right after paragraph `i`, up to the next paragraph of copy; undefined when none or nothing follows it. */
function furnitureAfter(paragraphs: readonly Paragraph[], i: number): Across | undefined {
  let k = i + 1;
  while (k < paragraphs.length && k <= i + MAX_FURNITURE_BETWEEN && paragraphs[k]!.container === "paragraph" && isPageFurnitureLine(paragraphs[k]!))
    k++;
  if (k === i + 1 || k >= paragraphs.length || isPageFurnitureLine(paragraphs[k]!)) return undefined;
  return { first: paragraphs[i + 1]!, last: paragraphs[k - 1]! };
}

/** Only white space between `a` and `b`, or around the page furniture between them. */
function plainGap(source: string, a: Paragraph, b: Paragraph, across: Across | undefined): boolean {
  if (!across) return /^\s+$/u.test(source.slice(a.end, b.start));
  return /^\s+$/u.test(source.slice(a.end, across.first.start)) && /^\s+$/u.test(source.slice(across.last.end, b.start));
}

/**
 * The edit that joins `b` to the end of `a` (from `start`, with `glue` between): the break goes;
 * across page furniture, `b` moves up to the cut and the furniture stays, after it, for
 * no-page-furniture to remove (a fix never deletes copy it did not flag).
 */
function joinEdit(
  source: string,
  a: Paragraph,
  b: Paragraph,
  across: Across | undefined,
  start: number,
  glue: string
): { range: readonly [number, number]; text: string } {
  if (!across) return { range: [start, b.start], text: glue };
  return { range: [start, b.end], text: glue + source.slice(b.start, b.end) + source.slice(a.end, across.last.end) };
}

/** A finished sentence: a full stop, question or exclamation mark, maybe inside closing quotes. */
/** A broken ellipsis (`⋯`, `···`) finishes one too, so fixing it to `……` changes nothing here. */
const SENTENCE_FINISHED = new RegExp(`(?:${charClass(SENTENCE_ENDS)}|${charClass(MIDDLE_DOTS)}{3})${charClass(CLOSERS)}*\\s*$`, "u");

/** Shortest fragment looked up among the other paragraphs, and the length of the lookup key. */
const PREFIX_KEY = 12;
/** At most this many paragraphs sharing a key are compared (keeps pathological input linear). */
const PREFIX_BUCKET_MAX = 32;

function prefixIndex(paragraphs: readonly Paragraph[]): Map<string, Paragraph[]> {
  const index = new Map<string, Paragraph[]>();
  for (const p of paragraphs) {
    if (p.text.length < PREFIX_KEY) continue;
    const key = p.text.slice(0, PREFIX_KEY);
    const bucket = index.get(key);
    if (!bucket) index.set(key, [p]);
    else if (bucket.length < PREFIX_BUCKET_MAX) bucket.push(p);
  }
  return index;
}

/** Another paragraph that starts with the whole fragment and goes on: a complete copy of it. */
function completedElsewhere(a: Paragraph, index: ReadonlyMap<string, Paragraph[]>): readonly [Paragraph, Paragraph] | undefined {
  if (a.text.length < PREFIX_KEY) return undefined;
  for (const p of index.get(a.text.slice(0, PREFIX_KEY)) ?? []) {
    if (p === a || p.text.length <= a.text.length + 1 || !p.text.startsWith(a.text)) continue;
    const rest = p.text.slice(a.text.length, a.text.length + 12);
    const tail = a.text.slice(-12);
    // Only evidence that the cut split something: an excerpt followed by `。` is a whole clause.
    const continues =
      a.lang === "zh"
        ? straddlingWord(tail, rest, a.role === "heading") !== undefined || (NUMBER_END.test(tail) && UNIT_START.test(rest))
        : enDangling(a.text) !== undefined && EN_LOWER_START.test(rest.trimStart());
    if (continues) return [p, p];
  }
  return undefined;
}

/** Columns aligned with runs of spaces: a plain-text table row. */
const SPACE_ALIGNED = /\S {3,}\S/u;

/** The paragraph starts on a line indented by two spaces or more (wire copy's paragraph mark). */
function indented(source: string, start: number): boolean {
  let i = start;
  while (i > 0 && (source[i - 1] === " " || source[i - 1] === "\t" || source[i - 1] === "\u3000")) i--;
  return start - i >= 2 && (i === 0 || source[i - 1] === "\n");
}

/** `a` and `b` as one paragraph, as the model will see it once the join is fixed. */
function joined(a: Paragraph, b: Paragraph, model: TextModel): Paragraph {
  const text = a.text + " ".repeat(b.start - a.end) + b.text;
  const lang = languageOfCounts(countScripts(text), model.lang);
  return {
    ...b,
    index: a.index,
    start: a.start,
    text,
    line: a.line,
    lang,
    role: classifyRole({ text, lang, container: a.container, indexInDocument: a.index }),
    container: a.container,
    blankBefore: a.blankBefore,
    breaks: [...a.breaks, ...b.breaks]
  };
}

/**
 * Asks the learned detector about the end of `a` (and the start of `b`): its score when its
 * confidence reaches `minConfidence`. Only the bounded windows the features read are segmented.
 */
function detect(a: Paragraph, b: Paragraph | undefined, index: number, count: number, options: Settings): CutScore | undefined {
  if (a.container !== "paragraph" || !isCutCandidate(a.text, a.role, a.lang)) return undefined;
  // The first line of a piece that reads like a headline (short, no sentence inside) is one.
  if (index === 0 && a.lang === "en" && looksLikeHeadline(a)) return undefined;
  // `……。来源：搜狐社区`, `……。［详细］`: a label or a link after the last sentence, not a sentence.
  if (a.lang === "zh") {
    const lastEnd = lastIndexOfSentenceEnd(a.text);
    if (lastEnd >= 0 && ZH_TRAILER.test(a.text.slice(lastEnd + 1))) return undefined;
  }
  const next = b && b.container === "paragraph" ? b : undefined;
  const score = scoreCut({ a: a.text, aRole: a.role, b: next?.text, bRole: next?.role, lang: a.lang, index, count });
  return score.confidence >= options.minConfidence ? score : undefined;
}

const EN_HEADLINE_MAX_WORDS = 8;

/** How far ahead the rest of a cut is looked for (a PDF jump, a column read out of order), and how sure the detector must be. */
const FAR_REST_WINDOW = 8;
const FAR_REST_CONTINUES = 0.9;

interface FarRest {
  /** The paragraph that holds the rest, and the one before it. */
  t: Paragraph;
  prev: Paragraph;
}

/**
 * A paragraph a few paragraphs on that holds the rest of a cut whose next paragraph does not:
 * it continues the cut by a strong signal (a split word, an opening particle or punctuation, an
 * English lower-case start), or the detector reads it as the rest with `FAR_REST_CONTINUES`
 * and more sure than it reads the next paragraph. Bounded: at most `FAR_REST_WINDOW` paragraphs.
 */
function farRest(cut: Cut, paragraphs: readonly Paragraph[]): FarRest | undefined {
  const { a } = cut;
  const tail = a.text.slice(-12);
  let best: FarRest | undefined;
  let bestScore = Math.max(FAR_REST_CONTINUES, cut.detected?.continues ?? 0);
  for (let k = cut.index + 2; k <= cut.index + 1 + FAR_REST_WINDOW && k < paragraphs.length; k++) {
    const t = paragraphs[k]!;
    if (t.container !== "paragraph" || (t.role !== "body" && t.role !== "quotation") || t.lang !== a.lang) continue;
    const prev = paragraphs[k - 1]!;
    if (a.lang === "en") {
      if (EN_LOWER_START.test(t.text)) return { t, prev };
      continue;
    }
    const strong = zhContinuation(tail, t.text.slice(0, 12), true, t, false);
    if (strong && strong.kind !== "connector" && strong.kind !== "figure") return { t, prev };
    const score = scoreCut({ a: a.text, aRole: a.role, b: t.text, bRole: t.role, lang: a.lang, index: cut.index, count: paragraphs.length });
    if (score.continues > bestScore) {
      bestScore = score.continues;
      best = { t, prev };
    }
  }
  return best;
}

/** Headline length (32 characters; 8 words, as BBC headlines run) and no sentence end inside. */
function looksLikeHeadline(p: Paragraph): boolean {
  const text = p.text.trim();
  if (p.lang === "zh") return codePointLength(text) <= 32 && !ZH_SENTENCE_END.test(text.slice(0, -1));
  return spacedTokenCount(text) <= EN_HEADLINE_MAX_WORDS && !/[.!?]["”’')]?\s/u.test(text);
}

function scoreOf(a: Paragraph, b: Paragraph, index: number, count: number): CutScore {
  return scoreCut({ a: a.text, aRole: a.role, b: b.text, bRole: b.role, lang: a.lang, index, count });
}

/**
 * A paragraph of copy that does not end like a finished sentence. A short unpunctuated piece
 * looks like a heading to the model (`着力建设堪当振兴发展重任`): in Chinese it is still checked,
 * and only the strong evidence of the next paragraph (a split word, an opening particle or
 * punctuation, a number cut from its unit) reports it.
 */
function isCandidate(p: Paragraph): boolean {
  if (p.container !== "paragraph") return false;
  const copy = p.role === "body" || p.role === "quotation" || (p.lang === "zh" && p.role === "heading");
  // A paragraph without a letter or digit (a run of commas or quote marks) is no sentence to cut.
  if (!copy || isPageFurnitureLine(p) || !hasContent(p.text)) return false;
  return !endsWithTerminal(p.text, p.lang) || (p.lang === "zh" && ZH_CLOSER_END.test(p.text));
}

function isContinuationCandidate(p: Paragraph): boolean {
  if (p.container !== "paragraph") return false;
  return p.role === "body" || p.role === "quotation" || p.role === "lead-in" || p.role === "heading";
}

function findContinuation(a: Paragraph, b: Paragraph, source: string, inTitleBlock: boolean, across?: Across): Continuation | undefined {
  if (!plainGap(source, a, b, across)) return undefined; // markup between the two: not a plain cut
  const terminal = endsWithTerminal(a.text, a.lang);
  if (a.lang === "zh") {
    const tail = a.text.slice(-12);
    const head = b.text.slice(0, 12);
    if (terminal) {
      // Only a closing quote or bracket: `…“最后一棒”` + `。` is one sentence.
      const m = ZH_AFTER_CLOSER.exec(head);
      return m ? { kind: "punct", detail: m[0], certain: true } : undefined;
    }
    if (a.role === "heading") {
      // A quotation opened and left open runs on below, in the title block too: no headline does that.
      const quote = quoteSpansBreak(a.text, b.text);
      if (quote) return quote;
      // Looks like a heading: only the strongest evidence, and never in the title block. A next
      // paragraph that opens with a particle (`了`, `的`) opens no sentence, under a heading either.
      if (inTitleBlock || opensWithSourceLine(head) || ZH_SENTENCE_OPENER.test(head)) return undefined;
      return zhContinuation(tail, head, false, b, true);
    }
    return (
      zhContinuation(tail, head, a.role === "body" && !inTitleBlock && (isZhProse(a) || endsOnZhFunctionWord(a)), b, false) ??
      quoteSpansBreak(a.text, b.text)
    );
  }
  if (terminal) return undefined;
  return enContinuation(a, b);
}

const BROKEN_ELLIPSIS_START = /^(?:。{3,}|[.．]{3,}|[·・･]{3,})/u;

/** How far into the next paragraph its closing mark is looked for. */
const QUOTE_CLOSE_WINDOW = 80;

/** The paired marks of Chinese copy (quotation marks, brackets, title marks): the full-width and curly ones. */
const ZH_PAIRED_MARKS = PAIRED_MARKS.filter(([open]) => open.charCodeAt(0) > 0x7f);

/**
 * A quotation, bracket or title mark left open at the end of an unfinished paragraph and closed
 * in the next one, which opens none before it: `“地区各国人民` + `过上好日子，是我们矢志以求的共同目标。”…`,
 * `已列入《国家畜禽遗传资源` + `目录》且…`, `（记者毛磊、蒋国` + `鹏）当地时间…`. A quotation that runs
 * over several paragraphs reopens each one with `“` (GB/T 15834 §4.1.3.3), and none of the 18,876
 * paragraphs of the clean Chinese corpus ends unfinished with a mark open before one that closes
 * it first. The marks are counted in the paragraph (linear) and looked for in a bounded head.
 */
function quoteSpansBreak(a: string, b: string): Continuation | undefined {
  const head = b.slice(0, QUOTE_CLOSE_WINDOW);
  for (const [open, close] of ZH_PAIRED_MARKS) {
    const closeAt = head.indexOf(close);
    if (closeAt < 0) continue;
    const openAt = head.indexOf(open);
    if ((openAt >= 0 && openAt < closeAt) || countMarks(a, open) <= countMarks(a, close)) continue;
    return { kind: "quote", detail: Array.from(head.slice(Math.max(0, closeAt - 5), closeAt)).join(""), mark: open, certain: true };
  }
  return undefined;
}

function zhContinuation(tail: string, head: string, prose: boolean, b: Paragraph | undefined, strict: boolean): Continuation | undefined {
  const punct = ZH_NON_OPENING.exec(head);
  // `。。。。。。` opening a paragraph is a broken ellipsis (no-ellipsis-filler's), not the end of a sentence.
  if (punct && !BROKEN_ELLIPSIS_START.test(head)) return { kind: "punct", detail: punct[0], certain: true };
  if (NUMBER_END.test(tail)) {
    const unit = UNIT_START.exec(head);
    if (unit) return { kind: "number", detail: unit[0], certain: true };
  }
  const word = straddlingWord(tail, head, strict);
  if (word) return { kind: "word", detail: word, certain: true };
  // `缩短至` + `20分钟以内`: a preposition or approximation left waiting for its figure.
  const figure = FIGURE_START.exec(head);
  if (figure && prose) {
    const tailWords = zhWords(tail, 0);
    const lastWord = tailWords[tailWords.length - 1];
    if (lastWord?.wordLike && lastWord.end === tail.length && ZH_CUT_PROOF_WORDS.has(lastWord.text)) {
      return { kind: "figure", detail: lastWord.text, certain: true };
    }
  }
  if (!HAN.test(head.charAt(0))) return undefined;
  const first = zhWords(head, 0)[0]?.text ?? "";
  if (b && b.role !== "heading" && ZH_NON_OPENING_WORDS.has(first) && HAN.test(tail.slice(-1))) {
    return { kind: "particle", detail: first, certain: true };
  }
  if (prose && b && (b.role === "body" || b.role === "lead-in") && ZH_CONNECTORS.has(first) && HAN.test(tail.slice(-1))) {
    return { kind: "connector", detail: first, certain: true };
  }
  return undefined;
}

/**
 * The word that the cut splits, found by segmenting the end of one piece and the start of the
 * next together (research note zh.md §3.5): `作为成` + `为新时代` → `成为`. It counts only when
 * joining leaves fewer lone characters than segmenting each piece alone, so that a whole word
 * is not pulled apart to make another (`人工智能` + `力的` is not `能力`).
 */
export function straddlingWord(tail: string, head: string, strict = false): string | undefined {
  const left = tail.trimEnd();
  const right = head.trimStart();
  if (!HAN.test(left.slice(-1)) || !HAN.test(right.charAt(0))) return undefined;
  const joined = left + right;
  const join = left.length;
  const together = zhWords(joined, 0);
  const token = together.find((t) => t.start < join && t.end > join);
  if (!token || !token.wordLike) return undefined;
  const leftAlone = zhWords(left, 0);
  const rightAlone = zhWords(right, 0);
  if (strict) {
    // Both halves are left as lone characters when each piece is segmented alone.
    const leftPart = joined.slice(token.start, join);
    const rightPart = joined.slice(join, token.end);
    const orphans = leftAlone[leftAlone.length - 1]?.text === leftPart && rightAlone[0]?.text === rightPart;
    if (!orphans || leftPart.length !== 1 || rightPart.length !== 1) return undefined;
  }
  const apart = loneCharacters(leftAlone) + loneCharacters(rightAlone);
  return loneCharacters(together) < apart ? token.text : undefined;
}

function loneCharacters(tokens: readonly { text: string }[]): number {
  let count = 0;
  for (const t of tokens) if (t.text.length === 1 && HAN.test(t.text)) count++;
  return count;
}

/** Long copy whose last sentence is unfinished: sentences before it, or a trailing comma. */
function isZhProse(p: Paragraph): boolean {
  const text = p.text;
  if (ZH_CLAUSE_END.test(text) && codePointLength(text) >= ZH_MIN_COMMA_PROSE) return true;

  const lastEnd = lastIndexOfSentenceEnd(text);
  if (lastEnd < 0 || text.length - lastEnd <= 3) return false;
  // `……。来源：搜狐社区`, `……。［详细］`: a label or a link after the last sentence, not a sentence.
  return !ZH_TRAILER.test(text.slice(lastEnd + 1));
}

const ZH_TRAILER = /[：:]|[］\]】]$/u;

/** Shortest Chinese copy in clauses, with no full stop, that is prose and not a headline (rmrb subheads run to about 35). */
const ZH_MIN_CLAUSE_PROSE = 44;

/**
 * Long copy in clauses with no full stop yet (`习近平强调，各级党委（党组）要加强组织领导、强化统筹协调，…；各级网信部门`):
 * longer than any headline or subhead, so its one sentence is unfinished. Asked after the detector.
 */
function longClauseProse(p: Paragraph): boolean {
  const text = p.text;
  return p.lang === "zh" && p.role === "body" && HAN.test(text.slice(-1)) && codePointLength(text) >= ZH_MIN_CLAUSE_PROSE && clauseMarks(text) >= 2;
}

/** The marks between the clauses of Chinese prose (not `：`, which may end a lead-in). */
const clauseMarks = (text: string) => countMarks(text, "，；、");

function lastIndexOfSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (ZH_SENTENCE_END.test(text[i]!)) return i;
  return -1;
}

function enContinuation(a: Paragraph, b: Paragraph): Continuation | undefined {
  const head = b.text.slice(0, 40);
  const tail = a.text.slice(-40);
  // A running quotation (AP), or a quote introduced by a comma: `…sees room for some optimism,` + `"The…`.
  if (EN_OPENING_QUOTE.test(head)) return undefined;
  // Web copy loses linked names at such cuts (`…for Britain when` + `edged out…`): joining is
  // offered, not done, so the editor checks that nothing is missing.
  const punct = EN_NON_OPENING.exec(head);
  if (punct) return { kind: "punct", detail: punct[0], certain: false };
  const lower = EN_LOWER_START.exec(head);
  if (!lower) return undefined;
  if (EN_LINE_END_HYPHEN.test(tail)) return { kind: "hyphen", detail: lower[0], certain: true };
  return { kind: "lowercase", detail: lower[0], certain: false };
}

/** Ends mid-sentence beyond doubt, with or without a continuation. */
/** `本报北京6月30日电`, `新华社联合国7月11日电`, `据新华社布鲁塞尔电`: a news dateline and the copy after it. */
/** Shorter than any lead-in that opens its own sentence (`统帅心系人民，部队听令景从。驰援灾区，刻不容缓——`). */
const ZH_LEAD_IN_TAIL_MAX_CHARS = 16;

/**
 * Chinese copy left without its end right before the short rest of a lead-in (`…给出了这样的深刻`
 * + `阐释：`): a lead-in that short is the tail of a sentence cut in two, not one of its own (a
 * subhead before a lead-in is followed by a whole sentence).
 */
function runsIntoLeadIn(a: Paragraph, b: Paragraph | undefined): boolean {
  return a.lang === "zh" && a.role === "body" && b?.role === "lead-in" && codePointLength(b.text.trim()) <= ZH_LEAD_IN_TAIL_MAX_CHARS;
}

function clearlyUnfinished(p: Paragraph): boolean {
  if (p.role !== "body") return false;
  if (p.lang === "zh")
    return (
      !endsWithTerminal(p.text, "zh") &&
      // A dateline opens the story's first sentence (`本报北京6月30日电  （记者…）全国总工会近日印`): it never stops short of a full stop.
      (isZhProse(p) || endsOnZhFunctionWord(p) || opensReportedSpeech(p.text) || opensWithNewsDateline(p.text) || opensNarrative(p.text))
    );
  return enDangling(p.text) !== undefined || enProseCut(p.text);
}

/** A sentence end inside English copy: `.`, `!` or `?`, maybe closing quotes or brackets, then the next sentence's capital. */
const EN_SENTENCE_BREAK = /[.!?]["'”’)\]]*\s+(?=["“‘(]?[A-Z])/gu;
/** Words a last sentence runs to before it can be told from a label (`Photo: Reuters`, `Read more`). */
const EN_MIN_LAST_SENTENCE_WORDS = 4;

/**
 * English prose whose last sentence has no end: sentences before it end as sentences do, and the
 * last runs on for several words and stops (`…a net growth in jobs`). A headline, a fact-box line
 * (`Halo 2 is out on 9 November in the UK`) or a credit is one sentence and is left to the
 * detector; a trailer after the last sentence (`Source: …`) is not a sentence.
 */
function enProseCut(text: string): boolean {
  const trimmed = text.trimEnd();
  if (endsWithTerminal(trimmed, "en")) return false;
  let lastBreak = -1;
  for (const m of trimmed.matchAll(EN_SENTENCE_BREAK)) lastBreak = m.index + m[0].length;
  if (lastBreak < 0) return false;
  const last = trimmed.slice(lastBreak);
  if (/:/u.test(last)) return false;
  return spacedTokenCount(last) >= EN_MIN_LAST_SENTENCE_WORDS;
}

/**
 * The last sentence opens reported speech (`国铁集团有关负责人表示，接下来将积极探索`): what was
 * said must end the sentence, so stopping without a full stop is a cut. Reads at most the last
 * 200 characters.
 */
function opensReportedSpeech(text: string): boolean {
  if (!HAN.test(text.slice(-1))) return false;
  const tail = text.slice(-200);
  const lastEnd = lastIndexOfSentenceEnd(tail);
  const sentence = tail.slice(lastEnd + 1);
  const comma = sentence.indexOf("，");
  if (comma < 2 || comma > 30 || sentence.length - comma < 6) return false;
  const head = sentence.slice(0, comma);
  return ZH_REPORTING_VERBS.some((v) => head.endsWith(v));
}

function endsOnZhFunctionWord(p: Paragraph): boolean {
  const words = p.wordsIn(p.end - 1, p.end);
  const last = words[words.length - 1];
  return last !== undefined && last.wordLike && last.end === p.end && ZH_CUT_PROOF_WORDS.has(last.text);
}

/** A figure opening the next paragraph (`20分钟以内`, `三成`). */
const FIGURE_START = /^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二三四五六七八九十百千万两]+)/u;

/** The ending that leaves an English paragraph hanging: a function word, a comma or a hyphen. */
function enDangling(text: string): string | undefined {
  const tail = text.slice(-60).trimEnd();
  if (endsWithTerminal(tail, "en")) return undefined;
  if (tail.endsWith(",")) return ",";
  if (EN_LINE_END_HYPHEN.test(tail)) return "-";
  const last = /(\S+)$/u.exec(tail)?.[1] ?? "";
  return EN_FUNCTION_WORDS.has(last.toLowerCase()) ? last : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reports

function reportJoin(context: Context, document: TxtParentNode, model: TextModel, cut: Cut, options: Settings): void {
  const { a, b, continuation } = cut;
  if (!b || !continuation) return;
  const locale = resolveLocale(options.locale, a.lang);
  const zh = a.lang === "zh";
  const hyphen = continuation.kind === "hyphen";
  const fixStart = hyphen ? a.end - 1 : a.end;
  const replacement = zh || hyphen || continuation.kind === "punct" ? "" : " ";
  const left = zh ? tailChars(a.text, 6) : tailWords(hyphen ? a.text.slice(0, -1) : a.text, 4);
  const right = zh ? headChars(b.text, 6) : headWords(b.text, 4);
  const shownLeft = hyphen ? `${left}-` : left;
  const start = a.end - lastPieceLength(a.text, zh);
  // Across page furniture the join moves the rest up: the finding covers what the fix rewrites.
  const end = cut.across ? b.end : b.start + firstPieceLength(b.text, zh);
  const reason = { kind: continuation.kind, detail: continuation.detail, ...(continuation.mark ? { mark: continuation.mark } : {}) };
  const source = model.source;
  const join = joinEdit(source, a, b, cut.across, fixStart, replacement);
  const suggestion: Suggestion = { ...suggest(meta, "join-paragraphs", locale), ...join };
  const suggestions: Suggestion[] = [suggestion];
  if (hyphen) {
    // `high-` + `speed`: a compound keeps its hyphen (a line-end hyphen in print does not).
    suggestions.push({ ...suggest(meta, "join-keep-hyphen", locale), ...joinEdit(source, a, b, cut.across, a.end, "") });
  } else if (!zh && continuation.kind === "lowercase") {
    const more = joinWordSuggestion(a, b, locale, source, cut.across);
    if (more) suggestions.push(more);
  }
  const across = cut.across ? { across: cut.across.first.text } : {};
  reportFinding(context, document, {
    ...check(meta, "continued-below", locale, {
      by: "signal",
      reason,
      certain: continuation.certain,
      shownLeft,
      left,
      right,
      replacement,
      ...across
    }),
    start,
    end,
    ...(continuation.certain && options.autoJoin ? { fix: join } : {}),
    suggestions
  });
}

/**
 * A cut the detector found, with the next paragraph likely holding its rest: the join is offered,
 * never done (the detector is not certain), and the message names the evidence it weighed most.
 */
function reportDetectedJoin(context: Context, document: TxtParentNode, model: TextModel, cut: Cut, score: CutScore, options: Settings): void {
  const { a, b } = cut;
  if (!b) return;
  const locale = resolveLocale(options.locale, a.lang);
  const zh = a.lang === "zh";
  const left = zh ? tailChars(a.text, 6) : tailWords(a.text, 4);
  const right = zh ? headChars(b.text, 6) : headWords(b.text, 4);
  const evidence = evidenceOf(score, a.text, b.text, a.lang, true);
  const source = model.source;
  const suggestions: Suggestion[] = [{ ...suggest(meta, "join-paragraphs", locale), ...joinEdit(source, a, b, cut.across, a.end, zh ? "" : " ") }];
  const more = zh ? undefined : joinWordSuggestion(a, b, locale, source, cut.across);
  if (more) suggestions.push(more);
  const across = cut.across ? { across: cut.across.first.text } : {};
  reportFinding(context, document, {
    ...check(meta, "continued-below", locale, { by: "detector", evidence, left, right, ...across }),
    start: a.end - lastPieceLength(a.text, zh),
    end: cut.across ? b.end : b.start + firstPieceLength(b.text, zh),
    suggestions
  });
}

const EN_WORD_END = /[A-Za-z]+$/u;

/** `…the establish` + `ment of…`: an English word split at the cut joins without the space. */
function joinWordSuggestion(a: Paragraph, b: Paragraph, locale: Lang, source: string, across: Across | undefined): Suggestion | undefined {
  const last = EN_WORD_END.exec(a.text.slice(-40))?.[0];
  const first = EN_LOWER_START.exec(b.text)?.[0];
  if (!last || !first || EN_DANGLING_WORDS.has(last.toLowerCase()) || EN_DANGLING_WORDS.has(first.toLowerCase())) return undefined;
  return {
    ...suggest(meta, "join-word", locale, { last, first }),
    ...joinEdit(source, a, b, across, a.end, "")
  };
}

/**
 * The evidence behind a detector verdict, in words: the features that raised the cut score
 * most, as far as they can be said (the last word, what the next paragraph opens with, an open
 * quote), at most two; a plain "no sentence end" when none can.
 */
function evidenceOf(score: CutScore, a: string, b: string | undefined, lang: Lang, follows: boolean): Evidence[] {
  const said: Evidence[] = [];
  const seen = new Set<string>();
  const add = (key: string, e: Evidence) => {
    if (seen.has(key) || said.length >= 2) return;
    seen.add(key);
    said.push(e);
  };
  const tail = a.trimEnd();
  for (const f of score.evidence.slice(0, 8)) {
    const colon = f.indexOf(":");
    const name = colon < 0 ? f : f.slice(0, colon);
    const value = colon < 0 ? "" : f.slice(colon + 1);
    if ((name === "fw" || name === "fc") && b !== undefined && follows && value !== "") {
      add("next", { id: "next-opens-with", word: value });
    } else if ((name === "b-lower" || (name === "first" && value === "lower")) && b !== undefined && follows) {
      const w = EN_LOWER_START.exec(b.trimStart())?.[0] ?? "";
      add("next", { id: "next-lower", word: w });
    } else if (name === "lw" && value !== "" && tail.endsWith(value)) {
      add("last", { id: "ends-on", chars: value, word: value });
    } else if (name === "lw-dangling" || name === "lw-function" || name === "lw2" || name === "lwcase" || name === "lw-single") {
      const w = lang === "zh" ? Array.from(tail).slice(-2).join("") : (/\S+$/u.exec(tail)?.[0] ?? "");
      add("last", { id: "ends-on", chars: w, word: w });
    } else if (name === "quote-open-at-end" || name === "quote-odd" || name === "open-quote-unclosed") {
      add("quote", { id: "quote-open" });
    } else if (name === "paren-open-at-end") {
      add("paren", { id: "paren-open" });
    } else if (name === "last" && value === "comma") {
      add("last", { id: "ends-on-comma" });
    } else if (name === "ends-number" || name === "ends-hyphen") {
      add("last", { id: "ends-on", chars: Array.from(tail).slice(-3).join(""), word: /\S+$/u.exec(tail)?.[0] ?? "" });
    }
  }
  if (said.length === 0) add("none", { id: "no-sentence-end" });
  return said;
}

function reportLost(
  context: Context,
  document: TxtParentNode,
  model: TextModel,
  a: Paragraph,
  elsewhere: readonly [Paragraph, Paragraph] | undefined,
  options: Settings,
  detected?: CutScore,
  maybeNext?: Paragraph,
  far?: FarRest,
  across?: Across
): void {
  const locale = resolveLocale(options.locale, a.lang);
  const zh = a.lang === "zh";
  const cutOff = {
    text: a.text,
    ...(detected ? { evidence: evidenceOf(detected, a.text, undefined, a.lang, false) } : {}),
    ...(elsewhere ? { elsewhere: { first: elsewhere[0].line, last: elsewhere[1].endLine } } : {}),
    joinOffered: maybeNext !== undefined,
    ...(far ? { farLine: far.t.line } : {})
  };
  // The unfinished sentence: from the last sentence end (or the paragraph start) to the cut.
  const lastEnd = zh ? lastIndexOfSentenceEnd(a.text) : enLastSentenceEnd(a.text);
  const fragmentStart = lastEnd >= 0 ? a.start + lastEnd + 1 : a.start;
  reportFinding(context, document, {
    ...check(meta, "cut-off", locale, cutOff),
    start: a.end - lastPieceLength(a.text, zh),
    end: a.end,
    suggestions: [
      {
        ...suggest(meta, "delete-fragment", locale, { cutMark: false }),
        range: deletionRange(model.source, a, fragmentStart),
        text: ""
      },
      ...(maybeNext
        ? [
            {
              ...suggest(meta, "join-paragraphs", locale),
              ...joinEdit(model.source, a, maybeNext, across, a.end, zh ? "" : " ")
            }
          ]
        : []),
      ...(far
        ? [
            {
              // The rest moved up to the cut; the paragraphs between keep their order and breaks.
              ...suggest(meta, "move-rest-here", locale, { line: far.t.line }),
              range: [a.end, far.t.end] as const,
              text: (zh ? "" : " ") + far.t.text + model.source.slice(a.end, far.prev.end)
            }
          ]
        : [])
    ]
  });
}

/** A teaser cut mid-sentence and marked as cut: complete it from the story or delete the cut sentence. */
function reportTeaser(context: Context, document: TxtParentNode, model: TextModel, a: Paragraph, teaser: TeaserCut, options: Settings): void {
  const locale = resolveLocale(options.locale, a.lang);
  const before = a.text.slice(0, teaser.ellipsisStart);
  const lastEnd = lastIndexOfSentenceEnd(before);
  const fragmentStart = lastEnd >= 0 ? a.start + lastEnd + 1 : a.start;
  const shown = Array.from(before.slice(-10)).join("");
  reportFinding(context, document, {
    ...check(meta, "cut-teaser", locale, { mark: teaser.mark.trim(), shown }),
    start: a.start + teaser.ellipsisStart - Math.min(2, teaser.ellipsisStart),
    end: a.start + teaser.ellipsisStart + teaser.mark.length,
    suggestions: [
      {
        ...suggest(meta, "delete-fragment", locale, { cutMark: true }),
        range: deletionRange(model.source, a, fragmentStart),
        text: ""
      }
    ]
  });
}

/** Deleting the whole paragraph takes its line break with it; a trailing sentence keeps the rest. */
function deletionRange(source: string, a: Paragraph, fragmentStart: number): readonly [number, number] {
  let start = fragmentStart;
  while (start < a.end && /\s/u.test(source[start]!)) start++;
  if (start > a.start) return [start, a.end];
  let end = a.end;
  while (end < source.length && /[ \t\u3000]/u.test(source[end]!)) end++;
  if (source[end] === "\r") end++;
  if (source[end] === "\n") end++;
  return [a.start, end];
}

function enLastSentenceEnd(text: string): number {
  for (let i = text.length - 2; i >= 0; i--) if (/[.!?]/u.test(text[i]!) && /\s/u.test(text[i + 1]!)) return i;
  return -1;
}

function lastPieceLength(text: string, zh: boolean): number {
  if (zh) return Math.min(text.length, 2);
  const m = /\S+$/u.exec(text.slice(-40));
  return m ? m[0].length : 1;
}

function firstPieceLength(text: string, zh: boolean): number {
  if (zh) return Math.min(text.length, 2);
  const m = /^\S+/u.exec(text.slice(0, 40));
  return m ? m[0].length : 1;
}

function tailChars(text: string, max: number): string {
  const chars = Array.from(text.slice(-2 * max));
  return chars.slice(-max).join("").replace(/\s+/gu, " ").trimStart();
}

function headChars(text: string, max: number): string {
  const chars = Array.from(text.slice(0, 2 * max));
  return chars.slice(0, max).join("").replace(/\s+/gu, " ").trimEnd();
}

function tailWords(text: string, count: number): string {
  const words = text.slice(-200).split(/\s+/u);
  return words.slice(-count).join(" ");
}

function headWords(text: string, count: number): string {
  const words = text.slice(0, 200).split(/\s+/u);
  return words.slice(0, count).join(" ");
}

// ---------------------------------------------------------------------------------------------
// Line breaks inside hard-wrapped Chinese paragraphs

function checkLineBreaks(context: Context, document: TxtParentNode, model: TextModel, options: Settings): void {
  const source = model.source;
  for (const p of model.paragraphs) {
    if (p.breaks.length === 0 || p.role === "table") continue;
    if (p.lang === "en") {
      // English: words broken at a line end (src/text/wrap-breaks.ts), one finding per paragraph.
      const repair = lineEndBreaksRepair(model, p);
      if (repair) {
        const locale = resolveLocale(options.locale, "en");
        const { left, hyphen, right, joined } = repair.first;
        reportFinding(context, document, {
          ...check(meta, "line-end-word-break", locale, { left, hyphen, right, joined, more: repair.more }),
          start: repair.start,
          end: repair.end,
          suggestions: [{ ...suggest(meta, "join-line-end-words", locale), range: [p.start, p.end], text: repair.text }]
        });
      }
      continue;
    }
    if (p.lang !== "zh") continue;
    // One finding per block: the first split word is quoted, the rest counted, and the fix reflows the block.
    const splits: { left: string; right: string; reason: Reason; start: number; end: number }[] = [];
    for (const brk of p.breaks) {
      const local = brk - p.start;
      const tail = p.text.slice(Math.max(0, local - 8), local).trimEnd();
      const headRaw = p.text.slice(local, local + 12);
      const head = headRaw.trimStart();
      if (tail === "" || head === "") continue;
      const tailEnd = brk - (p.text.slice(Math.max(0, local - 8), local).length - tail.length);
      const headStart = brk + (headRaw.length - head.length);
      if (!/^\s+$/u.test(source.slice(tailEnd, headStart))) continue;
      let detail: string | undefined;
      let kind: Kind | undefined;
      const word = straddlingWord(tail, head);
      if (word) {
        detail = word;
        kind = "word";
      } else if (NUMBER_END.test(tail)) {
        const unit = UNIT_START.exec(head);
        if (unit) {
          detail = unit[0];
          kind = "number";
        }
      }
      if (!kind || !detail) continue;
      splits.push({
        left: tail.slice(-4),
        right: head.slice(0, 4),
        reason: { kind, detail },
        start: tailEnd,
        end: headStart
      });
    }
    if (splits.length === 0) continue;
    const locale = resolveLocale(options.locale, "zh");
    const { left, right, reason } = splits[0]!;
    const more = splits.length - 1;
    const reflow = reflowBlock(source, p.start, p.end, p.breaks);
    reportFinding(context, document, {
      ...check(meta, "split-word", locale, { reason, left, right, more, breaks: p.breaks.length }),
      start: splits[0]!.start - 1,
      end: splits[splits.length - 1]!.end + 1,
      suggestions: [
        {
          ...suggest(meta, "reflow-block", locale),
          range: [p.start, p.end],
          text: reflow
        }
      ]
    });
  }
}

/** The block with its hard line breaks removed: nothing between CJK characters, one space elsewhere. */
function reflowBlock(source: string, start: number, end: number, breaks: readonly number[]): string {
  let out = "";
  let cursor = start;
  for (const brk of breaks) {
    let a = brk;
    while (a > cursor && /\s/u.test(source[a - 1]!)) a--;
    let b = brk;
    while (b < end && /\s/u.test(source[b]!)) b++;
    out += source.slice(cursor, a);
    const joinTight =
      /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u.test(source[a - 1] ?? "") ||
      /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u.test(source[b] ?? "");
    out += joinTight ? "" : " ";
    cursor = b;
  }
  return out + source.slice(cursor, end);
}

const rule: TextlintRuleModule<Options> = { linter: reporter, fixer: reporter };

export default rule;
