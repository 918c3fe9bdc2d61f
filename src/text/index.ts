export { getTextModel, type Paragraph, type TextModel, type ModelOptions } from "./model.js";
export { detectLanguage, countScripts, type Lang, type LangOption } from "./language.js";
export { classifyRole, endsWithTerminal, isEllipsisOnly, type Role, type Container } from "./roles.js";
export { detectLayout, displayWidth, type Layout } from "./layout.js";
export { type Span, type Token } from "./segment.js";
export { resolveLocale, say, quote, type LocaleOption, type Bilingual } from "./locale.js";
export { defineRule, reportFinding, type CommonOptions, type Finding, type RuleMeta, type Suggestion } from "./rule-kit.js";
export { fixUntilStable, MAX_FIX_PASSES, type FixPass } from "./fix-until-stable.js";
export * from "./numerals.js";
