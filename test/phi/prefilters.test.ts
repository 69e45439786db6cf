import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CaseDocument } from '../../server/src/core';
import { detectAll, usePrefilters } from '../../server/src/core/phi';
import { generateCase, rng } from '../../bench/generate';
import { loadCorpus, mutant } from '../fuzz/mutate';
import { repoRoot } from '../support/paths';
import { hasPlainForm, PLAIN_UNITS } from '../../server/src/core/phi/normalize';
import { LEAKS } from './corpus/leaks';

/**
 * Each detector tests a cheap necessary condition (a literal the pattern's
 * every match holds) before running its pattern. Those prefilters must never
 * change what is found: every text below is scanned with them and without
 * them, and the matches must be the same.
 */

function texts(): string[] {
  const out = LEAKS.map((l) => l.text);
  const corpus = loadCorpus();
  const clean = path.join(repoRoot, 'test', 'phi', 'corpus', 'clean');
  const docs = [
    ...corpus.map((c) => c.text),
    ...fs.readdirSync(clean).map((f) => fs.readFileSync(path.join(clean, f), 'utf8')),
    generateCase(3, 600),
  ];
  for (let i = 0; i < 400; i++) docs.push(mutant(corpus, 9000 + i).text);
  for (const text of docs) {
    const doc = new CaseDocument(text);
    for (const s of doc.stringScalars()) out.push(text.slice(s.span.start, s.span.end), s.value);
  }
  // Leak sentences cut and spliced at random points: matches at the edges of a text.
  const r = rng(13);
  for (let i = 0; i < 3000; i++) {
    const a = LEAKS[Math.floor(r() * LEAKS.length)]!.text;
    const b = LEAKS[Math.floor(r() * LEAKS.length)]!.text;
    out.push(a.slice(Math.floor(r() * a.length)) + b.slice(0, Math.floor(r() * b.length)));
  }
  return out;
}

describe('PHI prefilters', () => {
  after(() => usePrefilters(true));

  it('change no match of detectAll on the leak corpus, the samples, fixtures, mutants and spliced leaks', () => {
    const all = texts();
    assert.ok(all.length > 5000, `${all.length} texts`);
    const allowed = (w: string): boolean => w === 'avery';
    let found = 0;
    for (const text of all) {
      usePrefilters(true);
      const fast = detectAll(text, allowed, 2024);
      usePrefilters(false);
      const full = detectAll(text, allowed, 2024);
      assert.deepStrictEqual(fast, full, JSON.stringify(text.slice(0, 200)));
      found += full.length;
    }
    assert.ok(found > 200, `the texts hold identifiers (${found} found)`);
  });

  it('the scan for pasted typography finds exactly the UTF-16 units the normalisation maps', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (PLAIN_UNITS.test(String.fromCharCode(c)) !== hasPlainForm(c)) wrong.push(c.toString(16));
    }
    assert.deepStrictEqual(wrong, []);
  });
});
