// Summarise a .cpuprofile (node --cpu-prof): self time per function and per source file, and
// inclusive time for copydesk's own functions, so hot spots can be quoted with numbers.
// usage: node bench/lib/profile-summary.mjs FILE.cpuprofile [top=25]
import fs from "node:fs";

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const prof = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const short = (url) =>
  url
    .replace(/^file:\/\//, "")
    .replace(/.*\/node_modules\//, "nm:")
    .replace(/.*\/dist\//, "");
const label = (n) => `${n.callFrame.functionName || "(anon)"} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const selfFile = new Map();
const incl = new Map();
let total = 0;
for (const n of prof.nodes) {
  const t = dt.get(n.id) ?? 0;
  total += t;
  self.set(label(n), (self.get(label(n)) ?? 0) + t);
  const f = short(n.callFrame.url) || `(${n.callFrame.functionName})`;
  selfFile.set(f, (selfFile.get(f) ?? 0) + t);
  // inclusive: charge every distinct frame on the stack once
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const l = label(byId.get(id));
    if (!seen.has(l)) {
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + t);
    }
  }
}
const show = (title, map, filter = () => true) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    console.log(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`total sampled: ${total.toFixed(0)} ms`);
show("self time by file", selfFile);
show("self time by function", self);
show("inclusive time, copydesk functions", incl, (k) => / (rules|src)\//.test(k));
