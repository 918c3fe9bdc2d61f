// Per-rule cost, in one process, through textlint's kernel (what the CLI runs):
//   parse    the text plugin and no rules (the floor every textlint rule pays);
//   model    parse + building the shared text model (paragraphs, roles, languages);
//   +<rule>  parse + model + that one rule, with the defaults the preset gives it;
//   preset   parse + every rule of the preset.
// A rule's own cost is (+<rule>) − (model); it includes the lazy parts of the model it is the
// only one to ask for (sentences, words), so the rules' costs can add up to more than the preset's.
// The variants are run in turn, in a rotating order, `reps` times; medians are printed as JSON.
// usage (after a build): node bench/rule-cost.mjs FILE [reps=3]
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [file, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 3);
// copydesk's own kernel and plugins (not bench/node_modules' copies).
const fromRoot = createRequire(path.join(root, "package.json"));
const load = (id) => import(pathToFileURL(fromRoot.resolve(id)).href);
const { TextlintKernel } = await load("@textlint/kernel");
const { moduleInterop } = await load("@textlint/module-interop");
const textPlugin = moduleInterop((await load("@textlint/textlint-plugin-text")).default);
const markdownPlugin = moduleInterop((await load("@textlint/textlint-plugin-markdown")).default);
const preset = (await import(path.join(root, "dist/rules/index.js"))).default;
const { getTextModel } = await import(path.join(root, "dist/src/text/index.js"));

const text = fs.readFileSync(file, "utf8");
const ext = path.extname(file) || ".txt";
const kernel = new TextlintKernel();
const plugins = [
  { pluginId: "text", plugin: textPlugin },
  { pluginId: "markdown", plugin: markdownPlugin }
];
const buildModel = () => ({
  Document(node) {
    getTextModel(node, { lang: "auto" });
  }
});
const ruleOf = (id) => ({ ruleId: id, rule: preset.rules[id], options: preset.rulesConfig[id] });
const ids = Object.keys(preset.rules);
const variants = [
  ["parse", []],
  ["model", [{ ruleId: "model", rule: buildModel }]],
  ...ids.map((id) => [`+${id}`, [{ ruleId: "model", rule: buildModel }, ruleOf(id)]]),
  ["preset", ids.map(ruleOf)]
];

const samples = new Map(variants.map(([name]) => [name, []]));
const findings = new Map();
await kernel.lintText(text.slice(0, 20000), { ext, plugins, rules: ids.map(ruleOf) }); // warm-up: module code, JIT
for (let r = 0; r < reps; r++) {
  for (let i = 0; i < variants.length; i++) {
    const [name, rules] = variants[(i + r) % variants.length];
    globalThis.gc?.();
    const t0 = performance.now();
    const result = await kernel.lintText(text, { ext, plugins, rules });
    samples.get(name).push(performance.now() - t0);
    findings.set(name, result.messages.length);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(
  JSON.stringify(variants.map(([name]) => ({ name, ms: median(samples.get(name)), samples: samples.get(name), findings: findings.get(name) })))
);
