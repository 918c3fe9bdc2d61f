// `npm run eval`: damage real articles on purpose, lint the damaged and the undamaged copies with
// the whole preset in-process (as the CLI does), and print what the rules catch (recall), what
// they say on clean copy (noise), what they say that matches no damage (stray), and whether their
// fixes and suggestions give the original back. Also scores the hand-labelled raw documents in
// eval/raw/ (eval/raw/gold.tsv). See eval/README.md for how to read the numbers.
//
// usage: node eval/run.mjs [--corpus DIR|GLOB]... [--rules a,b] [--lang zh|en] [--sample N]
//          [--seed S] [--all|--one] [--json FILE] [--md FILE] [--no-thresholds] [--no-raw]
//          [--threshold-sample N] [--workers N]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { glob } from "tinyglobby";
import { hash, KINDS, languageOf, RULE_OF } from "./damage.mjs";
import { emptyTotals, markdown, merge, summarise } from "./aggregate.mjs";
import { loadErrata } from "./errata.mjs";

const evalDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(evalDir, "..");

const USAGE = `usage: npm run eval -- [options]
  --corpus DIR|GLOB   articles to damage (repeatable; default: eval/corpus, shipped)
  --rules a,b         rules to run (ids without "copydesk/"; default: all)
  --lang zh|en        only articles in this language
  --sample N          N articles per language, picked by the seed (default: all)
  --seed S            damage seed (default 1)
  --all | --one       every damage subtype per article (default for <= 200 articles) | one per kind
  --json FILE         write the numbers as JSON (default: none)
  --md FILE           write the Markdown report (default: none; it is always printed)
  --threshold-sample N  articles per language for the threshold tables (default 150; 0 = none)
  --no-raw            skip the hand-labelled raw documents (eval/raw)
  --workers N         worker threads (default: 2, or 1 for small corpora)`;

function parseArgs(argv) {
  const o = { corpus: [], seed: 1, all: undefined, thresholdSample: 150, raw: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === "--corpus") o.corpus.push(value());
    else if (a === "--rules")
      o.rules = value()
        .split(",")
        .map((s) => s.trim().replace(/^copydesk\//, ""));
    else if (a === "--lang") o.lang = value();
    else if (a === "--sample") o.sample = Number(value());
    else if (a === "--seed") o.seed = Number(value());
    else if (a === "--all") o.all = true;
    else if (a === "--one") o.all = false;
    else if (a === "--json") o.json = value();
    else if (a === "--md") o.md = value();
    else if (a === "--threshold-sample") o.thresholdSample = Number(value());
    else if (a === "--no-thresholds") o.thresholdSample = 0;
    else if (a === "--no-raw") o.raw = false;
    else if (a === "--workers") o.workers = Number(value());
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${a}`);
  }
  if (o.lang && !["zh", "en"].includes(o.lang)) fail("--lang is zh or en");
  for (const n of ["sample", "seed", "thresholdSample", "workers"]) if (o[n] !== undefined && !Number.isFinite(o[n])) fail(`--${n} needs a number`);
  return o;
}

function fail(message) {
  console.error(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

const log = (...a) => console.error(`[eval ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** The articles behind the --corpus arguments: .txt and .md files, keyed by `folder/file`. */
async function articles(patterns) {
  const files = new Set();
  for (const p of patterns) {
    const abs = path.resolve(p);
    if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) {
      for (const f of await glob(["**/*.txt", "**/*.md"], {
        cwd: abs,
        absolute: true,
        ignore: ["**/README.md", "**/SOURCES.md", "**/PROVENANCE.md"]
      }))
        files.add(f);
    } else if (fs.existsSync(abs)) files.add(abs);
    else {
      const found = await glob(p, { absolute: true });
      if (found.length === 0) fail(`--corpus ${p}: no such file or directory`);
      for (const f of found) {
        if (fs.statSync(f).isDirectory()) for (const g of await glob(["**/*.txt", "**/*.md"], { cwd: f, absolute: true })) files.add(g);
        else if (/\.(txt|md)$/.test(f)) files.add(f);
      }
    }
  }
  return [...files].sort().map((f) => ({ path: f, key: f.split(path.sep).slice(-2).join("/") }));
}

function runWorkers(files, options, runs, workers) {
  const shares = Array.from({ length: workers }, () => []);
  // Interleaved by size so both workers get long and short pieces alike.
  const sized = files.map((f) => ({ ...f, size: fs.statSync(f.path).size })).sort((a, b) => b.size - a.size);
  sized.forEach((f, i) => shares[i % workers].push(f));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const w = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: { files: share, options, runs } });
          w.once("message", resolve);
          w.once("error", reject);
          w.once("exit", (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
        })
    )
  ).then((parts) => runs.map((_, k) => parts.reduce((acc, p) => merge(acc, p[k]), emptyTotals())));
}

/**
 * Main thresholds: re-run the responsible rule alone over its own damage (and the clean copies) with
 * the option set to each value, and print a precision–recall table. Generic: any rule, any option,
 * any list of values. A rule that ignores the option (the same findings for every value, by the
 * digest of every finding) gets a visible line instead of a table, so the table appears by itself
 * the day the rule accepts the option.
 */
export const THRESHOLDS = [
  {
    rule: "no-duplicate-paragraph",
    option: "nearThreshold",
    kind: "dup",
    values: [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
    only: ["near-chars/next", "near-word/far"],
    default: 0.85, // the rule's own default (rules/no-duplicate-paragraph/meta.ts), marked in the table unless the preset sets another
    note: "share of shingles a near copy shares; recall over the near-copy subtypes"
  },
  {
    rule: "no-truncated-sentence",
    option: "minConfidence",
    kind: "cut",
    values: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
    note: "a paragraph end is reported when the cut detector's confidence is at least this; recall over every cut subtype"
  }
];

/** The option's value in the preset's own configuration of the rule, if it sets one. */
async function presetDefault(rule, option) {
  const { kernelRules } = await import("./score.mjs");
  const r = kernelRules({ rules: [rule] }).find((x) => x.ruleId === `copydesk/${rule}`);
  return r && typeof r.options === "object" ? r.options[option] : undefined;
}

async function thresholdTable(th, files, options, workers) {
  const t1 = performance.now();
  const run = (v) => ({ kinds: [th.kind], rules: [th.rule], ruleOptions: { [th.rule]: { [th.option]: v } }, only: th.only });
  const sorted = [...th.values].sort((a, b) => a - b);
  // The two ends first: if they give the same findings, the rule does not read the option.
  const ends = await runWorkers(files, options, [run(sorted[0]), run(sorted[sorted.length - 1])], workers);
  const time = () => `${files.length} articles, ${((performance.now() - t1) / 1000).toFixed(1)} s`;
  if (ends[0].digest === ends[1].digest) {
    return {
      ...th,
      points: [],
      ignored: true,
      note: `${th.note}; skipped: the rule ignores \`${th.option}\` (the same findings at ${sorted[0]} and ${sorted[sorted.length - 1]}; ${time()})`
    };
  }
  const middle = sorted.slice(1, -1);
  const rest = middle.length ? await runWorkers(files, options, middle.map(run), workers) : [];
  const byValue = new Map([[sorted[0], ends[0]], [sorted[sorted.length - 1], ends[1]], ...middle.map((v, k) => [v, rest[k]])]);
  const def = (await presetDefault(th.rule, th.option)) ?? th.default;
  const points = [];
  for (const v of sorted) {
    for (const r of summarise(byValue.get(v)).byRule) {
      if (r.rule !== `copydesk/${th.rule}`) continue;
      points.push({
        lang: r.lang,
        value: v,
        isDefault: v === def,
        gold: r.gold,
        found: r.found,
        recall: r.recall,
        strayShare: r.strayShare,
        precision: r.damagedFindings ? 1 - r.strayShare : null,
        noisePer100: r.noisePer100
      });
    }
  }
  points.sort((a, b) => (a.lang < b.lang ? 1 : a.lang > b.lang ? -1 : a.value - b.value));
  return { ...th, points, default: def, note: `${th.note}; ${time()}` };
}

function pickSample(files, n, seed) {
  const byLang = {};
  for (const f of files) (byLang[f.lang] ??= []).push(f);
  const out = [];
  for (const list of Object.values(byLang)) {
    list.sort((a, b) => hash(`${seed}:${a.key}`) - hash(`${seed}:${b.key}`) || (a.key < b.key ? -1 : 1));
    out.push(...list.slice(0, n));
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : 1));
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(root, "dist/rules/index.js"))) fail("dist/ is missing: run `npm run build` first");
  const corpus = o.corpus.length ? o.corpus : [path.join(evalDir, "corpus")];
  let files = await articles(corpus);
  for (const f of files) f.lang = languageOf(fs.readFileSync(f.path, "utf8"));
  const errata = loadErrata(path.join(evalDir, "clean-errata.tsv"));
  for (const f of files) f.errata = errata.filter((r) => r.key === f.key);
  if (o.lang) files = files.filter((f) => f.lang === o.lang);
  if (o.sample) files = pickSample(files, o.sample, o.seed);
  if (files.length === 0) fail("no articles to evaluate");
  const all = o.all ?? files.length <= 200;
  const workers = o.workers ?? (files.length < 40 ? 1 : Math.min(2, os.availableParallelism?.() ?? 2));
  const rules = o.rules;
  const kinds = KINDS.filter((k) => !rules || rules.includes(RULE_OF[k].replace(/^copydesk\//, "")));
  const options = { seed: o.seed, all };
  const t0 = performance.now();
  log(
    `${files.length} articles (${Object.entries(count(files))
      .map(([l, n]) => `${l} ${n}`)
      .join(", ")}), ${all ? "every subtype" : "one damage per kind"} per article, seed ${o.seed}, ${workers} worker(s)`
  );
  const [totals] = await runWorkers(files, options, [{ kinds, rules }], workers);
  const seconds = (performance.now() - t0) / 1000;
  log(`scored in ${seconds.toFixed(1)} s`);
  const summary = summarise(totals);

  // Threshold tables, on a sample, the rule alone.
  const thresholds = [];
  if (o.thresholdSample > 0) {
    const sample = pickSample(files, o.thresholdSample, o.seed + 1);
    for (const th of THRESHOLDS) {
      if (rules && !rules.includes(th.rule)) continue;
      const table = await thresholdTable(th, sample, { ...options, all: false }, workers);
      log(`threshold ${th.rule} ${th.option}: ${table.ignored ? "ignored by the rule, skipped" : `${table.points.length} points`}`);
      thresholds.push(table);
    }
  }

  let raw;
  if (o.raw) raw = await (await import("./raw.mjs")).scoreRaw(path.join(evalDir, "raw"), { rules });

  const command = `npm run eval -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, "");
  const md = [markdown(summary, { command, thresholds, seconds }), raw ? raw.markdown : ""].join("\n");
  console.log(md);
  if (o.md) fs.writeFileSync(o.md, md + "\n");
  if (o.json) {
    fs.writeFileSync(
      o.json,
      JSON.stringify(
        {
          command,
          seed: o.seed,
          all,
          seconds,
          articles: totals.articles,
          paragraphs: totals.paragraphs,
          ...summary,
          thresholds,
          raw: raw?.json,
          noiseExamples: totals.examples.noise
        },
        null,
        1
      ) + "\n"
    );
    log(`wrote ${o.json}`);
  }
}

function count(files) {
  const c = {};
  for (const f of files) c[f.lang] = (c[f.lang] ?? 0) + 1;
  return c;
}

await main();
