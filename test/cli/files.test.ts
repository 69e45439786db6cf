import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { discoverFiles, type ReadFolder } from '../../server/src/cli/files';
import { expandBraces, globMatch, hasGlobChars, matchSegment } from '../../server/src/cli/glob';
import { globMatcher } from '../../server/src/cli/globs';
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

  it('a number out of range says what is allowed', () => {
    assert.throws(() => parseArgs(['--threads', '100']), /--threads needs a whole number from 0 to 64, or auto, not "100"/);
    assert.throws(() => parseArgs(['--threads', '65']), /from 0 to 64/);
    assert.strictEqual(parseArgs(['--threads', '64']).threads, 64);
    assert.strictEqual(parseArgs(['--threads', '0']).threads, 0);
    assert.throws(() => parseArgs(['--threads', '-1']), /--threads needs a whole number from 0 to 64, or auto, not "-1"/);
    assert.throws(() => parseArgs(['--max-warnings', '-1']), /--max-warnings needs a whole number, 0 or more, not "-1"/);
    assert.throws(() => parseArgs(['--max-warnings=-1']), /--max-warnings needs a whole number, 0 or more, not "-1"/);
    assert.throws(() => parseArgs(['--max-warnings', 'many']), /a whole number, 0 or more, not "many"/);
    assert.throws(() => parseArgs(['--max-warnings', '--quiet']), /--max-warnings needs a value/, 'an option is still no value');
  });
});

describe('braces, [!...] and what discovery says when it finds nothing (in-process)', () => {
  const rel = (dir: string, files: string[]): string[] => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
  const tree = (): string => tempDir({ 'clean/a.case.yaml': CLEAN, 'broken/b.case.yaml': CLEAN, 'drafts/d.case.yaml': CLEAN, 'sub/deep/e.case.yml': CLEAN, 'x.case.yaml': CLEAN, 'y.case.yaml': CLEAN });

  it('expandBraces: bash-like lists, nesting, sequences, literals and a bound', () => {
    assert.deepStrictEqual(expandBraces('{clean,broken}/'), ['clean/', 'broken/']);
    assert.deepStrictEqual(expandBraces('a{b,c}d{1,2}'), ['abd1', 'abd2', 'acd1', 'acd2']);
    assert.deepStrictEqual(expandBraces('{a,b{c,d}}/x'), ['a/x', 'bc/x', 'bd/x']);
    assert.deepStrictEqual(expandBraces('{x{a,b}'), ['{xa', '{xb'], 'an unmatched { stays');
    assert.deepStrictEqual(expandBraces('{,draft.}case.yaml'), ['case.yaml', 'draft.case.yaml']);
    assert.deepStrictEqual(expandBraces('c{1..3}'), ['c1', 'c2', 'c3']);
    assert.deepStrictEqual(expandBraces('{08..11}'), ['08', '09', '10', '11']);
    assert.deepStrictEqual(expandBraces('{c..a}'), ['c', 'b', 'a']);
    assert.deepStrictEqual(expandBraces('{1..9..4}'), ['1', '5', '9']);
    for (const literal of ['{a}', 'a{b', '\\{a,b}', 'plain/*.case.yaml']) assert.deepStrictEqual(expandBraces(literal), [literal]);
    assert.strictEqual(expandBraces('{a,b}'.repeat(11)), undefined, '2^11 patterns');
    assert.strictEqual(expandBraces('{1..5000}'), undefined);
  });

  it('an alternative that names a folder is searched like a folder argument', () => {
    const dir = tree();
    for (const arg of ['{clean,broken}/', '{clean,broken}', '{clean,{broken,nowhere}}/']) {
      const d = discoverFiles([arg], dir);
      assert.deepStrictEqual(d.unmatched, [], arg);
      assert.deepStrictEqual(rel(dir, d.files), ['broken/b.case.yaml', 'clean/a.case.yaml'], arg);
    }
    assert.deepStrictEqual(rel(dir, discoverFiles(['{clean,sub}/'], dir).files), ['clean/a.case.yaml', 'sub/deep/e.case.yml']);
    assert.deepStrictEqual(rel(dir, discoverFiles(['{clean,broken}/*.case.yaml', '{x,y}.case.yaml'], dir).files), ['broken/b.case.yaml', 'clean/a.case.yaml', 'x.case.yaml', 'y.case.yaml']);
    assert.deepStrictEqual(rel(dir, discoverFiles(['{clean,broken}/', '!broken'], dir).files), ['clean/a.case.yaml']);
    assert.deepStrictEqual(discoverFiles(['{nowhere,none}/'], dir).unmatched, [{ arg: '{nowhere,none}/', reason: 'no case file matches this pattern' }]);
    assert.match(discoverFiles(['{a,b}'.repeat(11)], dir).unmatched[0]!.reason, /expand to more than 1024 patterns/);
  });

  it('a path whose name holds braces is taken as written when it exists', () => {
    const dir = tempDir({ '{a,b}/c.case.yaml': CLEAN, 'a/d.case.yaml': CLEAN });
    assert.deepStrictEqual(rel(dir, discoverFiles(['{a,b}'], dir).files), ['{a,b}/c.case.yaml']);
  });

  it('[!...] negates a class as [^...] does, in globs and in ! exclusions', () => {
    const dir = tree();
    assert.deepStrictEqual(rel(dir, discoverFiles(['[!x]*.case.yaml'], dir).files), ['y.case.yaml']);
    assert.deepStrictEqual(rel(dir, discoverFiles(['[^x]*.case.yaml'], dir).files), ['y.case.yaml']);
    assert.deepStrictEqual(rel(dir, discoverFiles(['*.case.yaml', '![!x]*'], dir).files), ['x.case.yaml']);
    assert.ok(globMatcher('[!a]*.yaml')('b.yaml') && !globMatcher('[!a]*.yaml')('a.yaml'));
    assert.ok(!globMatcher('[!a]*')('x/y'), '[!a] never matches a /');
  });

  it('every case file excluded: says so, not "no case file"', () => {
    const dir = tree();
    assert.deepStrictEqual(discoverFiles(['!*'], path.join(dir, 'clean')).unmatched, [{ arg: '.', reason: 'every case file in this folder is excluded by the patterns (! arguments, --ignore-pattern)' }]);
    assert.match(discoverFiles(['*.case.yaml', '!*.yaml'], dir).unmatched[0]!.reason, /^every case file it matches is excluded by the patterns/);
    assert.match(discoverFiles(['x.case.yaml', '!x.*'], dir).unmatched[0]!.reason, /^this file is excluded by the patterns/);
    assert.deepStrictEqual(discoverFiles([], tempDir({ 'notes.txt': '' })).unmatched, [{ arg: '.', reason: 'no *.case.yaml or *.case.yml file in this folder' }]);
  });

  it('an unreadable folder is said once; a named one that cannot be read says so instead of "no case file"', () => {
    const dir = tempDir({ 'a.case.yaml': CLEAN, 'nod/b.case.yaml': CLEAN, 'nod/deeper/c.case.yaml': CLEAN });
    const nod = path.join(dir, 'nod');
    const denied: ReadFolder = (d) => {
      if (d === nod) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return fs.readdirSync(d, { withFileTypes: true });
    };
    const all = discoverFiles(['.', '*/**/*.case.yaml'], dir, undefined, denied);
    assert.deepStrictEqual(rel(dir, all.files), ['a.case.yaml']);
    assert.deepStrictEqual(all.unreadable, [{ folder: nod, code: 'EACCES' }], 'once, though two arguments met it');
    const named = discoverFiles(['nod'], dir, undefined, denied);
    assert.deepStrictEqual(named.unmatched, [{ arg: 'nod', reason: 'cannot read the folder: EACCES' }]);
    assert.deepStrictEqual(named.unreadable, []);
  });
});
