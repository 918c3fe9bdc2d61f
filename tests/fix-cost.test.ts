// Issue 21 item 3: `--fix` costs about one fix pass and one lint, not two passes and a lint, and
// the text model is built once per text, not once per fixable rule. Counted, not timed.
import { TextlintKernel } from "@textlint/kernel";
import { fixUntilStable } from "../src/text/index.js";
import { presetKernelRules } from "../rules/index.js";
import { buildModel, plugins } from "./support/build-model.js";

const options = { ext: ".txt", plugins, rules: presetKernelRules() };
type Lint = { messages: { fix?: unknown }[] };
const pass = (output: string) => ({ output, applyingMessages: [1], remainingMessages: [] });

describe("fixing with the lint that follows", () => {
  it("one pass and one lint when the lint after the fixes finds nothing fixable", async () => {
    const calls: string[] = [];
    const result = await fixUntilStable(
      "ab",
      async (text) => (calls.push(`fix ${text}`), pass(text.slice(1))),
      async (text): Promise<Lint> => (calls.push(`lint ${text}`), { messages: [{}] })
    );
    expect(calls).toEqual(["fix ab", "lint b"]);
    expect(result.output).toBe("b");
    expect(result.lint).toEqual({ messages: [{}] });
  });

  it("another pass while the lint still finds something fixable, and the lint of the final text", async () => {
    const calls: string[] = [];
    const result = await fixUntilStable(
      "abc",
      async (text) => (
        calls.push(`fix ${text}`),
        text.length > 2 ? pass(text.slice(1)) : { output: text, applyingMessages: [], remainingMessages: [] }
      ),
      async (text): Promise<Lint> => (calls.push(`lint ${text}`), { messages: [{ fix: {} }] })
    );
    expect(calls).toEqual(["fix abc", "lint bc", "fix bc"]);
    expect(result.output).toBe("bc");
    expect(result.lint).toEqual({ messages: [{ fix: {} }] });
  });

  it("lints the text once when a pass changes nothing", async () => {
    const calls: string[] = [];
    await fixUntilStable(
      "a",
      async (text) => (calls.push(`fix ${text}`), { output: text, applyingMessages: [], remainingMessages: [] }),
      async (text): Promise<Lint> => (calls.push(`lint ${text}`), { messages: [] })
    );
    expect(calls).toEqual(["fix a", "lint a"]);
  });

  it("gives the same text and findings as two passes and a separate lint, with the whole preset", async () => {
    const para = "市政会议审议通过了今年的防汛预算草案，并部署了汛期值守工作。";
    const text = `防汛预算获通过\n\n${para}\n\n……\n\n${para}\n\n……\n\n会议还讨论了城市排水管网改造。约300多人参加。\n`;
    const kernel = new TextlintKernel();
    const old = await fixUntilStable(text, (current) => kernel.fixText(current, options as never));
    const oldLint = await kernel.lintText(old.output, options as never);
    const now = await fixUntilStable(
      text,
      (current) => kernel.fixText(current, options as never),
      (current) => kernel.lintText(current, options as never)
    );
    expect(now.output).toBe(old.output);
    expect(now.lint!.messages).toEqual(oldLint.messages);
  });
});

describe("one text model per text", () => {
  it("reuses the model when the same text is parsed again by the same parser", async () => {
    const text = "第一段。\n\n第二段有300多人。\n";
    const a = await buildModel(text, ".txt");
    const b = await buildModel(text, ".txt");
    expect(b).toBe(a);
  });

  it("builds a new model for another text, or the same text read as Markdown", async () => {
    const text = "**第一段**。\n\n第二段。\n";
    const txt = await buildModel(text, ".txt");
    const md = await buildModel(text, ".md");
    expect(md).not.toBe(txt);
    expect(md.format).toBe("markdown");
    expect(txt.format).toBe("text");
    const other = await buildModel(`${text}第三段。\n`, ".txt");
    expect(other).not.toBe(txt);
  });
});
