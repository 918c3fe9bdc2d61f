// Main-thread side of linting: jobs run in a small pool of worker threads (two by default), so
// one slow document never holds the others. A large document (LARGE_JOB_CHARS and up) may take
// all workers but one: the last is kept for everything else, and warmed up as soon as a large or
// slow job starts, so a small story is answered at once even while a megabyte is being linted.
// Jobs for the same document (same key) never run side by side: a queued job that a newer one
// supersedes is dropped, and a running one is cancelled (its worker terminated and replaced) when
// the document changes after it has run `cancelAfterMs`, or when the document closes.
import { Worker } from "node:worker_threads";
import { LintEngine, type LintJob, type LintOutcome } from "./engine.js";
import type { WorkerRequest, WorkerResponse } from "./lint-worker.js";

/** Thrown to callers whose job was superseded or cancelled. */
export class StaleJobError extends Error {
  constructor() {
    super("superseded by a newer version of the document");
  }
}

/** A document of this many characters or more is a large job (about 100 KB of Chinese copy). */
export const LARGE_JOB_CHARS = 32_768;
/** A job still running after this long gets a warm spare worker beside it. */
const SLOW_JOB_MS = 150;

interface Pending {
  id: number;
  /** Jobs with the same key supersede each other (document uri + op). */
  key?: string;
  job: LintJob;
  large: boolean;
  resolve: (outcome: LintOutcome) => void;
  reject: (error: Error) => void;
  startedAt?: number;
}

interface Slot {
  worker: Worker;
  running?: Pending;
  slowTimer?: NodeJS.Timeout;
}

export interface RunnerOptions {
  /** Run in-process instead of in worker threads (fallback, and for debugging). */
  inProcess?: boolean;
  /** A superseded job running longer than this is cancelled. */
  cancelAfterMs?: number;
  /** Worker threads at most (default 2; 1 lints one document at a time). */
  maxWorkers?: number;
  log?: (message: string) => void;
  /** The worker script (default: lint-worker.js beside this file). */
  workerUrl?: URL;
}

export class LintRunner {
  private slots: Slot[] = [];
  private engine?: LintEngine;
  /** The job running in-process, when there is no worker. */
  private inProcessJob?: Pending;
  private queue: Pending[] = [];
  private nextId = 1;
  private readonly cancelAfterMs: number;
  private readonly maxWorkers: number;
  private readonly log: (message: string) => void;
  private disposed = false;
  /** Whether any worker has answered a job, i.e. workers start here. */
  private workerAnswered = false;

  private readonly workerUrl: URL;

  constructor(options: RunnerOptions = {}) {
    this.workerUrl = options.workerUrl ?? new URL("./lint-worker.js", import.meta.url);
    this.cancelAfterMs = options.cancelAfterMs ?? 750;
    this.maxWorkers = Math.max(1, Math.floor(options.maxWorkers ?? 2));
    this.log = options.log ?? (() => {});
    if (options.inProcess) this.engine = new LintEngine();
  }

  /** Starts one more worker, or switches to in-process linting when workers cannot start. */
  private spawn(): Slot | undefined {
    if (this.engine || this.disposed || this.slots.length >= this.maxWorkers) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(this.workerUrl);
    } catch (error) {
      this.log(`copydesk: cannot start a lint worker (${String(error)}); linting in-process`);
      this.engine = new LintEngine();
      return undefined;
    }
    worker.unref();
    const slot: Slot = { worker };
    worker.on("message", (response: WorkerResponse) => this.settle(slot, response));
    worker.on("error", (error) => this.crashed(slot, error));
    worker.on("exit", (code) => this.crashed(slot, new Error(`lint worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  /** A spare worker, started (and loading its modules) before it is needed. */
  private warmSpare(): void {
    if (this.slots.some((s) => !s.running)) return;
    const spare = this.spawn();
    spare?.worker.postMessage({ id: -1, warm: true } satisfies WorkerRequest);
  }

  private crashed(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return; // terminated on purpose
    this.slots.splice(index, 1);
    if (slot.slowTimer) clearTimeout(slot.slowTimer);
    const running = slot.running;
    slot.running = undefined;
    if (!this.workerAnswered) {
      // The worker never came up (e.g. the server was bundled without lint-worker.js): lint
      // in-process from now on, and retry the job there.
      this.log(`copydesk: the lint worker did not start (${error.message}); linting in-process`);
      this.engine = new LintEngine();
      for (const other of this.slots.splice(0)) {
        if (other.running) this.queue.unshift(other.running);
        void other.worker.terminate();
      }
      if (running) this.queue.unshift(running);
    } else {
      if (running) running.reject(error);
      this.log(`copydesk: lint worker stopped: ${error.message}`);
    }
    this.pump();
  }

  private settle(slot: Slot | undefined, response: WorkerResponse): void {
    if (slot) this.workerAnswered = true;
    if (response.id === -1) this.log("copydesk: a spare lint worker is ready");
    if (response.id <= 0) return; // warm-up or invalidate acknowledgement
    const running = slot ? slot.running : this.inProcessJob;
    if (!running || running.id !== response.id) return;
    if (slot) {
      slot.running = undefined;
      if (slot.slowTimer) clearTimeout(slot.slowTimer);
      slot.slowTimer = undefined;
    } else {
      this.inProcessJob = undefined;
    }
    if (response.error !== undefined) running.reject(new Error(response.error));
    else if (response.outcome) running.resolve(response.outcome);
    else running.resolve({ messages: [], problems: [], commentsFilter: false });
    this.pump();
  }

  private runningJobs(): Pending[] {
    const jobs = this.slots.map((s) => s.running).filter((p): p is Pending => Boolean(p));
    if (this.inProcessJob) jobs.push(this.inProcessJob);
    return jobs;
  }

  /** The first queued job that may start now: none of its document's jobs running, room for large ones. */
  private nextRunnable(take = true): Pending | undefined {
    const running = this.runningJobs();
    const largeRunning = running.filter((p) => p.large).length;
    const largeLimit = Math.max(1, this.maxWorkers - 1);
    const index = this.queue.findIndex(
      (p) => (p.key === undefined || !running.some((r) => r.key === p.key)) && (!p.large || largeRunning < largeLimit)
    );
    if (index === -1) return undefined;
    return take ? this.queue.splice(index, 1)[0] : this.queue[index];
  }

  private pump(): void {
    if (this.disposed) return;
    for (;;) {
      if (this.engine) {
        if (this.inProcessJob) return;
        const next = this.nextRunnable();
        if (!next) return;
        this.inProcessJob = next;
        next.startedAt = Date.now();
        this.engine.run(next.job).then(
          (outcome) => this.settle(undefined, { id: next.id, outcome }),
          (error) => this.settle(undefined, { id: next.id, error: error instanceof Error ? error.message : String(error) })
        );
        return;
      }
      if (!this.nextRunnable(false)) return;
      const slot = this.slots.find((s) => !s.running) ?? this.spawn();
      if (!slot) {
        if (this.engine) continue; // workers just became unavailable: run in-process
        return;
      }
      const next = this.nextRunnable();
      if (!next) return;
      slot.running = next;
      next.startedAt = Date.now();
      slot.worker.postMessage({ id: next.id, job: next.job } satisfies WorkerRequest);
      if (next.large) this.warmSpare();
      else slot.slowTimer = setTimeout(() => slot.running === next && this.warmSpare(), SLOW_JOB_MS).unref();
    }
  }

  /**
   * Runs a job. With a `key`, a newer job with the same key supersedes this one: it is dropped
   * from the queue, or cancelled when it has been running for a while, and rejects with
   * StaleJobError.
   */
  run(job: LintJob, key?: string): Promise<LintOutcome> {
    return new Promise<LintOutcome>((resolve, reject) => {
      if (key !== undefined) this.cancel(key, this.cancelAfterMs);
      this.queue.push({ id: this.nextId++, key, job, large: job.text.length >= LARGE_JOB_CHARS, resolve, reject });
      this.pump();
    });
  }

  /**
   * Drops the queued jobs of `key` and cancels its running job when that has run at least
   * `olderThanMs` (0: at once). The server calls it when a document changes and when it closes.
   */
  cancel(key: string, olderThanMs = 0, why = "a long lint of an outdated version"): void {
    this.queue = this.queue.filter((pending) => {
      if (pending.key !== key) return true;
      pending.reject(new StaleJobError());
      return false;
    });
    const now = Date.now();
    for (const slot of [...this.slots]) {
      const running = slot.running;
      if (!running || running.key !== key || running.startedAt === undefined || now - running.startedAt < olderThanMs) continue;
      slot.running = undefined;
      if (slot.slowTimer) clearTimeout(slot.slowTimer);
      running.reject(new StaleJobError());
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.log(`copydesk: cancelled ${why}`);
      void slot.worker.terminate();
    }
    // An in-process job cannot be interrupted; its late result is ignored by settle().
    const inProcess = this.inProcessJob;
    if (inProcess && inProcess.key === key && inProcess.startedAt !== undefined && now - inProcess.startedAt >= olderThanMs) {
      inProcess.reject(new StaleJobError());
    }
    this.pump();
  }

  /** Makes the engine read config files again. */
  invalidate(): void {
    this.engine?.invalidate();
    for (const slot of this.slots) slot.worker.postMessage({ id: 0, invalidate: true } satisfies WorkerRequest);
  }

  /** Worker threads alive now (for tests). */
  get workerCount(): number {
    return this.slots.length;
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.queue) pending.reject(new StaleJobError());
    this.queue = [];
    for (const slot of this.slots.splice(0)) {
      if (slot.slowTimer) clearTimeout(slot.slowTimer);
      slot.running?.reject(new StaleJobError());
      void slot.worker.terminate();
    }
  }
}
