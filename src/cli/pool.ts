// `copydesk --jobs N`: lints the files on N worker threads (worker.ts), each with its own linter
// built from the same config. Files are handed out one at a time to whichever worker is free;
// outcomes are delivered in input order, so the report and the notices are those of `--jobs 1`.
import { Worker } from "node:worker_threads";
import type { TextlintResult } from "@textlint/types";
import type { CliOptions } from "./args.js";
import type { Input } from "./run.js";

/** One file as a worker sends it to the main thread. */
export interface Task {
  index: number;
  filePath: string;
  shown: string;
}

export interface Outcome {
  index: number;
  /** Notices the file raised, printed by the main thread in input order. */
  notices: string[];
  inputError: boolean;
  result?: TextlintResult;
  /** The text the findings refer to (SARIF embeds it). */
  text?: string;
}

export type WorkerReply = { kind: "ready" } | { kind: "failed"; message: string } | ({ kind: "done" } & Outcome);

export interface WorkerSetup {
  options: CliOptions;
  cwd: string;
}

export async function lintOnWorkers(options: CliOptions, inputs: readonly Input[], jobs: number, deliver: (outcome: Outcome) => void): Promise<void> {
  const outcomes: (Outcome | undefined)[] = new Array(inputs.length);
  let nextTask = 0;
  let nextDelivery = 0;
  const setup: WorkerSetup = { options, cwd: process.cwd() };
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const hand = (worker: Worker) => {
        if (nextTask >= inputs.length) return;
        const index = nextTask++;
        const input = inputs[index]!;
        const task: Task = { index, filePath: input.filePath, shown: input.shown };
        worker.postMessage(task);
      };
      for (let i = 0; i < jobs; i++) {
        const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: setup });
        workers.push(worker);
        worker.on("message", (reply: WorkerReply) => {
          if (reply.kind === "failed") return reject(new Error(`worker thread: ${reply.message}`));
          if (reply.kind === "done") {
            const { kind: _kind, ...outcome } = reply;
            outcomes[outcome.index] = outcome;
            while (nextDelivery < inputs.length && outcomes[nextDelivery]) {
              deliver(outcomes[nextDelivery]!);
              outcomes[nextDelivery++] = undefined;
            }
            if (nextDelivery === inputs.length) return resolve();
          }
          // On "ready", two files: the worker always has the next one queued while it lints,
          // instead of idling for a round trip to the main thread after each file.
          if (reply.kind === "ready") hand(worker);
          hand(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (nextDelivery < inputs.length) reject(new Error(`worker thread exited (code ${code}) before the run finished`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
