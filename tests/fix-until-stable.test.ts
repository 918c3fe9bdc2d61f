import { fixUntilStable, MAX_FIX_PASSES } from "../src/text/index.js";
import { TextlintKernel } from "@textlint/kernel";
import { presetKernelRules } from "../rules/index.js";
import { plugins } from "./support/build-model.js";

const options = { ext: ".txt", plugins, rules: presetKernelRules() };

describe("fixing until the text is stable", () => {
  it("repeats a pass that changed something, and stops at the first pass that changes nothing", async () => {
    // Each pass removes one character: `abc` → `bc` → `c`, then nothing to remove.
    const seen: string[] = [];
    const result = await fixUntilStable("abc", async (text) => {
      seen.push(text);
      const output = text.length > 1 ? text.slice(1) : text;
      return { output, applyingMessages: output === text ? [] : [text[0]!], remainingMessages: [] };
    });
    expect(seen).toEqual(["abc", "bc", "c"]);
    expect(result).toMatchObject({ output: "c", applyingMessages: ["a", "b"], passes: 3 });
  });

  it("never runs more than MAX_FIX_PASSES passes", async () => {
    let calls = 0;
    const result = await fixUntilStable("x", async (text) => {
      calls++;
      return { output: `${text}x`, applyingMessages: [1], remainingMessages: [] };
    });
    expect(calls).toBe(MAX_FIX_PASSES);
    expect(result.output).toBe("x".repeat(MAX_FIX_PASSES + 1));
  });

  it("leaves nothing fixable with the whole preset: a repeat removed between two filler rows", async () => {
    // Removing the repeated paragraph brings the two lone `……` rows together into a filler run.
    const para = "市政会议审议通过了今年的防汛预算草案，并部署了汛期值守工作。";
    const text = `防汛预算获通过\n\n${para}\n\n……\n\n${para}\n\n……\n\n会议还讨论了城市排水管网改造。\n`;
    const kernel = new TextlintKernel();
    const stable = await fixUntilStable(text, (current) => kernel.fixText(current, options as never));
    const fixableAfter = (await kernel.lintText(stable.output, options as never)).messages.filter((m) => m.fix);
    expect(fixableAfter).toEqual([]);
    expect(stable.output).toBe(`防汛预算获通过\n\n${para}\n\n会议还讨论了城市排水管网改造。\n`);
  });
});
