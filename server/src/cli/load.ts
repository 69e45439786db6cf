/**
 * The CLI's loader (bundled alone as dist/cli-load.js): bin/caselint.js loads
 * the CLI bundle through it with V8's code cache (codeCache.ts), and lint
 * workers run it as their script, so that each worker loads the bundle the
 * same way (pool.ts passes the bundle as workerData.caselintBundle).
 */
import { isMainThread, workerData } from 'worker_threads';
import { loadBundle } from '../node/codeCache';
import type { WorkerInit } from './pool';

export { cacheFileOf, loadBundle, produceCodeCache } from '../node/codeCache';

const init = workerData as Partial<WorkerInit> | null;
if (!isMainThread && init?.caselintLintWorker === true && typeof init.caselintBundle === 'string') loadBundle(init.caselintBundle);
