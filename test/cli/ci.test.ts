import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeFixed } from '../../server/src/cli/fix';
import { parseConfigText } from '../../server/src/core';
import { caselint, CLEAN, ensureBuilt, parseJson, tempDir } from './harness';
import { repoRoot } from '../support/paths';

/** CLEAN with one safely fixable problem (quantity-format, line 72). */
const FIXABLE = CLEAN.replace('weight: 82 kg', 'weight: 82kg');
/** CLEAN with an email address in the presentation (a phi-contact error on line 74). */
const CONTACT = CLEAN.replace('    John describes decades', '    John (john.doe@example.org) describes decades');
/** CONTACT with the presentation silenced by a directive above its key. */
const SILENCED = CONTACT.replace('  presentation: |', '  # caselint-disable-next-line phi-contact -- the address is invented\n  presentation: |');

interface Suppressed {
  rule: string;
  line: number;
  suppression: { kind: string; line: number; reason?: string };
}
type JsonOut = { file: string; diagnostics: { rule: string; fix?: { edits: { line: number; column: number; endLine: number; endColumn: number; text: string }[] } }[]; suppressed?: Suppressed[]; output?: string }[];

describe('caselint for CI (spawned)', function () {
  this.timeout(60000);
  before(ensureBuilt);

  describe('--fix and --fix-dry-run', () => {
    it('--fix writes the safe fixes and reports what is left; the summary counts fixable problems', async () => {
      const dir = tempDir({ 'a.case.yaml': FIXABLE, 'b.case.yaml': `\ufeff${FIXABLE}` });
      const before = await caselint(['.'], { cwd: dir });
      assert.strictEqual(before.code, 1);
      assert.match(before.stdout, /2 of them are fixable with the `--fix` option\./);
      const r = await caselint(['--fix', '.'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stdout + r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(fs.readFileSync(path.join(dir, 'a.case.yaml'), 'utf8'), CLEAN);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'b.case.yaml'), 'utf8'), `\ufeff${CLEAN}`, 'the BOM is kept');
      assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a.case.yaml', 'b.case.yaml'], 'no temporary file is left');
    });

    it('--fix-dry-run writes nothing; json carries each fixable diagnostic\'s fix and the fixed output', async () => {
      const dir = tempDir({ 'a.case.yaml': FIXABLE });
      const plain = JSON.parse((await caselint(['-f', 'json', '.'], { cwd: dir })).stdout) as JsonOut;
      const r = await caselint(['--fix-dry-run', '-f', 'json', '.'], { cwd: dir });
      // The file still has its problems (nothing was written): reported as in a plain run, with the fixes --fix would apply.
      assert.strictEqual(r.code, 1);
      const out = JSON.parse(r.stdout) as JsonOut;
      assert.strictEqual(out[0]!.output, CLEAN);
      assert.deepStrictEqual(out[0]!.diagnostics, plain[0]!.diagnostics);
      const fix = out[0]!.diagnostics.find((d) => d.rule === 'quantity-format')!.fix;
      assert.deepStrictEqual(fix, { edits: [{ line: 72, column: 11, endLine: 72, endColumn: 15, text: '82 kg' }] });
      assert.strictEqual(out[0]!.diagnostics.filter((d) => d.fix).length, 1);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'a.case.yaml'), 'utf8'), FIXABLE);
    });

    it('leaves a file alone when it changed on disk since it was read', async () => {
      const dir = tempDir({ 'a.case.yaml': 'changed meanwhile' });
      const file = path.join(dir, 'a.case.yaml');
      assert.strictEqual(await writeFixed(file, FIXABLE, CLEAN), false);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'changed meanwhile');
      fs.writeFileSync(file, FIXABLE);
      assert.strictEqual(await writeFixed(file, FIXABLE, CLEAN), true);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), CLEAN);
    });
  });

  describe('suppressions you can audit', () => {
    it('a silenced finding does not count, and json lists it under suppressed with its directive', async () => {
      const dir = tempDir({ 'open.case.yaml': CONTACT, 'silenced.case.yaml': SILENCED });
      assert.strictEqual((await caselint(['open.case.yaml'], { cwd: dir })).code, 1);
      const r = await caselint(['-f', 'json', 'silenced.case.yaml'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stdout);
      const out = JSON.parse(r.stdout) as JsonOut;
      assert.deepStrictEqual(out[0]!.diagnostics, []);
      assert.deepStrictEqual(
        out[0]!.suppressed!.map((s) => [s.rule, s.line, s.suppression]),
        [['phi-contact', 75, { kind: 'disable-next-line', line: 73, reason: 'the address is invented' }]],
      );
    });

    it('sarif keeps a silenced finding as a result with an inSource suppression and its reason', async () => {
      const dir = tempDir({ 'silenced.case.yaml': SILENCED });
      const r = await caselint(['-f', 'sarif', '.'], { cwd: dir });
      assert.strictEqual(r.code, 0);
      const results = JSON.parse(r.stdout).runs[0].results as { ruleId: string; suppressions?: { kind: string; justification?: string }[] }[];
      assert.deepStrictEqual(results.map((x) => [x.ruleId, x.suppressions?.map((s) => [s.kind, s.justification])]), [
        ['phi-contact', [['inSource', 'the address is invented']]],
      ]);
    });

    it('--no-inline-config ignores directives; --report-unused-disable-directives (or the key) reports the idle ones', async () => {
      const idle = CLEAN.replace('  presentation: |', '  # caselint-disable-next-line doi-format\n  presentation: |');
      const dir = tempDir({ 'silenced.case.yaml': SILENCED, 'idle.case.yaml': idle });
      const audit = await caselint(['--no-inline-config', '-f', 'json', 'silenced.case.yaml'], { cwd: dir });
      assert.strictEqual(audit.code, 1);
      assert.deepStrictEqual(parseJson(audit.stdout)[0]!.diagnostics.map((d) => d.rule), ['phi-contact']);
      assert.strictEqual((await caselint(['idle.case.yaml'], { cwd: dir })).stdout, '');
      const unused = await caselint(['--report-unused-disable-directives', '-f', 'json', 'idle.case.yaml'], { cwd: dir });
      assert.deepStrictEqual(parseJson(unused.stdout)[0]!.diagnostics.map((d) => [d.rule, d.line]), [['disable-directive', 73]]);
      fs.writeFileSync(path.join(dir, '.caselintrc.yaml'), 'report_unused_disable_directives: true\n');
      const byConfig = await caselint(['-f', 'json', 'idle.case.yaml'], { cwd: dir });
      assert.deepStrictEqual(parseJson(byConfig.stdout)[0]!.diagnostics.map((d) => d.rule), ['disable-directive']);
    });

    it('a misspelt id is reported with the nearest one, and the known ids of the list still apply', async () => {
      const dir = tempDir({ 'a.case.yaml': SILENCED.replace('phi-contact --', 'phi-contakt, phi-contact --') });
      const r = await caselint(['-f', 'json', '.'], { cwd: dir });
      const d = parseJson(r.stdout)[0]!.diagnostics;
      assert.deepStrictEqual(d.map((x) => x.rule), ['disable-directive']);
      assert.match(d[0]!.message, /no rule is called "phi-contakt"; did you mean phi-contact\?/);
    });
  });

  describe('globs and ignores', () => {
    const files = { 'clean/a.case.yaml': CLEAN, 'clean/b.case.yml': CLEAN, 'broken/c.case.yaml': FIXABLE, 'drafts/d.case.yaml': FIXABLE };
    const listed = async (args: string[], dir: string): Promise<string[]> => {
      const r = await caselint(['-f', 'json', ...args], { cwd: dir });
      assert.notStrictEqual(r.code, 2, r.stderr);
      return parseJson(r.stdout).map((f) => f.file);
    };

    it('braces, ** and ! exclusions (also from folder walks)', async () => {
      const dir = tempDir(files);
      assert.deepStrictEqual(await listed(['**/*.case.{yaml,yml}'], dir), ['broken/c.case.yaml', 'clean/a.case.yaml', 'clean/b.case.yml', 'drafts/d.case.yaml']);
      assert.deepStrictEqual(await listed(['{clean,broken}/*.case.yaml'], dir), ['broken/c.case.yaml', 'clean/a.case.yaml']);
      assert.deepStrictEqual(await listed(['clean/?.case.y[a-z]ml'], dir), ['clean/a.case.yaml']);
      assert.deepStrictEqual(await listed(['.', '!drafts', '!**/*.yml'], dir), ['broken/c.case.yaml', 'clean/a.case.yaml']);
      const none = await caselint(['nothing/**/*.case.{yaml,yml}'], { cwd: dir });
      assert.strictEqual(none.code, 2);
    });

    it('--ignore-pattern (repeatable, relative to the current folder) and ignores: (relative to the configuration)', async () => {
      const dir = tempDir({ ...files, 'clean/.caselintrc.yaml': 'ignores: [b.case.yml]\n' });
      assert.deepStrictEqual(await listed(['--ignore-pattern', 'drafts/**', '--ignore-pattern', 'broken', '.'], dir), ['clean/a.case.yaml']);
      fs.rmSync(path.join(dir, 'clean', '.caselintrc.yaml'));
      fs.writeFileSync(path.join(dir, '.caselintrc.yaml'), 'ignores: ["drafts/**", "clean/*.yml"]\n');
      assert.deepStrictEqual(await listed(['.'], dir), ['broken/c.case.yaml', 'clean/a.case.yaml']);
      assert.deepStrictEqual(await listed(['.'], path.join(dir, 'clean')), ['a.case.yaml']);
    });

    it('a configuration that breaks the schema is reported at its position, exit 2', async () => {
      const dir = tempDir({ 'a.case.yaml': CLEAN, '.caselintrc.yaml': 'ignores: drafts\nreport_unused_disable_directives: sometimes\n' });
      const r = await caselint(['.'], { cwd: dir });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /^\.caselintrc\.yaml:1:10: /m);
      assert.match(r.stderr, /^\.caselintrc\.yaml:2:35: /m);
    });
  });

  describe('--cache', () => {
    it('reuses results while bytes, configuration and version are unchanged; identical to an uncached run', async () => {
      const dir = tempDir({ 'a.case.yaml': FIXABLE, 'b.case.yaml': CLEAN });
      const uncached = await caselint(['-f', 'json', '.'], { cwd: dir });
      const first = await caselint(['--cache', '-f', 'json', '.'], { cwd: dir });
      assert.strictEqual(first.stdout, uncached.stdout);
      assert.strictEqual(first.code, 1);
      const cacheFile = path.join(dir, '.caselintcache');
      assert.ok(fs.existsSync(cacheFile));
      // Mark the cached result: a run that prints the mark read the cache.
      const marked = fs.readFileSync(cacheFile, 'utf8').replace(/"message":"(?:[^"\\]|\\.)*"/, '"message":"FROM THE CACHE"');
      fs.writeFileSync(cacheFile, marked);
      assert.match((await caselint(['--cache', '-f', 'json', '.'], { cwd: dir })).stdout, /FROM THE CACHE/);
      // A changed configuration, then changed bytes, are linted again.
      assert.doesNotMatch((await caselint(['--cache', '--rule', 'doi-format=off', '-f', 'json', '.'], { cwd: dir })).stdout, /FROM THE CACHE/);
      fs.writeFileSync(cacheFile, marked);
      fs.writeFileSync(path.join(dir, 'a.case.yaml'), `${FIXABLE}\n`);
      const again = await caselint(['--cache', '-f', 'json', '.'], { cwd: dir });
      assert.doesNotMatch(again.stdout, /FROM THE CACHE/);
      assert.strictEqual(again.stdout, uncached.stdout);
    });

    it('a corrupt, foreign or older cache is ignored and rewritten; --cache-location may name a folder', async () => {
      const dir = tempDir({ 'a.case.yaml': FIXABLE, 'cache/keep.txt': '' });
      const uncached = await caselint(['-f', 'json', '.'], { cwd: dir });
      for (const junk of ['{not json', '{"format":"someone-else","entries":{}}', '{"format":"caselint-cache/1","tool":"0.0.1:x","entries":{}}', '[]']) {
        fs.writeFileSync(path.join(dir, 'cache', '.caselintcache'), junk);
        const r = await caselint(['--cache', '--cache-location', 'cache', '-f', 'json', '.'], { cwd: dir });
        assert.strictEqual(r.stdout, uncached.stdout, junk);
        const rewritten = JSON.parse(fs.readFileSync(path.join(dir, 'cache', '.caselintcache'), 'utf8')) as { format: string; entries: object };
        assert.strictEqual(rewritten.format, 'caselint-cache/1');
        assert.strictEqual(Object.keys(rewritten.entries).length, 1);
      }
      assert.ok(!fs.existsSync(path.join(dir, '.caselintcache')));
    });
  });

  describe('colours, threads, init', () => {
    it('FORCE_COLOR colours a pipe, NO_COLOR and --no-color turn colours off, --color forces them', async () => {
      const dir = tempDir({ 'a.case.yaml': FIXABLE });
      const esc = /\u001b\[/;
      assert.match((await caselint(['.'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout, esc);
      assert.doesNotMatch((await caselint(['--no-color', '.'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout, esc);
      assert.doesNotMatch((await caselint(['.'], { cwd: dir, env: { NO_COLOR: '1' } })).stdout, esc);
      assert.doesNotMatch((await caselint(['.'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '0' } })).stdout, esc);
      assert.match((await caselint(['--color', '.'], { cwd: dir, env: { NO_COLOR: '1' } })).stdout, esc);
    });

    it('--threads n|auto gives the same output in the same order; a bad value is a usage error', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 24; i++) files[`c${String(i).padStart(2, '0')}.case.yaml`] = i % 3 === 0 ? FIXABLE : CLEAN;
      const dir = tempDir(files);
      const one = await caselint(['-f', 'json', '--threads', '1', '.'], { cwd: dir });
      for (const t of ['0', '2', 'auto']) assert.strictEqual((await caselint(['-f', 'json', '--threads', t, '.'], { cwd: dir })).stdout, one.stdout, t);
      assert.strictEqual((await caselint(['-f', 'json', '.'], { cwd: dir, env: { CASELINT_WORKERS: '2' } })).stdout, one.stdout);
      const bad = await caselint(['--threads', 'many', '.'], { cwd: dir });
      assert.strictEqual(bad.code, 2);
      assert.match(bad.stderr, /--threads needs a whole number from 0 to 64, or auto, not "many"/);
    });

    it('caselint init writes a commented configuration at its defaults and a clean sample, and refuses to overwrite', async () => {
      const dir = tempDir();
      const r = await caselint(['init'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stderr);
      const text = fs.readFileSync(path.join(dir, '.caselintrc.yaml'), 'utf8');
      assert.deepStrictEqual(parseConfigText(text, '.caselintrc.yaml').problems, []);
      for (const key of ['rules:', 'minimum_weeks: 6', 'require_different_classes: false', 'drugs: []', 'frameworks: []', 'ceilings: {}', 'ignores: []', 'report_unused_disable_directives: false']) {
        assert.ok(text.includes(key), key);
      }
      assert.match(text, /^ {2}phi-date: warning +# /m);
      assert.ok(fs.existsSync(path.join(dir, 'example.case.yaml')));
      const lintIt = await caselint([], { cwd: dir });
      assert.deepStrictEqual([lintIt.code, lintIt.stdout], [0, '']);
      fs.writeFileSync(path.join(dir, '.caselintrc.yaml'), 'rules: {}\n');
      const again = await caselint(['init'], { cwd: dir });
      assert.strictEqual(again.code, 2);
      assert.strictEqual(fs.readFileSync(path.join(dir, '.caselintrc.yaml'), 'utf8'), 'rules: {}\n');
      const withCase = tempDir({ 'mine.case.yaml': CLEAN });
      assert.strictEqual((await caselint(['init'], { cwd: withCase })).code, 0);
      assert.deepStrictEqual(fs.readdirSync(withCase).sort(), ['.caselintrc.yaml', 'mine.case.yaml'], 'no sample beside an existing case');
    });
  });

  describe('caselint-language-server command line', () => {
    const server = (args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'caselint-language-server.js'), ...args], { encoding: 'utf8', timeout: 20000, input: '' });
    it('--version and --help answer in a line or a short usage and exit 0; an unknown option or none exits 2', () => {
      const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
      const v = server(['--version']);
      assert.deepStrictEqual([v.status, v.stdout, v.stderr], [0, `${version}\n`, '']);
      const h = server(['--help']);
      assert.strictEqual(h.status, 0);
      assert.match(h.stdout, /^Usage: caselint-language-server --stdio/);
      assert.ok(h.stdout.length < 1000);
      for (const args of [['--bogus'], []]) {
        const bad = server(args);
        assert.strictEqual(bad.status, 2, args.join(' '));
        assert.match(bad.stderr, /Usage: caselint-language-server/);
        assert.ok(bad.stderr.length < 1000, 'no dump of the bundle');
      }
    });
  });
});
