import { keepingAnalyses } from "./memo.js";

/**
 * textlint's `fixText` makes one pass: each fixable rule once, in preset order, on the text the
 * rule before it left. A fix can bring two damaged pieces together for an earlier rule (removing
 * a repeat leaves two filler rows side by side), so one pass may leave something fixable.
 * Passes repeat until the text stops changing, at most `MAX_FIX_PASSES` times, so that a lint
 * after `--fix` reports nothing fixable. Every pass is itself a textlint fix, so every edit still
 * touches only a reported range.
 *
 * With `lint`, the lint that follows the fixes decides whether another pass is needed: a pass
 * that changed the text is followed by a lint of its output, and only a lint that still finds
 * something fixable leads to another pass (a pass over text with nothing fixable would change
 * nothing). That lint is returned, so the caller need not lint the fixed text again: one fix pass
 * and one lint in the usual case, instead of two passes and a lint.
 */
export const MAX_FIX_PASSES = 3;

export interface FixPass<M> {
  output: string;
  applyingMessages: M[];
  remainingMessages: M[];
}

export async function fixUntilStable<M, L extends { messages: readonly { fix?: unknown }[] } = never>(
  text: string,
  fixOnce: (text: string) => Promise<FixPass<M>>,
  lint?: (text: string) => Promise<L>
): Promise<FixPass<M> & { passes: number; lint?: L }> {
  // Every pass and lint reads mostly the same paragraphs: their analyses are kept between them.
  return keepingAnalyses(text.length, () => fixPasses(text, fixOnce, lint));
}

async function fixPasses<M, L extends { messages: readonly { fix?: unknown }[] }>(
  text: string,
  fixOnce: (text: string) => Promise<FixPass<M>>,
  lint?: (text: string) => Promise<L>
): Promise<FixPass<M> & { passes: number; lint?: L }> {
  let current = text;
  const applied: M[] = [];
  let last: FixPass<M> | undefined;
  let linted: { text: string; result: L } | undefined;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    last = await fixOnce(current);
    passes++;
    applied.push(...last.applyingMessages);
    if (last.output === current) break;
    current = last.output;
    if (lint) {
      linted = { text: current, result: await lint(current) };
      if (!linted.result.messages.some((m) => m.fix)) break;
    }
  }
  if (lint && linted?.text !== current) linted = { text: current, result: await lint(current) };
  return {
    output: current,
    applyingMessages: applied,
    remainingMessages: last!.remainingMessages,
    passes,
    ...(linted ? { lint: linted.result } : {})
  };
}

/** A finding with the automatic fix textlint reports with it: an absolute range and its replacement. */
interface Fixable {
  fix?: { range: readonly [number, number]; text: string };
}

/**
 * Applies the fixes of one lint to the text it linted as textlint's fixer applies a pass's fixes:
 * from the end of the text backwards, each fix that ends at or before the start of the last one
 * applied; a fix that overlaps one already applied is left for the next pass.
 */
export function applyFixes<M extends Fixable>(text: string, messages: readonly M[]): FixPass<M> {
  const fixes = messages.filter((m) => m.fix).sort((a, b) => b.fix!.range[1] - a.fix!.range[1] || b.fix!.range[0] - a.fix!.range[0]);
  const applyingMessages: M[] = [];
  const remainingMessages: M[] = messages.filter((m) => !m.fix);
  const pieces: string[] = [];
  let lastFixPos = text.length;
  for (const m of fixes) {
    const [start, end] = m.fix!.range;
    if (end > lastFixPos) {
      remainingMessages.push(m);
      continue;
    }
    pieces.push(text.slice(end, lastFixPos), m.fix!.text);
    lastFixPos = start;
    applyingMessages.push(m);
  }
  pieces.push(text.slice(0, lastFixPos));
  return { output: pieces.reverse().join(""), applyingMessages: applyingMessages.reverse(), remainingMessages };
}

/**
 * `--fix` as lints: lint, apply every rule's fixes at once (overlapping ones wait), lint the result,
 * and again while that lint still finds something fixable, at most `MAX_FIX_PASSES` times. The
 * last lint is the report on the fixed text, so fixing costs one lint per pass plus one: two lints
 * in the usual case, where textlint's fixer parses the text again before every fixable rule and a
 * lint must follow it.
 */
export async function fixByLinting<M extends Fixable, L extends { messages: readonly M[] }>(
  text: string,
  lint: (text: string) => Promise<L>
): Promise<FixPass<M> & { passes: number; lint: L }> {
  return keepingAnalyses(text.length, () => lintAndFix(text, lint));
}

async function lintAndFix<M extends Fixable, L extends { messages: readonly M[] }>(
  text: string,
  lint: (text: string) => Promise<L>
): Promise<FixPass<M> & { passes: number; lint: L }> {
  let current = text;
  let result = await lint(current);
  const applied: M[] = [];
  let passes = 0;
  let remaining: M[] = [...result.messages];
  while (passes < MAX_FIX_PASSES && result.messages.some((m) => m.fix)) {
    const pass = applyFixes(current, result.messages);
    passes++;
    if (pass.output === current) break;
    applied.push(...pass.applyingMessages);
    current = pass.output;
    result = await lint(current);
    remaining = [...result.messages];
  }
  return { output: current, applyingMessages: applied, remainingMessages: remaining, passes, lint: result };
}
