// Main-thread side of linting: one job at a time in a worker thread, newest job per document
// first. A queued job that a newer edit supersedes is dropped; a running one that has already
// taken `cancelAfterMs` is cancelled by restarting the worker, so a huge document being typed
// into never leaves the server waiting on text that no longer exists.
import { Worker } from "node:worker_threads";
import { LintEngine, type LintJob, type LintOutcome } from "./engine.js";
import type { WorkerRequest, WorkerResponse } from "./lint-worker.js";

/** Thrown to callers whose job was superseded or cancelled. */
export class StaleJobError extends Error {
  constructor() {
    super("superseded by a newer version of the document");
  }
}

interface Pending {
  id: number;
  /** Jobs with the same key supersede each other (document uri + op). */
  key?: string;
  job: LintJob;
  resolve: (outcome: LintOutcome) => void;
  reject: (error: Error) => void;
  startedAt?: number;
}

export interface RunnerOptions {
  /** Run in-process instead of in a worker thread (fallback, and for debugging). */
  inProcess?: boolean;
  /** A superseded job running longer than this is cancelled. */
  cancelAfterMs?: number;
  log?: (message: string) => void;
  /** The worker script (default: lint-worker.js beside this file). */
  workerUrl?: URL;
}

export class LintRunner {
  private worker?: Worker;
  private engine?: LintEngine;
  private queue: Pending[] = [];
  private running?: Pending;
  private nextId = 1;
  private readonly cancelAfterMs: number;
  private readonly log: (message: string) => void;
  private disposed = false;
  /** Whether any worker has answered a job, i.e. workers start here. */
  private workerAnswered = false;

  private readonly workerUrl: URL;

  constructor(options: RunnerOptions = {}) {
    this.workerUrl = options.workerUrl ?? new URL("./lint-worker.js", import.meta.url);
    this.cancelAfterMs = options.cancelAfterMs ?? 750;
    this.log = options.log ?? (() => {});
    if (options.inProcess) this.engine = new LintEngine();
  }

  private spawn(): Worker | undefined {
    if (this.engine) return undefined;
    if (!this.worker) {
      try {
        const worker = new Worker(this.workerUrl);
        worker.unref();
        worker.on("message", (response: WorkerResponse) => this.settle(response));
        worker.on("error", (error) => this.crashed(worker, error));
        worker.on("exit", (code) => {
          if (this.worker === worker) this.crashed(worker, new Error(`lint worker exited with code ${code}`));
        });
        this.worker = worker;
      } catch (error) {
        this.log(`copydesk: cannot start a lint worker (${String(error)}); linting in-process`);
        this.engine = new LintEngine();
        return undefined;
      }
    }
    return this.worker;
  }

  private crashed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const running = this.running;
    this.running = undefined;
    if (!this.workerAnswered) {
      // The worker never came up (e.g. the server was bundled without lint-worker.js): lint
      // in-process from now on, and retry the job there.
      this.log(`copydesk: the lint worker did not start (${error.message}); linting in-process`);
      this.engine = new LintEngine();
      if (running) this.queue.unshift(running);
    } else {
      if (running) running.reject(error);
      this.log(`copydesk: lint worker stopped: ${error.message}`);
    }
    this.pump();
  }

  private settle(response: WorkerResponse): void {
    if (!this.engine) this.workerAnswered = true;
    const running = this.running;
    if (!running || running.id !== response.id) return;
    this.running = undefined;
    if (response.error !== undefined) running.reject(new Error(response.error));
    else if (response.outcome) running.resolve(response.outcome);
    else running.resolve({ messages: [], problems: [], commentsFilter: false });
    this.pump();
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    next.startedAt = Date.now();
    const worker = this.spawn();
    if (!worker) {
      const engine = this.engine!;
      engine.run(next.job).then(
        (outcome) => this.settle({ id: next.id, outcome }),
        (error) => this.settle({ id: next.id, error: error instanceof Error ? error.message : String(error) })
      );
      return;
    }
    worker.postMessage({ id: next.id, job: next.job } satisfies WorkerRequest);
  }

  /**
   * Runs a job. With a `key`, a newer job with the same key supersedes this one: it is dropped
   * from the queue, or cancelled when it has been running for a while, and rejects with
   * StaleJobError.
   */
  run(job: LintJob, key?: string): Promise<LintOutcome> {
    return new Promise<LintOutcome>((resolve, reject) => {
      if (key !== undefined) {
        this.queue = this.queue.filter((pending) => {
          if (pending.key !== key) return true;
          pending.reject(new StaleJobError());
          return false;
        });
        const running = this.running;
        if (running && running.key === key && running.startedAt !== undefined && Date.now() - running.startedAt >= this.cancelAfterMs) {
          this.cancelRunning();
        }
      }
      this.queue.push({ id: this.nextId++, key, job, resolve, reject });
      this.pump();
    });
  }

  private cancelRunning(): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    running.reject(new StaleJobError());
    if (this.worker) {
      const worker = this.worker;
      this.worker = undefined;
      this.log("copydesk: cancelled a long lint of an outdated version");
      void worker.terminate();
    }
    // In-process jobs cannot be interrupted; their late result is ignored by settle().
  }

  /** Makes the engine read config files again. */
  invalidate(): void {
    this.engine?.invalidate();
    this.worker?.postMessage({ id: 0, invalidate: true } satisfies WorkerRequest);
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.queue) pending.reject(new StaleJobError());
    this.queue = [];
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
