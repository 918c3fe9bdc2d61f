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
