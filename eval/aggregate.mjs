// Sums the per-article records of score.mjs into the tables `npm run eval` prints. Plain objects
// keyed by strings, so two workers' sums merge by addition.

export function emptyTotals() {
  return { articles: {}, paragraphs: {}, noise: {}, sourceDamage: {}, damaged: {}, golds: {}, examples: { noise: {}, missed: {} }, digest: 0 };
}

const add = (obj, key, n = 1) => (obj[key] = (obj[key] ?? 0) + n);
const EXAMPLES = 8;

export function addArticle(t, file, r) {
  const { clean, golds, damaged } = r;
  t.digest = (t.digest ^ (r.digest ?? 0)) >>> 0;
  add(t.articles, clean.lang);
  add(t.paragraphs, clean.lang, clean.paragraphs);
  for (const rule of clean.sourceDamage ?? []) add(t.sourceDamage, `${rule}|${clean.lang}`);
  for (const f of clean.findings) {
    add(t.noise, `${f.rule}|${clean.lang}`);
    const list = (t.examples.noise[`${f.rule}|${clean.lang}`] ??= []);
    if (list.length < EXAMPLES) list.push({ file, line: f.line, message: f.message });
  }
  for (const [rule, s] of Object.entries(damaged.byRule)) {
    const slot = (t.damaged[`${rule}|${damaged.lang}`] ??= { findings: 0, stray: 0 });
    slot.findings += s.findings;
    slot.stray += s.stray;
  }
  for (const g of golds) {
    const key = `${g.rule}|${g.lang}|${g.kind}|${g.subtype}`;
    const s = (t.golds[key] ??= { n: 0, found: 0, restorable: 0, foundRestorable: 0, fix: 0, fixWs: 0, any: 0, anyWs: 0, severity: {} });
    s.n++;
    if (!g.lost) s.restorable++;
    if (g.found) {
      s.found++;
      if (!g.lost) s.foundRestorable++;
      if (g.fix) s.fix++;
      if (g.fixWs) s.fixWs++;
      if (g.any) s.any++;
      if (g.anyWs) s.anyWs++;
      add(s.severity, g.severity);
    } else {
      const list = (t.examples.missed[key] ??= []);
      if (list.length < 3) list.push(file);
    }
  }
}

export function merge(a, b) {
  a.digest = (a.digest ^ (b.digest ?? 0)) >>> 0;
  for (const k of ["articles", "paragraphs", "noise", "sourceDamage"]) for (const [key, n] of Object.entries(b[k])) add(a[k], key, n);
  for (const [key, s] of Object.entries(b.damaged)) {
    const slot = (a.damaged[key] ??= { findings: 0, stray: 0 });
    slot.findings += s.findings;
    slot.stray += s.stray;
  }
  for (const [key, s] of Object.entries(b.golds)) {
    const slot = (a.golds[key] ??= { n: 0, found: 0, restorable: 0, foundRestorable: 0, fix: 0, fixWs: 0, any: 0, anyWs: 0, severity: {} });
    for (const f of ["n", "found", "restorable", "foundRestorable", "fix", "fixWs", "any", "anyWs"]) slot[f] += s[f];
    for (const [sev, n] of Object.entries(s.severity)) add(slot.severity, sev, n);
  }
  for (const kind of ["noise", "missed"]) {
    for (const [key, list] of Object.entries(b.examples[kind])) {
      const into = (a.examples[kind][key] ??= []);
      for (const x of list) if (into.length < (kind === "noise" ? EXAMPLES : 3)) into.push(x);
    }
  }
  return a;
}

const ratio = (a, b) => (b === 0 ? null : a / b);

/** The tables: one row per rule × language, and one per rule × language × subtype. */
export function summarise(t) {
  const rules = new Set();
  for (const key of [...Object.keys(t.golds), ...Object.keys(t.noise), ...Object.keys(t.damaged)]) rules.add(key.split("|")[0]);
  const langs = Object.keys(t.articles).sort().reverse();
  const byRule = [];
  const bySubtype = [];
  for (const rule of [...rules].sort()) {
    for (const lang of langs) {
      const gs = Object.entries(t.golds).filter(([k]) => k.startsWith(`${rule}|${lang}|`));
      const sum = { n: 0, found: 0, foundRestorable: 0, fix: 0, any: 0, fixWs: 0, anyWs: 0, severity: {} };
      for (const [key, s] of gs) {
        for (const f of ["n", "found", "foundRestorable", "fix", "any", "fixWs", "anyWs"]) sum[f] += s[f];
        for (const [sev, n] of Object.entries(s.severity)) add(sum.severity, sev, n);
        bySubtype.push({ rule, lang, kind: key.split("|")[2], subtype: key.split("|")[3], ...row(s), missedExamples: t.examples.missed[key] ?? [] });
      }
      const d = t.damaged[`${rule}|${lang}`] ?? { findings: 0, stray: 0 };
      byRule.push({
        rule,
        lang,
        articles: t.articles[lang] ?? 0,
        paragraphs: t.paragraphs[lang] ?? 0,
        ...row(sum),
        noise: t.noise[`${rule}|${lang}`] ?? 0,
        sourceDamage: t.sourceDamage?.[`${rule}|${lang}`] ?? 0,
        noisePer100: ratio(100 * (t.noise[`${rule}|${lang}`] ?? 0), t.paragraphs[lang] ?? 0),
        damagedFindings: d.findings,
        stray: d.stray,
        strayShare: ratio(d.stray, d.findings)
      });
    }
  }
  return { byRule, bySubtype };
}

function row(s) {
  return {
    gold: s.n,
    found: s.found,
    recall: ratio(s.found, s.n),
    // Restoration is measured on found damage whose original can come back (not a lost rest).
    restorable: s.foundRestorable,
    fixRestores: ratio(s.fix, s.foundRestorable),
    anyRestores: ratio(s.any, s.foundRestorable),
    fixRestoresWs: ratio(s.fixWs, s.foundRestorable),
    anyRestoresWs: ratio(s.anyWs, s.foundRestorable),
    severity: s.severity
  };
}

const pct = (x) => (x === null || x === undefined ? "—" : `${(100 * x).toFixed(0)}%`);
const sev = (s) =>
  Object.entries(s)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(", ") || "—";
const short = (rule) => rule.replace(/^copydesk\//, "");

export function markdown(summary, { title, command, thresholds, seconds }) {
  const out = [];
  if (title) out.push(`### ${title}`, "");
  if (command) out.push("```sh", command, "```", "");
  const { byRule, bySubtype } = summary;
  const articles = [...new Set(byRule.map((r) => `${r.lang}: ${r.articles} articles, ${r.paragraphs} paragraphs`))];
  out.push(`${articles.join("; ")}${seconds ? `; ${seconds.toFixed(1)} s` : ""}.`, "");
  out.push(
    "| rule | lang | gold | recall | noise /100 ¶ | stray share | fix restores | fix or suggestion restores | severity |",
    "|---|---|---:|---:|---:|---:|---:|---:|---|"
  );
  for (const r of byRule) {
    out.push(
      `| ${short(r.rule)} | ${r.lang} | ${r.gold} | ${pct(r.recall)} | ${r.noisePer100 === null ? "—" : r.noisePer100.toFixed(2)} (${r.noise}${r.sourceDamage ? `; +${r.sourceDamage} on source damage` : ""}) | ${pct(r.strayShare)} (${r.stray}/${r.damagedFindings}) | ${pct(r.fixRestores)} | ${pct(r.anyRestores)} | ${sev(r.severity)} |`
    );
  }
  out.push(
    "",
    "<details><summary>per subtype</summary>",
    "",
    "| rule | lang | subtype | gold | recall | fix restores | fix or suggestion | (ws-normalised) | severity |",
    "|---|---|---|---:|---:|---:|---:|---:|---|"
  );
  for (const r of bySubtype) {
    out.push(
      `| ${short(r.rule)} | ${r.lang} | ${r.subtype} | ${r.gold} | ${pct(r.recall)} | ${pct(r.fixRestores)} | ${pct(r.anyRestores)} | ${pct(r.fixRestoresWs)} / ${pct(r.anyRestoresWs)} | ${sev(r.severity)} |`
    );
  }
  out.push("", "</details>", "");
  if (thresholds?.length) {
    for (const th of thresholds) {
      if (th.ignored || !th.points.length) {
        out.push(`Threshold \`${short(th.rule)}\` \`${th.option}\` (${th.note}).`, "");
        continue;
      }
      out.push(
        `Threshold \`${short(th.rule)}\` \`${th.option}\` (${th.note}):`,
        "",
        "| lang | value | recall | stray share | precision on damaged | noise /100 ¶ |",
        "|---|---:|---:|---:|---:|---:|"
      );
      for (const p of th.points)
        out.push(
          `| ${p.lang} | ${p.value}${p.isDefault ? " (default)" : ""} | ${pct(p.recall)} (${p.found}/${p.gold}) | ${pct(p.strayShare)} | ${pct(p.precision)} | ${p.noisePer100 === null ? "—" : p.noisePer100.toFixed(2)} |`
        );
      out.push("");
    }
  }
  return out.join("\n");
}
