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
      // Only the error's name and stack frames travel: its message may quote the document.
      (e: unknown) => port.postMessage({ id: req.id, error: describeError(e) } satisfies WorkerResponse),
    );
  });
}

/** "TypeError at lintTask (…)": the error's kind and where it happened, never its message. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return 'a non-Error value was thrown';
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 3).map((l) => l.trim());
  return [e.name, ...frames].join(' ');
}
