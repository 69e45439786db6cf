import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/core';
import { detectAll } from '../../server/src/core/phi';
import { repoRoot } from '../support/paths';
import { LEAKS } from './corpus/leaks';

/**
 * The precision corpus: long invented case documents full of clinical prose
 * that looks like identifiers (doses, titrations, scores, codes, counts, lab
 * values, years, eponyms, authors' names), on which no rule above info may
 * fire; and the annotated leak corpus, for recall. Keep adding to both.
 */

const CLEAN_DIRS = [path.join(repoRoot, 'test', 'phi', 'corpus', 'clean'), path.join(repoRoot, 'samples', 'clean')];

function cleanFiles(): string[] {
  return CLEAN_DIRS.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.case.yaml')).map((f) => path.join(d, f)));
}

describe('precision corpus of clean clinical prose', () => {
  const files = cleanFiles();
  it('holds long documents', () => {
    assert.ok(files.length >= 5, `${files.length} files`);
    const own = files.filter((f) => f.includes(`${path.sep}corpus${path.sep}`));
    assert.ok(own.length >= 3 && own.every((f) => fs.readFileSync(f, 'utf8').split('\n').length > 200));
  });
  for (const file of files) {
    it(`${path.relative(repoRoot, file)}: no finding above info`, () => {
      const high = lint(fs.readFileSync(file, 'utf8')).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepStrictEqual(high.map((f) => `${f.rule} ${f.range.start.line + 1}:${f.range.start.character + 1}`), []);
    });
  }
});

describe('recall and precision on the leak corpus', () => {
  it('finds at least 90% of the marked identifiers with at least 95% precision', () => {
    let marked = 0;
    let hit = 0;
    let found = 0;
    let right = 0;
    const missed: string[] = [];
    for (const { text, marks } of LEAKS) {
      const matches = detectAll(text, () => false, 2024);
      found += matches.length;
      const spans = marks.map(([kind, s]) => ({ kind, start: text.indexOf(s), end: text.indexOf(s) + s.length }));
      marked += spans.length;
      for (const s of spans) {
        if (matches.some((m) => m.kind === s.kind && m.start === s.start && m.end === s.end)) hit++;
        else missed.push(`${s.kind}: ${text.slice(s.start, s.end)}`);
      }
      right += matches.filter((m) => spans.some((s) => s.kind === m.kind && s.start === m.start && s.end === m.end)).length;
    }
    // Every phi finding on the clean corpus is a false alarm.
    for (const file of cleanFiles()) {
      found += lint(fs.readFileSync(file, 'utf8')).findings.filter((f) => f.rule.startsWith('phi-')).length;
    }
    const recall = hit / marked;
    const precision = right / found;
    if (process.env.CASELINT_CORPUS_REPORT) {
      process.stdout.write(`      recall ${hit}/${marked} = ${recall.toFixed(3)}; precision ${right}/${found} = ${precision.toFixed(3)}; missed: ${missed.join('; ')}\n`);
    }
    assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)}; missed: ${missed.join('; ')}`);
    assert.ok(precision >= 0.95, `precision ${precision.toFixed(3)}`);
  });
});
