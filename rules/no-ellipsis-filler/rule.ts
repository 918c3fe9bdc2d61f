import type { TextlintRuleContext, TextlintRuleModule } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { teaserCut } from "../../src/text/teaser.js";
import { check, suggest } from "../../src/messages/catalogue.js";
import { getTextModel, reportFinding, resolveLocale, type CommonOptions, type Lang, type Paragraph, type TextModel } from "../../src/text/index.js";
import { CHINESE_COPY_CHARACTER } from "../../src/text/language.js";
import { classBody, containsAnyOf, ELLIPSIS_MARKS, SPACE, ZH_CLAUSE_ENDS } from "../../src/text/punctuation.js";
import { PLACEHOLDERS } from "../../src/text/lexicon/placeholders.js";

import { defaults, meta, type Options } from "./meta.js";
export type { Options };

const STANDARD = "……";

/** What may lie between two paragraphs of one run: space, Markdown block quote and list markers. */
const RUN_GAP = /^(?:[\s>*+-]|\d{1,9}[.)])*$/u;
/** What a fix may delete: ellipsis marks and the space around them, nothing else. */
const REMOVABLE = new RegExp(`^[\\s${classBody(ELLIPSIS_MARKS)}]*$`, "u");

/** Every candidate ellipsis in one pass; the kind is decided by the match's first character. */
const ELLIPSIS_CANDIDATE = /…+|⋯+|。{3,}|．{3,}|\.(?:[ \u00a0]?\.){2,}|[·・･]{3,}/gu;
const ASCII_ALNUM = /[A-Za-z0-9]/;
/** `……等` / `……等等` where 等 closes a list; not the verb 等 (`等待`, `等到`, `等着`). */
const ELLIPSIS_DENG = /……(等等|等)(?![待候到着了过会一下你我他她它您])/gu;
const CLAUSE_END: ReadonlySet<string> = new Set(ZH_CLAUSE_ENDS);

const before = (text: string, i: number) => text[i - 1] ?? "";
const after = (text: string, i: number) => text[i] ?? "";

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
      ...check(meta, "filler-run", locale, { count: n, first: first.line, last: last.endLine }),
      start: first.start,
      end: last.end,
      ...(range ? { fix: { range, text: "" } } : {})
    });
  }
}

/** Marks a broken ellipsis is made of; a run of them is one place in the copy. */
const ELLIPSIS_MARK: ReadonlySet<string> = new Set(ELLIPSIS_MARKS);

/**
 * The ellipsis is written in Chinese copy: the marks next to it are not Latin letters or digits.
 * `runStart`/`runEnd` bound the whole run of ellipsis marks around it: the copy beyond the run
 * decides, so `···......` is judged the same before and after `···` is fixed to `……`.
 */
function inChineseCopy(text: string, runStart: number, runEnd: number, strict: boolean): boolean {
  const prev = before(text, runStart);
  const next = after(text, runEnd);
  if (ASCII_ALNUM.test(prev) || ASCII_ALNUM.test(next)) return false;
  if (CHINESE_COPY_CHARACTER.test(prev)) return true;
  // At the start of the paragraph or after a space, the copy that follows decides.
  return !strict && (prev === "" || SPACE.test(prev)) && CHINESE_COPY_CHARACTER.test(next);
}

function reportBrokenEllipses(context: Context, document: TxtParentNode, model: TextModel, p: Paragraph, locale: Lang) {
  const { text } = p;
  // The ellipsis that marks a teaser as cut (`…无法保障．．．［详细］`) is no-truncated-sentence's
  // cut teaser: restyling its dots would make the cut look deliberate.
  const teaser = p.lang === "zh" ? teaserCut(text) : undefined;
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
    if (teaser && start >= teaser.ellipsisStart) continue;
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
      ...check(meta, "broken-ellipsis", locale, { actual }),
      start: range[0],
      end: range[1],
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
      ...check(meta, "ellipsis-with-deng", locale, { actual: m[0], deng }),
      start: abs,
      end: abs + m[0].length,
      suggestions: [
        {
          ...suggest(meta, "drop-ellipsis", locale, { deng }),
          range: [abs, abs + 2],
          text: ""
        },
        {
          ...suggest(meta, "drop-deng", locale, { deng }),
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
  model: TextModel,
  p: Paragraph,
  paragraphLocale: Lang,
  documentLocale: Lang,
  allowed: ReadonlySet<string>
) {
  const { text } = p;
  const found: { start: number; end: number; order: number }[] = [];
  PLACEHOLDERS.forEach((placeholder, order) => {
    if (placeholder.lang && placeholder.lang !== p.lang) return;
    if (!containsAnyOf(text, placeholder.keys)) return;
    for (const m of text.matchAll(placeholder.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!allowed.has(m[0]) && !placeholder.reject?.(text, start, end)) found.push({ start, end, order });
    }
  });
  // Overlapping matches are one placeholder (`[TK]`, not `[TK]` and `TK`): the first one wins.
  found.sort((a, b) => a.start - b.start || a.order - b.order);
  let covered = -1;
  for (const { start, end } of found) {
    if (start < covered) continue;
    covered = end;
    const actual = text.slice(start, end);
    const abs = p.start + start;
    const alone = text.slice(0, start).trim() === "" && text.slice(end).trim() === "";
    // A paragraph of nothing but `XX` or `TK` has no language of its own: speak the story's.
    const locale = alone ? documentLocale : paragraphLocale;
    reportFinding(context, document, {
      ...check(meta, "placeholder", locale, { actual, alone }),
      start: abs,
      end: p.start + end,
      // A person decides: fill the copy in (no edit can) or drop the placeholder.
      suggestions: [alone ? removeParagraph(model, p, locale) : removeToken(p, start, end, locale)]
    });
  }
}

/** Drops the placeholder and, in English, the space before it (`said, XX the` → `said, the`). */
function removeToken(p: Paragraph, start: number, end: number, locale: Lang) {
  const from = p.lang === "en" && p.text[start - 1] === " " ? start - 1 : start;
  return {
    ...suggest(meta, "remove-placeholder", locale),
    range: [p.start + from, p.start + end] as const,
    text: ""
  };
}

/** Drops a placeholder paragraph with the break that separates it from the next (or the previous). */
function removeParagraph(model: TextModel, p: Paragraph, locale: Lang) {
  const next = model.paragraphs[p.index + 1];
  const previous = model.paragraphs[p.index - 1];
  const range: readonly [number, number] = next ? [p.start, next.start] : previous ? [previous.end, p.end] : [p.start, p.end];
  return {
    ...suggest(meta, "remove-placeholder-paragraph", locale),
    range,
    text: ""
  };
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
        if (checkPlaceholders) reportPlaceholders(context, document, model, p, locale, resolveLocale(options.locale, model.lang), allowed);
      }
    }
  };
};

export default { linter: reporter, fixer: reporter };
