import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, DocumentDiagnosticReport, Position } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/core';
import { LspClient, pullCapabilities } from '../support/lspClient';
import { repoRoot } from '../support/paths';
import { checkText, TIME_LIMIT_MS } from './check';
import { documentSeed, mutant, random, type CorpusFile, type Random } from './mutate';

export interface Failure {
  /** Where it happened: engine, cli or server. */
  target: string;
  /** The seed that rebuilds the input (with the campaign's corpus). */
  seed: number;
  problems: string[];
}

export interface Tally {
  documents: number;
  requests: number;
  failures: Failure[];
}

/** Lint `count` mutants through the engine. */
export function engineCampaign(corpus: readonly CorpusFile[], seed: number, count: number, tally: Tally, deadline = Infinity): void {
  for (let i = 0; i < count && Date.now() < deadline; i++) {
    const s = documentSeed(seed, i);
    const problems = checkText(mutant(corpus, s).text);
    tally.documents++;
    if (problems.length > 0) tally.failures.push({ target: 'engine', seed: s, problems });
  }
}

const FORMATS = ['json', 'stylish', 'sarif', 'junit', 'github'];
const BIN = path.join(repoRoot, 'bin', 'caselint.js');

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - t0 }));
  });
}

interface JsonFile {
  file: string;
  diagnostics: { line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

/**
 * Write `files` mutants to a folder and lint them in one CLI process per
 * format (JSON output checked file by file, the others for exit code and shape).
 */
export async function cliCampaign(corpus: readonly CorpusFile[], seed: number, runs: number, files: number, tally: Tally): Promise<void> {
  for (let k = 0; k < runs; k++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-fuzz-'));
    const r = random(documentSeed(seed, 1_000_000 + k));
    const texts = new Map<string, string>();
    const runSeed = documentSeed(seed, 1_000_000 + k);
    try {
      for (let i = 0; i < files; i++) {
        const m = mutant(corpus, documentSeed(runSeed, i));
        const name = `m${i}.case.yaml`;
        // Some files get bytes that are not UTF-8 at all.
        const bytes = r() < 0.1 ? Buffer.concat([Buffer.from(m.text, 'utf8'), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]) : Buffer.from(m.text, 'utf8');
        fs.writeFileSync(path.join(dir, name), bytes);
        texts.set(name, bytes.toString('utf8'));
      }
      tally.documents += files;
      const format = FORMATS[k % FORMATS.length]!;
      const res = await run(['--format', format, '.'], dir, { CASELINT_WORKERS: k % 2 === 0 ? '0' : '2' });
      const problems: string[] = [];
      if (res.code !== 0 && res.code !== 1) problems.push(`exit code ${res.code}`);
      if (/internal error/i.test(res.stderr)) problems.push('internal error');
      if (res.ms > TIME_LIMIT_MS * files) problems.push(`took ${res.ms} ms for ${files} files`);
      if (format === 'json' || format === 'sarif') {
        try {
          const parsed = JSON.parse(res.stdout) as unknown;
          if (format === 'json') problems.push(...checkJson(parsed as JsonFile[], texts));
        } catch {
          problems.push(`${format} output is not valid JSON`);
        }
      }
      if (format === 'junit' && !/^<\?xml[\s\S]*<\/testsuites>\s*$/.test(res.stdout)) problems.push('junit output is not a document');
      if (problems.length > 0) tally.failures.push({ target: `cli --format ${format}`, seed: runSeed, problems });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

function checkJson(files: JsonFile[], texts: Map<string, string>): string[] {
  const out: string[] = [];
  const seen = new Set(files.map((f) => path.basename(f.file)));
  for (const name of texts.keys()) if (!seen.has(name)) out.push(`${name} is missing from the output`);
  for (const f of files) {
    const text = texts.get(path.basename(f.file)) ?? '';
    const lineLengths = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((l) => l.length);
    for (const d of f.diagnostics) {
      const ok =
        d.line >= 1 && d.column >= 1 && d.endLine >= d.line && (d.endLine > d.line || d.endColumn >= d.column) &&
        d.endLine <= lineLengths.length && d.column <= (lineLengths[d.line - 1] ?? 0) + 1 && d.endColumn <= (lineLengths[d.endLine - 1] ?? 0) + 1;
      if (!ok) out.push(`${path.basename(f.file)}: ${d.line}:${d.column}-${d.endLine}:${d.endColumn} is outside the document`);
    }
  }
  return out;
}

const REQUESTS = [
  'textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange',
  'textDocument/definition', 'textDocument/references', 'textDocument/rename', 'textDocument/inlayHint', 'textDocument/codeLens', 'textDocument/diagnostic',
];

function randomPosition(r: Random, text: string): Position {
  const ls = text.split(/\r\n|\r|\n/);
  const line = Math.floor(r() * (ls.length + 1));
  return { line, character: Math.floor(r() * ((ls[line]?.length ?? 0) + 2)) };
}

/** Editors send ranges that start before they end (the server checks any other with rangeToSpan). */
function ordered(a: Position, b: Position): { start: Position; end: Position } {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
}

function paramsFor(method: string, uri: string, r: Random, text: string): unknown {
  const textDocument = { uri };
  const position = randomPosition(r, text);
  const range = ordered(position, randomPosition(r, text));
  switch (method) {
    case 'textDocument/codeAction':
      return { textDocument, range, context: { diagnostics: [] } };
    case 'textDocument/documentSymbol':
    case 'textDocument/foldingRange':
    case 'textDocument/codeLens':
    case 'textDocument/diagnostic':
      return { textDocument };
    case 'textDocument/references':
      return { textDocument, position, context: { includeDeclaration: true } };
    case 'textDocument/rename':
      return { textDocument, position, newName: 'r1' };
    case 'textDocument/inlayHint':
      return { textDocument, range: { start: { line: 0, character: 0 }, end: randomPosition(r, text) } };
    default:
      return { textDocument, position };
  }
}

/** What the server should say for `text`: a fresh lint, in LSP terms. */
function expectedDiagnostics(text: string): string[] {
  return lint(text).findings.map((f) => JSON.stringify([f.range, f.rule, f.message])).sort();
}

function actualDiagnostics(items: Diagnostic[]): string[] {
  return items.map((d) => JSON.stringify([d.range, d.code, d.message])).sort();
}

/**
 * One server for the whole campaign: `documents` mutants, each opened, edited
 * `edits` times at random and asked `requests` random requests; its final pulled
 * diagnostics must equal a fresh lint of the final text.
 */
export async function serverCampaign(corpus: readonly CorpusFile[], seed: number, documents: number, edits: number, requests: number, tally: Tally): Promise<void> {
  const client = await LspClient.start({ capabilities: pullCapabilities() });
  try {
    for (let k = 0; k < documents; k++) {
      const s = documentSeed(seed, 2_000_000 + k);
      const r = random(s);
      const m = mutant(corpus, s);
      const uri = pathToFileURL(path.join(client.rootPath, `d${k}.case.yaml`)).toString();
      const problems: string[] = [];
      client.openNoWait(uri, m.text, 1, 'case-report');
      const pending: Promise<unknown>[] = [];
      for (let e = 0; e < edits; e++) {
        const text = client.text(uri) ?? '';
        const a = randomPosition(r, text);
        const other = mutant(corpus, documentSeed(s, e)).text;
        const at = Math.floor(r() * other.length);
        client.editNoWait(uri, ordered(a, r() < 0.5 ? a : randomPosition(r, text)), other.slice(at, at + Math.floor(r() * 40)));
        const method = REQUESTS[Math.floor(r() * REQUESTS.length)]!;
        pending.push(timed(client.request(method, paramsFor(method, uri, r, client.text(uri) ?? '')), method, problems));
      }
      for (let q = 0; q < requests; q++) {
        const method = REQUESTS[Math.floor(r() * REQUESTS.length)]!;
        pending.push(timed(client.request(method, paramsFor(method, uri, r, client.text(uri) ?? '')), method, problems));
      }
      await Promise.all(pending);
      tally.requests += pending.length;
      tally.documents++;
      const final = await timed(client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }), 'final pull', problems);
      const items = final && 'items' in final ? final.items : [];
      const got = actualDiagnostics(items);
      const want = expectedDiagnostics(client.text(uri) ?? '');
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        const extra = got.filter((d) => !want.includes(d)).slice(0, 2);
        const missing = want.filter((d) => !got.includes(d)).slice(0, 2);
        problems.push(`final diagnostics differ from a fresh lint of the final text (${got.length} vs ${want.length}; extra ${extra.join(' ')}; missing ${missing.join(' ')})`);
      }
      if (client.hasExited) problems.push('the server exited');
      client.close(uri);
      if (problems.length > 0) tally.failures.push({ target: 'server', seed: s, problems });
      if (client.hasExited) break;
    }
  } finally {
    await client.stop();
  }
}

const INTERNAL_ERROR = -32603;

async function timed<T>(p: Promise<T>, what: string, problems: string[]): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 10_000)));
  try {
    const v = await Promise.race([p, timeout]);
    if (v === 'timeout') {
      problems.push(`${what}: no answer within 10 s`);
      return undefined;
    }
    return v;
  } catch (e) {
    // A request the server declines (a rename where nothing can be renamed) is an answer; an internal error is not.
    const code = (e as { code?: unknown } | null)?.code;
    if (typeof code === 'number' && code !== INTERNAL_ERROR) return undefined;
    problems.push(`${what}: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
