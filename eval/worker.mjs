// One eval worker: scores its share of the articles and posts the sums back.
import fs from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { scoreArticle } from "./score.mjs";
import { addArticle, emptyTotals } from "./aggregate.mjs";

const { files, options, runs } = workerData;
const out = [];
for (const run of runs) {
  const totals = emptyTotals();
  for (const file of files) {
    const text = fs.readFileSync(file.path, "utf8");
    const r = await scoreArticle(text, {
      key: file.key,
      seed: options.seed,
      kinds: run.kinds,
      rules: run.rules,
      all: options.all,
      ruleOptions: run.ruleOptions,
      only: run.only,
      ext: path.extname(file.path) === ".md" ? ".md" : ".txt",
      errata: file.errata
    });
    addArticle(totals, file.key, r);
  }
  out.push(totals);
}
parentPort.postMessage(out);
