// Worker-thread entry: runs LintEngine jobs posted by the language server's main thread.
import { parentPort } from "node:worker_threads";
import { LintEngine, type LintJob } from "./engine.js";

export type WorkerRequest = { id: number; job: LintJob } | { id: number; invalidate: true } | { id: -1; warm: true };
export type WorkerResponse = { id: number; outcome?: import("./engine.js").LintOutcome; error?: string };

const engine = new LintEngine();
// Rules must never write to stdout: it carries the protocol.
console.log = console.error;
console.info = console.error;

parentPort?.on("message", async (request: WorkerRequest) => {
  if ("invalidate" in request) {
    engine.invalidate();
    parentPort?.postMessage({ id: request.id } satisfies WorkerResponse);
    return;
  }
  if ("warm" in request) {
    // A spare worker loads the rules and the segmenter before its first real job.
    await engine.run({ op: "lint", text: "预热。Warm up.", ext: ".txt" }).catch(() => undefined);
    parentPort?.postMessage({ id: -1 } satisfies WorkerResponse);
    return;
  }
  try {
    const outcome = await engine.run(request.job);
    parentPort?.postMessage({ id: request.id, outcome } satisfies WorkerResponse);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    parentPort?.postMessage({ id: request.id, error: message } satisfies WorkerResponse);
  }
});
