#!/usr/bin/env node
// Trains the cut detector of no-truncated-sentence (src/text/cut/weights.json) from clean copy.
//
//   npm run train -- <corpus dir>... [--seed N] [--out FILE] [--check]
//   npm run train -- ../shared/corpus/zh/rmrb-2023 ../shared/corpus/zh/gov-reports-2025 ../shared/corpus/en/bbc-2005
//
// Every real paragraph end of the copy is a "not a cut"; the same copy cut at a random position
// inside a sentence is a "cut", with its rest either in the next paragraph or lost. Files are taken
// in name order: files with an even index train, files with index ≡ 1 (mod 4) choose the
// threshold, files with index ≡ 3 (mod 4) are held out and only reported on. Deterministic for a
// given corpus and seed. Needs a build (it uses the compiled text model in dist/).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cutFeatures, isCutCandidate } from "../dist/src/text/cut/features.js";
import { featureBucket } from "../dist/src/text/cut/detector.js";
import { classifyRole, endsWithTerminal } from "../dist/src/text/roles.js";
import { detectLanguage } from "../dist/src/text/language.js";
import { zhWords } from "../dist/src/text/segment.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const seed = Number(opt("--seed", "20261202"));
const out = opt("--out", path.join(root, "src/text/cut/weights.json"));
const check = args.includes("--check");
const noiseBudget = opt("--noise", "0.12");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length === 0) {
  console.error("usage: npm run train -- <corpus dir>... [--seed N] [--out FILE]  (e.g. ../shared/corpus/zh/rmrb-2023)");
  process.exit(2);
}

const BUCKETS = 1 << 18;
/**
 * Cuts made in each paragraph of prose, per kind (rest follows, rest lost). English copy has
 * a fifth as many paragraphs as the Chinese corpus: more cuts per paragraph give it as many
 * examples of a cut.
 */
const CUTS_PER_PARAGRAPH = { zh: 1, en: 3 };
/** Most noise the threshold may give on the calibration files: findings per 100 paragraphs. */
const NOISE_BUDGET = Number(noiseBudget);

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(seed);
const pick = (n) => Math.floor(rand() * n);

function paragraphsOf(text, lang) {
  const texts = text
    .split(/\n[ \t\u3000]*\n/u)
    .map((t) => t.replace(/\s*\n\s*/gu, lang === "zh" ? "" : " ").trim())
    .filter(Boolean);
  return texts.map((t, i) => ({ text: t, role: classifyRole({ text: t, lang, container: "paragraph", indexInDocument: i }) }));
}

const ZH_STOP_BEFORE = /[。！？；!?;…]$|[。！？][”’」』）)]+$/u;

/**
 * A position inside a sentence of `text` where a cut leaves a candidate fragment, or -1. Cuts
 * fall in the middle of the paragraph (a quarter to 85 % of the way in), as print layouts, PDF
 * exports and CMS pastes cut: inside a word or between two words.
 */
function cutPosition(text, lang) {
  const lo = Math.floor(text.length * 0.25);
  const hi = Math.floor(text.length * 0.85);
  if (hi - lo < 2) return -1;
  for (let attempt = 0; attempt < 8; attempt++) {
    let k = lo + pick(hi - lo);
    if (lang === "zh") {
      if (rand() < 0.6) {
        // Between two words: snap to the nearest word boundary.
        const from = Math.max(0, k - 8);
        const words = zhWords(text.slice(from, k + 8), from);
        const b = words.map((w) => w.start).filter((s) => s > 1 && s < text.length - 1);
        if (b.length) k = b.reduce((best, s) => (Math.abs(s - k) < Math.abs(best - k) ? s : best), b[0]);
      }
      const prefix = text.slice(0, k);
      if (ZH_STOP_BEFORE.test(prefix) || /\s$/u.test(prefix)) continue;
    } else {
      if (rand() < 0.8) {
        const space = text.indexOf(" ", k);
        if (space < 0 || space > hi) continue;
        k = space;
      } else if (!/[A-Za-z]/u.test(text[k - 1]) || !/[A-Za-z]/u.test(text[k])) continue;
      const prefix = text.slice(0, k).trimEnd();
      if (/[.!?]["”’')]*$/u.test(prefix)) continue;
    }
    return k;
  }
  return -1;
}

function role(text, lang, index) {
  return classifyRole({ text, lang, container: "paragraph", indexInDocument: index });
}

/** Examples of one piece: [features, label (1 = cut), kind] where kind is "real" | "follows" | "lost". */
function examplesOfPiece(paras, lang, sink) {
  const n = paras.length;
  for (let i = 0; i < n; i++) {
    const a = paras[i];
    const b = paras[i + 1];
    // A real end the next paragraph continues in lower case or with a comma is damage in the
    // source itself (web copy that lost its linked names: `…for Britain when` + `edged out…`),
    // which the rule reports by its strong signals: it is no example of a finished paragraph.
    if (isCutCandidate(a.text, a.role, lang) && !a.damagedInSource) {
      sink.push({ x: { a: a.text, aRole: a.role, b: b?.text, bRole: b?.role, lang, index: i, count: n }, kind: "real" });
    }
    if (a.role !== "body" && a.role !== "quotation" && a.role !== "lead-in") continue;
    // Cuts are made in paragraphs of prose (a sentence inside, 40 characters or 15 words and up).
    if (lang === "zh" ? a.text.length < 40 || !/[。！？；]/u.test(a.text.slice(0, -1)) : a.text.split(" ").length < 15) continue;
    for (let c = 0; c < CUTS_PER_PARAGRAPH[lang]; c++)
      for (const kind of ["follows", "lost"]) {
        const k = cutPosition(a.text, lang);
        if (k < 0) continue;
        const left = lang === "zh" ? a.text.slice(0, k) : a.text.slice(0, k).trimEnd();
        const right = lang === "zh" ? a.text.slice(k) : a.text.slice(k).trimStart();
        const aRole = role(left, lang, i);
        if (!isCutCandidate(left, aRole, lang)) continue;
        const count = kind === "follows" ? n + 1 : n;
        const next = kind === "follows" ? { text: right, role: role(right, lang, i + 1) } : b;
        sink.push({ x: { a: left, aRole, b: next?.text, bRole: next?.role, lang, index: i, count }, kind });
      }
  }
}

function examplesOfFile(text, lang) {
  const paras = paragraphsOf(text, lang);
  paras.forEach((p, i) => {
    const b = paras[i + 1];
    p.damagedInSource = b !== undefined && (lang === "en" ? /^[a-z,;.)]/u.test(b.text) : /^[，、。；：！？）]/u.test(b.text));
  });
  const sink = [];
  examplesOfPiece(paras, lang, sink);
  // The same copy as a short piece without its headline (a brief, a CMS body): its first
  // paragraphs alone, so that the first paragraph of a piece is learnt as body copy too.
  const firstBody = paras.findIndex((p) => p.role === "body" && endsWithTerminal(p.text, lang));
  if (firstBody >= 0) {
    const short = paras.slice(firstBody, firstBody + 1 + pick(3)).map((p, i) => ({ ...p, role: role(p.text, lang, i) }));
    examplesOfPiece(short, lang, sink);
    return { sink, paragraphs: paras.length + short.length };
  }
  return { sink, paragraphs: paras.length };
}

const DROP = (process.env.CUT_DROP ?? "lw2:,lw|fw:,bi:").split(",").filter(Boolean);
function encode(x) {
  const fs = DROP.length ? cutFeatures(x).filter((f) => !DROP.some((d) => f.startsWith(d))) : cutFeatures(x);
  return [...new Set(fs.map((f) => featureBucket(f, BUCKETS)))];
}

function train(rows, labelOf, weightOf, epochs = Number(process.env.CUT_EPOCHS ?? 2)) {
  const w = new Float64Array(BUCKETS);
  const g2 = new Float64Array(BUCKETS).fill(1e-8);
  const order = rows.map((_, i) => i);
  const l2 = Number(process.env.CUT_L2 ?? 1e-4);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order) {
      const row = rows[r];
      let z = 0;
      for (const f of row.f) z += w[f];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - labelOf(row)) * weightOf(row);
      for (const f of row.f) {
        const grad = g + l2 * w[f];
        g2[f] += grad * grad;
        w[f] -= (0.3 / Math.sqrt(g2[f])) * grad;
      }
    }
  }
  return w;
}

const score = (w, f) => {
  let z = 0;
  for (const i of f) z += w[i];
  return 1 / (1 + Math.exp(-z));
};

function sparse(w, counts) {
  const pairs = [];
  for (let i = 0; i < w.length; i++) {
    const v = Math.round(w[i] * 1000);
    if (v !== 0 && (counts[i] ?? 0) >= 2) pairs.push([i, v]);
  }
  return pairs;
}

const byLang = { zh: [], en: [] };
for (const dir of dirs) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  files.forEach((name, index) => {
    const text = fs.readFileSync(path.join(dir, name), "utf8");
    const lang = detectLanguage(text);
    const split = index % 2 === 0 ? "train" : index % 4 === 1 ? "calibrate" : "held-out";
    const { sink, paragraphs } = examplesOfFile(text, lang);
    byLang[lang].push({ split, sink, paragraphs, file: `${path.basename(dir)}/${name}` });
  });
}

/** The corpus as the shared corpus names it (`zh/rmrb-2023`), with its file count and a digest of the files. */
const corpus = dirs.map((d) => {
  const files = fs
    .readdirSync(d)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const h = crypto.createHash("sha256");
  for (const f of files)
    h.update(f)
      .update("\0")
      .update(fs.readFileSync(path.join(d, f)))
      .update("\0");
  return { dir: path.resolve(d).split(path.sep).slice(-2).join("/"), files: files.length, sha256: h.digest("hex").slice(0, 16) };
});
const result = {
  trainedOn: corpus.map((c) => c.dir).join(" "),
  corpus,
  command: `npm run train -- ${corpus.map((c) => `../shared/corpus/${c.dir}`).join(" ")}`,
  seed,
  split: "files in name order per corpus dir: even index trains, index%4==1 sets the threshold, index%4==3 is held out",
  zh: undefined,
  en: undefined
};
for (const lang of ["zh", "en"]) {
  const files = byLang[lang];
  if (files.length === 0) {
    result[lang] = { buckets: BUCKETS, cut: [], continues: [], threshold: 1 };
    continue;
  }
  const rows = (split) => files.filter((f) => f.split === split).flatMap((f) => f.sink.map((s) => ({ ...s, f: encode(s.x) })));
  const trainRows = rows("train");
  const counts = new Uint32Array(BUCKETS);
  for (const r of trainRows) for (const f of r.f) counts[f]++;
  const real = trainRows.filter((r) => r.kind === "real").length;
  const cuts = trainRows.length - real;
  // Real ends are the rare class; weigh them up so that a false alarm costs as much as all misses.
  const cutW = train(
    trainRows,
    (r) => (r.kind === "real" ? 0 : 1),
    (r) => (r.kind === "real" ? (Number(process.env.CUT_NEGW ?? 0.3) * cuts) / Math.max(1, real) : 1)
  );
  const cutRows = trainRows.filter((r) => r.kind !== "real");
  const contW = train(
    cutRows,
    (r) => (r.kind === "follows" ? 1 : 0),
    () => 1
  );

  const evaluate = (split, threshold) => {
    const set = rows(split);
    const paragraphs = files.filter((f) => f.split === split).reduce((s, f) => s + f.paragraphs, 0);
    let noise = 0;
    const found = { follows: 0, lost: 0 };
    const total = { follows: 0, lost: 0 };
    let contRight = 0;
    for (const r of set) {
      const p = score(cutW, r.f);
      if (r.kind === "real") {
        if (p >= threshold) noise++;
        continue;
      }
      total[r.kind]++;
      if (p >= threshold) {
        found[r.kind]++;
        if (score(contW, r.f) >= 0.5 === (r.kind === "follows")) contRight++;
      }
    }
    return {
      threshold,
      paragraphs,
      noisePer100: (100 * noise) / Math.max(1, paragraphs),
      recallFollows: found.follows / Math.max(1, total.follows),
      recallLost: found.lost / Math.max(1, total.lost),
      continuesAccuracy: contRight / Math.max(1, found.follows + found.lost)
    };
  };
  // Threshold: the lowest score whose noise on the calibration files stays within budget.
  const calib = rows("calibrate");
  const calibParas = files.filter((f) => f.split === "calibrate").reduce((s, f) => s + f.paragraphs, 0);
  const realScores = calib
    .filter((r) => r.kind === "real")
    .map((r) => score(cutW, r.f))
    .sort((x, y) => y - x);
  const allowed = Math.floor((NOISE_BUDGET * calibParas) / 100);
  const threshold = Math.max(0.5, Math.round(((realScores[allowed] ?? 0) + 1e-6) * 10000) / 10000);
  {
    const heldReal = rows("held-out");
    const heldParas = files.filter((f) => f.split === "held-out").reduce((s, f) => s + f.paragraphs, 0);
    const neg = heldReal
      .filter((r) => r.kind === "real")
      .map((r) => score(cutW, r.f))
      .sort((x, y) => y - x);
    const line = [];
    for (const budget of [0.1, 0.2, 0.3, 0.5]) {
      const t = neg[Math.floor((budget * heldParas) / 100)] ?? 0;
      const e = evaluate("held-out", t + 1e-9);
      line.push(`@${budget}: t=${t.toFixed(4)} F ${e.recallFollows.toFixed(3)} L ${e.recallLost.toFixed(3)}`);
    }
    console.log(`${lang} held-out curve  ${line.join("  ")}`);
  }
  for (const split of ["train", "calibrate", "held-out"]) {
    const e = evaluate(split, threshold);
    console.log(
      `${lang} ${split.padEnd(9)} ${String(e.paragraphs).padStart(6)} paragraphs  threshold ${threshold}  noise ${e.noisePer100.toFixed(3)}/100  recall follows ${e.recallFollows.toFixed(3)} lost ${e.recallLost.toFixed(3)}  continues right ${e.continuesAccuracy.toFixed(3)}`
    );
  }
  if (process.env.CUT_DEBUG) {
    const c = rows(process.env.CUT_DEBUG).map((r) => ({ r, p: score(cutW, r.f) }));
    const neg = c
      .filter((e) => e.r.kind === "real")
      .sort((x, y) => y.p - x.p)
      .slice(0, 45);
    // One line per example: its score, paragraph, role, the end of the paragraph | the next one's start.
    const dump = (label, e) =>
      console.log(
        label,
        e.p.toFixed(4),
        e.r.x.index,
        e.r.x.aRole,
        JSON.stringify(e.r.x.a.slice(-30)),
        "|",
        JSON.stringify((e.r.x.b ?? "").slice(0, 15))
      );
    for (const e of neg) dump("NEG", e);
    const miss = c.filter((e) => e.r.kind !== "real" && e.p < threshold);
    for (let i = 0; i < Number(process.env.CUT_MISS ?? 30) && miss.length; i++) {
      const e = miss[(i * 7919) % miss.length];
      dump(`MISS ${e.r.kind}`, e);
    }
  }
  result[lang] = { buckets: BUCKETS, cut: sparse(cutW, counts), continues: sparse(contW, counts), threshold };
}

const json = JSON.stringify(result) + "\n";
if (check) {
  const same = fs.existsSync(out) && fs.readFileSync(out, "utf8") === json;
  console.log(same ? `${out} is what this corpus and seed give` : `${out} differs from what this corpus and seed give`);
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(out, json);
console.log(`wrote ${path.relative(process.cwd(), out)} (${json.length} bytes)`);
