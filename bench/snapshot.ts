/**
 * The findings-identity check for engine work (a refactor must not change one
 * finding): lints a fixed corpus and writes, one JSON line per document, every
 * finding and suppressed finding with its range, message and fixes, the rules
 * that threw, and what the front ends read of the analyses (the adequacy
 * summary, symbols, semantic spans, links, the review report in Markdown).
 *
 *   npx tsc -p . && node out/bench/snapshot.js <out.jsonl> [--mutants N] [dir-or-file ...]
 *
 * The corpus: samples/, test/fixtures/ (each with its `# config:` header),
 * test/robustness/inputs, generated documents (bench/generate.ts, 300 / 3,000 /
 * 30,000 lines, several seeds), N fuzz mutants (test/fuzz/mutate.ts, default
 * 3,000), and any extra files or folders named (e.g. a peer's cases). Run it on
 * two trees and compare the outputs byte for byte (`cmp a.jsonl b.jsonl`).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  adequacyMarkdown,
  cursorAt,
  describeCursor,
  documentLinks,
  formatAdequacySummary,
  lint,
  renderReport,
  semanticSpans,
  type CaselintConfig,
  type LintResult,
} from '../server/src/core';
import { loadCorpus, mutant } from '../test/fuzz/mutate';
import { generateCase } from './generate';

interface Doc {
  name: string;
  text: string;
  config: CaselintConfig;
}

function yamlFiles(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return [p];
  const out: string[] = [];
  for (const e of fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const q = path.join(p, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(q));
    else if (/\.ya?ml$/.test(e.name)) out.push(q);
  }
  return out;
}

function headerConfig(text: string): CaselintConfig {
  for (const line of text.split(/\r?\n/)) {
    const m = /^#\s*(scope|config):\s*(.*)$/.exec(line);
    if (!m) break;
    if (m[1] === 'config') {
      try {
        return JSON.parse(m[2] ?? '{}') as CaselintConfig;
      } catch {
        return {};
      }
    }
  }
  return {};
}

/** Plain data only: YAML nodes (class instances) and functions are dropped. */
function plain(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object') return typeof v === 'function' ? undefined : v;
  if (Array.isArray(v)) return v;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto === Object.prototype || proto === null) return v;
  if (v instanceof Map) return [...v.entries()];
  if (v instanceof Set) return [...v];
  return `<${(v as object).constructor?.name ?? 'object'}>`;
}

function record(doc: Doc, result: LintResult, extras: boolean): string {
  const out: Record<string, unknown> = {
    name: doc.name,
    findings: result.findings,
    suppressed: result.suppressed,
    failures: result.failures.map((f) => f.rule),
    refused: result.refused,
  };
  if (extras) {
    const a = result.analyses;
    const guard = (f: () => unknown): unknown => {
      try {
        return f();
      } catch (e) {
        return `threw ${(e as Error).name}`;
      }
    };
    out.adequacy = a.adequacy;
    out.summary = formatAdequacySummary(a.adequacy);
    out.markdown = adequacyMarkdown(a.adequacy, 'case');
    out.symbols = a.symbols;
    out.citations = a.citations;
    out.spellings = a.spellings;
    out.semantic = semanticSpans(result.document, a.kb);
    out.links = guard(() => documentLinks(result.document));
    out.report = guard(() => renderReport(result, 'md', { name: 'case' }));
    // Hover at 40 offsets spread over the text.
    const hovers: unknown[] = [];
    const n = result.document.text.length;
    for (let k = 0; k < 40 && n > 0; k++) {
      const at = Math.floor((k * 7919 * n) / 40 / 7919 + ((k * 104729) % 97)) % (n + 1);
      hovers.push(guard(() => describeCursor(a, cursorAt(result.document, at)) ?? null));
    }
    out.hovers = hovers;
  }
  return JSON.stringify(out, plain);
}

function main(): void {
  const args = process.argv.slice(2);
  const outFile = args.shift();
  if (!outFile) throw new Error('usage: snapshot <out.jsonl> [--mutants N] [files or folders]');
  let mutants = 3000;
  const extra: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--mutants') mutants = Number(args[++i]);
    else extra.push(args[i] as string);
  }
  const root = path.resolve(__dirname, '..', '..');
  const docs: Doc[] = [];
  for (const dir of ['samples', 'test/fixtures', 'test/robustness/inputs']) {
    for (const f of yamlFiles(path.join(root, dir))) {
      const text = fs.readFileSync(f, 'utf8');
      docs.push({ name: path.relative(root, f), text, config: headerConfig(text) });
    }
  }
  for (const lines of [300, 3000, 30000]) {
    for (const seed of lines === 30000 ? [1, 2] : [1, 2, 3, 4]) {
      docs.push({ name: `generate(${seed}, ${lines})`, text: generateCase(seed, lines), config: {} });
    }
  }
  for (const e of extra) {
    for (const f of yamlFiles(path.resolve(e))) docs.push({ name: path.basename(f), text: fs.readFileSync(f, 'utf8'), config: {} });
  }
  const corpus = loadCorpus();
  for (let i = 0; i < mutants; i++) docs.push({ name: `mutant ${i}`, text: mutant(corpus, i).text, config: {} });

  const fd = fs.openSync(outFile, 'w');
  for (const doc of docs) {
    const result = lint(doc.text, { config: doc.config });
    // The front ends' analyses too, for every document but the largest ones (they take long to render).
    fs.writeSync(fd, `${record(doc, result, doc.text.length < 400_000)}\n`);
  }
  fs.closeSync(fd);
  process.stdout.write(`${docs.length} documents -> ${outFile}\n`);
}

main();
