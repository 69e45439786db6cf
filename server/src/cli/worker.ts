import { parentPort } from 'worker_threads';
import { describeError } from '../node';
import { lintTask } from './lintFile';
import type { WorkerJob, WorkerResponse } from './pool';

const RESULT_BATCH = 8;

/**
 * The worker side of pool.ts: wait for the run's job, then claim tasks from
 * the shared counter until none is left, posting results in batches. The
 * worker then has nothing left to listen to, and exits.
 */
export function startWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.once('message', (job: WorkerJob) => {
    const post = (msg: WorkerResponse): void => port.postMessage(msg);
    work(job, (results, done) => post(done ? { results, done } : { results })).catch(
      // Only the error's name and stack frames travel: its message may quote the document.
      (e: unknown) => post({ error: describeError(e) }),
    );
  });
}

async function work(job: WorkerJob, post: (results: NonNullable<WorkerResponse['results']>, done: boolean) => void): Promise<void> {
  const next = new Int32Array(job.next);
  let batch: NonNullable<WorkerResponse['results']> = [];
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    if (index >= job.tasks.length) break;
    const task = job.tasks[index]!;
    batch.push({ index, result: await lintTask(task, job.configs[task.configIndex] ?? {}, job.options) });
    if (batch.length >= RESULT_BATCH) {
      post(batch, false);
      batch = [];
    }
  }
  post(batch, true);
}
