/**
 * The CI options, spawning `node bin/caselint.js` on generated files:
 * 1,000 files with `--cache` cold and warm (target: warm under 0.5 s and
 * under a third of cold), and `--threads auto` against 0 and 1 worker
 * threads at 10, 100 and 1,000 files (the figures behind pool.ts's rule).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCorpus } from './generate';
import { median, round, type BenchResult, type BenchRow } from './stats';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'bin', 'caselint.js');

function wall(args: string[], cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status === 2) throw new Error(`caselint ${args.join(' ')} exited 2: ${r.stderr.toString()}`);
  return seconds;
}

export async function run(): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-bench-ci-'));
  const rows: BenchRow[] = [];
  try {
    for (const n of [10, 100, 1000]) generateCorpus(path.join(dir, `c${n}`), n, 11);
    const cache = path.join(dir, 'cache.json');
    wall(['c1000', '-f', 'json'], dir); // warm the file cache
    const cold = median(Array.from({ length: 3 }, () => {
      fs.rmSync(cache, { force: true });
      return wall(['c1000', '-f', 'json', '--cache', '--cache-location', cache], dir);
    }));
    const warm = median(Array.from({ length: 5 }, () => wall(['c1000', '-f', 'json', '--cache', '--cache-location', cache], dir)));
    rows.push(
      { name: '1,000 files, --cache cold', value: round(cold, 2), unit: 's', note: 'median of 3' },
      { name: '1,000 files, --cache warm', value: round(warm, 3), unit: 's', note: `median of 5; target < 0.5 s and < cold / 3: ${warm < 0.5 && warm < cold / 3 ? 'met' : 'NOT met'}` },
    );
    for (const n of [10, 100, 1000]) {
      const runs = n === 1000 ? 3 : 7;
      // Interleaved (auto, 1, 2, auto, 1, …) so that a change in machine load hits every setting alike.
      const settings = ['auto', '0', '1'];
      const times = new Map(settings.map((t) => [t, [] as number[]]));
      for (let i = 0; i < runs; i++) for (const t of settings) times.get(t)!.push(wall([`c${n}`, '-f', 'json', '--threads', t], dir));
      const [auto, one, two] = settings.map((t) => median(times.get(t)!));
      rows.push(
        { name: `${n} files, --threads auto`, value: round(auto!, 3), unit: 's', note: `median of ${runs}; never slower than the faster of 1 and 2 (5% noise allowed): ${auto! <= Math.min(one!, two!) * 1.05 ? 'met' : 'NOT met'}` },
        { name: `${n} files, --threads 0`, value: round(one!, 3), unit: 's', note: 'the main thread alone (what auto picks under 100 files)' },
        { name: `${n} files, --threads 1`, value: round(two!, 3), unit: 's', note: 'the main thread and one worker' },
      );
    }
    return { title: `CLI for CI: --cache and --threads (spawned, ${os.availableParallelism?.() ?? os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})`, rows };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
