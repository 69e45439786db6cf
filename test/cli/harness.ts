import * as assert from 'assert';
import { spawn, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, type CliIo } from '../../server/src/cli/main';
import { distDir, repoRoot, samplesDir } from '../support/paths';

export const bin = path.join(repoRoot, 'bin', 'caselint.js');

/** The CLI tests spawn the built bundle; build it once when it is missing. */
export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(distDir, 'cli.js'))) {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn `node bin/caselint.js ...args` and wait for it to exit. */
export function caselint(args: string[], opts: { cwd: string; input?: string; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...opts.env };
    const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** Run the CLI in this process (`run()`), its output captured; `io` may replace what it touches (e.g. readFolder). */
export async function runCli(args: string[], cwd: string, io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    env: { NO_COLOR: '1' },
    stdin: (async function* () {})(),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...io,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder, with files written from a map of relative path -> text. */
const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caselint-cli-'));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/** A case document that lints clean (the project's clean sample: samples.test.ts keeps it clean). */
export const CLEAN = fs.readFileSync(path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml'), 'utf8');

/** The clean document with one repeated top-level key: exactly one yaml-syntax error, on a known line. */
export function withDuplicateKey(text = CLEAN): { text: string; line: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith('title:'));
  lines.splice(i + 1, 0, 'title: Again');
  return { text: lines.join('\n'), line: i + 2 };
}

export interface JsonFile {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

export function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[];
}

/**
 * A tiny XML well-formedness check: one prolog, balanced and properly nested
 * tags, quoted attributes, known entities only, no stray `<` or `&`.
 */
export function assertWellFormedXml(xml: string): void {
  let s = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  while (s.length > 0) {
    const lt = s.indexOf('<');
    const text = lt === -1 ? s : s.slice(0, lt);
    assert.ok(!/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text), `bad entity in text: ${text.slice(0, 80)}`);
    if (stack.length === 0) assert.strictEqual(text.trim(), '', 'text outside the root element');
    if (lt === -1) break;
    s = s.slice(lt);
    const gt = s.indexOf('>');
    assert.ok(gt > 0, 'unclosed tag');
    const tag = s.slice(0, gt + 1);
    s = s.slice(gt + 1);
    const close = /^<\/([A-Za-z_][\w.-]*)\s*>$/.exec(tag);
    if (close) {
      assert.strictEqual(stack.pop(), close[1], `mismatched </${close[1]}>`);
      continue;
    }
    const open = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>$/.exec(tag);
    assert.ok(open, `malformed tag ${tag.slice(0, 120)}`);
    for (const m of open[2]!.matchAll(/="([^"]*)"/g)) {
      assert.ok(!/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[1]!), `bad entity in attribute ${m[1]}`);
    }
    if (stack.length === 0) roots++;
    if (open[3] !== '/') stack.push(open[1]!);
  }
  assert.deepStrictEqual(stack, [], 'unclosed elements');
  assert.strictEqual(roots, 1, 'one root element');
}

