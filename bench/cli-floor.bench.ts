/**
 * The CLI against its floor (issue 13), in one run: 1,000 files cold (no
 * --cache) with the default threads and with `--threads 0`, next to the
 * floor, one thread of a bare read + yaml parse + ajv validate of each file
 * (floor.ts). Interleaved (auto, 1, floor, then again, the order rotating),
 * one warm-up round, medians. Targets: default threads <= 0.9x the floor,
 * --threads 0 <= 1.3x. Two corpora: 1,000 typical 300-line files
 * (typical.ts) and generate.ts's corpus (150 to 600 lines, in 10 folders).
 * CASELINT_BENCH_RUNS=<n> sets the runs per command (default 3).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCorpus } from './generate';
import { median, round, type BenchResult, type BenchRow } from './stats';
import { typicalCorpus } from './typical';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'bin', 'caselint.js');
const floor = path.join(__dirname, 'floor.js');

interface Command {
  name: string;
  args: string[];
}

function wall(args: string[], cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return seconds;
}

/** Median wall time of each command, over `runs` interleaved rounds after one warm-up round. */
function interleaved(commands: readonly Command[], cwd: string, runs: number): number[] {
  const times = commands.map(() => [] as number[]);
  for (let round = -1; round < runs; round++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (k + Math.max(0, round)) % commands.length;
      const t = wall(commands[i]!.args, cwd);
      if (round >= 0) times[i]!.push(t);
    }
  }
  return times.map(median);
}

function ratioNote(ratio: number, target: number): string {
  return `target <= ${target}x the floor: ${ratio <= target ? 'met' : 'NOT met'}`;
}

export async function run(): Promise<BenchResult> {
  const runs = Math.max(1, Number(process.env.CASELINT_BENCH_RUNS) || 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-bench-floor-'));
  const rows: BenchRow[] = [];
  try {
    typicalCorpus(path.join(dir, 'typical'), 1000, 13);
    generateCorpus(path.join(dir, 'generated'), 1000, 7);
    for (const [corpus, label] of [['typical', '1,000 typical 300-line files'], ['generated', "1,000 files of generate.ts's corpus"]] as const) {
      const commands: Command[] = [
        { name: 'default threads', args: [bin, '-f', 'json', corpus] },
        { name: '--threads 0', args: [bin, '-f', 'json', '--threads', '0', corpus] },
        { name: 'floor', args: [floor, '--quiet', corpus] },
      ];
      const [auto, one, base] = interleaved(commands, dir, runs);
      const autoRatio = auto! / base!;
      const oneRatio = one! / base!;
      rows.push(
        { name: `${label}: floor (yaml + ajv, one thread)`, value: round(base!, 2), unit: 's', note: `median of ${runs}, interleaved with the two below` },
        { name: `${label}: caselint, default threads`, value: round(auto!, 2), unit: 's', note: `${round(autoRatio, 2)}x the floor; ${ratioNote(autoRatio, 0.9)}` },
        { name: `${label}: caselint --threads 0 (one thread)`, value: round(one!, 2), unit: 's', note: `${round(oneRatio, 2)}x the floor; ${ratioNote(oneRatio, 1.3)}` },
      );
    }
    return { title: `CLI against the floor, cold (spawned, ${os.availableParallelism?.() ?? os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})`, rows };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
