import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import {
  getTextModel,
  quote,
  defineRule,
  reportFinding,
  resolveLocale,
  say,
  type Bilingual,
  type CommonOptions,
  type TextModel
} from "../../src/text/index.js";
import { findFurniture, type FurnitureFinding, type FurnitureKind } from "../../src/text/furniture.js";

import { defaults, meta, type Options } from "./meta.js";
export type { Options };

const WHAT: Record<FurnitureKind, (q: string) => Bilingual> = {
  kicker: (q) => ({
    zh: `${q}是版面上的栏目眉题，不是正文：删除，或移到稿件的栏目字段`,
    en: `${q} is a kicker (a section label from the page), not copy: remove it or move it to the story's section field`
  }),
  credit: (q) => ({
    zh: `${q}是图片或版式署名，不属于正文：删除，或移到图片说明`,
    en: `${q} is a photo or design credit, not copy: remove it or move it to the picture's caption`
  }),
  caption: (q) => ({
    zh: `${q}是图片说明（带摄影署名），夹在正文中：移到图片旁，或删除`,
    en: `${q} is a photo caption with its credit inside the body: move it to the picture, or remove it`
  }),
  byline: (q) => ({
    zh: `${q}是署名，却出现在正文中间：删除，或移到稿件开头`,
    en: `${q} is a byline in mid-article: remove it or move it to the top of the story`
  }),
  "title-block": (q) => ({
    zh: `正文中间出现了另一组标题和署名（${q}…）：多半是版面上另一篇稿件或本稿标题误入，删除或移到开头`,
    en: `A second title block with its byline (${q}…) sits in mid-article: remove it or move it to the top`
  }),
  jump: (q) => ({
    zh: `${q}是转版提示，稿件已合并，不再需要：删除`,
    en: `${q} is a jump line from the printed page; the story is whole here: remove it`
  }),
  "page-header": (q) => ({
    zh: `${q}是页眉、页脚或报头信息，不是正文：删除`,
    en: `${q} is a page header, footer or folio, not copy: remove it`
  })
};

const reporter: TextlintRuleReporter<Options> = (context, rawOptions = {}) => {
  const options = { ...defaults, ...rawOptions };
  return {
    [context.Syntax.Document](node) {
      const document = node as TxtParentNode;
      const model = getTextModel(document, { lang: options.lang ?? "auto" });
      for (const found of findFurniture(model.paragraphs, { header: options.header })) {
        if (options.allow.includes(found.kind)) continue;
        report(context, document, model, found, options);
      }
    }
  };
};

function report(
  context: Parameters<TextlintRuleReporter<Options>>[0],
  document: TxtParentNode,
  model: TextModel,
  found: FurnitureFinding,
  options: Options
): void {
  const first = model.paragraphs[found.first]!;
  const last = model.paragraphs[found.last]!;
  const locale = resolveLocale(options.locale, first.lang);
  const start = found.span ? found.span[0] : first.start;
  const end = found.span ? found.span[1] : last.end;
  const shown = model.source.slice(start, found.kind === "title-block" ? first.end : end);
  const message = say(locale, WHAT[found.kind](quote(shown, locale)));
  // Removal takes the furniture and the space up to the next copy, so no blank lines pile up.
  const removal = removalRange(model, found, start, end);
  reportFinding(context, document, {
    checkId: `no-page-furniture/${found.kind}`,
    start,
    end,
    message,
    suggestions: [
      {
        id: "remove-furniture",
        message: say(locale, { zh: "删除", en: "Remove it" }),
        range: removal,
        text: ""
      }
    ]
  });
}

function removalRange(model: TextModel, found: FurnitureFinding, start: number, end: number): readonly [number, number] {
  const source = model.source;
  if (found.span) {
    // Inside a paragraph: take the space before the jump line with it.
    let s = start;
    while (s > 0 && /[ \t\u3000]/u.test(source[s - 1]!)) s--;
    return [s, end];
  }
  const next = model.paragraphs[found.last + 1];
  if (next) return [start, next.start];
  const previous = model.paragraphs[found.first - 1];
  // The last paragraph: take the break before it instead, keeping the file's final newline.
  return [previous ? previous.end : start, end];
}

// Furniture is removed by hand (it may belong elsewhere on the page): warnings, unless the options
// name another `severity`.
const rule: TextlintRuleModule<Options> = defineRule({ linter: reporter, fixer: reporter }, { defaultSeverity: meta.defaultSeverity });

export default rule;
