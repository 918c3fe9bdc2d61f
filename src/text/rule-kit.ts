import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReportedObject } from "@textlint/types";
import type { TxtParentNode } from "@textlint/ast-node-types";
import type { Lang, LangOption } from "./language.js";
import { say } from "../messages/catalogue.js";
import { commonMessages } from "../messages/common.js";
import type { LocaleOption } from "./locale.js";
import { editKeepsMarkup } from "./html.js";
import { isHtmlDocument } from "./model.js";

/** Options every copydesk rule takes besides textlint's own `severity`. */
export interface CommonOptions {
  /** Message language: `auto` (default) speaks the language of the flagged copy. */
  locale?: LocaleOption;
  /** Analyse the copy as `zh` or `en`, or let each paragraph decide (`auto`, default). */
  lang?: LangOption;
}

export interface Suggestion {
  /** Stable id, e.g. `join-paragraphs`, so editors can offer it by name. */
  id: string;
  message: string;
  /** Absolute range to replace and its replacement. */
  range: readonly [number, number];
  text: string;
}

export interface Finding {
  /**
   * Stable id of the check that found it, `<rule-id>/<message-id>` (e.g.
   * `no-duplicate-paragraph/exact-repeat`). textlint carries it as the message's `data.checkId`;
   * the language server shows it as the diagnostic's code and SARIF as the result's rule.
   */
  checkId?: string;
  /** The language the message speaks (set by `check`), so a summary of many findings speaks it too. */
  locale?: Lang;
  /** Absolute UTF-16 range in the document. */
  start: number;
  end: number;
  message: string;
  /** An automatic fix, only where the right edit is certain. */
  fix?: { range: readonly [number, number]; text: string };
  suggestions?: readonly Suggestion[];
  /**
   * A finding milder than its rule: `info` (reported for the record, e.g. a repeat judged to be by
   * design) or `warning`. Never raises the severity the user configured for the rule. Unset: the
   * rule's severity.
   */
  severity?: "info" | "warning";
}

/**
 * Most findings one rule reports in one document. textlint's kernel compares every pair of
 * messages to drop duplicates (`filter-duplicated-process`), so 50,000 findings take a minute;
 * past this many an editor is not reading them one by one anyway. The rest are folded into one
 * summary finding (see `reportFinding`).
 */
export const FINDINGS_CAP = 500;

interface Pending {
  /** Findings reported since the last flush, in report order. */
  findings: Finding[];
  /** Findings emitted so far (summaries not counted). */
  emitted: number;
  scheduled: boolean;
}

const pendingByContext = new WeakMap<object, Pending>();

/**
 * Reports a finding by absolute offsets. It reports on the Document node, whose range starts at
 * 0, so the locator's node-relative ranges are absolute ranges.
 *
 * A rule's findings are collected while its handler runs and handed to textlint right after it
 * returns (a microtask: the kernel collects messages until its traversal's promises settle). Up to
 * `FINDINGS_CAP` of them go out as they are; past that, the first `FINDINGS_CAP` in document order
 * go out and the rest are folded into one summary finding (`… and K more`) that carries their
 * automatic fixes merged into one edit, so `--fix` still fixes everything in one run.
 */
export function reportFinding(context: Readonly<TextlintRuleContext>, document: TxtParentNode, finding: Finding): void {
  let state = pendingByContext.get(context);
  if (!state) {
    state = { findings: [], emitted: 0, scheduled: false };
    pendingByContext.set(context, state);
  }
  state.findings.push(finding);
  if (state.scheduled) return;
  state.scheduled = true;
  const pending = state;
  queueMicrotask(() => flush(context, document, pending));
}

function flush(context: Readonly<TextlintRuleContext>, document: TxtParentNode, pending: Pending): void {
  pending.scheduled = false;
  const findings = pending.findings;
  pending.findings = [];
  const room = Math.max(0, FINDINGS_CAP - pending.emitted);
  if (findings.length <= room) {
    for (const finding of findings) emit(context, document, finding);
    pending.emitted += findings.length;
    return;
  }
  const ordered = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.start - b.f.start || a.i - b.i)
    .map((x) => x.f);
  const shown = ordered.slice(0, room);
  const held = ordered.slice(room);
  const summary = summarise(document.raw, held, shown);
  for (const finding of shown) {
    // A fix the summary's merged edit already holds goes out as a plain finding.
    const merged = finding.fix && summary.fix && finding.fix.range[0] >= summary.fix.range[0] && finding.fix.range[1] <= summary.fix.range[1];
    emit(context, document, merged ? { ...finding, fix: undefined } : finding);
  }
  pending.emitted += shown.length;
  emit(context, document, summary);
}

/**
 * One finding standing for `held`: their count, and their fixes as one edit. Rules' findings can
 * overlap (one finding may span many others), so the edit's span is widened over the shown
 * findings' fixes it touches, and merges them too.
 */
function summarise(source: string, held: readonly Finding[], shown: readonly Finding[]): Finding {
  const locale = held[0]!.locale ?? "en";
  const heldFixes = held.flatMap((f) => (f.fix ? [f.fix] : []));
  const checkId = held[0]!.checkId ? `${held[0]!.checkId.split("/")[0]}/more-findings` : undefined;
  const message = say(commonMessages, "more-findings", locale, { count: held.length, cap: FINDINGS_CAP, merged: heldFixes.length });
  // Loops, not Math.min(...): spreading 100,000 arguments overflows the stack.
  let start = Infinity;
  for (const f of held) start = Math.min(start, f.start);
  if (heldFixes.length === 0) return { checkId, locale, start, end: start + 1, message };
  let from = Infinity;
  let to = -Infinity;
  for (const fix of heldFixes) {
    from = Math.min(from, fix.range[0]);
    to = Math.max(to, fix.range[1]);
  }
  const shownFixes = shown.flatMap((f) => (f.fix ? [f.fix] : []));
  // Widen the span over the shown fixes it touches until none straddles its edges.
  for (let changed = true; changed;) {
    changed = false;
    for (const fix of shownFixes) {
      if (fix.range[0] <= to && fix.range[1] >= from && (fix.range[0] < from || fix.range[1] > to)) {
        from = Math.min(from, fix.range[0]);
        to = Math.max(to, fix.range[1]);
        changed = true;
      }
    }
  }
  const fixes = [...heldFixes, ...shownFixes.filter((fix) => fix.range[0] >= from && fix.range[1] <= to)].sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]
  );
  // Apply the fixes left to right; one that overlaps an earlier one is left for the next run, as
  // textlint itself does.
  const parts: string[] = [];
  let cursor = from;
  for (const fix of fixes) {
    if (fix.range[0] < cursor) continue;
    parts.push(source.slice(cursor, fix.range[0]), fix.text);
    cursor = fix.range[1];
  }
  parts.push(source.slice(cursor, to));
  return { checkId, locale, start: Math.min(start, from), end: Math.max(to, start + 1), message, fix: { range: [from, to], text: parts.join("") } };
}

/** textlint's severity levels (1 warning, 2 error, 3 info) ordered from mild to severe. */
const RANK: Record<number, number> = { 0: 0, 3: 1, 1: 2, 2: 3 };
const LEVEL = { info: 3, warning: 1 } as const;

/**
 * The level a finding goes out at: the milder of the rule's configured level and the finding's own.
 * textlint's kernel gives every `RuleError` its rule's configured level; a finding with a level of
 * its own is reported as a plain object with `severity` (the kernel's report-object form, which it
 * honours as given), so stock textlint, the CLI, the language server and SARIF all see it.
 */
export function findingLevel(configured: number | undefined, wanted: Finding["severity"]): number | undefined {
  if (!wanted) return undefined;
  const rule = configured ?? 2;
  return RANK[LEVEL[wanted]]! < (RANK[rule] ?? 3) ? LEVEL[wanted] : rule;
}

/** textlint's severity levels by the names a config uses. */
const SEVERITY_LEVELS = { none: 0, warning: 1, error: 2, info: 3 } as const;
export type SeverityName = "error" | "warning" | "info";

/** What a rule declares about itself beside its reporter. */
export interface RuleMeta {
  /**
   * The severity of its findings when the options give no `severity` (textlint's default is
   * `error`). It holds however the preset is configured: a user's options for the rule replace
   * the preset's entry in stock textlint, so a default kept only there would be lost.
   */
  defaultSeverity?: SeverityName;
}

/** Severity of each running rule's findings, by its context (set by `defineRule`). */
const severityByContext = new WeakMap<object, number>();

/** The level `options.severity` names, else the rule's default; undefined leaves it to textlint. */
export function resolveSeverity(options: unknown, meta: RuleMeta): number | undefined {
  const named = options && typeof options === "object" ? (options as { severity?: unknown }).severity : undefined;
  if (typeof named === "string" && Object.hasOwn(SEVERITY_LEVELS, named)) return SEVERITY_LEVELS[named as keyof typeof SEVERITY_LEVELS];
  return meta.defaultSeverity ? SEVERITY_LEVELS[meta.defaultSeverity] : undefined;
}

/**
 * A rule module whose findings get `meta.defaultSeverity` unless its options name a `severity`,
 * in copydesk's CLI, language server and web page and in stock textlint alike.
 */
export function defineRule<T extends object>(module: TextlintRuleModule<T>, meta: RuleMeta): TextlintRuleModule<T> {
  type Reporter = Extract<TextlintRuleModule<T>, (...args: any[]) => any>;
  const wrap = (reporter: Reporter): Reporter =>
    ((context, options) => {
      const level = resolveSeverity(options, meta);
      if (level !== undefined) severityByContext.set(context, level);
      return reporter(context, options);
    }) as Reporter;
  if (typeof module === "function") return wrap(module as Reporter);
  return { linter: wrap(module.linter as Reporter), fixer: wrap(module.fixer as Reporter) } as TextlintRuleModule<T>;
}

/**
 * Hands a finding to textlint as a reported object, the form textlint keeps the rule's own data
 * with (`message.data`) and takes the severity from. Only `checkId` is enumerable, so `data` is
 * `{ checkId }` in JSON output and across a worker boundary; the rest is read by the kernel.
 */
function emit(context: Readonly<TextlintRuleContext>, document: TxtParentNode, found: Finding): void {
  const { locator, fixer, report } = context;
  // In HTML an edit must leave the markup whole; one that would not is reported without it.
  const finding = isHtmlDocument(document) ? keepMarkup(document.raw, found) : found;
  const configured = severityByContext.get(context) ?? (context as { severity?: number }).severity;
  // A finding with a level of its own (a by-design repeat is info) goes out at the milder level.
  const level = findingLevel(configured, finding.severity) ?? configured;
  const hidden: PropertyDescriptorMap = {
    message: { value: finding.message },
    padding: { value: locator.range([finding.start, Math.max(finding.end, finding.start + 1)]) },
    severity: { value: level }
  };
  if (finding.fix) hidden.fix = { value: fixer.replaceTextRange([finding.fix.range[0], finding.fix.range[1]], finding.fix.text) };
  if (finding.suggestions && finding.suggestions.length > 0) {
    hidden.suggestions = {
      value: finding.suggestions.map((s) => ({
        id: s.id,
        message: s.message,
        fix: fixer.replaceTextRange([s.range[0], s.range[1]], s.text)
      }))
    };
  }
  const data = finding.checkId ? { checkId: finding.checkId } : {};
  report(document, Object.defineProperties(data, hidden) as TextlintRuleReportedObject);
}

function keepMarkup(source: string, finding: Finding): Finding {
  const safe = (edit: { range: readonly [number, number]; text: string }) => editKeepsMarkup(source, edit.range[0], edit.range[1], edit.text);
  return {
    ...finding,
    fix: finding.fix && safe(finding.fix) ? finding.fix : undefined,
    suggestions: finding.suggestions?.filter(safe)
  };
}
