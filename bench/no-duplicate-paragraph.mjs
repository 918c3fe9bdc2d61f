// Benchmark for no-duplicate-paragraph and --across-files: time against size, to show the curve.
// usage (after a build): node bench/no-duplicate-paragraph.mjs [corpusDir]
// Documents are made of real sentences from the corpus, three to a paragraph, with 1% of the
// paragraphs pasted again as blocks, so shingles recur as they do in real copy.
import { TextlintKernel } from "@textlint/kernel";
import { moduleInterop } from "@textlint/module-interop";
import fs from "node:fs";
import path from "node:path";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const rule = (await import(path.join(root, "dist/rules/no-duplicate-paragraph/rule.js"))).default;
const { getTextModel } = await import(path.join(root, "dist/src/text/index.js"));
const { AcrossFilesIndex } = await import(path.join(root, "dist/src/across-files.js"));
const textPlugin = moduleInterop((await import("@textlint/textlint-plugin-text")).default);
const corpus = process.argv[2] ?? "/work/shared/corpus/zh/rmrb-2023";

const sentences = [];
for (const f of fs.readdirSync(corpus).filter((f) => f.endsWith(".txt"))) {
  for (const s of fs.readFileSync(path.join(corpus, f), "utf8").match(/[^。！？\n]+[。！？]/gu) ?? []) if (s.length > 8) sentences.push(s.trim());
}
// mulberry32: a small seeded generator, so every run builds the same documents.
let seed = 42;
function rand(n) {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
}
const paragraph = () => sentences[rand(sentences.length)] + sentences[rand(sentences.length)] + sentences[rand(sentences.length)];
function documentOf(n) {
  const ps = [];
  while (ps.length < n) {
    if (ps.length > 10 && rand(100) === 0) {
      const len = 1 + rand(3);
      const from = rand(ps.length - len);
      ps.push(...ps.slice(from, from + len));
    } else ps.push(paragraph());
  }
  return ps.slice(0, n).join("\n\n") + "\n";
}

const kernel = new TextlintKernel();
const plugins = [{ pluginId: "text", plugin: textPlugin }];
let model;
const capture = () => ({
  Document(node) {
    model = getTextModel(node);
  }
});
async function time(text, rules) {
  const t0 = performance.now();
  const r = await kernel.lintText(text, { ext: ".txt", plugins, rules });
  return { ms: performance.now() - t0, messages: r.messages.length };
}

console.log("one document: paragraphs | model only ms | model + rule ms | rule ms | findings | rule µs/paragraph");
for (const n of [1000, 10000, 30000, 100000]) {
  const text = documentOf(n);
  const base = await time(text, [{ ruleId: "capture", rule: capture }]);
  const full = await time(text, [
    { ruleId: "capture", rule: capture },
    { ruleId: "dup", rule }
  ]);
  const ruleMs = Math.max(0, full.ms - base.ms);
  console.log([n, base.ms.toFixed(0), full.ms.toFixed(0), ruleMs.toFixed(0), full.messages, ((1000 * ruleMs) / n).toFixed(1)].join(" | "));
}

console.log("across files: files | paragraphs | index + findings ms | findings | µs/paragraph");
for (const files of [100, 1000, 10000]) {
  const index = new AcrossFilesIndex();
  let paragraphs = 0;
  let indexMs = 0;
  for (let i = 0; i < files; i++) {
    // Every 50th file reuses an earlier file's text: a story filed twice.
    const text = documentOf(10);
    await kernel.lintText(i % 50 === 49 ? lastText : text, { ext: ".txt", plugins, rules: [{ ruleId: "capture", rule: capture }] });
    if (i % 50 !== 49) lastText = text;
    paragraphs += model.paragraphs.length;
    const t0 = performance.now();
    index.add(`${i}.txt`, model);
    indexMs += performance.now() - t0;
  }
  const t0 = performance.now();
  const found = index.findings().length;
  indexMs += performance.now() - t0;
  console.log([files, paragraphs, indexMs.toFixed(0), found, ((1000 * indexMs) / paragraphs).toFixed(2)].join(" | "));
}
var lastText;
