import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/core';
import { checkFixture, readFixture } from '../support/fixtures';
import { fixturesDir } from '../support/paths';

/** Every fixture folder is named after a rule (or a topic); every file in it is checked. */
describe('rule fixtures', () => {
  const folders = fs.readdirSync(fixturesDir).filter((d) => fs.statSync(path.join(fixturesDir, d)).isDirectory()).sort();
  for (const folder of folders) {
    describe(folder, () => {
      const files = fs.readdirSync(path.join(fixturesDir, folder)).filter((f) => /\.ya?ml$/.test(f)).sort();
      for (const file of files) {
        it(file, () => {
          checkFixture(readFixture(path.join(fixturesDir, folder, file), folder));
        });
      }
    });
  }

  it('every registered rule has a valid and an invalid fixture that annotates it', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      const dir = path.join(fixturesDir, rule.meta.id);
      const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
      const valid = files.filter((f) => f.startsWith('valid'));
      const invalid = files.filter((f) => f.startsWith('invalid'));
      const annotated = invalid.some((f) => readFixture(path.join(dir, f), rule.meta.id).expectations.some((e) => e.rule === rule.meta.id));
      if (valid.length === 0 || !annotated) missing.push(rule.meta.id);
    }
    assert.deepStrictEqual(missing, [], `rules without valid/invalid fixtures in test/fixtures/<id>/`);
  });
});
