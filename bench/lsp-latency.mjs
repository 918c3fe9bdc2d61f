// How fast `copydesk lsp` answers an edit: the seed article (9,103 characters; issue 19's target
// is on it), or with `article` a 20,000-character one (the seed topped up with rmrb-2023 corpus
// copy), is opened, then edited repeatedly as a person types; for each
// edit the time from the debounce firing to the diagnostics arriving is measured (the time from
// the didChange notification to publishDiagnostics, less the debounce). Goal (issue 8): p50 and
// p95 within 50 ms on the project machine.
// Run after a build: node bench/lsp-latency.mjs [edits=60] [debounceMs=150] [seed|article]
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const edits = Number(process.argv[2] ?? 60);
const debounceMs = Number(process.argv[3] ?? 150);
const TARGET = process.argv[4] === "article" ? 20_000 : 0;

let text = fs.readFileSync("/work/shared/seed/000_5c1383eb5e7a2872.txt", "utf8");
const corpus = "/work/shared/corpus/zh/rmrb-2023";
for (const name of fs
  .readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  if (text.length >= TARGET) break;
  text += "\n" + fs.readFileSync(path.join(corpus, name), "utf8");
}
if (TARGET > 0) {
  text = text.slice(0, TARGET);
  text = text.slice(0, text.lastIndexOf("\n") + 1);
}

const server = spawn(process.execPath, [path.join(root, "dist/src/lsp/main.js")], { stdio: ["pipe", "pipe", "inherit"] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
connection.onNotification("textDocument/publishDiagnostics", (p) => {
  const resolve = waiting.get(p.version);
  if (resolve) {
    waiting.delete(p.version);
    resolve({ at: performance.now(), count: p.diagnostics.length });
  }
});
connection.onNotification("window/logMessage", () => {});
connection.listen();
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

fs.mkdirSync(path.join(root, "tmp"), { recursive: true });
const dir = fs.mkdtempSync(path.join(root, "tmp", "bench-lsp-"));
const uri = `file://${dir}/article.txt`;
await connection.sendRequest("initialize", {
  processId: process.pid,
  rootUri: `file://${dir}`,
  capabilities: {},
  initializationOptions: { debounceMs }
});
await connection.sendNotification("initialized", {});
let next = published(1);
const opened = performance.now();
await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
const first = await next;
console.log(
  `article: ${text.length} characters, ${text.split("\n").length} lines; first diagnostics (${first.count}) after ${(first.at - opened).toFixed(0)} ms (includes worker start-up)`
);

const lines = text.split("\n");
const latencies = [];
for (let version = 2; version <= edits + 1; version++) {
  // Type one character at the end of some non-empty line, as a person would.
  let line = (version * 37) % lines.length;
  while (lines[line].length === 0) line = (line + 1) % lines.length;
  const change = { range: { start: { line, character: lines[line].length }, end: { line, character: lines[line].length } }, text: "的" };
  lines[line] += "的";
  next = published(version);
  const sent = performance.now();
  await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
  const { at } = await next;
  latencies.push(at - sent - debounceMs);
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
console.log(
  `${edits} edits, debounce ${debounceMs} ms: after the debounce, p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`
);
await connection.sendRequest("shutdown");
await connection.sendNotification("exit");
connection.dispose();
fs.rmSync(dir, { recursive: true, force: true });
