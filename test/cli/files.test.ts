import * as assert from 'assert';
import * as path from 'path';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { discoverFiles } from '../../server/src/cli/files';
import { globMatch, hasGlobChars, matchSegment } from '../../server/src/cli/glob';
import { isIgnored, parseGitignore } from '../../server/src/cli/gitignore';
import { CLEAN, tempDir } from './harness';

describe('file discovery (in-process)', () => {
  it('glob: *, ?, classes, escapes and ** across folders', () => {
    assert.ok(matchSegment('*.case.yaml', 'a.case.yaml'));
    assert.ok(!matchSegment('*.case.yaml', 'a.case.yml'));
    assert.ok(matchSegment('a?c', 'abc') && !matchSegment('a?c', 'ac'));
    assert.ok(matchSegment('[ab]x', 'bx') && !matchSegment('[!ab]x', 'bx') && matchSegment('[a-c]*', 'cat'));
    assert.ok(matchSegment('\\*', '*') && !matchSegment('\\*', 'a'));
    assert.ok(globMatch('**/*.case.yaml', 'a.case.yaml'));
    assert.ok(globMatch('**/*.case.yaml', 'x/y/z/a.case.yaml'));
    assert.ok(globMatch('cases/**/final/*.yml', 'cases/final/a.yml'));
    assert.ok(!globMatch('cases/*.yaml', 'cases/sub/a.yaml'));
    assert.ok(hasGlobChars('a/*.yaml') && !hasGlobChars('a/b.yaml') && !hasGlobChars('a\\*b'));
  });

  it('glob matching stays fast on adversarial patterns (no backtracking blow-up)', () => {
    const pattern = `${'*a'.repeat(30)}*b`;
    const text = 'a'.repeat(5000);
    assert.strictEqual(matchSegment(pattern, text), false);
    assert.strictEqual(globMatch(`${'**/'.repeat(20)}x`, `${'d/'.repeat(200)}y`), false);
  });

  it('gitignore: comments, negation, folder-only, anchored and nested patterns', () => {
    const rules = parseGitignore('# c\n\n*.tmp.case.yaml\n!keep.tmp.case.yaml\nbuild/\n/root-only.case.yaml\ndocs/**/draft\n\\#hash\n');
    const files = [{ base: ['w'], rules }];
    const ig = (p: string, dir = false): boolean => isIgnored(files, ['w', ...p.split('/')], dir);
    assert.ok(ig('x.tmp.case.yaml') && ig('deep/x.tmp.case.yaml'));
    assert.ok(!ig('keep.tmp.case.yaml'));
    assert.ok(ig('build', true) && !ig('build', false));
    assert.ok(ig('root-only.case.yaml') && !ig('sub/root-only.case.yaml'));
    assert.ok(ig('docs/a/b/draft', true) && ig('docs/draft'));
    assert.ok(ig('#hash'));
    assert.ok(!ig('other.case.yaml'));
  });

  it('searches folders for *.case.yaml and *.case.yml only, in a stable order', () => {
    const dir = tempDir({ 'b.case.yml': CLEAN, 'a.case.yaml': CLEAN, 'c.yaml': CLEAN, 'd.case.json': '{}', 'sub/e.CASE.YAML': CLEAN });
    const d = discoverFiles([], dir);
    assert.deepStrictEqual(d.files.map((f) => path.relative(dir, f)), ['a.case.yaml', 'b.case.yml', 'sub/e.CASE.YAML']);
    assert.deepStrictEqual(d.unmatched, []);
  });

  it('options: values inline or separate, repeated --rule, and usage errors', () => {
    const o = parseArgs(['-f', 'json', '--rule=a=off', '--rule', 'b=hint', '--max-warnings=3', 'x', '--', '--weird']);
    assert.strictEqual(o.format, 'json');
    assert.deepStrictEqual(o.rules, [{ id: 'a', severity: 'off' }, { id: 'b', severity: 'hint' }]);
    assert.strictEqual(o.maxWarnings, 3);
    assert.deepStrictEqual(o.paths, ['x', '--weird']);
    assert.throws(() => parseArgs(['--max-warnings', '-1']), UsageError);
    assert.throws(() => parseArgs(['--stdin-filename', 'a.case.yaml']), /goes with --stdin/);
    assert.throws(() => parseArgs(['--stdin', 'a.case.yaml']), /no paths/);
    assert.throws(() => parseArgs(['--quiet=yes']), /takes no value/);
    assert.throws(() => parseArgs(['-o']), /needs a value/);
  });
});
