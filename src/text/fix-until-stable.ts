/**
 * textlint's `fixText` makes one pass: each fixable rule once, in preset order, on the text the
 * rule before it left. A fix can bring two damaged pieces together for an earlier rule (removing
 * a repeat leaves two filler rows side by side), so one pass may leave something fixable.
 * Passes repeat until the text stops changing, at most `MAX_FIX_PASSES` times, so that a lint
 * after `--fix` reports nothing fixable. Every pass is itself a textlint fix, so every edit still
 * touches only a reported range.
 */
export const MAX_FIX_PASSES = 3;

export interface FixPass<M> {
  output: string;
  applyingMessages: M[];
  remainingMessages: M[];
}

export async function fixUntilStable<M>(
  text: string,
  fixOnce: (text: string) => Promise<FixPass<M>>
): Promise<FixPass<M> & { passes: number }> {
  let current = text;
  const applied: M[] = [];
  let last: FixPass<M> | undefined;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    last = await fixOnce(current);
    passes++;
    applied.push(...last.applyingMessages);
    if (last.output === current) break;
    current = last.output;
  }
  return { output: current, applyingMessages: applied, remainingMessages: last!.remainingMessages, passes };
}
