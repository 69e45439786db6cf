import { parentPort } from 'worker_threads';
import { describeError } from '../node';
import { lintTask } from './lintFile';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './pool';

/** The worker side of pool.ts: lint each batch it is sent, post the results back. */
export function startWorker(init: WorkerInit): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (req: WorkerRequest) => {
    Promise.all(req.tasks.map((t) => lintTask(t, init.configs[t.configIndex] ?? {}, init.options))).then(
      (results) => port.postMessage({ id: req.id, results } satisfies WorkerResponse),
      // Only the error's name and stack frames travel: its message may quote the document.
      (e: unknown) => port.postMessage({ id: req.id, error: describeError(e) } satisfies WorkerResponse),
    );
  });
}

