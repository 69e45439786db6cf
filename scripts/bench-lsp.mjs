// `npm run bench:lsp`: the language server over stdio, as an editor drives it,
// on generated case documents of about 300, 3,000 and 30,000 lines.
// Measures: initialize (spawn to result), open -> diagnostics, edit ->
// diagnostics p50, hover p50, completion p50, peak memory (RSS of the server
// process: sampled VmRSS and the kernel's VmHWM high-water mark).
//   node scripts/bench-lsp.mjs [--sizes 300,3000,30000] [--json]
// Needs dist/server.js (node esbuild.mjs) and out/bench/generate.js (npx tsc -p .;
// compiled here when missing or older than bench/generate.ts).
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const sizesArg = args.indexOf('--sizes');
const SIZES = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : [300, 3000, 30000];

const TARGETS = {
  initializeMs: 200,
  openToDiagnosticsMs: { 300: 60 },
  editP50Ms: { 300: 15, 3000: 50, 30000: 200 },
  hoverP50Ms: { 300: 3, 30000: 30 },
  completionP50Ms: { 300: 3, 30000: 30 },
  peakRssMb: { 3000: 100 },
};

function loadGenerator() {
  const compiled = join(root, 'out', 'bench', 'generate.js');
  const source = join(root, 'bench', 'generate.ts');
  if (!existsSync(compiled) || (existsSync(source) && statSync(source).mtimeMs > statSync(compiled).mtimeMs)) {
    process.stderr.write('compiling bench/generate.ts (npx tsc -p .)\n');
    try {
      execSync('npx tsc -p .', { cwd: root, stdio: 'ignore' });
    } catch {
      // Type errors elsewhere still emit; what matters is the file below.
    }
  }
  if (!existsSync(compiled)) throw new Error('out/bench/generate.js is missing: run `npx tsc -p .`');
  return require(compiled).generateCase;
}

function p50(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

function rssKb(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) the process used so far, in ms (Linux; 100 ticks a second). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

class Client {
  constructor() {
    this.publishes = new Map(); // uri -> [{version, at}]
    this.waiters = [];
  }

  async start(rootDir) {
    const t0 = performance.now();
    this.proc = spawn(process.execPath, [join(root, 'bin', 'caselint-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr.on('data', () => {});
    this.peakSampledKb = 0;
    this.sampler = setInterval(() => {
      const kb = rssKb(this.proc.pid, 'VmRSS');
      if (kb && kb > this.peakSampledKb) this.peakSampledKb = kb;
    }, 10);
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = performance.now();
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.version === p.version) {
          w.resolve({ at, count: p.diagnostics.length });
          return false;
        }
        return true;
      });
    });
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.listen();
    const rootUri = pathToFileURL(rootDir).toString();
    const tReq = performance.now();
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown'] },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    const t1 = performance.now();
    this.conn.sendNotification('initialized', {});
    return { spawnToResult: t1 - t0, request: t1 - tReq };
  }

  waitFor(uri, version) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}`)), 120000);
      this.waiters.push({ uri, version, resolve: (v) => { clearTimeout(timer); resolve(v); } });
    });
  }

  async stop() {
    clearInterval(this.sampler);
    const hwm = rssKb(this.proc.pid, 'VmHWM');
    await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
    this.conn.sendNotification('exit');
    await new Promise((r) => {
      const t = setTimeout(() => { this.proc.kill(); r(); }, 3000);
      this.proc.once('exit', () => { clearTimeout(t); r(); });
    });
    this.conn.dispose();
    return hwm;
  }
}

function positionsOf(lines, re, delta) {
  const out = [];
  lines.forEach((l, i) => {
    const m = re.exec(l);
    if (m) out.push({ line: i, character: m.index + delta(m) });
  });
  return out;
}

async function benchSize(generateCase, targetLines) {
  const text = generateCase(42, targetLines);
  const lines = text.split('\n');
  const dir = mkdtempSync(join(tmpdir(), 'caselint-bench-lsp-'));
  const file = join(dir, `bench-${targetLines}.case.yaml`);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const client = new Client();
  try {
    const init = await client.start(dir);

    // Open -> diagnostics.
    let version = 1;
    const t0 = performance.now();
    const opened = client.waitFor(uri, version);
    client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    const first = await opened;
    const openMs = first.at - t0;

    // Edit -> diagnostics: type and delete a character in prose, one edit at a time.
    const prose = positionsOf(lines, /^\s{2,}[A-Z][a-z]+ /, () => 0).filter((p) => p.character >= 2);
    const target = prose[Math.floor(prose.length / 2)] ?? { line: lines.length - 1, character: 0 };
    const editRuns = targetLines >= 30000 ? 15 : 40;
    const editTimes = [];
    const cpuEdit0 = cpuMs(client.proc.pid);
    for (let i = 0; i < editRuns; i++) {
      version++;
      const insert = i % 2 === 0;
      const at = { line: target.line, character: target.character };
      const change = insert
        ? { range: { start: at, end: at }, text: 'a' }
        : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      const waiting = client.waitFor(uri, version);
      const t = performance.now();
      client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const got = await waiting;
      editTimes.push(got.at - t);
    }

    const editCpuMs = (cpuMs(client.proc.pid) - cpuEdit0) / editRuns;

    // Hover on drug names; completion at drug values.
    const drugs = positionsOf(lines, /- drug: (\S)/, (m) => m[0].length - 1);
    const hoverTimes = [];
    const completionTimes = [];
    const runs = 60;
    const cpuHover0 = cpuMs(client.proc.pid);
    for (let i = 0; i < runs && drugs.length; i++) {
      const position = drugs[(i * 7) % drugs.length];
      const t = performance.now();
      await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: position.line, character: position.character + 2 } });
      hoverTimes.push(performance.now() - t);
    }
    const hoverCpuMs = (cpuMs(client.proc.pid) - cpuHover0) / Math.max(1, hoverTimes.length);
    const cpuCompletion0 = cpuMs(client.proc.pid);
    for (let i = 0; i < runs && drugs.length; i++) {
      const position = drugs[(i * 7) % drugs.length];
      const t = performance.now();
      await client.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
      completionTimes.push(performance.now() - t);
    }
    const completionCpuMs = (cpuMs(client.proc.pid) - cpuCompletion0) / Math.max(1, completionTimes.length);
    const hwmKb = await client.stop();
    return {
      lines: lines.length,
      findings: first.count,
      initializeMs: init.spawnToResult,
      initializeRequestMs: init.request,
      openToDiagnosticsMs: openMs,
      editP50Ms: p50(editTimes),
      hoverP50Ms: p50(hoverTimes),
      completionP50Ms: p50(completionTimes),
      cpu: { perEditMs: editCpuMs, perHoverMs: hoverCpuMs, perCompletionMs: completionCpuMs },
      peakRssMb: Math.max(hwmKb ?? 0, client.peakSampledKb) / 1024,
      samples: { edits: editTimes.length, hovers: hoverTimes.length, completions: completionTimes.length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function verdict(value, target) {
  if (target === undefined) return '';
  return value <= target ? `ok (< ${target})` : `OVER (target < ${target})`;
}

/** How long a bare `node -e ""` takes here (the floor under "initialize"). */
function nodeBootMs() {
  const t = performance.now();
  execSync(`"${process.execPath}" -e ""`);
  return performance.now() - t;
}

async function main() {
  if (!existsSync(join(root, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `node esbuild.mjs`');
  const generateCase = loadGenerator();
  const results = [];
  for (const size of SIZES) results.push({ size, ...(await benchSize(generateCase, size)) });
  if (asJson) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const nearestTarget = (table, size) => table[size];
  const rows = [];
  for (const r of results) {
    const f = (n) => n.toFixed(n < 10 ? 2 : 1);
    rows.push([`${r.size} (${r.lines} lines, ${r.findings} findings)`, '', '']);
    rows.push(['  initialize (spawn -> result)', `${f(r.initializeMs)} ms`, verdict(r.initializeMs, TARGETS.initializeMs)]);
    rows.push(['  initialize request alone', `${f(r.initializeRequestMs)} ms`, '']);
    rows.push(['  open -> diagnostics', `${f(r.openToDiagnosticsMs)} ms`, verdict(r.openToDiagnosticsMs, nearestTarget(TARGETS.openToDiagnosticsMs, r.size))]);
    rows.push([`  edit -> diagnostics p50 (n=${r.samples.edits})`, `${f(r.editP50Ms)} ms`, verdict(r.editP50Ms, nearestTarget(TARGETS.editP50Ms, r.size))]);
    rows.push(['    server CPU per edit (mean)', `${f(r.cpu.perEditMs)} ms`, '']);
    rows.push([`  hover p50 (n=${r.samples.hovers})`, `${f(r.hoverP50Ms)} ms`, verdict(r.hoverP50Ms, nearestTarget(TARGETS.hoverP50Ms, r.size))]);
    rows.push([`  completion p50 (n=${r.samples.completions})`, `${f(r.completionP50Ms)} ms`, verdict(r.completionP50Ms, nearestTarget(TARGETS.completionP50Ms, r.size))]);
    rows.push(['    server CPU per hover / completion (mean)', `${f(r.cpu.perHoverMs)} / ${f(r.cpu.perCompletionMs)} ms`, '']);
    rows.push(['  peak memory (server RSS)', `${f(r.peakRssMb)} MB`, verdict(r.peakRssMb, nearestTarget(TARGETS.peakRssMb, r.size))]);
  }
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
  process.stdout.write(`caselint language server over stdio (node ${process.version}; load average ${load}; bare node start ${nodeBootMs().toFixed(0)} ms)\n`);
  for (const [a, b, c] of rows) process.stdout.write(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench:lsp failed: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 1;
});
