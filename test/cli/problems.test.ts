import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { makeFolders } from '../../server/src/cli/folders';
import { type ReadFolder } from '../../server/src/cli/files';
import { parseConfigText, RULES } from '../../server/src/core';
import { bin, caselint, CLEAN, ensureBuilt, runCli, tempDir, withDuplicateKey } from './harness';

const BROKEN = withDuplicateKey().text;

/** Where a mkdir fails with ENOENT under a parent that exists (Node's recursive mkdir spun there for ever). */
const NEVER = '/proc/caselint-nope';

/** The built CLI, killed after 20 s: a hang fails the test instead of stalling the run. */
function spawnBounded(args: string[], cwd: string): { status: number | null; stderr: string; timedOut: boolean } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stderr: r.stderr, timedOut: r.signal !== null };
}

describe('what the command line says when something is in the way', function () {
  this.timeout(60000);
  before(ensureBuilt);

  describe('an output whose folder cannot be made', () => {
    before(function () {
      if (!fs.existsSync('/proc/self')) this.skip();
    });

    it('ends with a message and exit 2 (-o, report, render), or a warning for the cache: never a hang', () => {
      const dir = tempDir({ 'broken.case.yaml': BROKEN, 'clean/a.case.yaml': CLEAN, 'clean/b.case.yaml': CLEAN });
      const cases: [string[], number, RegExp][] = [
        [['-o', `${NEVER}/r.txt`, 'broken.case.yaml'], 2, /^caselint: cannot write \/proc\/caselint-nope\/r\.txt: cannot create the folder \/proc\/caselint-nope: ENOENT$/m],
        [['--cache', '--cache-location', `${NEVER}/c`, 'broken.case.yaml'], 1, /^caselint: cannot write the cache \/proc\/caselint-nope\/c: cannot create the folder \/proc\/caselint-nope: ENOENT$/m],
        [['report', 'clean', '--format', 'md', '-o', `${NEVER}/dir`], 2, /^caselint: cannot write to \/proc\/caselint-nope\/dir: cannot create the folder \/proc\/caselint-nope: ENOENT$/m],
        [['report', 'clean/a.case.yaml', '-o', `${NEVER}/x.html`], 2, /^caselint: cannot write \/proc\/caselint-nope\/x\.html: cannot create the folder/m],
        [['render', 'clean/a.case.yaml', '-o', `${NEVER}/a/b/x.md`], 2, /cannot create the folder \/proc\/caselint-nope: ENOENT/],
      ];
      for (const [args, status, message] of cases) {
        const r = spawnBounded(args, dir);
        assert.ok(!r.timedOut, `${args.join(' ')} hung`);
        assert.strictEqual(r.status, status, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, message, args.join(' '));
      }
      const report = spawnBounded(['report', 'clean', '--format', 'md', '-o', `${NEVER}/dir`], dir);
      assert.strictEqual(report.stderr.split('\n').filter((l) => l.startsWith('caselint: cannot')).length, 1, 'one message, not one per page');
    });

    it('makeFolders makes one level at a time and stops at the first that fails', () => {
      assert.deepStrictEqual(makeFolders(`${NEVER}/a/b/c`), { folder: NEVER, code: 'ENOENT' });
      const dir = tempDir({ afile: 'not a folder' });
      assert.strictEqual(makeFolders(path.join(dir, 'x', 'y', 'z')), undefined);
      assert.ok(fs.statSync(path.join(dir, 'x', 'y', 'z')).isDirectory());
      assert.strictEqual(makeFolders(path.join(dir, 'x')), undefined, 'already there');
      assert.deepStrictEqual(makeFolders(path.join(dir, 'afile', 'x', 'y')), { folder: path.join(dir, 'afile'), code: 'ENOTDIR' });
      assert.deepStrictEqual(makeFolders(path.join(dir, 'afile')), { folder: path.join(dir, 'afile'), code: 'ENOTDIR' });
    });
  });

  it('-o below a regular file: that path component is not a folder', async () => {
    const dir = tempDir({ 'broken.case.yaml': BROKEN, afile: 'text' });
    for (const out of ['afile/x.json', 'afile/deeper/x.json']) {
      const r = await runCli(['-f', 'json', '-o', out, 'broken.case.yaml'], dir);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stderr, `caselint: cannot write ${out}: afile is not a folder\n`);
    }
    const pages = await runCli(['report', 'broken.case.yaml', '-o', 'afile/x.html'], dir);
    assert.strictEqual(pages.code, 2);
    assert.match(pages.stderr, /cannot write afile\/x\.html: afile is not a folder/);
  });

  describe('a configuration file that cannot be read', () => {
    const setUp = (make: (rc: string) => void): string => {
      const dir = tempDir({ '.caselintrc.yaml': 'rules:\n  yaml-syntax: off\n', 'team/a.case.yaml': BROKEN });
      make(path.join(dir, 'team', '.caselintrc.yaml'));
      return dir;
    };
    const cases: [string, (rc: string) => void, string][] = [
      ['a dangling symbolic link', (rc) => fs.symlinkSync(path.join(path.dirname(rc), 'gone.yaml'), rc), 'ENOENT (a symbolic link to nothing)'],
      ['a loop of symbolic links', (rc) => fs.symlinkSync(rc, rc), 'ELOOP (a loop of symbolic links)'],
      ['a folder', (rc) => fs.mkdirSync(rc), 'EISDIR (it is a folder)'],
    ];
    for (const [what, make, reason] of cases) {
      it(`is reported, exit 2, not passed over for the parent's: ${what}`, async () => {
        const dir = setUp(make);
        const expected = `team/.caselintrc.yaml:1:1: cannot read the configuration file: ${reason}\n`;
        const r = await runCli(['team'], dir);
        assert.strictEqual(r.code, 2);
        assert.strictEqual(r.stdout, '');
        assert.ok(r.stderr.startsWith(expected), r.stderr);
        const printed = await runCli(['--print-config', 'team/a.case.yaml'], dir);
        assert.strictEqual(printed.code, 2);
        assert.strictEqual(printed.stdout, '', 'never the parent\'s configuration');
        assert.ok(printed.stderr.startsWith(expected), printed.stderr);
      });
    }
  });

  it('--print-config: every setting at its value or default on stdout (a valid configuration), where it comes from on stderr', async () => {
    const dir = tempDir({ 'team/.caselintrc.yaml': 'adequacy:\n  minimum_weeks: 8\nignores: [drafts/**]\n' });
    const none = await runCli(['--print-config', 'x.case.yaml'], dir);
    assert.strictEqual(none.code, 0, none.stderr);
    assert.strictEqual(none.stderr, 'caselint: no configuration file; the defaults\n');
    const defaults = JSON.parse(none.stdout) as Record<string, unknown> & { rules: Record<string, string> };
    assert.deepStrictEqual(Object.keys(defaults.rules).sort(), RULES.map((r) => r.meta.id).sort());
    const { rules, ...rest } = defaults;
    void rules;
    assert.deepStrictEqual(rest, {
      adequacy: { minimum_weeks: 6 },
      trd: { require_different_classes: false },
      report_unused_disable_directives: false,
      ignores: [],
      drugs: [],
      frameworks: [],
      ketamine: { ceilings: {} },
    });
    assert.deepStrictEqual(parseConfigText(none.stdout, '.caselintrc.json').problems, [], 'the output is itself a valid configuration');

    const team = await runCli(['--print-config', 'team/x.case.yaml', '--rule', 'doi-format=off'], dir);
    assert.strictEqual(team.code, 0, team.stderr);
    assert.strictEqual(team.stderr, "caselint: configuration from team/.caselintrc.yaml, with the command line's options on top\n");
    const config = JSON.parse(team.stdout) as { adequacy: unknown; ignores: unknown; rules: Record<string, string>; trd: unknown };
    assert.deepStrictEqual(config.adequacy, { minimum_weeks: 8 });
    assert.deepStrictEqual(config.ignores, ['drafts/**']);
    assert.deepStrictEqual(config.trd, { require_different_classes: false });
    assert.strictEqual(config.rules['doi-format'], 'off');
  });

  it('a subfolder made unreadable (chmod 000) is named on stderr and skipped; the rest is linted and the status follows its findings', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempDir({ 'clean.case.yaml': CLEAN, 'locked/hidden.case.yaml': BROKEN, 'open/broken.case.yaml': BROKEN });
    // As root, a folder with mode 000 can still be read: the run is then made as nobody (uid 65534), when it can be.
    const uid = process.getuid?.();
    const asNobody = uid === 0 ? { uid: 65534, gid: 65534 } : {};
    if (uid === 0) {
      for (const d of [dir, path.join(dir, 'locked'), path.join(dir, 'open')]) fs.chmodSync(d, 0o755);
      for (const f of ['clean.case.yaml', 'locked/hidden.case.yaml', 'open/broken.case.yaml']) fs.chmodSync(path.join(dir, f), 0o644);
      const probe = spawnSync(process.execPath, [bin, '--version'], { cwd: dir, encoding: 'utf8', timeout: 20000, ...asNobody });
      // Skipped only when this machine cannot run the CLI as another user (the build unreadable to it, no such user).
      if (probe.status !== 0) this.skip();
    }
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      const r = spawnSync(process.execPath, [bin, '-f', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 20000, env: { ...process.env, NO_COLOR: '1' }, ...asNobody });
      assert.strictEqual(r.stderr, `caselint: cannot read the folder locked: EACCES\n`);
      assert.strictEqual(r.status, 1, 'open/broken.case.yaml has an error');
      assert.deepStrictEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file), ['clean.case.yaml', 'open/broken.case.yaml']);
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  it('a CASELINT_WORKERS that is no thread setting is said, naming it, and the default used; --threads past 64 is a usage error', async () => {
    const dir = tempDir({ 'broken.case.yaml': BROKEN, 'clean.case.yaml': CLEAN });
    const plain = await caselint(['-f', 'json', '.'], { cwd: dir });
    for (const bad of ['99', '65', 'lots']) {
      const r = await caselint(['-f', 'json', '.'], { cwd: dir, env: { CASELINT_WORKERS: bad } });
      assert.strictEqual(r.stderr, `caselint: CASELINT_WORKERS needs a whole number from 0 to 64, or auto, not "${bad}"; using the default (auto)\n`);
      assert.strictEqual(r.code, 1, 'the status follows the findings');
      assert.strictEqual(r.stdout, plain.stdout);
    }
    const ok = await caselint(['-f', 'json', '.'], { cwd: dir, env: { CASELINT_WORKERS: '64' } });
    assert.deepStrictEqual([ok.code, ok.stderr, ok.stdout], [1, '', plain.stdout], '64 is the limit, as for --threads');
    const given = await caselint(['-f', 'json', '--threads', '1', '.'], { cwd: dir, env: { CASELINT_WORKERS: '99' } });
    assert.deepStrictEqual([given.code, given.stderr], [1, ''], '--threads given: CASELINT_WORKERS is not read');
    const tooMany = await caselint(['--threads', '99', '.'], { cwd: dir });
    assert.strictEqual(tooMany.code, 2);
    assert.match(tooMany.stderr, /^caselint: --threads needs a whole number from 0 to 64, or auto, not "99"$/m);
  });

  it('an unreadable folder is said on stderr once; a named one says so; all excluded says so', async () => {
    const dir = tempDir({ 'a.case.yaml': CLEAN, 'nod/b.case.yaml': BROKEN, 'only/c.case.yaml': CLEAN });
    const denied: ReadFolder = (d) => {
      if (path.basename(d) === 'nod') throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return fs.readdirSync(d, { withFileTypes: true });
    };
    const all = await runCli(['.', '**/*.case.yaml'], dir, { readFolder: denied });
    assert.strictEqual(all.code, 0, 'the readable files lint clean');
    assert.strictEqual(all.stderr, 'caselint: cannot read the folder nod: EACCES\n');
    const named = await runCli(['nod'], dir, { readFolder: denied });
    assert.strictEqual(named.code, 2);
    assert.strictEqual(named.stderr, 'caselint: nod: cannot read the folder: EACCES\n');
    const report = await runCli(['report', '.', '-o', 'out'], dir, { readFolder: denied });
    assert.match(report.stderr, /^caselint: cannot read the folder nod: EACCES$/m);

    // Deeper down, and beside findings: still named by its path, and the status follows the findings (README: no exit 2 for it).
    const deep = tempDir({ 'a.case.yaml': BROKEN, 'cases/2023/nod/b.case.yaml': CLEAN, 'cases/2023/c.case.yaml': CLEAN });
    for (const args of [['.'], ['cases/**/*.case.yaml', 'a.case.yaml']]) {
      const r = await runCli(['-f', 'json', ...args], deep, { readFolder: denied });
      assert.strictEqual(r.stderr, `caselint: cannot read the folder ${path.join('cases', '2023', 'nod')}: EACCES\n`, args.join(' '));
      assert.strictEqual(r.code, 1, 'the findings of the files read decide');
      assert.deepStrictEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file), ['a.case.yaml', 'cases/2023/c.case.yaml'], 'everything else is linted');
    }

    const excluded = await runCli(['!*'], path.join(dir, 'only'));
    assert.strictEqual(excluded.code, 2);
    assert.strictEqual(excluded.stderr, 'caselint: .: every case file in this folder is excluded by the patterns (! arguments, --ignore-pattern)\n');
  });
});
