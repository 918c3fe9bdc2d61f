import type { Lang } from "../language.js";
import { cutFeatures, type CutInput } from "./features.js";
import { TextMemo } from "../memo.js";
import data from "./weights.json" with { type: "json" };

/**
 * The learned cut detector: two logistic regressions per language over hashed features of a
 * paragraph end (see `features.ts`), trained from clean copy by `npm run train`
 * (scripts/train-cut.mjs, which writes weights.json: corpus, seed and split are recorded there).
 *   cut       — is this paragraph end a cut? (real paragraph ends against positions inside sentences)
 *   continues — given a cut, does the next paragraph hold its rest? (rest in the next paragraph
 *               against rest lost)
 */
export interface CutWeights {
  buckets: number;
  /** Sparse weights: [bucket, weight × 1000] pairs. */
  cut: [number, number][];
  continues: [number, number][];
  /** Score above which a paragraph end is reported as a cut. */
  threshold: number;
}

export interface WeightsFile {
  trainedOn: string;
  /** Each corpus folder as the shared corpus names it, its file count and a digest of its files. */
  corpus?: { dir: string; files: number; sha256: string }[];
  /** The command that gives this file again. */
  command?: string;
  seed: number;
  split: string;
  zh: CutWeights;
  en: CutWeights;
}

interface Model {
  buckets: number;
  cut: Map<number, number>;
  continues: Map<number, number>;
  threshold: number;
}

const models = new Map<Lang, Model>();

function model(lang: Lang): Model {
  let m = models.get(lang);
  if (!m) {
    const w = (data as unknown as WeightsFile)[lang];
    m = {
      buckets: w.buckets,
      cut: new Map(w.cut.map(([i, v]) => [i, v / 1000])),
      continues: new Map(w.continues.map(([i, v]) => [i, v / 1000])),
      threshold: w.threshold
    };
    models.set(lang, m);
  }
  return m;
}

/** FNV-1a over UTF-16 code units. */
export function featureBucket(feature: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

export interface CutScore {
  /** Probability that the paragraph end is a cut. */
  cut: number;
  /** Probability that the next paragraph holds the rest (meaningful only for a cut). */
  continues: number;
  /**
   * How sure the detector is that the paragraph end is a cut, on a scale where 0.5 is the
   * threshold the trainer calibrated for the language (the lowest score whose noise on the
   * calibration files stays within budget): the cut score's log-odds shifted by the threshold's.
   * Above 0.5 the detector says "cut" at its calibrated noise; lower values trade noise for recall.
   */
  confidence: number;
  /** The features that pushed the cut score up most, strongest first. */
  evidence: string[];
  threshold: number;
}

const logit = (p: number) => Math.log(p / (1 - p));

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Scores of paragraph ends seen in the last lint or two: a keystroke in the language server, or
 * the lint after `--fix`, leaves most paragraph pairs as they were (see TextMemo). Keyed by the
 * paragraph's text, then by the next one's and the rest, so that no key is built by joining two
 * paragraphs (hashing a joined string costs as much as scoring).
 */
const scores = new TextMemo<Map<string, Map<string, Readonly<CutScore>>>>();
/** Pairs remembered per paragraph text: the next paragraph changes with every keystroke typed in it. */
const PAIRS_PER_TEXT = 16;

/** The detector's reading of one paragraph end. The score is shared: do not change it. */
export function scoreCut(input: CutInput): Readonly<CutScore> {
  const byNext = scores.get(input.a, () => new Map());
  const next = input.b === undefined ? "\u0000" : input.b;
  let byRest = byNext.get(next);
  if (!byRest) {
    if (byNext.size >= PAIRS_PER_TEXT) byNext.clear();
    byNext.set(next, (byRest = new Map()));
  }
  // The features read the position only as first, second, third or later, the distance from the
  // end as last, last but one or inner, and whether the piece is short (features.ts): keyed so,
  // a paragraph added above does not make every pair below it new.
  const rest = `${input.lang}:${input.aRole}:${input.bRole ?? "-"}:${Math.min(input.index, 3)}:${Math.min(input.count - 1 - input.index, 2)}:${input.count <= 3 ? 1 : 0}`;
  let score = byRest.get(rest);
  if (!score) byRest.set(rest, (score = computeScore(input)));
  return score;
}

function computeScore(input: CutInput): CutScore {
  const m = model(input.lang);
  const features = cutFeatures(input);
  let zc = 0;
  let zj = 0;
  const contributions: [string, number][] = [];
  for (const f of features) {
    const i = featureBucket(f, m.buckets);
    const wc = m.cut.get(i) ?? 0;
    zc += wc;
    zj += m.continues.get(i) ?? 0;
    if (wc > 0) contributions.push([f, wc]);
  }
  contributions.sort((x, y) => y[1] - x[1]);
  const t = Math.min(Math.max(m.threshold, 1e-6), 1 - 1e-6);
  return {
    cut: sigmoid(zc),
    continues: sigmoid(zj),
    confidence: sigmoid(zc - logit(t)),
    evidence: contributions.map(([f]) => f),
    threshold: m.threshold
  };
}
