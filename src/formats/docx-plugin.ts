// The Word reader as a textlint plugin stock textlint loads by name:
//   { "plugins": { "textlint-rule-preset-copydesk/docx": true }, "rules": { "preset-copydesk": true } }
// (textlint tries `textlint-plugin-<name>` and then the name itself, which resolves this package's
// `./docx` export). The same processor the copydesk command, the language server and the web page use.
import { docxPlugin } from "./plugins.js";

export default docxPlugin;
