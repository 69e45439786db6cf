/**
 * The engine alone, in process: `lint()` at about 300, 3,000 and 30,000 lines
 * for two kinds of document, next to the parse floor (`yaml.parseDocument`)
 * measured in the same run:
 * - dense: bench/generate.ts (many short structured values, ~6 YAML tokens per line);
 * - prose: the same structure with most lines in prose block scalars (what
 *   real case reports look like; about one token per line).
 * Also the first lint of a fresh process's first document is not measured here
 * (`npm run bench:lsp` has the open figure).
 *
 * Before/after in one run: set CASELINT_BASELINE to the `out` folder of
 * another build (e.g. `git worktree add /tmp/base <commit> && cd /tmp/base &&
 * ln -s <repo>/node_modules && node scripts/build-schema.mjs && npx tsc -p .`,
 * then `CASELINT_BASELINE=/tmp/base/out npm run bench -- engine`): each size
 * then times the baseline and this tree interleaved, run by run, and reports
 * both medians and their ratio. Medians of RUNS runs (more at small sizes).
 */
import * as path from 'path';
import { parseDocument } from 'yaml';
import * as core from '../server/src/core';
import { generateCase, rng } from './generate';
import { median, round, type BenchResult, type BenchRow } from './stats';

type LintFn = (text: string) => unknown;

const SIZES: { lines: number; runs: number }[] = [
  { lines: 300, runs: 41 },
  { lines: 3000, runs: 15 },
  { lines: 30000, runs: 7 },
];

const WORDS = (
  'the patient described a low mood that coloured most days and early waking with poor concentration at work ' +
  'treatment team noted ambivalence about another medication change while family sessions explored guilt ' +
  'relief faded within days after the second course of ketamine during integration sessions with growing hope'
).split(' ');
const CAPITALS = ['Monday', 'Boston', 'Beck', 'Hamilton', 'English', 'March', 'Julia', 'Riverside'];

/** A prose-heavy case: the dense generator's structure at 300 lines, then prose paragraphs up to `lines`. */
export function proseCase(seed: number, lines: number): string {
  const base = generateCase(seed, 300);
  const r = rng(seed * 7 + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: string[] = [];
  let n = base.split('\n').length;
  while (n < lines) {
    // A sentence: words, now and then a capitalized word, a number, an age or a citation.
    let line = '  ';
    while (line.length < 90) {
      const x = r();
      const w = x < 0.04 ? pick(CAPITALS) : x < 0.06 ? String(Math.floor(r() * 40) + 2) : x < 0.065 ? '49-year-old' : x < 0.08 ? '[@ref-001]' : pick(WORDS);
      line += `${w}${r() < 0.08 ? '.' : r() < 0.05 ? ',' : ''} `;
    }
    out.push(line.trimEnd());
    n++;
    if (r() < 0.12) {
      out.push('');
      n++;
    }
  }
  // Into the introduction: a block scalar that is patient-facing prose.
  return base.replace(/^introduction: \|\n/m, (m) => `${m}${out.join('\n')}\n\n`);
}

function loadBaseline(): LintFn | undefined {
  const dir = process.env.CASELINT_BASELINE;
  if (!dir) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.resolve(dir, 'server', 'src', 'core')) as { lint: LintFn };
  return (text) => mod.lint(text);
}

function time(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function run(): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  const baseline = loadBaseline();
  for (const kind of ['dense', 'prose'] as const) {
    for (const { lines, runs } of SIZES) {
      const text = kind === 'dense' ? generateCase(1, lines) : proseCase(1, lines);
      const actual = text.split('\n').length - 1;
      const fns: [string, () => unknown][] = [
        ['parse', () => parseDocument(text)],
        ['lint', () => core.lint(text)],
      ];
      if (baseline) fns.push(['baseline', () => baseline(text)]);
      for (const [, fn] of fns) for (let i = 0; i < 2; i++) fn();
      const times = fns.map(() => [] as number[]);
      // Interleaved, run by run, so other load on the machine hits each alike.
      for (let i = 0; i < runs; i++) fns.forEach(([, fn], k) => times[k]!.push(time(fn)));
      const [parse, lint, base] = times.map(median) as [number, number, number | undefined];
      const label = `${kind}, ${actual} lines`;
      rows.push(
        { name: `parse floor, ${label}`, value: round(parse), unit: 'ms', note: 'yaml.parseDocument' },
        { name: `lint, ${label}`, value: round(lint), unit: 'ms', note: `median of ${runs}; ${round(lint / parse)}x the parse` },
      );
      if (base !== undefined) {
        rows.push({ name: `baseline lint, ${label}`, value: round(base), unit: 'ms', note: `this tree takes ${round(lint / base)}x the baseline` });
      }
    }
  }
  return { title: `The engine's lint vs the parse floor${baseline ? ' and the baseline' : ''}`, rows };
}
