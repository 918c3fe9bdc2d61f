import { TextlintKernel } from "@textlint/kernel";
import { moduleInterop } from "@textlint/module-interop";
import textPlugin from "@textlint/textlint-plugin-text";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import type { TextlintPluginCreator, TextlintRuleModule } from "@textlint/types";
import { getTextModel, type LangOption, type TextModel } from "../../src/text/index.js";
import { copydeskPlugins } from "../../src/formats/plugins.js";

// textlint's plugins are CommonJS: under ESM a default import is `{ default: plugin }`.
export const plugins = [
  { pluginId: "text", plugin: moduleInterop(textPlugin) as unknown as TextlintPluginCreator },
  { pluginId: "markdown", plugin: moduleInterop(markdownPlugin) as unknown as TextlintPluginCreator }
];

/** Parses `text` with textlint's own plugin for `ext` and returns copydesk's model of it. */
export async function buildModel(text: string, ext: ".txt" | ".md" | ".html", lang: LangOption = "auto"): Promise<TextModel> {
  let model: TextModel | undefined;
  const capture: TextlintRuleModule = (context) => ({
    [context.Syntax.Document](node) {
      model = getTextModel(node, { lang });
    }
  });
  // HTML through the plugin set the copydesk command reads it with.
  const using = ext === ".html" ? copydeskPlugins : plugins;
  await new TextlintKernel().lintText(text, { ext, plugins: using as typeof plugins, rules: [{ ruleId: "capture", rule: capture }] });
  if (!model) throw new Error("the capture rule did not run");
  return model;
}
