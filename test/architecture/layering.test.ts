/**
 * The layering of docs/ARCHITECTURE.md, checked on the sources: no import
 * circle anywhere (type-only imports included), front ends reach the engine
 * only through core/index.ts, and the VS Code client imports no server code
 * but the protocol module. ESLint's no-restricted-imports says the same file
 * by file; this test sees the whole graph.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../support/paths';

const SOURCE_ROOTS = ['server/src', 'client/src'];
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*'([^']+)'|(?:^|\n)\s*import\s*'([^']+)'|\brequire\('([^']+)'\)|\bimport\('([^']+)'\)/g;

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'generated') walk(abs);
      } else if (e.name.endsWith('.ts')) {
        out.push(path.relative(repoRoot, abs).split(path.sep).join('/'));
      }
    }
  };
  for (const r of SOURCE_ROOTS) walk(path.join(repoRoot, r));
  return out.sort();
}

/** The project files a file imports (relative specifiers resolved to .ts files). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
  const out = new Set<string>();
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (!spec || !spec.startsWith('.')) continue;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    const candidate = [`${base}.ts`, `${base}/index.ts`].find((c) => fs.existsSync(path.join(repoRoot, c)));
    if (candidate) out.add(candidate);
  }
  return [...out];
}

function graph(): Map<string, string[]> {
  return new Map(sourceFiles().map((f) => [f, importsOf(f)]));
}

/** Every strongly connected component with more than one file (or a file importing itself). */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('layering', () => {
  const g = graph();

  it('reads the real source tree', () => {
    assert.ok(g.size > 100, `only ${g.size} source files found`);
    assert.ok(g.get('server/src/cli/main.ts')!.length > 3);
  });

  it('has no import circle', () => {
    assert.deepStrictEqual(cycles(g), []);
  });

  it('lets the front ends into core only through core/index.ts', () => {
    const offenders: string[] = [];
    for (const [file, deps] of g) {
      if (!/^server\/src\/(cli|lsp|node)\//.test(file)) continue;
      for (const d of deps) if (d.startsWith('server/src/core/') && d !== 'server/src/core/index.ts') offenders.push(`${file} -> ${d}`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('keeps the engine free of its front ends and of IO', () => {
    const offenders: string[] = [];
    for (const [file, deps] of g) {
      if (!file.startsWith('server/src/core/')) continue;
      for (const d of deps) if (/^server\/src\/(cli|lsp|node)\//.test(d)) offenders.push(`${file} -> ${d}`);
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      if (/from '(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads)'/.test(text)) offenders.push(`${file} does IO`);
      if (/from 'vscode-languageserver/.test(text)) offenders.push(`${file} knows LSP`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('lets the client import no server code but the protocol module', () => {
    const offenders: string[] = [];
    for (const [file, deps] of g) {
      if (!file.startsWith('client/src/')) continue;
      for (const d of deps) if (d.startsWith('server/') && d !== 'server/src/protocol/index.ts') offenders.push(`${file} -> ${d}`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('keeps the protocol module a leaf', () => {
    assert.deepStrictEqual(g.get('server/src/protocol/index.ts'), []);
  });
});
