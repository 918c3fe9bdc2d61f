// Linting in-process, the way the CLI does (the preset expanded by presetKernelRules, textlint's
// built-in plugins, the kernel), and scoring one article: its undamaged copy (noise) and its
// damaged copies (recall, stray findings, fix restoration, severity).
import { TextlintKernel } from "@textlint/kernel";
import { builtInPlugins } from "textlint/lib/src/loader/TextlintrcLoader.js";
import { onErratum } from "./errata.mjs";
import { damage, damageAll, hash, KINDS, languageOf, splitParagraphs, RULE_OF } from "./damage.mjs";

const presetUrl = new URL("../dist/rules/index.js", import.meta.url);
const { presetKernelRules } = await import(presetUrl.href);
const kernel = new TextlintKernel();

/** The kernel rules for `rules` (ids without the prefix; undefined = all), with per-rule options. */
export function kernelRules({ rules, options } = {}) {
  const value = {};
  for (const r of presetKernelRules(true)) {
    const id = r.ruleId.replace(/^copydesk\//, "");
    if (rules && !rules.includes(id)) value[id] = false;
    else if (options?.[id]) value[id] = { ...(typeof r.options === "object" ? r.options : {}), ...options[id] };
  }
  return presetKernelRules(Object.keys(value).length ? value : true);
}

export async function lint(text, rules, ext = ".txt") {
  const result = await kernel.lintText(text, { ext, filePath: `/eval/article${ext}`, rules, plugins: builtInPlugins });
  return result.messages;
}

/** Applies one textlint fix object (range + text). */
export const applyFix = (text, fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
const squash = (s) => s.replace(/\s+/g, "");

/** The message as it would be on another copy: its rule and text (offsets shift between copies). */
const keyOf = (m) => `${m.ruleId}\u0000${m.message}`;

function overlaps(range, span, slack = 0) {
  return range[0] < span[1] + slack && range[1] + slack > span[0];
}

/** Does finding `m` answer gold `g`? The responsible rule, overlapping the damage; cuts also at the continuation. */
function matches(m, g, text) {
  if (m.ruleId !== g.rule) return false;
  const end = Math.max(m.range[1], m.range[0] + 1);
  const range = [m.range[0], end];
  // The paragraph break around a cut or a pasted copy is part of the damage.
  if (overlaps(range, g.span, 2)) return true;
  if (g.also && overlaps(range, g.also, 2)) return true;
  if (g.kind === "cut" || g.kind === "dup") {
    // Tolerant: a cut may be reported where the rest resumes; a copy where its first sits.
    const after = text.indexOf("\n\n", g.span[1] + 2);
    const next = [g.span[1], after < 0 ? text.length : after];
    if (g.kind === "cut" && overlaps(range, next)) return true;
    if (m.fix && overlaps(m.fix.range, g.span)) return true;
  }
  return false;
}

const SEVERITY = { 1: "warning", 2: "error", 3: "info" };

/** A fingerprint of what was said on one copy: rule, range, message and fix of every finding. */
function digestOf(messages) {
  return hash(
    messages
      .map((m) => `${m.ruleId}\u0001${m.range?.join(",")}\u0001${m.message}\u0001${m.fix ? `${m.fix.range.join(",")}:${m.fix.text}` : ""}`)
      .join("\u0002")
  );
}

/**
 * Scores one article. Returns compact records the main thread sums:
 *   clean: { lang, paragraphs, byRule: {rule: n} }
 *   golds: [{ rule, lang, kind, subtype, found, fix, fixWs, any, anyWs, severity, lost }]
 *   damaged: { lang, byRule: { rule: { findings, stray } } }
 *   digest: a fingerprint of every finding on every copy
 */
export async function scoreArticle(text, { key, seed, kinds = KINDS, rules, all = false, ruleOptions, only, ext = ".txt", errata = [] }) {
  const kr = kernelRules({ rules, options: ruleOptions });
  const wanted = new Set(kr.map((r) => r.ruleId));
  const lang = languageOf(text);
  const paras = splitParagraphs(text);
  const original = paras.join("\n\n");
  const cleanMessages = await lint(original, kr, ext);
  const cleanKeys = new Map();
  for (const m of cleanMessages) cleanKeys.set(keyOf(m), (cleanKeys.get(keyOf(m)) ?? 0) + 1);
  // Noise is errors and warnings: an info finding (a repeat judged to be by design) is not noise,
  // nor a finding on damage the article itself carries (eval/clean-errata.tsv, checked by hand).
  const reported = cleanMessages.filter((m) => m.severity !== 3);
  const cleanNoise = reported.filter((m) => !onErratum(errata, original, m));
  const clean = {
    lang,
    paragraphs: paras.length,
    byRule: {},
    findings: cleanNoise.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message })),
    sourceDamage: reported.filter((m) => onErratum(errata, original, m)).map((m) => m.ruleId)
  };
  for (const m of cleanNoise) clean.byRule[m.ruleId] = (clean.byRule[m.ruleId] ?? 0) + 1;

  const golds = [];
  const damaged = { lang, byRule: {} };
  // Order-independent over copies and articles, so two workers' sums combine (threshold runs
  // compare it to tell a rule that ignores an option: the same findings for every value).
  let digest = digestOf(cleanMessages);
  const otherOriginals = new Map();
  for (const kind of kinds) {
    if (!wanted.has(RULE_OF[kind])) continue;
    const copies = all ? damageAll(original, { kind, key, seed, lang }) : [damage(original, { kind, key, seed, lang, only })].filter(Boolean);
    for (const copy of copies) {
      const g = copy.gold;
      const messages = await lint(copy.text, kr, ext);
      digest = (digest + hash(`${g.kind}|${g.subtype}`) * 31 + digestOf(messages)) >>> 0;
      // What the undamaged text already said is not the damage's doing.
      let baseline = cleanKeys;
      if (g.original !== original) {
        if (!otherOriginals.has(g.original)) {
          const ms = await lint(g.original, kr, ext);
          const k = new Map();
          for (const m of ms) k.set(keyOf(m), (k.get(keyOf(m)) ?? 0) + 1);
          otherOriginals.set(g.original, k);
        }
        baseline = otherOriginals.get(g.original);
      }
      const left = new Map(baseline);
      const fresh = [];
      for (const m of messages) {
        const k = keyOf(m);
        if ((left.get(k) ?? 0) > 0) left.set(k, left.get(k) - 1);
        else fresh.push(m);
      }
      const hits = messages.filter((m) => matches(m, g, copy.text));
      const rec = {
        rule: g.rule,
        lang,
        kind: g.kind,
        subtype: g.subtype,
        found: hits.length > 0,
        fix: false,
        fixWs: false,
        any: false,
        anyWs: false,
        hasFix: false,
        severity: undefined,
        lost: Boolean(g.lost)
      };
      for (const m of hits) {
        rec.severity ??= SEVERITY[m.severity] ?? String(m.severity);
        const tries = [];
        if (m.fix) {
          rec.hasFix = true;
          const out = applyFix(copy.text, m.fix);
          if (out === g.original) rec.fix = true;
          if (squash(out) === squash(g.original)) rec.fixWs = true;
          tries.push(out);
        }
        for (const s of m.suggestions ?? []) if (s.fix) tries.push(applyFix(copy.text, s.fix));
        for (const out of tries) {
          if (out === g.original) rec.any = true;
          if (squash(out) === squash(g.original)) rec.anyWs = true;
        }
      }
      golds.push(rec);
      for (const m of fresh) {
        const slot = (damaged.byRule[m.ruleId] ??= { findings: 0, stray: 0 });
        slot.findings++;
        if (!matches(m, g, copy.text)) slot.stray++;
      }
    }
  }
  return { clean, golds, damaged, digest: hash(`${key}:${digest}`) };
}
