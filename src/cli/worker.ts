// A worker thread of `copydesk --jobs N` (pool.ts): builds the linter from the same config as the
// main thread, then reads and lints the files it is handed, one at a time, with the code the
// in-process run uses (run.ts lintInput). Notices are collected per file, not printed.
import { parentPort, workerData } from "node:worker_threads";
import type { TextlintResult } from "@textlint/types";
import { loadRuleConfig } from "./config.js";
import { lintInput, readInput, setNoticeSink, type Context, type RunState } from "./run.js";
import type { Task, WorkerReply, WorkerSetup } from "./pool.js";

const { options, cwd } = workerData as WorkerSetup;
const port = parentPort!;
const send = (reply: WorkerReply) => port.postMessage(reply);
let notices: string[] = [];
setNoticeSink((message) => notices.push(message));

try {
  const config = await loadRuleConfig({ config: options.config, cwd, lang: options.lang, locale: options.locale });
  const { createLinter } = await import("./linter.js");
  const linter = createLinter({ descriptor: config.descriptor, quiet: options.quiet });
  // One file at a time: the notice list and the context belong to the current file.
  let queue = Promise.resolve();
  port.on("message", (task: Task) => {
    queue = queue.then(async () => {
      notices = [];
      const ctx: Context = { cwd, inputError: false };
      const results: TextlintResult[] = [];
      const state: RunState = { options, linter, ctx, results, texts: new Map(), diffs: [], fixedProblems: 0, fixedFiles: 0 };
      const input = { filePath: task.filePath, shown: task.shown, stdin: false, read: () => readInput(task.filePath, ctx) };
      try {
        const decoded = await input.read();
        if (decoded) await lintInput(input, decoded, state);
      } catch (error) {
        send({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
        return;
      }
      const result = results[0];
      send({ kind: "done", index: task.index, notices, inputError: ctx.inputError, result, text: result && state.texts.get(result.filePath) });
    });
  });
  send({ kind: "ready" });
} catch (error) {
  send({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
}
