import * as os from 'os';
import { Worker } from 'worker_threads';
import type { CaselintConfig } from '../core';
import type { LintFileOptions, LintTask } from './lintFile';
import type { FileResult } from './results';

/** workerData of a lint worker. */
export interface WorkerInit {
  caselintLintWorker: true;
  /**
   * The CLI bundle, when the worker's script is the code-cache loader
   * (load.ts) rather than the bundle itself: the loader loads it.
   */
  caselintBundle?: string;
}

/** The one message a worker gets: the whole run's tasks, and the counter every thread claims them from. */
export interface WorkerJob {
  tasks: LintTask[];
  configs: CaselintConfig[];
  options: LintFileOptions;
  /** An Int32Array's buffer: [0] is the index of the next unclaimed task. */
  next: SharedArrayBuffer;
}

export interface WorkerResponse {
  results?: { index: number; result: FileResult }[];
  /** The worker found no task left: it claims no more and exits. */
  done?: boolean;
  error?: string;
}

/** `--threads auto` lints on more than the main thread only from this many files on (smaller runs: a thread costs more than it saves; `npm run bench`). */
export const PARALLEL_THRESHOLD = 100;
/** `--threads auto` adds a thread per this many files at most. */
const FILES_PER_THREAD = 50;
const MAX_THREADS = 8;
const WORKER_STACK_MB = 4;

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * How many threads lint `files` files, the main thread included (it lints
 * too; each further thread is a worker): with `threads` n (--threads n, or
 * else CASELINT_WORKERS=<n>, as args.ts parseThreads reads them: 0 to 64),
 * the main thread and n workers (0: the main thread alone); else auto: the
 * main thread alone under PARALLEL_THRESHOLD files or on one core, otherwise
 * one thread per core, at most 8 and at most one per 50 files.
 */
export function threadCount(files: number, threads: number | 'auto' | undefined, coreCount = cores()): number {
  const most = Math.max(1, files);
  if (typeof threads === 'number') return Math.max(1, Math.min(threads + 1, most));
  if (files < PARALLEL_THRESHOLD || coreCount < 2) return 1;
  return Math.max(1, Math.min(coreCount, MAX_THREADS, Math.ceil(files / FILES_PER_THREAD)));
}

/** Let queued events run (a worker's results, its exit): the main thread lints between them. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The lint threads of one run: the main thread and `workers` worker threads.
 * Workers are started at once (they load the engine while the main thread
 * still resolves configurations); lint() hands every thread the same task
 * list and a shared counter, and each thread claims the next unclaimed task
 * until none is left, so a slow file holds no other back and no thread waits
 * for another to give it work. Results come back in task order.
 */
export class LintPool {
  private readonly workers: Worker[];
  private closed = false;

  /**
   * `script` is the file each worker runs: this CLI's bundle (main.ts starts
   * the worker when it sees `workerData`), or the code-cache loader with the
   * bundle as `bundle`.
   */
  constructor(script: string, workers: number, bundle?: string) {
    const init: WorkerInit = { caselintLintWorker: true };
    if (bundle !== undefined && bundle !== script) init.caselintBundle = bundle;
    // Results must not depend on the thread: a worker's stack is at least the
    // main thread's (about 1 MB), and core bounds nesting (core/document.ts MAX_NESTING).
    this.workers = Array.from({ length: workers }, () => new Worker(script, { workerData: init, resourceLimits: { stackSizeMb: WORKER_STACK_MB } }));
  }

  get threads(): number {
    return this.workers.length + 1;
  }

  /** Lint every task; `here` lints one on the main thread. Rejects when a worker fails. */
  async lint(
    tasks: readonly LintTask[],
    configs: CaselintConfig[],
    options: LintFileOptions,
    here: (task: LintTask) => Promise<FileResult>,
  ): Promise<FileResult[]> {
    if (this.closed) throw new Error('the lint pool is closed');
    const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(tasks.length);
    const next = new Int32Array(new SharedArrayBuffer(4));
    let failure: Error | undefined;
    const job: WorkerJob = { tasks: [...tasks], configs, options, next: next.buffer as SharedArrayBuffer };
    const finished = this.workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          let done = false;
          const fail = (e: Error): void => {
            if (done) return;
            done = true;
            failure ??= e;
            resolve();
          };
          worker.on('message', (msg: WorkerResponse) => {
            if (msg.error !== undefined) return fail(new Error(msg.error));
            for (const r of msg.results ?? []) results[r.index] = r.result;
            if (msg.done && !done) {
              done = true;
              worker.unref(); // it exits by itself; never hold the process for it
              resolve();
            }
          });
          worker.on('error', fail);
          worker.on('exit', (code) => fail(new Error(`a lint worker stopped early (exit code ${code})`)));
          worker.postMessage(job);
        }),
    );
    try {
      for (;;) {
        if (failure) break;
        const i = Atomics.add(next, 0, 1);
        if (i >= tasks.length) break;
        results[i] = await here(tasks[i]!);
        if (this.workers.length > 0) await yieldToEvents();
      }
      await Promise.all(finished);
    } finally {
      this.close();
    }
    if (failure) throw failure;
    const missing = results.findIndex((r) => r === undefined);
    if (missing !== -1) throw new Error('a lint worker lost a task');
    return results as FileResult[];
  }

  /** Stop the workers (a run that ends before linting, or after). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.workers) void w.terminate();
  }
}
