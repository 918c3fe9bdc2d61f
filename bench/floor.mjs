// The floor under copydesk's times, run as its own process like the tools it is compared with.
//   node bench/floor.mjs textlint PATH...  textlint's kernel with the plugins copydesk uses (text,
//                                          markdown) and NO rules: reading, parsing to the AST and
//                                          the traversal every textlint rule pays for;
//   node bench/floor.mjs plain PATH...     plain Node: read each file, split it into paragraphs,
//                                          hash each paragraph (the least any duplicate check does).
// A PATH that is a directory stands for the .txt and .md files directly inside it.
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// Resolved from copydesk's own node_modules (not bench/'s): the kernel and plugins the CLI uses.
const fromRoot = createRequire(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../package.json"));
const load = (id) => import(pathToFileURL(fromRoot.resolve(id)).href);

const [mode, ...targets] = process.argv.slice(2);
const files = targets.flatMap((t) =>
  fs.statSync(t).isDirectory()
    ? fs
        .readdirSync(t)
        .filter((f) => /\.(txt|md)$/.test(f))
        .sort()
        .map((f) => path.join(t, f))
    : [t]
);

let count = 0;
if (mode === "textlint") {
  const { TextlintKernel } = await load("@textlint/kernel");
  const { moduleInterop } = await load("@textlint/module-interop");
  const text = moduleInterop((await load("@textlint/textlint-plugin-text")).default);
  const markdown = moduleInterop((await load("@textlint/textlint-plugin-markdown")).default);
  const kernel = new TextlintKernel();
  const plugins = [
    { pluginId: "text", plugin: text },
    { pluginId: "markdown", plugin: markdown }
  ];
  for (const file of files) {
    const result = await kernel.lintText(fs.readFileSync(file, "utf8"), { ext: path.extname(file), filePath: file, plugins, rules: [] });
    count += result.messages.length;
  }
} else if (mode === "plain") {
  for (const file of files) {
    for (const paragraph of fs.readFileSync(file, "utf8").split(/\n\s*\n|\n/)) {
      if (paragraph.trim()) {
        crypto.createHash("sha1").update(paragraph).digest("hex");
        count++;
      }
    }
  }
} else {
  console.error("usage: node bench/floor.mjs textlint|plain PATH...");
  process.exit(2);
}
console.log(JSON.stringify({ mode, files: files.length, count }));
