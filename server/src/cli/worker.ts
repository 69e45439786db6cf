import { parentPort } from 'worker_threads';
import { lintTask } from './lintFile';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './pool';

/** The worker side of pool.ts: lint each batch it is sent, post the results back. */
export function startWorker(init: WorkerInit): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (req: WorkerRequest) => {
    Promise.all(req.tasks.map((t) => lintTask(t, init.configs[t.configIndex] ?? {}, init.options))).then(
      (results) => port.postMessage({ id: req.id, results } satisfies WorkerResponse),
      (e: unknown) => port.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies WorkerResponse),
    );
  });
}
