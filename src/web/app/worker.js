// The page's linter, in a Web Worker so typing never waits for it: the copydesk preset on
// @textlint/kernel with textlint's text and markdown plugins and textlint-plugin-html, configured as the CLI runs it
// without a .textlintrc (every rule on, with its defaults). Nothing here touches the network.
import { TextlintKernel } from "@textlint/kernel";
import { moduleInterop } from "@textlint/module-interop";
import textPluginModule from "@textlint/textlint-plugin-text";
import markdownPluginModule from "@textlint/textlint-plugin-markdown";
import htmlPluginModule from "textlint-plugin-html";
import preset, { presetKernelRules, RULE_PREFIX } from "../../../rules/index.js";
import { fixUntilStable } from "../../text/fix-until-stable.js";
import { setEnglishWords } from "../../text/lexicon/english-words.ts";
import { EDITOR_KEPT_CHARS, keepAnalyses } from "../../text/memo.ts";

const kernel = new TextlintKernel();
// The page lints the whole text on every keystroke: keep the analyses of unchanged paragraphs
// between lints, as the language server does (src/text/memo.ts).
keepAnalyses(EDITOR_KEPT_CHARS);
const plugins = [
  { pluginId: "text", plugin: moduleInterop(textPluginModule) },
  { pluginId: "markdown", plugin: moduleInterop(markdownPluginModule) },
  { pluginId: "html", plugin: moduleInterop(htmlPluginModule) }
];
const rules = presetKernelRules();

/** @param {string} ext `.txt`, `.md` or `.html` */
function kernelOptions(ext) {
  return { ext, filePath: `story${ext}`, plugins, rules };
}

/** Only what the page uses, as plain data (structured clone). */
function plain(message) {
  const { ruleId, message: text, line, column, range, loc, severity, fix, suggestions } = message;
  return { ruleId, message: text, line, column, range, loc, severity, fix, suggestions };
}

self.onmessage = async (event) => {
  const { id, op, text, ext } = event.data;
  const started = performance.now();
  try {
    if (op === "fix") {
      const result = await fixUntilStable(text, (current) => kernel.fixText(current, kernelOptions(ext)));
      self.postMessage({ id, op, text, output: result.output, applied: result.applyingMessages.length, ms: performance.now() - started });
    } else {
      const result = await kernel.lintText(text, kernelOptions(ext));
      self.postMessage({ id, op, text, messages: result.messages.map(plain), ms: performance.now() - started });
    }
  } catch (error) {
    self.postMessage({ id, op, text, error: String(error && error.stack ? error.stack : error) });
  }
};

// The English word list the CLI reads from the word-list package (line-end word breaks in OCR'd
// copy), built beside the page as a script (words.js); without it the copy's own words decide.
try {
  // Set already when the single-file page (copydesk.html) put words.js in front of this worker.
  if (typeof (/** @type {{ copydeskEnglishWords?: string }} */ (/** @type {unknown} */ (self)).copydeskEnglishWords) !== "string")
    importScripts("words.js");
  const list = /** @type {{ copydeskEnglishWords?: string }} */ (/** @type {unknown} */ (self)).copydeskEnglishWords;
  if (typeof list === "string") setEnglishWords(list.split("\n"));
} catch {
  // not there: the copy's own words decide
}

self.postMessage({ ready: true, rules: Object.keys(preset.rules).map((id) => `${RULE_PREFIX}${id}`) });
