import type { TextlintRuleContext, TextlintRuleModule } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { lineRange } from "../src/messages/lines.js";
import {
  getTextModel,
  quote,
  reportFinding,
  resolveLocale,
  say,
  type CommonOptions,
  type Lang,
  type Paragraph,
  type TextModel
} from "../src/text/index.js";

export interface Options extends CommonOptions {
  /**
   * How many consecutive paragraphs of nothing but ellipsis marks make a filler run. A single
   * `…………` (the 12-dot mark for omitted paragraphs) or `……` paragraph is an editorial device
   * and never reported. Default `2`.
   */
  minRunLength?: number;
  /** Report placeholders left in copy (`TK`, `XXX`, `[INSERT …]`, `lorem ipsum`, `待补充`, `（待定）`). Default `true`. */
  placeholders?: boolean;
  /** Placeholder texts to accept as written copy, matched exactly (e.g. `["XXX"]`). Default `[]`. */
  allowPlaceholders?: string[];
  /**
   * Check the form of ellipses in Chinese copy (GB/T 15834-2011): `。。。`, `...`, a single `…`,
   * `………` and `…。` are fixed to `……`; `……等` is reported as redundant. Default `true`.
   */
  chineseEllipsis?: boolean;
}

const defaults: Required<Omit<Options, "locale" | "lang">> = {
  minRunLength: 2,
  placeholders: true,
  allowPlaceholders: [],
  chineseEllipsis: true
};

const STANDARD = "……";

/** What may lie between two paragraphs of one run: space, Markdown block quote and list markers. */
const RUN_GAP = /^(?:[\s\u3000\u00a0>*+-]|\d{1,9}[.)])*$/u;
/** What a fix may delete: ellipsis marks and the space around them, nothing else. */
const REMOVABLE = /^[\s\u3000\u00a0…⋯.。．·・･]*$/u;
const SPACE = /[\s\u3000\u00a0]/u;

/** Every candidate ellipsis in one pass; the kind is decided by the match's first character. */
const ELLIPSIS_CANDIDATE = /…+|⋯+|。{3,}|．{3,}|\.(?:[ \u00a0]?\.){2,}|[·・･]{3,}/gu;
/** Copy that belongs to Chinese: Han, CJK punctuation, full-width forms, curly quotes, the dashes. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;
/** `……等` / `……等等` where 等 closes a list; not the verb 等 (`等待`, `等到`, `等着`). */
const ELLIPSIS_DENG = /……(等等|等)(?![待候到着了过会一下你我他她它您])/gu;
const CLAUSE_END = new Set(["，", "。", "；", "：", "！", "？", "“", "”"]);

interface Placeholder {
  re: RegExp;
  /** Only in copy of this language. */
  lang?: Lang;
  /** Rejects a match from its surroundings. */
  reject?: (text: string, start: number, end: number) => boolean;
  /** Bracketed placeholders can be removed as a unit; offered as a suggestion. */
  removable?: boolean;
}

const before = (text: string, i: number) => text[i - 1] ?? "";
const after = (text: string, i: number) => text[i] ?? "";

/** Words a Roman numeral follows: `Super Bowl XXX`, `VOL. XXX.`, `Chapter XXX`. */
const ROMAN_BEFORE = /\b(?:Bowl|Olympiad|Games|Chapter|Part|Book|Vol|Volume|No|Article|Legion|Congress|Dynasty)\.? $/iu;

const PLACEHOLDERS: Placeholder[] = [
  // Bracketed notes left by editors: `[TK]`, `[TKTK]`, `【待定】`, `（待补充）`, `[INSERT QUOTE HERE]`.
  {
    re: /[\[【［]\s*(?:TK(?:TK)*|INSERT\b[^\]】］\n]{0,80}|待补充|待定|此处[^\]】］\n]{0,30})\s*[\]】］]|[（(]\s*(?:待补充|待定)\s*[）)]/giu,
    removable: true
  },
  // Journalists' `TK` (to come), bare: `the company paid TK million`. Not `TK Maxx`.
  {
    re: /\bTK(?:TK)*\b/gu,
    lang: "en",
    reject: (text, start, end) =>
      /[-.&/]/u.test(before(text, start)) || /^ ?[A-Z][a-z]|^[-&/.]\w/u.test(text.slice(end, end + 3))
  },
  // `XXX` for a missing name or figure: `XXX同志`, `增长XXX%`, `Mr XXX said`. Not `.xxx`, `Super Bowl XXX`.
  {
    re: /X{3,}|x{3,}|Ｘ{3,}|ｘ{3,}/gu,
    reject: (text, start, end) => {
      const prev = before(text, start);
      const next = after(text, end);
      if (/[A-Za-z0-9.@/_-]/u.test(prev) || /[A-Za-z0-9_-]/u.test(next)) return true;
      // A Roman numeral: `Super Bowl XXX`, `XXX Corps`.
      return ROMAN_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || /^ Corps\b/u.test(text.slice(end, end + 7));
    }
  },
  // `XX月XX日`, `XX万元`: two X for a missing figure or date in Chinese copy (`XX县` may be anonymisation).
  {
    re: /(?<![A-Za-z0-9])(?:XX|ＸＸ)(?=[年月日号时点分秒万亿元%％倍名人个家])/gu,
    lang: "zh"
  },
  { re: /\blorem ipsum\b/giu },
  // `待补充` standing alone, not `有待补充` (still to be supplemented) in running prose.
  {
    re: /待补充/gu,
    reject: (text, start, end) => /[有亟尚仍还急需正待]/u.test(before(text, start)) || /\p{Script=Han}/u.test(after(text, end))
  },
  // `此处插入图片`, `此处填写数据`: an instruction to the layout desk.
  { re: /此处(?:插入|添加|填写|放置|待补)[^，。；！？、\s【】\[\]（）()]{0,20}/gu }
];

type Context = Readonly<TextlintRuleContext>;

interface Run {
  paragraphs: Paragraph[];
}

function findRuns(model: TextModel, minRunLength: number): Run[] {
  const runs: Run[] = [];
  let current: Paragraph[] = [];
  const flush = () => {
    if (current.length >= minRunLength) runs.push({ paragraphs: current });
    current = [];
  };
  for (const p of model.paragraphs) {
    if (p.role !== "ellipsis") {
      flush();
      continue;
    }
    const last = current[current.length - 1];
    // Paragraphs with anything but space between them (a code block, an image) are not one run.
    if (last && !RUN_GAP.test(model.source.slice(last.end, p.start))) flush();
    current.push(p);
  }
  flush();
  return runs;
}

/**
 * The range that removes a run and leaves its neighbours separated as they were: the run and the
 * space before it, up to the end of the previous copy; the separator after the run stays. At the
 * start of a document the run and the space after it go, up to the next line's indent.
 */
function removalRange(source: string, first: Paragraph, last: Paragraph): [number, number] | undefined {
  let start = first.start;
  while (start > 0 && SPACE.test(source[start - 1]!)) start--;
  let end = last.end;
  if (start === 0) {
    start = first.start;
    let next = end;
    while (next < source.length && SPACE.test(source[next]!)) next++;
    if (next < source.length) {
      const lineBreak = source.lastIndexOf("\n", next - 1);
      end = lineBreak >= end ? lineBreak + 1 : end;
    }
  }
  return REMOVABLE.test(source.slice(start, end)) ? [start, end] : undefined;
}

function runLocale(model: TextModel, run: Run, option: Options["locale"]): Lang {
  const first = run.paragraphs[0]!;
  const last = run.paragraphs[run.paragraphs.length - 1]!;
  const neighbour = model.paragraphs[first.index - 1] ?? model.paragraphs[last.index + 1];
  return resolveLocale(option, neighbour?.lang ?? model.lang);
}

function reportRuns(context: Context, document: TxtParentNode, model: TextModel, options: Options, minRunLength: number) {
  for (const run of findRuns(model, minRunLength)) {
    const first = run.paragraphs[0]!;
    const last = run.paragraphs[run.paragraphs.length - 1]!;
    const n = run.paragraphs.length;
    const locale = runLocale(model, run, options.locale);
    const range = removalRange(model.source, first, last);
    reportFinding(context, document, {
      checkId: "no-ellipsis-filler/filler-run",
      start: first.start,
      end: last.end,
      message: say(locale, {
        zh: `${n} 个填充段落（${lineRange("zh", first.line, last.endLine)}）只有省略号：删去`,
        en: `${n} filler paragraphs, ${lineRange("en", first.line, last.endLine)}: nothing but ellipses; remove them`
      }),
      ...(range ? { fix: { range, text: "" } } : {})
    });
  }
}

/** Marks a broken ellipsis is made of; a run of them is one place in the copy. */
const ELLIPSIS_MARK = new Set(["…", "⋯", ".", "．", "。", "·", "・", "･"]);

/**
 * The ellipsis is written in Chinese copy: the marks next to it are not Latin letters or digits.
 * `runStart`/`runEnd` bound the whole run of ellipsis marks around it: the copy beyond the run
 * decides, so `···......` is judged the same before and after `···` is fixed to `……`.
 */
function inChineseCopy(text: string, runStart: number, runEnd: number, strict: boolean): boolean {
  const prev = before(text, runStart);
  const next = after(text, runEnd);
  if (ASCII_ALNUM.test(prev) || ASCII_ALNUM.test(next)) return false;
  if (CJK.test(prev)) return true;
  // At the start of the paragraph or after a space, the copy that follows decides.
  return !strict && (prev === "" || SPACE.test(prev)) && CJK.test(next);
}

function reportBrokenEllipses(context: Context, document: TxtParentNode, model: TextModel, p: Paragraph, locale: Lang) {
  const { text } = p;
  // The run of ellipsis marks around the current candidate; candidates come left to right, so
  // each mark is scanned once (linear time).
  let runStart = 0;
  let runEnd = 0;
  for (const m of text.matchAll(ELLIPSIS_CANDIDATE)) {
    const found = m[0];
    const start = m.index;
    if (start >= runEnd) {
      runStart = start;
      while (runStart > runEnd && ELLIPSIS_MARK.has(text[runStart - 1]!)) runStart--;
      runEnd = start + found.length;
      while (runEnd < text.length && ELLIPSIS_MARK.has(text[runEnd]!)) runEnd++;
    }
    let end = start + found.length;
    const head = found[0]!;
    if (head === "…") {
      const count = found.length;
      if (count % 2 === 0) continue; // `……`, and `…………` for omitted paragraphs
      if (count === 1 && text[end] === "。") end++; // `…。` typed for `……`
    }
    // ASCII dots are Chinese copy's only between Chinese characters; `...` elsewhere is English.
    if (!inChineseCopy(text, runStart, runEnd, head === ".")) continue;
    const actual = text.slice(start, end);
    const range: [number, number] = [p.start + start, p.start + end];
    const certain = model.source.slice(range[0], range[1]) === actual;
    reportFinding(context, document, {
      checkId: "no-ellipsis-filler/broken-ellipsis",
      start: range[0],
      end: range[1],
      message: say(locale, {
        zh: `${quote(actual, "zh")} → “……”：中文省略号是六个点，占两个字的位置（GB/T 15834-2011）`,
        en: `${quote(actual, "en")} → "……": the Chinese ellipsis is six dots in two character spaces (GB/T 15834-2011)`
      }),
      ...(certain ? { fix: { range, text: head === "⋯" && found.length === 4 ? "…………" : STANDARD } } : {})
    });
  }
  if (!text.includes("……等")) return;
  // Only where 等 closes an enumeration: a `、` in the same clause before the ellipsis. One scan
  // forward across all matches keeps this linear.
  let scanned = 0;
  let enumerating = false;
  for (const m of text.matchAll(ELLIPSIS_DENG)) {
    const start = m.index;
    for (; scanned < start; scanned++) {
      const c = text[scanned]!;
      if (c === "、") enumerating = true;
      else if (CLAUSE_END.has(c)) enumerating = false;
    }
    if (!enumerating) continue;
    const deng = m[1]!;
    const abs = p.start + start;
    reportFinding(context, document, {
      checkId: "no-ellipsis-filler/ellipsis-with-deng",
      start: abs,
      end: abs + m[0].length,
      message: say(locale, {
        zh: `${quote(m[0], "zh")}：省略号和“${deng}”重复，删去其一`,
        en: `${quote(m[0], "en")}: the ellipsis and ${deng} say the same thing; drop one`
      }),
      suggestions: [
        {
          id: "drop-ellipsis",
          message: say(locale, { zh: `删去省略号，保留“${deng}”`, en: `drop the ellipsis, keep ${deng}` }),
          range: [abs, abs + 2],
          text: ""
        },
        {
          id: "drop-deng",
          message: say(locale, { zh: `删去“${deng}”，保留省略号`, en: `drop ${deng}, keep the ellipsis` }),
          range: [abs + 2, abs + m[0].length],
          text: ""
        }
      ]
    });
  }
}

function reportPlaceholders(
  context: Context,
  document: TxtParentNode,
  p: Paragraph,
  locale: Lang,
  allowed: ReadonlySet<string>
) {
  const { text } = p;
  const found: { start: number; end: number; order: number; placeholder: Placeholder }[] = [];
  PLACEHOLDERS.forEach((placeholder, order) => {
    if (placeholder.lang && placeholder.lang !== p.lang) return;
    for (const m of text.matchAll(placeholder.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!allowed.has(m[0]) && !placeholder.reject?.(text, start, end)) found.push({ start, end, order, placeholder });
    }
  });
  // Overlapping matches are one placeholder (`[TK]`, not `[TK]` and `TK`): the first one wins.
  found.sort((a, b) => a.start - b.start || a.order - b.order);
  let covered = -1;
  for (const { start, end, placeholder } of found) {
    if (start < covered) continue;
    covered = end;
    const actual = text.slice(start, end);
    const abs = p.start + start;
    // In English the space before a removed placeholder goes with it.
    const removeFrom = p.lang === "en" && text[start - 1] === " " ? abs - 1 : abs;
    reportFinding(context, document, {
      checkId: "no-ellipsis-filler/placeholder",
      start: abs,
      end: p.start + end,
      message: say(locale, {
        zh: `${quote(actual, "zh")} 是占位符：发稿前补全或删去`,
        en: `${quote(actual, "en")} is a placeholder: fill it in or remove it before publication`
      }),
      ...(placeholder.removable
        ? {
            suggestions: [
              {
                id: "remove-placeholder",
                message: say(locale, { zh: "删去占位符", en: "remove the placeholder" }),
                range: [removeFrom, p.start + end] as const,
                text: ""
              }
            ]
          }
        : {})
    });
  }
}

const reporter: TextlintRuleModule<Options> = (context, rawOptions = {}) => {
  const options: Options = rawOptions;
  const minRunLength = Math.max(2, options.minRunLength ?? defaults.minRunLength);
  const checkPlaceholders = options.placeholders ?? defaults.placeholders;
  const checkChinese = options.chineseEllipsis ?? defaults.chineseEllipsis;
  const allowed = new Set(options.allowPlaceholders ?? defaults.allowPlaceholders);
  return {
    [context.Syntax.Document](node) {
      const document = node as TxtParentNode;
      const model = getTextModel(document, { lang: options.lang ?? "auto" });
      reportRuns(context, document, model, options, minRunLength);
      for (const p of model.paragraphs) {
        if (p.role === "ellipsis") continue; // a lone separator paragraph, or part of a run
        const locale = resolveLocale(options.locale, p.lang);
        if (checkChinese && p.lang === "zh") reportBrokenEllipses(context, document, model, p, locale);
        if (checkPlaceholders) reportPlaceholders(context, document, p, locale, allowed);
      }
    }
  };
};

export default { linter: reporter, fixer: reporter };
