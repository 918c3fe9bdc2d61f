import type { TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { getTextModel, defineRule, reportFinding, resolveLocale, type TextModel } from "../../src/text/index.js";
import { check, suggest } from "../../src/messages/catalogue.js";
import { findFurniture, type FurnitureFinding, type FurnitureKind } from "../../src/text/furniture.js";

import { defaults, meta, type Options } from "./meta.js";
export type { Options };

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
  // Removal takes the furniture and the space up to the next copy, so no blank lines pile up.
  const removal = removalRange(model, found, start, end);
  reportFinding(context, document, {
    ...check(meta, found.kind, locale, { shown }),
    start,
    end,
    suggestions: [
      {
        ...suggest(meta, "remove-furniture", locale),
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
