/**
 * In-process lint time per document at about 300, 3,000 and 30,000 lines,
 * next to the floor: `yaml.parseDocument`, `toJS` and the compiled schema
 * validator, nothing else. Target (issue "engine"): lint within 1.5x of the
 * floor at every size. Also: the adequacy rules' overhead at 3,000 lines
 * (lint with them off vs on; target < 10%).
 */
import { parseDocument } from 'yaml';
import { lint, ruleMetas, type CaselintConfig } from '../server/src/core';
import { validate } from '../server/src/core/schema/generated/caseValidator';
import { generateCase } from './generate';
import { round, timeMedian, type BenchResult, type BenchRow } from './stats';

const SIZES: { lines: number; runs: number }[] = [
  { lines: 300, runs: 41 },
  { lines: 3000, runs: 15 },
  { lines: 30000, runs: 5 },
];

function floor(text: string): unknown {
  const doc = parseDocument(text);
  return (validate as (v: unknown) => boolean)(doc.toJS());
}

export async function run(): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  for (const { lines, runs } of SIZES) {
    const text = generateCase(lines, lines);
    const actual = text.split('\n').length - 1;
    const f = timeMedian(() => floor(text), runs);
    const l = timeMedian(() => lint(text), runs);
    const ratio = l / f;
    rows.push(
      { name: `floor, ${actual} lines`, value: round(f), unit: 'ms', note: 'parseDocument + toJS + compiled validator' },
      { name: `lint, ${actual} lines`, value: round(l), unit: 'ms', note: `median of ${runs}` },
      { name: `lint / floor, ${actual} lines`, value: round(ratio), unit: 'x', note: `target <= 1.5x: ${ratio <= 1.5 ? 'met' : 'NOT met'}` },
    );
  }
  const text = generateCase(3000, 3000);
  const adequacy = ruleMetas().filter((m) => m.category === 'adequacy').map((m) => m.id);
  const off: CaselintConfig = { rules: Object.fromEntries(adequacy.map((id) => [id, 'off' as const])) };
  // Interleave the two measurements so drift (other load on the machine) hits both alike.
  const onTimes: number[] = [];
  const offTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    onTimes.push(timeMedian(() => lint(text), 3, i === 0 ? 2 : 0));
    offTimes.push(timeMedian(() => lint(text, { config: off }), 3, i === 0 ? 2 : 0));
  }
  const on = Math.min(...onTimes);
  const without = Math.min(...offTimes);
  const overhead = (on - without) / without;
  rows.push(
    { name: 'lint, adequacy rules off, 3,000 lines', value: round(without), unit: 'ms', note: `${adequacy.length} rules off` },
    { name: 'lint, adequacy rules on, 3,000 lines', value: round(on), unit: 'ms' },
    {
      name: 'adequacy rules overhead',
      value: round(overhead * 100, 1),
      unit: '%',
      note: `target < 10%: ${overhead < 0.1 ? 'met' : 'NOT met'}`,
    },
  );
  return { title: 'In-process lint vs the floor', rows };
}
