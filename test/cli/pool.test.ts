import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintTask, type LintFileOptions, type LintTask } from '../../server/src/cli/lintFile';
import { MAX_THREADS_OPTION, parseArgs, threadsFromEnvironment, UsageError } from '../../server/src/cli/args';
import { LintPool, threadCount } from '../../server/src/cli/pool';
import type { FileResult } from '../../server/src/cli/results';
import { CLEAN, tempDir } from './harness';

/** The compiled CLI module: a worker that runs it lints (main.ts starts the worker side). */
const cliModule = require.resolve('../../server/src/cli/main');
const OPTIONS: LintFileOptions = { summary: false, inlineConfig: true, fix: 'off' };

function corpus(n: number): LintTask[] {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`c${String(i).padStart(2, '0')}.case.yaml`] = i % 4 === 0 ? CLEAN.replace('caselint: 1', 'caselint: 1\ntitel: typo') : CLEAN;
  const dir = tempDir(files);
  return Object.keys(files).map((f) => ({ filePath: path.join(dir, f), displayPath: f, configIndex: 0 }));
}

describe('lint threads (cli/pool.ts)', () => {
  it('--threads auto: the main thread alone for small runs or on one core, else one thread per core (at most 8, one per 50 files); --threads n or CASELINT_WORKERS=n: n workers besides the main thread', () => {
    assert.strictEqual(threadCount(1000, 'auto', 2), 2, 'the main thread and one worker on 2 cores');
    assert.strictEqual(threadCount(1000, undefined, 1), 1);
    assert.strictEqual(threadCount(99, 'auto', 8), 1);
    assert.strictEqual(threadCount(100, 'auto', 8), 2, 'at most one thread per 50 files');
    assert.strictEqual(threadCount(1000, 'auto', 4), 4);
    assert.strictEqual(threadCount(1000, 'auto', 32), 8);
    assert.strictEqual(threadCount(1000, 0, 8), 1, '--threads 0: the main thread alone');
    assert.strictEqual(threadCount(1000, 1, 8), 2, '--threads 1: the main thread and one worker');
    assert.strictEqual(threadCount(1000, 3, 2), 4);
    assert.strictEqual(threadCount(2, 5, 8), 2, 'never more threads than files');
    assert.strictEqual(threadCount(1000, threadsFromEnvironment({ CASELINT_WORKERS: '3' }).threads, 2), 4, 'CASELINT_WORKERS counts the workers besides the main thread');
    assert.strictEqual(threadCount(1000, threadsFromEnvironment({ CASELINT_WORKERS: '0' }).threads, 8), 1);
  });

  it('--threads and CASELINT_WORKERS take the same values (0 to 64, or auto), and a bad CASELINT_WORKERS is said, naming it', () => {
    for (const v of ['0', '1', '64', 'auto']) {
      assert.deepStrictEqual(parseArgs(['--threads', v]).threads, v === 'auto' ? 'auto' : Number(v), v);
      assert.deepStrictEqual(threadsFromEnvironment({ CASELINT_WORKERS: v }), { threads: v === 'auto' ? 'auto' : Number(v) }, v);
    }
    assert.strictEqual(MAX_THREADS_OPTION, 64);
    for (const v of ['65', '99', '-1', 'two', '1.5']) {
      assert.throws(() => parseArgs(['--threads', v]), (e: Error) => e instanceof UsageError && e.message === `--threads needs a whole number from 0 to 64, or auto, not "${v}"`, v);
      assert.deepStrictEqual(threadsFromEnvironment({ CASELINT_WORKERS: v }), {
        warning: `CASELINT_WORKERS needs a whole number from 0 to 64, or auto, not "${v}"; using the default (auto)`,
      }, v);
    }
    assert.deepStrictEqual(threadsFromEnvironment({}), {}, 'unset');
    assert.deepStrictEqual(threadsFromEnvironment({ CASELINT_WORKERS: '' }), {}, 'empty is unset');
  });

  it('the main thread and the workers share the files, each linted once, results in task order and as on one thread', async function () {
    this.timeout(60000);
    const tasks = corpus(40);
    const alone = await new LintPool(cliModule, 0).lint(tasks, [{}], OPTIONS, (t) => lintTask(t, {}, OPTIONS));
    let onMain = 0;
    const pool = new LintPool(cliModule, 2);
    assert.strictEqual(pool.threads, 3);
    // A worker needs a moment to load the engine; on a loaded machine the main
    // thread could lint all 40 files first. So the main thread's first file
    // waits for the first word from a worker (its first results): sharing is
    // then certain, whatever the machine's speed.
    const workerAnswered = new Promise<void>((resolve) => {
      for (const w of pool['workers']) w.once('message', () => resolve());
    });
    const shared = await pool.lint(tasks, [{}], OPTIONS, async (t) => {
      if (onMain++ === 0) await workerAnswered;
      return lintTask(t, {}, OPTIONS);
    });
    assert.deepStrictEqual(shared.map((r: FileResult) => r.displayPath), tasks.map((t) => t.displayPath));
    assert.deepStrictEqual(shared, alone);
    assert.ok(alone.some((r) => r.diagnostics.some((d) => d.rule === 'schema')), 'the typo is found');
    assert.ok(onMain > 0 && onMain < tasks.length, `the main thread linted ${onMain} of ${tasks.length}: it shares the work`);
  });

  it('a worker that dies fails the run (no hang, no partial report)', async function () {
    this.timeout(60000);
    const dir = tempDir({ 'dies.js': 'process.exit(3);\n' });
    const pool = new LintPool(path.join(dir, 'dies.js'), 1);
    // The main thread keeps linting until it sees the worker's exit.
    await assert.rejects(
      pool.lint(corpus(6), [{}], OPTIONS, async (t) => {
        await new Promise((r) => setTimeout(r, 20));
        return lintTask(t, {}, OPTIONS);
      }),
      /a lint worker stopped early \(exit code 3\)/,
    );
    assert.ok(fs.existsSync(dir));
  });
});
