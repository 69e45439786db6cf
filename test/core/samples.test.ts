import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, RULES, type Finding } from '../../server/src/core';
import { samplesDir } from '../support/paths';

function caseFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => /\.case\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));
}

function show(f: Finding): string {
  return `${f.rule} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`;
}

describe('samples', () => {
  for (const file of caseFiles(path.join(samplesDir, 'clean'))) {
    it(`${path.basename(file)} lints clean`, () => {
      const result = lint(fs.readFileSync(file, 'utf8'));
      assert.deepStrictEqual(result.findings.map(show), []);
      assert.deepStrictEqual(result.failures, []);
    });
  }

  it('the broken samples show every rule at least once', () => {
    const seen = new Set<string>();
    for (const file of caseFiles(path.join(samplesDir, 'broken'))) {
      const result = lint(fs.readFileSync(file, 'utf8'));
      assert.deepStrictEqual(result.failures, []);
      for (const f of result.findings) seen.add(f.rule);
    }
    const missing = RULES.map((r) => r.meta.id).filter((id) => !seen.has(id));
    assert.deepStrictEqual(missing, [], 'rules the broken samples never trigger');
  });

  it('never reports a broken sample problem on the first line by default', () => {
    for (const file of caseFiles(path.join(samplesDir, 'broken'))) {
      const result = lint(fs.readFileSync(file, 'utf8'));
      for (const f of result.findings) {
        assert.ok(f.range.start.line > 2, `${path.basename(file)}: ${show(f)} sits at the top of the file`);
      }
    }
  });
});
