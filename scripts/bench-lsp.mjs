// `npm run bench:lsp`: language servers over stdio, as an editor drives them,
// on generated case documents (two families, see bench/generate.ts) of about
// 300, 3,000 and 30,000 lines, or on a document of your own (--file).
//
// Per server and document: initialize (spawn -> result); open -> first
// diagnostics; edit -> diagnostics p50 for one-character edits (a) in the
// middle prose line of the document and (b) inside a perspective's prose;
// a typing burst (20 keys 50 ms apart inside a perspective's prose: last key
// -> diagnostics of the final version, and for caselint the number of lints
// the burst cost); hover and completion p50 at drug values; peak memory (RSS
// of the server process: sampled VmRSS and the kernel's VmHWM). And per
// document, in the same run, the floor: `yaml`'s parseDocument of the text in
// a fresh node process, its first (cold) parse and the median of ten more
// (warm), so that open and edit figures can be read against this machine's
// speed at the time (shared machines here vary several fold between days).
//
//   node scripts/bench-lsp.mjs [--sizes 300,3000,30000] [--family typical,dense] [--file PATH]...
//        [--peer "name=<command>"]... [--peer-settings "name=FILE.json"] [--peer-language-id "name=ID"]
//        [--runs N] [--json]
//
// caselint (bin/caselint-language-server.js --stdio) always runs first; every
// --peer runs on the same documents in the same run, interleaved (document by
// document, run by run), and the table puts the servers side by side
// (medians over --runs). A peer's settings file is JSON answered to
// workspace/configuration (by section) and sent with
// workspace/didChangeConfiguration; in it ${root} / ${rootUri} are the
// caselint checkout, ${settingsDir} / ${settingsDirUri} the file's folder.
// Needs dist/server.js (node esbuild.mjs) and out/bench/generate.js (npx tsc -p .;
// compiled here when missing or older than bench/generate.ts).
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

// The issue's targets (issue 13), for caselint on typical documents (the
// generated typical family, and --file documents); the dense family is
// shown without verdicts.
const TARGETS = {
  initializeMs: { all: 200 },
  openToDiagnosticsMs: { 30000: 250 },
  burstMs: { 3000: 30, 30000: 150 },
  proseEditP50Ms: { 300: 5, 30000: 40 },
  hoverP50Ms: { all: 3 },
  completionP50Ms: { all: 3 },
  peakRssMb: { 3000: 100 },
};

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const a = { sizes: [300, 3000, 30000], families: ['typical', 'dense'], files: [], peers: [], settings: {}, languageIds: {}, runs: 1, json: false };
  const named = (v, what) => {
    const i = v.indexOf('=');
    if (i <= 0 || /\s/.test(v.slice(0, i))) throw new Error(`${what} wants "name=value"`);
    return [v.slice(0, i), v.slice(i + 1)];
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${k} needs a value`);
      return argv[++i];
    };
    if (k === '--sizes') a.sizes = val().split(',').map(Number);
    else if (k === '--family') a.families = val().split(',').map((f) => f.trim());
    else if (k === '--file') a.files.push(resolve(val()));
    else if (k === '--peer') {
      const v = val();
      const m = /^([A-Za-z0-9_.-]+)=(.+)$/.exec(v);
      a.peers.push(m ? { name: m[1], command: m[2] } : { name: `peer${a.peers.length + 1}`, command: v });
    } else if (k === '--peer-settings') {
      const [n, f] = named(val(), k);
      a.settings[n] = resolve(f);
    } else if (k === '--peer-language-id') {
      const [n, id] = named(val(), k);
      a.languageIds[n] = id;
    } else if (k === '--runs') a.runs = Math.max(1, Number(val()));
    else if (k === '--json') a.json = true;
    else if (k === '-h' || k === '--help') a.help = true;
    else throw new Error(`unknown argument ${k}`);
  }
  for (const f of a.families) if (f !== 'typical' && f !== 'dense') throw new Error(`--family: typical or dense, not ${f}`);
  return a;
}

/** A command line split like a shell would (quotes, backslashes). */
function shellSplit(s) {
  const out = [];
  let cur = '';
  let q = null;
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"' && i + 1 < s.length) cur += s[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      q = c;
      any = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      any = true;
    } else if (/\s/.test(c)) {
      if (cur || any) out.push(cur);
      cur = '';
      any = false;
    } else cur += c;
  }
  if (q) throw new Error(`unbalanced quote in ${s}`);
  if (cur || any) out.push(cur);
  return out;
}

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
  return require(compiled);
}

// ---------------------------------------------------------------- helpers
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The `server` of the floor's results (no --peer may take this name). */
const FLOOR = 'floor';

function median(values) {
  const s = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((x, y) => x - y);
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

function substitute(text, settingsDir) {
  return text
    .replaceAll('${rootUri}', pathToFileURL(root).href)
    .replaceAll('${root}', root)
    .replaceAll('${settingsDirUri}', pathToFileURL(settingsDir).href)
    .replaceAll('${settingsDir}', settingsDir);
}

// ---------------------------------------------------------------- a server
class Client {
  constructor(server) {
    this.server = server;
    this.publishes = []; // { uri, version, at, count }
    this.waiters = [];
    this.lintLog = []; // { at (when the lint started), version } from caselint's CASELINT_LOG_LINTS=1
  }

  async start(rootDir) {
    const argv = shellSplit(this.server.command);
    const t0 = performance.now();
    this.proc = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, CASELINT_LOG_LINTS: '1' } });
    this.proc.stderr.on('data', () => {});
    this.peakSampledKb = 0;
    this.sampler = setInterval(() => {
      const kb = rssKb(this.proc.pid, 'VmRSS');
      if (kb && kb > this.peakSampledKb) this.peakSampledKb = kb;
    }, 10);
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const ev = { uri: p.uri, version: p.version, at: performance.now(), count: p.diagnostics.length };
      this.publishes.push(ev);
      this.waiters = this.waiters.filter((w) => {
        if (w.test(ev)) {
          w.resolve(ev);
          return false;
        }
        return true;
      });
    });
    this.conn.onNotification('window/logMessage', (p) => {
      const m = /^lint document #\d+ v(\d+) ([\d.]+) ms/.exec(p?.message ?? '');
      // Logged when the lint ends: it started its duration earlier.
      if (m) this.lintLog.push({ at: performance.now() - Number(m[2]), version: Number(m[1]) });
    });
    this.conn.onNotification(() => {});
    const settings = this.server.settings;
    const lookup = (section) => {
      if (!settings) return {};
      if (!section) return settings;
      let cur = settings;
      for (const part of section.split('.')) {
        if (cur && typeof cur === 'object' && part in cur) cur = cur[part];
        else return null;
      }
      return cur;
    };
    this.conn.onRequest('workspace/configuration', (p) => p.items.map((it) => lookup(it.section)));
    this.conn.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(rootDir).href, name: 'bench' }]);
    this.conn.onRequest(() => null);
    this.conn.listen();
    const rootUri = pathToFileURL(rootDir).toString();
    const tReq = performance.now();
    const init = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      rootPath: rootDir,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { contextSupport: true, completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        window: { workDoneProgress: false },
      },
    });
    const t1 = performance.now();
    const sync = init?.capabilities?.textDocumentSync;
    this.fullSync = (typeof sync === 'number' ? sync : sync?.change) === 1;
    this.conn.sendNotification('initialized', {});
    if (settings) this.conn.sendNotification('workspace/didChangeConfiguration', { settings });
    return { spawnToResult: t1 - t0, request: t1 - tReq };
  }

  /** The next publish for `uri` after `since`: of `version` when the server versions its publishes, else any. */
  waitFor(uri, version, since, versioned) {
    const test = (e) => e.uri === uri && e.at >= since && (!versioned || e.version === undefined || e.version === version);
    const seen = this.publishes.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.server.name}: no diagnostics for version ${version}`)), 120000);
      this.waiters.push({ test, resolve: (v) => { clearTimeout(timer); resolve(v); } });
    });
  }

  /** Resolves once no publish for `uri` came for `quietMs`. */
  async quiet(uri, quietMs) {
    const start = performance.now();
    for (;;) {
      const last = [...this.publishes].reverse().find((e) => e.uri === uri);
      const since = performance.now() - Math.max(last ? last.at : start, start);
      if (since >= quietMs || performance.now() - start > 30000) return;
      await sleep(Math.min(50, quietMs - since + 1));
    }
  }

  async stop() {
    clearInterval(this.sampler);
    const hwm = rssKb(this.proc.pid, 'VmHWM');
    await Promise.race([this.conn.sendRequest('shutdown').catch(() => undefined), sleep(3000)]);
    this.conn.sendNotification('exit');
    await new Promise((r) => {
      const t = setTimeout(() => { this.proc.kill(); r(); }, 3000);
      this.proc.once('exit', () => { clearTimeout(t); r(); });
    });
    this.conn.dispose();
    return hwm;
  }
}

// ---------------------------------------------------------------- positions
function positionsOf(lines, re, delta) {
  const out = [];
  lines.forEach((l, i) => {
    const m = re.exec(l);
    if (m) out.push({ line: i, character: m.index + delta(m) });
  });
  return out;
}

/** Inside the prose of the middle perspective: the end of the first word of its body's middle line. */
function perspectiveProse(lines) {
  const start = lines.findIndex((l) => /^perspectives:\s*$/.test(l));
  if (start < 0) return undefined;
  const bodies = [];
  for (let i = start + 1; i < lines.length && !/^[A-Za-z_]/.test(lines[i]); i++) {
    const m = /^(\s+)body:\s*[|>][-+0-9]*\s*$/.exec(lines[i]);
    if (!m) continue;
    const body = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.trim() === '') continue;
      const indent = l.length - l.trimStart().length;
      if (indent <= m[1].length) break;
      const w = /^[A-Za-z]{3,}/.exec(l.slice(indent));
      if (w && l.trim().length >= 20) body.push({ line: j, character: indent + w[0].length });
    }
    if (body.length) bodies.push(body);
  }
  const body = bodies[Math.floor(bodies.length / 2)];
  return body ? body[Math.floor(body.length / 2)] : undefined;
}

// ---------------------------------------------------------------- one server on one document
async function benchOne(server, doc) {
  const { text, lines, label } = doc;
  const dir = mkdtempSync(join(tmpdir(), 'caselint-bench-lsp-'));
  const file = join(dir, doc.fileName);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const client = new Client(server);
  let current = text;
  let version = 1;
  const offsetOf = (pos) => {
    let o = 0;
    for (let i = 0; i < pos.line; i++) o += lines[i].length + 1;
    return o + pos.character;
  };
  /** A one-character edit at `pos` (insert 'x', or delete the character there); returns the new version. */
  const edit = (pos, insert) => {
    version++;
    const off = offsetOf(pos);
    current = insert ? current.slice(0, off) + 'x' + current.slice(off) : current.slice(0, off) + current.slice(off + 1);
    const range = insert ? { start: pos, end: pos } : { start: pos, end: { line: pos.line, character: pos.character + 1 } };
    const change = client.fullSync ? { text: current } : { range, text: insert ? 'x' : '' };
    client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    return version;
  };
  try {
    const init = await client.start(dir);
    await sleep(300);

    // Open -> first diagnostics.
    const t0 = performance.now();
    client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version, text } });
    const first = await client.waitFor(uri, version, t0, false);
    const versioned = first.version !== undefined;
    const openMs = first.at - t0;
    await client.quiet(uri, versioned ? 50 : 400);

    // Edits one at a time, each timed to its diagnostics (insert then delete: the text returns to what was opened).
    const runs = lines.length >= 30000 ? 14 : 40;
    const timeEdits = async (pos) => {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const v = edit(pos, i % 2 === 0);
        const got = await client.waitFor(uri, v, t, versioned);
        times.push(got.at - t);
      }
      if (!versioned) await client.quiet(uri, 400);
      return times;
    };
    // The first letter of an indented prose line (the indentation is the match's leading spaces).
    const prose = positionsOf(lines, /^\s{2,}[A-Z][a-z]+ /, (m) => m[0].search(/\S/)).filter((p) => p.character >= 2);
    const middle = prose[Math.floor(prose.length / 2)] ?? { line: lines.length - 1, character: 0 };
    const cpu0 = cpuMs(client.proc.pid);
    const editTimes = await timeEdits(middle);
    const editCpuMs = (cpuMs(client.proc.pid) - cpu0) / runs;
    const inPerspective = perspectiveProse(lines);
    const proseTimes = inPerspective ? await timeEdits(inPerspective) : [];

    // A typing burst inside a perspective's prose: 20 keys 50 ms apart.
    let burst;
    if (inPerspective) {
      await client.quiet(uri, 300);
      const lintsBefore = client.lintLog.length;
      const tStart = performance.now();
      let tLast = tStart;
      let v = version;
      for (let i = 0; i < 20; i++) {
        tLast = performance.now();
        v = edit(inPerspective, i % 2 === 0);
        if (i < 19) await sleep(50);
      }
      let final;
      if (versioned) final = await client.waitFor(uri, v, tStart, true);
      await client.quiet(uri, versioned ? 300 : 1000);
      if (!final) final = [...client.publishes].reverse().find((e) => e.uri === uri && e.at >= tLast);
      const lints = client.lintLog.slice(lintsBefore).filter((l) => l.at >= tStart - 1);
      burst = {
        ms: final ? final.at - tLast : NaN,
        publishes: client.publishes.filter((e) => e.uri === uri && e.at >= tStart).length,
        lints: lints.length,
        lintsAfterLastKey: lints.filter((l) => l.at >= tLast).length,
      };
    }

    // Hover on drug names; completion at drug values.
    const drugs = positionsOf(lines, /- drug: (\S)/, (m) => m[0].length - 1);
    const hoverTimes = [];
    const completionTimes = [];
    const n = 60;
    for (let i = 0; i < n && drugs.length; i++) {
      const position = drugs[(i * 7) % drugs.length];
      const t = performance.now();
      await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: position.line, character: position.character + 2 } });
      hoverTimes.push(performance.now() - t);
    }
    for (let i = 0; i < n && drugs.length; i++) {
      const position = drugs[(i * 7) % drugs.length];
      const t = performance.now();
      await client.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
      completionTimes.push(performance.now() - t);
    }
    const hwmKb = await client.stop();
    return {
      server: server.name,
      document: label,
      family: doc.family,
      size: doc.size,
      lines: lines.length,
      findings: first.count,
      initializeMs: init.spawnToResult,
      openToDiagnosticsMs: openMs,
      editP50Ms: median(editTimes),
      editCpuMs,
      proseEditP50Ms: median(proseTimes),
      burstMs: burst?.ms ?? NaN,
      // Servers that log their lints (caselint with CASELINT_LOG_LINTS=1) say how many the burst cost.
      burstLints: client.lintLog.length > 0 ? burst?.lints : undefined,
      burstLintsAfterLastKey: client.lintLog.length > 0 ? burst?.lintsAfterLastKey : undefined,
      burstPublishes: burst?.publishes,
      hoverP50Ms: median(hoverTimes),
      completionP50Ms: median(completionTimes),
      peakRssMb: Math.max(hwmKb ?? 0, client.peakSampledKb) / 1024,
      versioned,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the floor
// A fresh process parses the document with caselint's parse options
// (core/document.ts PARSE_OPTIONS): the first parse is what an open pays
// at the least before any lint runs; the warm median is what an edit would
// pay for a whole parse.
const FLOOR_SCRIPT = `
const YAML = require(process.argv[1]);
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const times = [];
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  YAML.parseDocument(text, { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  times.push(performance.now() - t);
}
const warm = times.slice(1).sort((a, b) => a - b)[5];
process.stdout.write(JSON.stringify({ cold: times[0], warm }));
`;

function parseFloor(doc) {
  const dir = mkdtempSync(join(tmpdir(), 'caselint-bench-floor-'));
  try {
    const file = join(dir, doc.fileName);
    writeFileSync(file, doc.text);
    const out = execFileSync(process.execPath, ['-e', FLOOR_SCRIPT, require.resolve('yaml'), file], { encoding: 'utf8' });
    const { cold, warm } = JSON.parse(out);
    return { document: doc.label, server: FLOOR, floorColdMs: cold, floorWarmMs: warm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- table
function targetFor(metric, doc) {
  const t = TARGETS[metric];
  if (!t || doc.family === 'dense') return undefined;
  return t.all ?? t[doc.size];
}

function fmt(n) {
  if (n === undefined) return '-';
  if (typeof n !== 'number' || !Number.isFinite(n)) return 'n/a';
  return n.toFixed(n < 10 ? 2 : 1);
}

function printTable(docs, servers, results, runs) {
  const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
  const t = performance.now();
  execSync(`"${process.execPath}" -e ""`);
  const boot = performance.now() - t;
  process.stdout.write(`language servers over stdio (node ${process.version}; load average ${load}; bare node start ${boot.toFixed(0)} ms; median of ${runs} run(s), servers interleaved)\n`);
  for (const s of servers) process.stdout.write(`  ${s.name}: ${s.command}${s.settingsFile ? ` (settings ${s.settingsFile})` : ''}, language id ${s.languageId}\n`);
  process.stdout.write('targets (issue 13) apply to caselint on typical documents; the dense family is shown without verdicts\n');
  process.stdout.write(`floor: yaml ${require('yaml/package.json').version} parseDocument of the same text in a fresh node process, measured in the same run (cold: its first parse; warm: median of ten more)\n\n`);
  const metrics = [
    ['initializeMs', 'initialize (spawn -> result)', 'ms'],
    ['openToDiagnosticsMs', 'open -> first diagnostics', 'ms'],
    ['editP50Ms', 'edit -> diagnostics p50 (middle prose line)', 'ms'],
    ['editCpuMs', '  server CPU per such edit (mean)', 'ms'],
    ['proseEditP50Ms', "edit -> diagnostics p50 (a perspective's prose)", 'ms'],
    ['burstMs', 'burst 20 keys @50 ms: last key -> final diagnostics', 'ms'],
    ['burstLints', '  lints the burst cost (all / started after the last key)', ''],
    ['hoverP50Ms', 'hover p50 (drug value)', 'ms'],
    ['completionP50Ms', 'completion p50 (drug value)', 'ms'],
    ['peakRssMb', 'peak memory (server RSS)', 'MB'],
  ];
  const rows = [];
  for (const doc of docs) {
    const head = results.find((r) => r.document === doc.label && r.server === servers[0].name);
    rows.push([`${doc.label} (${doc.lines.length} lines, ${head ? head.findings : '?'} findings)`, ...servers.map((s) => s.name), 'target']);
    const floors = results.filter((r) => r.document === doc.label && r.server === FLOOR);
    const cold = median(floors.map((r) => r.floorColdMs));
    const warm = median(floors.map((r) => r.floorWarmMs));
    rows.push(['  floor: yaml parseDocument, cold / warm', `${fmt(cold)} / ${fmt(warm)} ms`, ...servers.slice(1).map(() => ''), '']);
    const open = (s) => median(results.filter((r) => r.document === doc.label && r.server === s.name).map((r) => r.openToDiagnosticsMs));
    rows.push(['  open as a multiple of the cold floor', ...servers.map((s) => `${fmt(open(s) / cold)}x`), '']);
    for (const [key, name, unit] of metrics) {
      const cells = servers.map((s) => {
        const rs = results.filter((r) => r.document === doc.label && r.server === s.name);
        if (key === 'burstLints') {
          if (rs.every((r) => r.burstLints === undefined)) return '-';
          return `${median(rs.map((r) => r.burstLints))} / ${median(rs.map((r) => r.burstLintsAfterLastKey))}`;
        }
        const v = median(rs.map((r) => r[key]));
        return `${fmt(v)}${unit && Number.isFinite(v) ? ` ${unit}` : ''}`;
      });
      const target = targetFor(key, doc);
      let verdict = '';
      if (target !== undefined) {
        const v = median(results.filter((r) => r.document === doc.label && r.server === servers[0].name).map((r) => r[key]));
        verdict = Number.isFinite(v) && v <= target ? `ok (< ${target})` : `OVER (< ${target})`;
      }
      rows.push([`  ${name}`, ...cells, verdict]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  for (const r of rows) {
    process.stdout.write(`${r.map((c, i) => (i === 0 || i === r.length - 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd()}\n`);
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0].replace(/^\/\/ ?/gm, ''));
    return;
  }
  if (!existsSync(join(root, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `node esbuild.mjs`');
  const servers = [
    { name: 'caselint', command: `"${process.execPath}" "${join(root, 'bin', 'caselint-language-server.js')}" --stdio`, languageId: 'case-report' },
    ...args.peers.map((p) => ({ ...p, languageId: args.languageIds[p.name] ?? 'yaml' })),
  ];
  for (const s of servers) {
    const f = args.settings[s.name];
    if (f) {
      s.settingsFile = f;
      s.settings = JSON.parse(substitute(readFileSync(f, 'utf8'), dirname(f)));
    }
  }
  for (const name of Object.keys(args.settings)) if (!servers.some((s) => s.name === name)) throw new Error(`--peer-settings names no server: ${name}`);
  if (servers.some((s) => s.name === FLOOR)) throw new Error(`--peer: the name ${FLOOR} is the floor's`);
  const docs = [];
  if (args.files.length) {
    for (const f of args.files) {
      const text = readFileSync(f, 'utf8');
      const name = basename(f);
      docs.push({ label: name, family: 'file', size: nearestSize(text.split('\n').length), text, lines: text.split('\n'), fileName: /\.case\.ya?ml$/.test(name) ? name : `${name}.case.yaml` });
    }
  } else {
    const gen = loadGenerator();
    for (const family of args.families) {
      for (const size of args.sizes) {
        const text = gen.generateFamilyCase(family, 42, size);
        docs.push({ label: `${family} ${size}`, family, size, text, lines: text.split('\n'), fileName: `bench-${family}-${size}.case.yaml` });
      }
    }
  }
  const results = [];
  for (let run = 0; run < args.runs; run++) {
    for (const doc of docs) {
      process.stderr.write(`run ${run + 1}/${args.runs}: the floor on ${doc.label}\n`);
      results.push({ run, ...parseFloor(doc) });
      for (const server of servers) {
        process.stderr.write(`run ${run + 1}/${args.runs}: ${server.name} on ${doc.label}\n`);
        results.push({ run, ...(await benchOne(server, doc)) });
      }
    }
  }
  if (args.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else printTable(docs, servers, results, args.runs);
}

/** The generated size a document of `lines` lines is compared with (its targets). */
function nearestSize(lines) {
  return [300, 3000, 30000].reduce((best, s) => (Math.abs(Math.log(lines / s)) < Math.abs(Math.log(lines / best)) ? s : best), 300);
}

main().catch((err) => {
  process.stderr.write(`bench:lsp failed: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 1;
});
