// `npm run bench`: copydesk against its peers and the floor, side by side in one run.
// Writes bench/RESULTS.md and prints the same tables. Every comparison runs its commands in turn
// (the order rotated each round), so drift on a shared machine hits all of them alike; times are
// medians, quoted with ratios. Generated inputs go to a temporary directory and are removed.
//
// usage (after `npm run build`): node bench/run.mjs [--quick] [--out FILE] [--only a,b] [--keep]
//   --quick   fewer rounds and smaller files (about two minutes), for development
//   --only    sections to run: throughput, rules, profile, scaling, files, adversarial, startup, editor, web
//   --keep    keep the temporary directory (inputs, outputs, CPU profile)
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { adversarialFiles, bytesIn, chineseFile, EN_CORPUS, paragraphsFile, storyFiles, txtFiles, ZH_CORPUS } from "./lib/inputs.mjs";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, "..");
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const QUICK = flag("--quick");
const OUT = path.resolve(value("--out") ?? path.join(benchDir, "RESULTS.md"));
const ONLY = value("--only")?.split(",");
const wants = (section) => !ONLY || ONLY.includes(section);

const P = QUICK
  ? {
      rounds: 2,
      bigRounds: 1,
      sizes: [1, 3],
      big: 3,
      zhlintMax: 1,
      ruleReps: 1,
      scaling: [1000, 10000],
      files: [100, 1000],
      startRounds: 5,
      stagedRounds: 3,
      edits: 40,
      strokes: 10
    }
  : {
      rounds: 3,
      bigRounds: 1,
      sizes: [1, 10, 50],
      big: 10,
      zhlintMax: 10,
      ruleReps: 3,
      scaling: [1000, 10000, 100000],
      files: [100, 1000, 10000],
      startRounds: 15,
      stagedRounds: 10,
      edits: 200,
      strokes: 30
    };

const ZHLINT_TIMEOUT = QUICK ? 30000 : 90000;
const CLI = path.join(root, "dist/src/cli/main.js");
const NM = path.join(benchDir, "node_modules");
const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

// ---------------------------------------------------------------------------------------------
// Set-up: a build, and the peers installed in bench/ (never in the package root).
if (!fs.existsSync(CLI)) {
  console.error("dist/src/cli/main.js is missing: run `npm run build` first");
  process.exit(2);
}
const lock = path.join(benchDir, "package-lock.json");
const installed = path.join(NM, ".package-lock.json");
// The adversarial table and the per-rule costs run copydesk alone: no peers needed for them.
const needsPeers = !ONLY || ONLY.some((s) => !["adversarial", "rules"].includes(s));
if (needsPeers && (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs)) {
  log("installing the peers in bench/ (npm ci --prefix bench)");
  const r = spawnSync("npm", ["ci", "--prefix", benchDir, "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-bench-"));
// The generated inputs are removed however the run ends (unless --keep).
process.on("exit", () => {
  if (!flag("--keep")) fs.rmSync(tmp, { recursive: true, force: true });
});
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));
const version = (pkg) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(NM, pkg, "package.json"), "utf8")).version;
  } catch {
    return "not installed";
  }
};
const rootVersion = (pkg) => JSON.parse(fs.readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")).version;

// ---------------------------------------------------------------------------------------------
// Measuring one command: wall time from spawn to exit, peak RSS from GNU time (the child's
// maximum resident set), the output kept in a file to count findings.
let runId = 0;
function measure({ cmd, args, cwd = tmp, env, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const id = ++runId;
    const outFile = path.join(tmp, `out-${id}.txt`);
    const rssFile = path.join(tmp, `rss-${id}.txt`);
    const out = fs.openSync(outFile, "w");
    const [c, a] = TIME ? [TIME, ["-f", "%M %U %S", "-o", rssFile, cmd, ...args]] : [cmd, args];
    const t0 = process.hrtime.bigint();
    // Its own process group, so that a timed-out command is ended with the children it started.
    const child = spawn(c, a, { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env }, stdio: ["ignore", out, out], detached: true });
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {}
        }, timeoutMs)
      : undefined;
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      fs.closeSync(out);
      const output = fs.readFileSync(outFile, "utf8");
      fs.rmSync(outFile);
      let rssMB;
      let cpuMs;
      if (TIME && fs.existsSync(rssFile)) {
        // "%M %U %S": peak RSS in kB, then user and system CPU seconds.
        const [kb, user, system] = fs.readFileSync(rssFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
        rssMB = kb / 1024;
        if (user !== undefined && system !== undefined) cpuMs = (user + system) * 1000;
        fs.rmSync(rssFile);
      }
      resolve({ ms, rssMB: timedOut ? undefined : rssMB, cpuMs: timedOut ? undefined : cpuMs, code, output, timedOut });
    });
  });
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs `commands` in turn for `rounds` rounds, rotating the order each round. A command with
 * `rounds: 1` (a slow peer) is run in the first round only. Returns name → { ms, rssMB, findings, n }.
 */
async function sideBySide(commands, rounds) {
  const samples = new Map(commands.map((c) => [c.name, { ms: [], rss: [], findings: undefined, failed: undefined }]));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < commands.length; i++) {
      const c = commands[(i + r) % commands.length];
      if (c.rounds !== undefined && r >= c.rounds) continue;
      const m = await measure(c);
      const s = samples.get(c.name);
      if (m.timedOut) {
        s.timedOut = c.timeoutMs;
        continue;
      }
      const findings = c.findings ? c.findings(m.output) : undefined;
      if (findings === undefined && c.findings) s.failed = `exit ${m.code}: ${m.output.trim().split("\n").slice(-3).join(" / ").slice(0, 300)}`;
      s.ms.push(m.ms);
      s.rss.push(m.rssMB);
      s.findings = findings ?? s.findings;
    }
  }
  const result = new Map();
  for (const [name, s] of samples) {
    const rss = s.rss.filter((x) => x !== undefined);
    result.set(name, {
      ms: median(s.ms),
      rssMB: rss.length ? Math.max(...rss) : undefined,
      findings: s.findings,
      n: s.ms.length,
      failed: s.failed,
      timedOut: s.timedOut
    });
  }
  return result;
}

// Findings in each tool's output.
function jsonLine(output, open) {
  for (const line of output.split("\n").reverse())
    if (line.startsWith(open))
      try {
        return JSON.parse(line);
      } catch {}
  const at = output.indexOf(open);
  if (at >= 0)
    try {
      return JSON.parse(output.slice(at));
    } catch {}
  return undefined;
}
const textlintFindings = (o) => jsonLine(o, "[")?.reduce((n, r) => n + r.messages.length, 0);
const autocorrectFindings = (o) => jsonLine(o, "{")?.messages?.reduce((n, f) => n + f.lines.length, 0);
const zhlintFindings = (o) =>
  /Found (\d+) (?:errors?|warnings?)/.exec(o) ? Number(/Found (\d+)/.exec(o)[1]) : /No (?:errors|problems)|^\s*$/i.test(o) ? 0 : undefined;
const floorFindings = (o) => jsonLine(o, "{")?.count;

// The tools. `target` is a file or a directory of .txt files.
const tools = {
  copydesk: (target) => ({ name: "copydesk (preset)", cmd: process.execPath, args: [CLI, "--format", "json", target], findings: textlintFindings }),
  floorTextlint: (target) => ({
    name: "floor: textlint, no rules",
    cmd: process.execPath,
    args: [path.join(benchDir, "floor.mjs"), "textlint", target],
    cwd: root,
    findings: floorFindings
  }),
  floorPlain: (target) => ({
    name: "floor: read+split+hash",
    cmd: process.execPath,
    args: [path.join(benchDir, "floor.mjs"), "plain", target],
    findings: floorFindings
  }),
  textlintPeriod: (target) => ({
    name: "textlint + ja-no-mixed-period",
    cmd: process.execPath,
    args: [path.join(NM, "textlint/bin/textlint.js"), "--no-textlintrc", "--rule", "ja-no-mixed-period", "-f", "json", glob(target)],
    cwd: benchDir,
    findings: textlintFindings
  }),
  // zhlint takes paths relative to its working directory (absolute ones make it throw).
  zhlint: (target) => {
    const dir = fs.statSync(target).isDirectory();
    return {
      name: "zhlint",
      cmd: process.execPath,
      args: [path.join(NM, "zhlint/bin/index.js"), dir ? "*.txt" : path.basename(target)],
      cwd: dir ? target : path.dirname(target),
      findings: zhlintFindings
    };
  },
  autocorrect: (target) => ({
    name: "autocorrect (1 thread)",
    cmd: process.execPath,
    args: [path.join(NM, "autocorrect-node/cli.js"), "--lint", "--format", "json", "--threads", "1", "--no-diff-bg-color", target],
    findings: autocorrectFindings
  })
};
function glob(target) {
  return fs.statSync(target).isDirectory() ? `${target}/*.txt` : target;
}

// ---------------------------------------------------------------------------------------------
// Formatting.
const f0 = (x) => (x === undefined ? "–" : x.toFixed(0));
const f1 = (x) => (x === undefined ? "–" : x.toFixed(1));
const f2 = (x) => (x === undefined ? "–" : x.toFixed(2));
const sec = (ms) =>
  ms === undefined ? "–" : ms >= 10000 ? (ms / 1000).toFixed(1) + " s" : ms >= 1000 ? (ms / 1000).toFixed(2) + " s" : ms.toFixed(0) + " ms";
const mb = (bytes) => (bytes < 1e5 ? (bytes / 1e3).toFixed(1) + " kB" : (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1) + " MB");
const table = (head, rows) =>
  [`| ${head.join(" | ")} |`, `| ${head.map((h, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join(
    "\n"
  );
const verdict = (ok) => (ok === undefined ? "not measured" : ok ? "**met**" : "**missed**");

const sections = [];
const targets = [];
const notes = [];
function section(title, text) {
  sections.push(`## ${title}\n\n${text}\n`);
  console.log(`\n## ${title}\n\n${text}`);
}

const loadStart = os.loadavg();
const started = new Date();
// The 1-minute load average, sampled through the run: other work on the machine shows here.
const loadSamples = [loadStart[0]];
setInterval(() => loadSamples.push(os.loadavg()[0]), 5000).unref();
log(`quick=${QUICK} tmp=${tmp} load ${loadStart.map((x) => x.toFixed(2)).join(" ")}`);

// ---------------------------------------------------------------------------------------------
// Inputs.
function makeFile(name, content) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}
const sized = new Map();
const sizedFile = (megabytes) => {
  if (!sized.has(megabytes)) sized.set(megabytes, makeFile(`zh-${megabytes}mb.txt`, chineseFile(megabytes * 1e6)));
  return sized.get(megabytes);
};

// ---------------------------------------------------------------------------------------------
// 1. Throughput.
let bigCopydesk;
let bigFloor;
if (wants("throughput")) {
  const inputs = [];
  if (!QUICK)
    inputs.push(
      { label: "zh/rmrb-2023 (1,000 files)", target: ZH_CORPUS, zhlint: false },
      { label: "en/bbc-2005 (1,000 files)", target: EN_CORPUS, zhlint: false }
    );
  for (const m of P.sizes)
    inputs.push({
      label: `Chinese, ${m} MB (one file)`,
      target: sizedFile(m),
      zhlint: m <= P.zhlintMax,
      rounds: m > P.big ? P.bigRounds : P.rounds,
      big: m === P.big
    });
  const rows = [];
  for (const input of inputs) {
    if (!fs.existsSync(input.target)) {
      notes.push(`${input.label}: not found, skipped`);
      continue;
    }
    const bytes = bytesIn(input.target);
    const commands = [tools.copydesk, tools.floorTextlint, tools.floorPlain, tools.textlintPeriod, tools.autocorrect].map((t) => t(input.target));
    // zhlint is slow and grows faster than its input: all rounds on the smallest file, one round
    // elsewhere, and stopped after ZHLINT_TIMEOUT (then reported as "> the timeout").
    if (input.zhlint)
      commands.push({ ...tools.zhlint(input.target), rounds: input.target === sizedFile(P.sizes[0]) ? undefined : 1, timeoutMs: ZHLINT_TIMEOUT });
    log(`throughput: ${input.label} (${mb(bytes)}), ${input.rounds ?? P.rounds} rounds`);
    const res = await sideBySide(commands, input.rounds ?? P.rounds);
    const cd = res.get(commands[0].name);
    for (const c of commands) {
      const r = res.get(c.name);
      if (r.n === 0 && r.timedOut) {
        rows.push([
          input.label,
          mb(bytes),
          c.name,
          `> ${sec(r.timedOut)} (stopped)`,
          `< ${f2(bytes / 1e6 / (r.timedOut / 1000))}`,
          "–",
          "–",
          "–",
          "0",
          `< ${f2(cd.ms / r.timedOut)}`
        ]);
        continue;
      }
      rows.push([
        input.label,
        mb(bytes),
        c.name,
        sec(r.ms),
        f1(bytes / 1e6 / (r.ms / 1000)),
        f0(r.rssMB),
        f1((r.rssMB * 1024 * 1024) / bytes),
        r.failed ? `failed (${r.failed})` : f0(r.findings),
        String(r.n),
        c === commands[0] ? "1.00" : f2(cd.ms / r.ms)
      ]);
    }
    if (input.big) {
      bigCopydesk = cd;
      bigFloor = res.get(commands[1].name);
      targets.push([
        "full preset ≤ 2.0× textlint's no-rule parse (" + input.label + ")",
        `${f2(cd.ms / bigFloor.ms)}× (${sec(cd.ms)} vs ${sec(bigFloor.ms)})`,
        verdict(cd.ms / bigFloor.ms <= 2)
      ]);
      const z = res.get(tools.zhlint(input.target).name);
      if (z && z.n === 0 && z.timedOut)
        targets.push([
          "faster than zhlint (" + input.label + ")",
          `${sec(cd.ms)} vs zhlint stopped unfinished after ${sec(z.timedOut)}`,
          verdict(cd.ms < z.timedOut)
        ]);
      else if (z)
        targets.push([
          "faster than zhlint (" + input.label + ")",
          `${f2(cd.ms / z.ms)}× zhlint's time (${sec(cd.ms)} vs ${sec(z.ms)}, zhlint 1 run)`,
          verdict(cd.ms < z.ms)
        ]);
      const a = res.get(commands[4].name);
      targets.push([
        "faster than AutoCorrect (" + input.label + ")",
        `${f2(cd.ms / a.ms)}× AutoCorrect's time (${sec(cd.ms)} vs ${sec(a.ms)})`,
        verdict(cd.ms < a.ms)
      ]);
    }
    // Many stories in one run (issue 19: 1,000 stories within 2× the floor, on the default jobs).
    if (input.target === ZH_CORPUS || input.target === EN_CORPUS) {
      const floor = res.get(commands[1].name);
      targets.push([
        `${input.label}: ≤ 2.0× textlint's no-rule parse`,
        `${f2(cd.ms / floor.ms)}× (${sec(cd.ms)} vs ${sec(floor.ms)})`,
        verdict(cd.ms / floor.ms <= 2)
      ]);
    }
    if (bytes >= 9e6 && input.target.endsWith(".txt")) {
      const ratio = (cd.rssMB * 1024 * 1024) / bytes;
      // Issue 19: ≤ 10× the input at 10 MB, ≤ 6× at 50 MB.
      const limit = bytes >= 4e7 ? 6 : 10;
      targets.push([`peak memory ≤ ${limit}× input (${input.label})`, `${f0(cd.rssMB)} MB = ${f1(ratio)}× input`, verdict(ratio <= limit)]);
    }
  }
  section(
    "Throughput",
    "Wall time of the whole command (process start to exit, as a user sees it), median of the rounds; " +
      "peak RSS from GNU time (largest of the rounds); `× input` is peak RSS over the input size; findings as each tool counts them. " +
      "`copydesk ÷ tool` above 1 means copydesk is slower.\n\n" +
      table(["input", "size", "command", "wall (median)", "MB/s", "peak RSS MB", "RSS × input", "findings", "runs", "copydesk ÷ tool"], rows)
  );
  if (inputs.some((i) => !i.zhlint))
    notes.push(
      `zhlint runs only on the files of ${P.zhlintMax} MB or less (all rounds on the smallest, one round on the others, stopped after ${sec(ZHLINT_TIMEOUT)}): it takes about 10 s per MB at 1 MB and grows faster than its input, so on the corpus directories and the larger files it would take the whole time budget.`
    );
}

// ---------------------------------------------------------------------------------------------
// 2. Per-rule cost, in one process through the kernel (bench/rule-cost.mjs).
if (wants("rules")) {
  const file = sizedFile(P.big);
  log(`per-rule cost on ${mb(fs.statSync(file).size)}, ${P.ruleReps} rounds`);
  const r = spawnSync(process.execPath, ["--expose-gc", path.join(benchDir, "rule-cost.mjs"), file, String(P.ruleReps)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26
  });
  const data = jsonLine(r.stdout ?? "", "[");
  if (!data) {
    notes.push(`per-rule cost failed: ${(r.stderr ?? "").slice(-500)}`);
  } else {
    const by = new Map(data.map((d) => [d.name, d]));
    const parse = by.get("parse").ms;
    const model = by.get("model").ms;
    const preset = by.get("preset").ms;
    const rows = data.map((d) => {
      const own = d.name.startsWith("+") ? d.ms - model : d.name === "model" ? model - parse : d.name === "preset" ? preset - parse : d.ms;
      // A difference below zero is noise between rounds: shown as 0.
      const shown = Math.max(0, own);
      return [
        d.name === "parse"
          ? "parse (text plugin, no rules)"
          : d.name === "model"
            ? "text model (paragraphs, roles, languages)"
            : d.name === "preset"
              ? "whole preset"
              : `rule ${d.name.slice(1)}`,
        sec(d.ms),
        sec(shown),
        f0((100 * shown) / (preset - parse)) + "%",
        f0(d.findings)
      ];
    });
    section(
      `Per-rule cost (${mb(fs.statSync(file).size)} Chinese file)`,
      "In one process through `@textlint/kernel`, each variant run in turn, median of " +
        P.ruleReps +
        " rounds (`bench/rule-cost.mjs`). " +
        "`own` is the variant less the one below it: a rule's own cost is (model + rule) − model, and includes the lazy parts of the model (sentences, ICU words) it asks for; " +
        "rules that share those parts overlap, so their own costs add up to more than the preset's. `share` is of the preset's cost above the parse.\n\n" +
        table(["variant", "time (median)", "own", "share", "findings"], rows)
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Where the time goes: a CPU profile of the CLI on the big file.
if (wants("profile") && !QUICK) {
  const file = sizedFile(P.big);
  const dir = path.join(tmp, "prof");
  log(`CPU profile of the CLI on ${mb(fs.statSync(file).size)}`);
  spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, CLI, "--format", "json", file], {
    cwd: tmp,
    stdio: ["ignore", "ignore", "ignore"]
  });
  const prof = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile")) : undefined;
  if (prof) {
    const r = spawnSync(process.execPath, [path.join(benchDir, "lib/profile-summary.mjs"), path.join(dir, prof), "12"], {
      encoding: "utf8",
      maxBuffer: 1 << 26
    });
    section(
      `Where the time goes (CPU profile of \`copydesk\` on the ${P.big} MB file)`,
      "`node --cpu-prof`, summarised by `bench/lib/profile-summary.mjs` (self time by file and function; inclusive time for copydesk's own functions).\n\n```\n" +
        r.stdout.trim() +
        "\n```"
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Scaling: paragraphs in one document, with 5% duplicates and 5% near duplicates.
if (wants("scaling")) {
  const rows = [];
  let prev;
  let worst = 0;
  for (const n of P.scaling) {
    const { text, exact, near } = paragraphsFile(n);
    const file = makeFile(`paragraphs-${n}.txt`, text);
    const rounds = n >= 100000 ? P.bigRounds : P.rounds;
    log(`scaling: ${n} paragraphs (${mb(text.length * 3)}), ${rounds} rounds`);
    const commands = [tools.copydesk(file), tools.floorTextlint(file)];
    const res = await sideBySide(commands, rounds);
    const cd = res.get(commands[0].name);
    const fl = res.get(commands[1].name);
    // Net: copydesk's time above the floor's (Node start-up, reading, parsing), paired by median.
    const net = cd.ms - fl.ms;
    const growth = prev ? cd.ms / prev.ms : undefined;
    const netGrowth = prev ? net / prev.net : undefined;
    if (netGrowth) worst = Math.max(worst, netGrowth);
    rows.push([
      n.toLocaleString("en"),
      mb(fs.statSync(file).size),
      `${exact} / ${near}`,
      sec(cd.ms),
      growth ? f1(growth) + "×" : "–",
      sec(net),
      netGrowth ? f1(netGrowth) + "×" : "–",
      f1((1000 * net) / n),
      f0(cd.rssMB),
      f0(cd.findings),
      sec(fl.ms),
      f2(cd.ms / fl.ms),
      String(cd.n)
    ]);
    fs.rmSync(file);
    prev = { ...cd, net };
  }
  targets.push([
    `linear scaling (10× paragraphs within ~11× time; ${P.scaling.map((n) => n / 1000 + "k").join("/")} paragraphs)`,
    `worst step ${f1(worst)}× (time above the floor)`,
    verdict(worst <= 11)
  ]);
  section(
    "Scaling with paragraphs (one document)",
    "Paragraphs of two real corpus sentences; 5% repeat an earlier paragraph exactly, 5% with a small edit. Wall time of the CLI and of the textlint no-rule floor, side by side, medians; " +
      "`step` is the time over the previous row's (10× the paragraphs). Start-up dominates the smallest size, so the raw step flatters; `net` is copydesk's time above the floor (start-up, reading, parsing), and the linearity verdict is on its step.\n\n" +
      table(
        [
          "paragraphs",
          "size",
          "exact / near dups",
          "copydesk",
          "step",
          "net",
          "net step",
          "net µs / paragraph",
          "peak RSS MB",
          "findings",
          "textlint no rules",
          "copydesk ÷ floor",
          "runs"
        ],
        rows
      )
  );
}

// ---------------------------------------------------------------------------------------------
// 5. Many files: --across-files when the CLI has it, else plain multi-file linting.
if (wants("files")) {
  const help = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" }).stdout ?? "";
  const across = help.includes("--across-files");
  const rows = [];
  let prev;
  let worst = 0;
  for (const count of P.files) {
    const dir = storyFiles(path.join(tmp, `stories-${count}`), count);
    const rounds = count >= 10000 ? P.bigRounds : P.rounds;
    log(`files: ${count} stories, ${rounds} rounds${across ? ", --across-files" : ""}`);
    const cd = tools.copydesk(dir);
    if (across) cd.args.splice(1, 0, "--across-files");
    const res = await sideBySide([cd, tools.floorTextlint(dir)], rounds);
    const c = res.get(cd.name);
    const fl = res.get("floor: textlint, no rules");
    const net = c.ms - fl.ms;
    const growth = prev ? c.ms / prev.ms : undefined;
    const netGrowth = prev ? net / prev.net : undefined;
    if (netGrowth) worst = Math.max(worst, netGrowth);
    rows.push([
      count.toLocaleString("en"),
      mb(bytesIn(dir)),
      sec(c.ms),
      growth ? f1(growth) + "×" : "–",
      sec(net),
      netGrowth ? f1(netGrowth) + "×" : "–",
      f2(net / count),
      f0(c.rssMB),
      f0(c.findings),
      sec(fl.ms),
      f2(c.ms / fl.ms),
      String(c.n)
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
    prev = { ...c, net };
  }
  targets.push([
    `linear over files (${P.files.join("/")} files${across ? ", --across-files" : ", plain CLI"})`,
    `worst step ${f1(worst)}× (time above the floor)`,
    verdict(worst <= 11)
  ]);
  section(
    across ? "Scaling over files (--across-files)" : "Scaling over files (plain CLI: this build has no --across-files)",
    `Directories of stories: the zh/rmrb-2023 articles, and beyond its 1,000 the same articles refilled with random real sentences (new stories of the same shape). ${across ? "`copydesk --across-files DIR`" : "`copydesk DIR`: the CLI's --help lists no --across-files option in this build, so the cross-file index is not measured here (see bench/no-duplicate-paragraph.mjs for the index alone)"}; the textlint no-rule floor on the same directory beside it; medians, \`net\` as above.\n\n` +
      table(
        [
          "files",
          "size",
          "copydesk",
          "step",
          "net",
          "net step",
          "net ms / file",
          "peak RSS MB",
          "findings",
          "textlint no rules",
          "copydesk ÷ floor",
          "runs"
        ],
        rows
      )
  );
}

// ---------------------------------------------------------------------------------------------
// 5b. Adversarial inputs (issue 21): each beside normal copy of the same size, one file each.
// Wall time and CPU time (user + system, from GNU time): on a shared machine the CPU time is the
// steadier of the two. `--fix` on the normal copy (a fresh copy of the file each round) beside
// its lint.
if (wants("adversarial")) {
  const sizes = QUICK ? [1] : [1, 10];
  const rows = [];
  let worstTime = 0;
  let worstMem = 0;
  const runOnce = async (file, extra = []) => {
    const samples = [];
    for (let r = 0; r < (QUICK ? 1 : 2); r++) {
      if (extra.includes("--fix")) fs.copyFileSync(file + ".orig", file);
      samples.push(await measure({ cmd: process.execPath, args: [CLI, ...extra, "--format", "json", file], timeoutMs: 600000 }));
    }
    return {
      ms: median(samples.map((m) => m.ms)),
      cpuMs: median(samples.map((m) => m.cpuMs)),
      rssMB: Math.max(...samples.map((m) => m.rssMB ?? 0)) || undefined,
      timedOut: samples.some((m) => m.timedOut),
      findings: textlintFindings(samples[0].output),
      code: samples[0].code
    };
  };
  for (const m of sizes) {
    const inputs = adversarialFiles(m * 1e6);
    let normal;
    for (const { name, text } of inputs) {
      const file = makeFile(`adv-${m}-${inputs.findIndex((i) => i.name === name)}.txt`, text);
      const bytes = fs.statSync(file).size;
      log(`adversarial: ${name}, ${mb(bytes)}`);
      const r = await runOnce(file);
      // textlint's own parse of the same file, no rules: the memory its AST needs before any rule runs.
      const floor = await measure({
        cmd: process.execPath,
        args: [path.join(benchDir, "floor.mjs"), "textlint", file],
        cwd: root,
        timeoutMs: 600000
      });
      normal ??= { ...r, bytes };
      const ratio = r.cpuMs / normal.cpuMs;
      const mem = (r.rssMB * 1024 * 1024) / bytes;
      if (m >= 10) {
        worstTime = Math.max(worstTime, ratio);
        worstMem = Math.max(worstMem, mem);
      }
      rows.push([
        name,
        mb(bytes),
        "lint",
        r.timedOut ? "> 600 s (stopped)" : sec(r.ms),
        sec(r.cpuMs),
        f2(ratio),
        f0(r.rssMB),
        f1(mem),
        floor.rssMB ? f1((floor.rssMB * 1024 * 1024) / bytes) : "–",
        f0(r.findings)
      ]);
      if (r === normal || name === inputs[0].name) {
        fs.copyFileSync(file, file + ".orig");
        const fx = await runOnce(file, ["--fix"]);
        rows.push([
          name,
          mb(bytes),
          "--fix",
          sec(fx.ms),
          sec(fx.cpuMs),
          `${f2(fx.cpuMs / r.cpuMs)} (of its lint)`,
          f0(fx.rssMB),
          f1((fx.rssMB * 1024 * 1024) / bytes),
          "",
          f0(fx.findings)
        ]);
        if (m >= 10)
          targets.push([
            `--fix ≤ 2× the lint (normal copy, ${m} MB, CPU time)`,
            `${f2(fx.cpuMs / r.cpuMs)}× (${sec(fx.cpuMs)} vs ${sec(r.cpuMs)})`,
            verdict(fx.cpuMs / r.cpuMs <= 2)
          ]);
      }
      fs.rmSync(file, { force: true });
      fs.rmSync(file + ".orig", { force: true });
    }
  }
  if (!QUICK) {
    targets.push(["adversarial inputs ≤ 5× normal copy (10 MB, CPU time)", `worst ${f2(worstTime)}×`, verdict(worstTime <= 5)]);
    targets.push(["adversarial inputs: peak memory < 15× input (10 MB)", `worst ${f1(worstMem)}×`, verdict(worstMem < 15)]);
  }
  section(
    "Adversarial inputs (issue 21)",
    "One file each, beside normal copy of the same size (the corpus articles, `bench/lib/inputs.mjs` `adversarialFiles`): the same copy with its line breaks lost, " +
      "tiny one-line paragraphs, runs of one punctuation mark, digits, Chinese numerals, quote marks, zero-width spaces. Wall time and CPU time (user + system, GNU time), median of " +
      (QUICK ? "1 run" : "2 runs") +
      "; `× normal` is CPU time over the normal copy's (the steadier measure on a shared machine); `floor RSS × input` is the peak of textlint's own parse of the same file with no rules (`bench/floor.mjs`, one run): the memory its AST takes before any rule runs; `--fix` rows run on a fresh copy of the normal file.\n\n" +
      table(["input", "size", "command", "wall", "CPU", "× normal", "peak RSS MB", "RSS × input", "floor RSS × input", "findings"], rows)
  );
}

// ---------------------------------------------------------------------------------------------
// 6. Start-up: one small story; the pre-commit path on 5 staged stories.
if (wants("startup")) {
  const story = makeFile("story.txt", fs.readFileSync(txtFiles(ZH_CORPUS)[0], "utf8"));
  log(`start-up: ${P.startRounds} rounds`);
  const commands = [
    tools.copydesk(story),
    { name: "node -e 0 (bare Node start)", cmd: process.execPath, args: ["-e", "0"] },
    tools.floorTextlint(story),
    tools.textlintPeriod(story),
    tools.autocorrect(story),
    tools.zhlint(story)
  ];
  const res = await sideBySide(commands, P.startRounds);
  const cd = res.get(commands[0].name);
  const rows = commands.map((c) => {
    const r = res.get(c.name);
    return [c.name, sec(r.ms), f0(r.rssMB), f0(r.findings), f2(cd.ms / r.ms)];
  });
  targets.push(["one story, start to exit ≤ 300 ms", sec(cd.ms), verdict(cd.ms <= 300)]);

  // Pre-commit: a git repository with 5 staged stories, `copydesk --staged`.
  const repo = path.join(tmp, "repo");
  fs.mkdirSync(repo);
  const git = (...a) =>
    spawnSync("git", a, {
      cwd: repo,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "bench",
        GIT_AUTHOR_EMAIL: "bench@example.invalid",
        GIT_COMMITTER_NAME: "bench",
        GIT_COMMITTER_EMAIL: "bench@example.invalid"
      }
    });
  git("init", "-q");
  fs.writeFileSync(path.join(repo, "README.md"), "# stories\n");
  git("add", "README.md");
  git("commit", "-q", "-m", "init");
  const files = txtFiles(ZH_CORPUS).slice(1, 6);
  for (const [i, f] of files.entries()) fs.writeFileSync(path.join(repo, `story-${i + 1}.txt`), fs.readFileSync(f));
  git("add", ".");
  const staged = git("diff", "--cached", "--name-only").stdout.trim().split("\n").filter(Boolean);
  log(`pre-commit: ${staged.length} staged stories, ${P.stagedRounds} rounds`);
  const stagedCmd = {
    name: `copydesk --staged (${staged.length} staged stories)`,
    cmd: process.execPath,
    args: [CLI, "--staged", "--format", "json"],
    cwd: repo,
    findings: textlintFindings
  };
  const filesCmd = {
    name: `copydesk on the same ${staged.length} files`,
    cmd: process.execPath,
    args: [CLI, "--format", "json", ...staged],
    cwd: repo,
    findings: textlintFindings
  };
  const pre = await sideBySide([stagedCmd, filesCmd], P.stagedRounds);
  const s = pre.get(stagedCmd.name);
  for (const c of [stagedCmd, filesCmd]) {
    const r = pre.get(c.name);
    rows.push([c.name, sec(r.ms), f0(r.rssMB), r.failed ? `failed (${r.failed})` : f0(r.findings), f2(cd.ms / r.ms)]);
  }
  targets.push([`pre-commit on ${staged.length} staged stories ≤ 1 s`, sec(s.ms), verdict(s.failed ? false : s.ms <= 1000)]);
  section(
    "Start-up",
    `One story from zh/rmrb-2023 (${mb(fs.statSync(story).size)}), median of ${P.startRounds} rounds; then \`copydesk --staged\` in a fresh git repository with ${staged.length} staged stories, median of ${P.stagedRounds} rounds.\n\n` +
      table(["command", "wall (median)", "peak RSS MB", "findings", "copydesk one story ÷ this"], rows)
  );
}

// ---------------------------------------------------------------------------------------------
// 7. Editor latency (bench/lsp-latency.mjs) and the web page (bench/web-latency.mjs).
if (wants("editor")) {
  log(`editor: ${P.edits} edits`);
  const outs = [];
  for (const doc of ["seed", "article"]) {
    const r = spawnSync(process.execPath, [path.join(benchDir, "lsp-latency.mjs"), String(P.edits), "150", doc], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 26
    });
    const out = (r.stdout ?? "").trim();
    outs.push(`$ node bench/lsp-latency.mjs ${P.edits} 150 ${doc}\n${out || (r.stderr ?? "").slice(-800)}`);
    const m = /p50 ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms/.exec(out);
    if (m && doc === "seed")
      targets.push([
        `editor p95 ≤ 30 ms (language server, the seed, ${P.edits} edits)`,
        `p50 ${m[1]} ms, p95 ${m[2]} ms`,
        verdict(Number(m[2]) <= 30)
      ]);
    if (m && doc === "article") targets.push([`editor, 20,000-character article (informational)`, `p50 ${m[1]} ms, p95 ${m[2]} ms`, "–"]);
  }
  section(
    "Editor latency (copydesk lsp)",
    `\`node bench/lsp-latency.mjs ${P.edits} 150 seed|article\`: the seed (9,103 characters) and a 20,000-character article (the seed topped up with corpus copy), one character typed per edit at the end of a line; time from the edit to the diagnostics, less the 150 ms debounce.\n\n\`\`\`\n${outs.join("\n\n")}\n\`\`\``
  );
}
if (wants("web")) {
  if (!fs.existsSync("/usr/bin/chromium") && !process.env.COPYDESK_CHROMIUM)
    notes.push("web latency skipped: no Chromium at /usr/bin/chromium (set COPYDESK_CHROMIUM)");
  else {
    log(`web: ${P.strokes} keystrokes`);
    const r = spawnSync(process.execPath, [path.join(benchDir, "web-latency.mjs"), "20000", String(P.strokes)], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 26,
      timeout: 300000
    });
    const data = jsonLine(r.stdout ?? "", "{");
    if (data) targets.push([`web page p95 (${data.keystrokes} keystrokes, informational)`, `median ${data.medianMs} ms, p95 ${data.p95Ms} ms`, "–"]);
    section(
      "Web page latency (copydesk serve, Chromium)",
      `\`node bench/web-latency.mjs 20000 ${P.strokes}\`: from a keystroke's input event to the findings list being fresh, in the page.\n\n\`\`\`\n${(r.stdout ?? "").trim() || (r.stderr ?? "").slice(-800)}\n\`\`\``
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The report.
const loadEnd = os.loadavg();
const cpu = os.cpus()[0]?.model ?? "unknown";
let commit = "unknown";
const g = spawnSync("git", ["describe", "--always", "--dirty"], { cwd: root, encoding: "utf8" });
if (g.status === 0) commit = g.stdout.trim();
const head = [
  `# copydesk benchmark${QUICK ? " (quick run)" : ""}`,
  "",
  `Written by \`npm run bench\` (bench/run.mjs${QUICK ? " --quick" : ""}); see docs/benchmark.md. Each comparison ran side by side in this one run, commands alternating; times are medians, with ratios.`,
  "",
  `- date: ${started.toISOString().replace(/\.\d+Z$/, "Z")} (took ${((Date.now() - started.getTime()) / 60000).toFixed(1)} min)`,
  `- machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
  `- load average (1/5/15 min): ${loadStart.map(f2).join(" / ")} at the start, ${loadEnd.map(f2).join(" / ")} at the end; 1-minute load sampled every 5 s during the run: median ${f2(median(loadSamples))}, max ${f2(Math.max(...loadSamples))}${median(loadSamples) > os.cpus().length * 0.75 ? " — the machine was shared with other work, so absolute times are inflated; the ratios are the numbers to read" : ""}`,
  `- Node ${process.version}; copydesk ${JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version} (${commit}); textlint ${rootVersion("textlint")} (kernel ${rootVersion("@textlint/kernel")}); peers: textlint ${version("textlint")} + textlint-rule-ja-no-mixed-period ${version("textlint-rule-ja-no-mixed-period")}, zhlint ${version("zhlint")}, autocorrect-node ${version("autocorrect-node")}`,
  ""
].join("\n");
const summary = `## Targets\n\nReported, not asserted.\n\n${table(["target", "measured", "verdict"], targets)}\n`;
const tail = notes.length ? `## Notes\n\n${notes.map((n) => `- ${n}`).join("\n")}\n` : "";
fs.writeFileSync(OUT, [head, summary, ...sections, tail].join("\n"));
console.log(`\n${head}\n${summary}${tail ? "\n" + tail : ""}`);
log(`wrote ${path.relative(process.cwd(), OUT)} in ${((Date.now() - started.getTime()) / 60000).toFixed(1)} min`);
if (flag("--keep")) log(`kept ${tmp}`);
