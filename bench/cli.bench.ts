/**
 * CLI wall time, spawning `node bin/caselint.js` as a user would: one file
 * (target < 0.35 s) and 1,000 generated files (target < 4 s). Uses the built
 * dist/cli.js (`npm run bench` builds first).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lint } from '../server/src/core';
import { generateCase, generateCorpus } from './generate';
import { median, round, type BenchResult } from './stats';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'bin', 'caselint.js');

function wall(args: string[], cwd: string): { seconds: number; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status === 2) throw new Error(`caselint ${args.join(' ')} exited 2: ${r.stderr.toString()}`);
  return { seconds, status: r.status };
}

export async function run(): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-bench-'));
  try {
    fs.writeFileSync(path.join(dir, 'one.case.yaml'), generateCase(42, 300));
    generateCorpus(path.join(dir, 'corpus'), 1000, 7);
    wall(['--version'], dir); // warm the file cache
    const version = median(Array.from({ length: 7 }, () => wall(['--version'], dir).seconds));
    const one = median(Array.from({ length: 7 }, () => wall(['one.case.yaml'], dir).seconds));
    wall(['corpus', '-f', 'json'], dir);
    const many = median(Array.from({ length: 3 }, () => wall(['corpus', '-f', 'json'], dir).seconds));
    // The same files linted in this process, one after the other: the work the CLI spreads over its workers.
    const texts = fs
      .readdirSync(path.join(dir, 'corpus'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.case.yaml'))
      .map((f) => fs.readFileSync(path.join(dir, 'corpus', f), 'utf8'));
    const lines = texts.reduce((n, t) => n + t.split('\n').length - 1, 0);
    const t0 = process.hrtime.bigint();
    for (const t of texts) lint(t);
    const serial = Number(process.hrtime.bigint() - t0) / 1e9;
    return {
      title: `CLI wall time (spawned, ${os.availableParallelism?.() ?? os.cpus().length} cores)`,
      rows: [
        { name: 'startup (--version)', value: round(version, 3), unit: 's', note: 'median of 7' },
        { name: 'one file, 300 lines', value: round(one, 3), unit: 's', note: `target < 0.35 s: ${one < 0.35 ? 'met' : 'NOT met'}` },
        { name: '1,000 files', value: round(many, 2), unit: 's', note: `${lines} lines in all; median of 3; target < 4 s: ${many < 4 ? 'met' : 'NOT met'}` },
        { name: '1,000 files, in-process lint, one thread', value: round(serial, 2), unit: 's', note: 'the engine work alone (no IO, no workers)' },
        { name: 'CLI speed-up over one thread', value: round(serial / many, 2), unit: 'x' },
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
