// `npm run bench` (after `npm run build`): compiles with tsc when out/ is
// stale, runs every out/bench/*.bench.js (each exports
// `async run(): Promise<{title, rows: {name, value, unit, note?}[]}>`), prints
// one table per benchmark and writes bench/results/latest.json (gitignored).
//   node scripts/bench.mjs [name-filter]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const filter = process.argv[2];

/** Newest mtime of the .ts files under these folders. */
function newestSource(dirs) {
  let newest = 0;
  const visit = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  dirs.forEach((d) => visit(path.join(root, d)));
  return newest;
}

function oldestBenchOutput() {
  const dir = path.join(root, 'out', 'bench');
  const benches = fs.existsSync(path.join(root, 'bench'))
    ? fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.ts'))
    : [];
  let oldest = Infinity;
  for (const f of benches) {
    const js = path.join(dir, f.replace(/\.ts$/, '.js'));
    if (!fs.existsSync(js)) return 0;
    oldest = Math.min(oldest, fs.statSync(js).mtimeMs);
  }
  return oldest === Infinity ? 0 : oldest;
}

if (newestSource(['server/src', 'bench']) > oldestBenchOutput()) {
  process.stdout.write('out/ is stale: npx tsc -p .\n');
  const tsc = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['tsc', '-p', '.'], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) process.stdout.write('(tsc reported errors; running what it emitted)\n');
}

const benchDir = path.join(root, 'out', 'bench');
const files = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.js') && (!filter || f.includes(filter)))
  .sort();

function table(result) {
  const rows = result.rows.map((r) => [r.name, `${r.value} ${r.unit}`, r.note ?? '']);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
  const line = (r) => `  ${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2]}`.trimEnd();
  return [`\n${result.title}`, ...rows.map(line)].join('\n');
}

const load = os.loadavg()[0];
const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
if (load > cores * 0.75) {
  process.stdout.write(`note: the machine is busy (load ${load.toFixed(1)} on ${cores} cores): timings are inflated\n`);
}

const all = [];
let failed = false;
for (const f of files) {
  const mod = require(path.join(benchDir, f));
  if (typeof mod.run !== 'function') continue;
  try {
    const result = await mod.run();
    all.push({ file: f.replace(/\.js$/, '.ts'), ...result });
    process.stdout.write(`${table(result)}\n`);
  } catch (e) {
    failed = true;
    process.stdout.write(`\n${f}: failed: ${e && e.stack ? e.stack : e}\n`);
  }
}

const out = path.join(root, 'bench', 'results', 'latest.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      loadavg: os.loadavg(),
      results: all,
    },
    null,
    2,
  )}\n`,
);
process.stdout.write(`\nwrote ${path.relative(root, out)}\n`);
process.exitCode = failed ? 1 : 0;
