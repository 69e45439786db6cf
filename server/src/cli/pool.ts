import * as os from 'os';
import { Worker } from 'worker_threads';
import type { CaselintConfig } from '../core';
import type { LintFileOptions, LintTask } from './lintFile';
import type { FileResult } from './results';

/** workerData of a lint worker. */
export interface WorkerInit {
  caselintLintWorker: true;
  configs: CaselintConfig[];
  options: LintFileOptions;
}

export interface WorkerRequest {
  id: number;
  tasks: LintTask[];
}

export interface WorkerResponse {
  id: number;
  results?: FileResult[];
  error?: string;
}

/** `--threads auto` uses workers only from this many files on (smaller runs: a thread costs more than it saves; `npm run bench`). */
export const PARALLEL_THRESHOLD = 100;
const BATCH = 16;
const WORKER_STACK_MB = 4;

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * How many worker threads lint `files` files: `threads` (--threads) when it
 * is a number, else CASELINT_WORKERS=<n> when set, else auto: none under
 * PARALLEL_THRESHOLD files or on one core, otherwise one per core (the main
 * thread only reads files and collects results), at most 8 and at most one
 * per batch of files. Measured on 2 cores, quiet (`npm run bench`): 1,000
 * files 12.9 s with none, 11.4 s with one, 9.2 s with two; 100 files 2.34,
 * 2.07 and 2.10 s; 10 files fastest with none.
 */
export function workerCount(files: number, threads: number | 'auto' | undefined, override?: string, coreCount = cores()): number {
  if (typeof threads === 'number') return Math.min(threads, files);
  if (threads === undefined && override !== undefined && /^\d{1,2}$/.test(override)) return Math.min(Number(override), files);
  if (files < PARALLEL_THRESHOLD || coreCount < 2) return 0;
  return Math.max(1, Math.min(coreCount, 8, Math.ceil(files / BATCH)));
}

/**
 * Lint tasks on worker threads. Each worker runs `script` (this very module's
 * bundle: main.ts branches on workerData) and pulls batches of files, so a
 * slow file does not hold the others back. Results come back in any order.
 */
export async function lintInWorkers(
  script: string,
  n: number,
  tasks: readonly LintTask[],
  configs: CaselintConfig[],
  options: LintFileOptions,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  let next = 0;
  const init: WorkerInit = { caselintLintWorker: true, configs, options };
  const runOne = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      // Results must not depend on the thread: a worker's stack is at least the
      // main thread's (about 1 MB), and core bounds nesting (core/document.ts MAX_NESTING).
      const worker = new Worker(script, { workerData: init, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
      let id = 0;
      let finished = false;
      const feed = (): void => {
        if (next >= tasks.length) {
          finished = true;
          void worker.terminate().then(() => resolve(), reject);
          return;
        }
        const batch = tasks.slice(next, next + BATCH);
        next += batch.length;
        const request: WorkerRequest = { id: ++id, tasks: batch };
        worker.postMessage(request);
      };
      worker.on('message', (msg: WorkerResponse) => {
        if (msg.error !== undefined) {
          void worker.terminate();
          reject(new Error(msg.error));
          return;
        }
        results.push(...(msg.results ?? []));
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`a lint worker stopped early (exit code ${code})`));
      });
      feed();
    });
  await Promise.all(Array.from({ length: n }, runOne));
  return results;
}
