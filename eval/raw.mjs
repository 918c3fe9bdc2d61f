// Real damage in raw copy: the hand-labelled defects of eval/raw/gold.tsv in the raw documents of
// eval/raw/docs (PDF text, crawls, OCR, wire copy, as they came), scored per rule × kind × language.
// A finding answers a gold defect when its range overlaps one of the defect's lines (the whole line,
// its line break included) or, where the gold gives an anchor, the anchored text, or when the edit of
// its fix or a suggestion changes the text there (one reflow mending a block's wraps). Recall: gold
// defects a finding of the responsible rule answers. Precision: a rule's findings that answer a gold
// defect of its own kinds. See eval/README.md and the header of eval/raw/gold.tsv.
//
// The matching functions are pure (no preset, no files) so tests can use them on inline examples;
// scoreRaw lints the documents and needs dist/.
import fs from "node:fs";
import path from "node:path";

/** The rule responsible for each gold kind. */
export const RAW_KINDS = {
  cut: "copydesk/no-truncated-sentence",
  wrap: "copydesk/no-truncated-sentence",
  dup: "copydesk/no-duplicate-paragraph",
  filler: "copydesk/no-ellipsis-filler",
  numeral: "copydesk/consistent-numerals",
  furniture: "copydesk/no-page-furniture"
};

const KIND_ORDER = Object.keys(RAW_KINDS);

/** Parses gold.tsv: `file  line  kind  note  [anchor]`, `#` comments and blank lines skipped. */
export function parseGold(tsv) {
  const out = [];
  tsv.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    const cols = line.split("\t");
    if (cols.length < 4) throw new Error(`gold.tsv:${i + 1}: needs file, line, kind, note (tab-separated)`);
    const [file, where, kind, note, anchor] = cols;
    if (!RAW_KINDS[kind]) throw new Error(`gold.tsv:${i + 1}: unknown kind ${kind} (${KIND_ORDER.join(", ")})`);
    const lines = where.split(",").map((part) => {
      const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(part);
      if (!m) throw new Error(`gold.tsv:${i + 1}: bad line ${where}`);
      const a = Number(m[1]);
      const b = m[2] ? Number(m[2]) : a;
      if (b < a) throw new Error(`gold.tsv:${i + 1}: bad range ${part}`);
      return [a, b];
    });
    out.push({ row: i + 1, file, where, lines, kind, note, anchor: anchor?.trim() ? anchor.trim() : undefined });
  });
  return out;
}

/** Offsets where each line starts (1-based lines: starts[n - 1]); one more entry for the end. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset. */
export function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function nth(text, needle, n, from = 0) {
  let at = from - 1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const occurrence = (s) => {
  const m = /^(.*?)#(\d+)$/.exec(s.trim());
  return m ? { text: m[1], n: Number(m[2]) } : { text: s.trim(), n: 1 };
};

/**
 * The offset spans of a gold defect in `text`: its anchors (`A | B`, `FROM … TO`, `TEXT#n`), searched
 * within its lines (the n-th occurrence counted from the start of its first line), or else its lines
 * (each from its first character through its line break). Throws when a line or an anchor is not
 * there, so a typo in the gold does not pass as a miss.
 */
export function goldSpans(g, text, starts = lineStarts(text)) {
  const total = starts.length;
  const lineSpan = ([a, b]) => {
    if (a > total) throw new Error(`gold.tsv:${g.row}: line ${a} is past the end of ${g.file} (${total} lines)`);
    return [starts[a - 1], b < total ? starts[b] : text.length];
  };
  const spans = g.lines.map(lineSpan);
  if (!g.anchor) return spans;
  const from0 = Math.min(...spans.map((s) => s[0]));
  const end0 = Math.max(...spans.map((s) => s[1]));
  const region = text.slice(from0, end0);
  return g.anchor.split(" | ").map((alt) => {
    const [from, to] = alt.split(" … ");
    const f = occurrence(from);
    const s = nth(region, f.text, f.n);
    if (s < 0) throw new Error(`gold.tsv:${g.row}: anchor “${from}” not found on line ${g.where} of ${g.file}`);
    let e = s + f.text.length;
    if (to !== undefined) {
      const t = occurrence(to);
      const at = nth(region, t.text, t.n, t.n > 1 ? 0 : s + 1);
      if (at < s) throw new Error(`gold.tsv:${g.row}: anchor end “${to}” not found after “${from}” on line ${g.where} of ${g.file}`);
      e = at + t.text.length;
    }
    return [from0 + s, from0 + e];
  });
}

/** The span a finding covers: its range, at least one character wide. */
export function findingSpan(m) {
  const s = m.range?.[0] ?? 0;
  return [s, Math.max(m.range?.[1] ?? s, s + 1)];
}

const overlap = (a, b) => a[0] < b[1] && a[1] > b[0];

/** Strict reading: does the finding start (where an editor is taken, line:column) inside one of the spans? */
export const startsIn = (m, spans) => spans.some((sp) => findingSpan(m)[0] >= sp[0] && findingSpan(m)[0] < sp[1]);

/** Does finding `m` (with `range`) answer gold `g` whose spans are `spans`? Position only; the rule is checked by the caller. */
export const answers = (m, spans) => spans.some((sp) => overlap(findingSpan(m), sp));

/**
 * Where the edits of a finding's fix and suggestions change the text: one span per hunk of each
 * edit's diff against the text it replaces. A finding that mends a whole block with one edit (a
 * PDF page's wraps reflowed, an OCR paragraph's broken words joined) answers each defect its edit
 * mends, not only the one its range starts on. `diff` is the text model's `editDiff`.
 */
const MEND_SIZE = 8;

export function editSpans(m, text, diff) {
  const spans = [];
  for (const edit of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
    if (!edit?.range) continue;
    const [from, to] = edit.range;
    const before = text.slice(from, to).split("");
    const after = edit.text.split("");
    const result = diff(before, after, Math.min(2000, before.length + after.length));
    if (!result) continue;
    // Local mends only (a join, a digit rewritten): deleting a whole paragraph "mends" whatever is in it.
    for (const h of result.hunks) if (h.removed.length <= MEND_SIZE) spans.push([from + h.aStart, from + h.aStart + Math.max(1, h.removed.length)]);
  }
  return spans;
}

/** Does one of a finding's edits (spans from `editSpans`) change the text inside one of the defect's spans? */
export const mends = (edits, spans) => edits.some((e) => spans.some((sp) => overlap(e, sp)));

const langOf = (file) => (/(^|\/)en(-raw)?\//.test(file) ? "en" : /(^|\/)zh(-raw)?\//.test(file) ? "zh" : "?");
const sourceOf = (file) => file.split("/").slice(0, -1).join("/");

/**
 * Scores linted documents against the gold. `docs`: [{ file, text, findings: [{ ruleId, range, message }] }];
 * `rules`: the full rule ids that were run. Pure: no files, no preset.
 */
export function scoreRawDocs(docs, gold, rules, { diff } = {}) {
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const golds = [];
  for (const g of gold) {
    const d = byFile.get(g.file);
    if (!d) throw new Error(`gold.tsv:${g.row}: no document ${g.file}`);
    golds.push({
      ...g,
      lang: langOf(g.file),
      source: sourceOf(g.file),
      rule: RAW_KINDS[g.kind],
      spans: goldSpans(g, d.text, d.starts ?? (d.starts = lineStarts(d.text))),
      foundBy: []
    });
  }
  const findings = [];
  for (const d of docs) {
    const starts = d.starts ?? (d.starts = lineStarts(d.text));
    for (const m of d.findings) {
      if (!rules.includes(m.ruleId)) continue;
      const [s, e] = findingSpan(m);
      const f = {
        file: d.file,
        lang: langOf(d.file),
        rule: m.ruleId,
        line: lineOf(starts, s),
        endLine: lineOf(starts, e - 1),
        message: m.message,
        own: false,
        other: false
      };
      let edits;
      for (const g of golds) {
        if (g.file !== d.file) continue;
        let mended = false;
        if (!answers(m, g.spans)) {
          // Not at the finding's range: the finding may still mend it with its one block edit.
          edits ??= diff ? editSpans(m, d.text, diff) : [];
          if (g.rule !== m.ruleId || !mends(edits, g.spans)) continue;
          mended = true;
        }
        if (mended) {
          f.own = true;
          g.foundBy.push(f);
          g.mendedOnly = g.mendedOnly ?? true;
        } else if (g.rule === m.ruleId) {
          g.mendedOnly = false;
          f.own = true;
          g.foundBy.push(f);
          if (startsIn(m, g.spans)) g.foundAtStart = true;
        } else f.other = true;
      }
      findings.push(f);
    }
  }
  const langs = ["zh", "en"].filter((l) => docs.some((d) => langOf(d.file) === l));
  const recall = [];
  for (const rule of rules) {
    for (const kind of KIND_ORDER.filter((k) => RAW_KINDS[k] === rule)) {
      for (const lang of langs) {
        const gs = golds.filter((g) => g.kind === kind && g.lang === lang);
        if (!gs.length) continue;
        const found = gs.filter((g) => g.foundBy.length).length;
        const atStart = gs.filter((g) => g.foundAtStart).length;
        recall.push({ rule, kind, lang, gold: gs.length, found, recall: found / gs.length, atStart, recallAtStart: atStart / gs.length });
      }
    }
  }
  const precision = [];
  for (const rule of rules) {
    for (const lang of langs) {
      const fs_ = findings.filter((f) => f.rule === rule && f.lang === lang);
      const own = fs_.filter((f) => f.own).length;
      const other = fs_.filter((f) => !f.own && f.other).length;
      precision.push({
        rule,
        lang,
        findings: fs_.length,
        own,
        other,
        unmatched: fs_.length - own - other,
        precision: fs_.length ? own / fs_.length : null
      });
    }
  }
  const bySource = [];
  for (const source of [...new Set(golds.map((g) => g.source))]) {
    for (const kind of KIND_ORDER) {
      const gs = golds.filter((g) => g.source === source && g.kind === kind && rules.includes(g.rule));
      if (gs.length) bySource.push({ source, kind, gold: gs.length, found: gs.filter((g) => g.foundBy.length).length });
    }
  }
  /** A found defect as the report lists it, with the lines of the findings that answered it. */
  const listed = ({ file, where, kind, note, anchor, foundBy }) => ({
    file,
    line: where,
    kind,
    note,
    anchor,
    by: foundBy.map((f) => `${f.line}${f.endLine !== f.line ? `-${f.endLine}` : ""}`)
  });
  const mendedByBlock = golds.filter((g) => g.foundBy.length && g.mendedOnly).map(listed);
  const onlyOverlap = golds.filter((g) => g.foundBy.length && !g.foundAtStart && !g.mendedOnly).map(listed);
  const misses = golds
    .filter((g) => rules.includes(g.rule) && !g.foundBy.length)
    .map(({ file, where, kind, note, anchor }) => ({ file, line: where, kind, note, anchor }));
  const unmatched = findings
    .filter((f) => !f.own)
    .map(({ file, line, endLine, rule, message, other }) => ({ file, line, endLine, rule, message, onOtherGold: other }));
  return {
    documents: docs.length,
    gold: golds.filter((g) => rules.includes(g.rule)).length,
    findings: findings.length,
    recall,
    precision,
    bySource,
    misses,
    onlyOverlap,
    mendedByBlock,
    unmatched
  };
}

const pct = (x) => (x === null || x === undefined ? "—" : `${(100 * x).toFixed(0)}%`);
const short = (rule) => rule.replace(/^copydesk\//, "");
const clip = (s, n = 140) => {
  const one = s.replace(/\s+/g, " ");
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
const cell = (s) => s.replace(/\|/g, "\\|");

export function rawMarkdown(r, { docsByLang, goldPath = "eval/raw/gold.tsv", unmatchedLimit = 150 } = {}) {
  const out = ["## Real damage in raw copy", ""];
  out.push(
    `${r.documents} raw documents (${Object.entries(docsByLang ?? {})
      .map(([l, n]) => `${l} ${n}`)
      .join(", ")}; eval/raw/docs, provenance in eval/raw/SOURCES.md), ${r.gold} hand-labelled defects (${goldPath}), ${r.findings} findings.`,
    "A finding answers a defect when its range overlaps one of the defect's lines (or its anchor, in one-line articles); *at its start* is the strict reading: the finding starts (where an editor is taken) on the defect. Recall: defects a finding of the responsible rule answers. Precision: a rule's findings that answer a defect of its own kinds; findings on another kind's defect are counted apart.",
    ""
  );
  out.push("| rule | kind | lang | gold | found | recall | found at its start | recall at start |", "|---|---|---|---:|---:|---:|---:|---:|");
  for (const x of r.recall)
    out.push(`| ${short(x.rule)} | ${x.kind} | ${x.lang} | ${x.gold} | ${x.found} | ${pct(x.recall)} | ${x.atStart} | ${pct(x.recallAtStart)} |`);
  const without = [...new Set(r.precision.map((x) => x.rule))].filter((rule) => !r.recall.some((x) => x.rule === rule));
  if (without.length)
    out.push(
      "",
      `No hand-labelled defect of the kinds of ${without.map((x) => `\`${short(x)}\``).join(", ")} occurs in these documents: precision only.`
    );
  out.push("", "| rule | lang | findings | on its own gold | on another kind's gold | unmatched | precision |", "|---|---|---:|---:|---:|---:|---:|");
  for (const x of r.precision)
    out.push(`| ${short(x.rule)} | ${x.lang} | ${x.findings} | ${x.own} | ${x.other} | ${x.unmatched} | ${pct(x.precision)} |`);
  out.push(
    "",
    "By source (found by the responsible rule / gold):",
    "",
    "| source | " + KIND_ORDER.join(" | ") + " |",
    "|---|" + KIND_ORDER.map(() => "---:").join("|") + "|"
  );
  for (const source of [...new Set(r.bySource.map((x) => x.source))]) {
    out.push(
      `| ${source} | ${KIND_ORDER.map((k) => {
        const x = r.bySource.find((y) => y.source === source && y.kind === k);
        return x ? `${x.found}/${x.gold}` : "";
      }).join(" | ")} |`
    );
  }
  out.push("", `<details><summary>misses (${r.misses.length})</summary>`, "");
  for (const m of r.misses) out.push(`- \`${m.file}:${m.line}\` ${m.kind}: ${cell(m.note)}${m.anchor ? ` (at “${cell(clip(m.anchor, 60))}”)` : ""}`);
  out.push(
    "",
    "</details>",
    "",
    `<details><summary>found only because a finding's range runs over the defect, none starting on it (${r.onlyOverlap.length}): the place may be a coincidence</summary>`,
    ""
  );
  for (const m of r.onlyOverlap)
    out.push(
      `- \`${m.file}:${m.line}\` ${m.kind}: ${cell(m.note)}${m.anchor ? ` (at “${cell(clip(m.anchor, 60))}”)` : ""}; by the finding at ${m.by.join(", ")}`
    );
  out.push(
    "",
    "</details>",
    "",
    `<details><summary>found by one finding for a whole block whose edit mends the defect, not at the finding's range (${r.mendedByBlock.length})</summary>`,
    ""
  );
  for (const m of r.mendedByBlock)
    out.push(
      `- \`${m.file}:${m.line}\` ${m.kind}: ${cell(m.note)}${m.anchor ? ` (at “${cell(clip(m.anchor, 60))}”)` : ""}; mended by the finding at ${m.by.join(", ")}`
    );
  out.push("", "</details>", "", `<details><summary>findings that answer no defect of their rule's kinds (${r.unmatched.length})</summary>`, "");
  for (const f of r.unmatched.slice(0, unmatchedLimit))
    out.push(
      `- \`${f.file}:${f.line}${f.endLine !== f.line ? `-${f.endLine}` : ""}\` ${short(f.rule)}${f.onOtherGold ? " (on another kind's defect)" : ""}: ${cell(clip(f.message))}`
    );
  if (r.unmatched.length > unmatchedLimit) out.push(`- … ${r.unmatched.length - unmatchedLimit} more in the JSON (\`raw.unmatched\`)`);
  out.push("", "</details>", "");
  return out.join("\n");
}

/** Lints every document under `dir`/docs with the preset (or `rules`) and scores it against `dir`/gold.tsv. */
export async function scoreRaw(dir, { rules } = {}) {
  const goldPath = path.join(dir, "gold.tsv");
  const docsDir = path.join(dir, "docs");
  if (!fs.existsSync(goldPath) || !fs.existsSync(docsDir)) return undefined;
  const { kernelRules, lint } = await import("./score.mjs");
  const kr = kernelRules({ rules });
  const ruleIds = kr.map((r) => r.ruleId);
  const gold = parseGold(fs.readFileSync(goldPath, "utf8"));
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name)) files.push(p);
    }
  };
  walk(docsDir);
  const t0 = performance.now();
  const docs = [];
  for (const p of files) {
    const text = fs.readFileSync(p, "utf8");
    const file = path.relative(docsDir, p).split(path.sep).join("/");
    docs.push({ file, text, findings: await lint(text, kr, path.extname(p) === ".md" ? ".md" : ".txt") });
  }
  const { editDiff } = await import("../dist/src/text/edit-diff.js");
  const r = scoreRawDocs(docs, gold, ruleIds, { diff: editDiff });
  r.seconds = (performance.now() - t0) / 1000;
  const docsByLang = {};
  for (const d of docs) docsByLang[langOf(d.file)] = (docsByLang[langOf(d.file)] ?? 0) + 1;
  return { markdown: rawMarkdown(r, { docsByLang }), json: r };
}
