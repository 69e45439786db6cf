import * as assert from 'assert';
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { lint, MAX_TEXT_BYTES } from '../../server/src/core';
import { ConfigResolver, MAX_CONFIG_BYTES, readCaseFile } from '../../server/src/node';
import { bin, caselint, CLEAN, ensureBuilt, parseJson, tempDir } from '../cli/harness';

/** A named pipe in a fresh folder (nothing ever writes to it: opening it for reading would block). */
function withFifo(name: string, files: Record<string, string> = {}): { dir: string; fifo: string } {
  const dir = tempDir(files);
  const fifo = path.join(dir, name);
  fs.mkdirSync(path.dirname(fifo), { recursive: true });
  execFileSync('mkfifo', [fifo]);
  assert.ok(fs.statSync(fifo).isFIFO());
  return { dir, fifo };
}

/** Fails instead of hanging when `p` does not settle in time. */
function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

describe('the reader (server/src/node)', () => {
  before(ensureBuilt);

  describe('case files', () => {
    it('does not open a named pipe: a finding says what it is, at once', async () => {
      const { fifo } = withFifo('p.case.yaml');
      const read = await within(5000, readCaseFile(fifo), 'reading a named pipe');
      assert.deepStrictEqual(read, { problem: { message: 'not a regular file (a named pipe); not read', width: 0 } });
    });

    it('the CLI skips a named pipe in a folder and reports one named on the command line, without hanging', async () => {
      const { dir } = withFifo('f/p.case.yaml', { 'g/ok.case.yaml': CLEAN });
      const walked = await within(20000, caselint(['f'], { cwd: dir }), 'caselint f');
      assert.strictEqual(walked.code, 2, walked.stderr);
      assert.match(walked.stderr, /f: no \*\.case\.yaml or \*\.case\.yml file in this folder/);

      execFileSync('mkfifo', [path.join(dir, 'g', 'q.case.yaml')]);
      const beside = await within(20000, caselint(['-f', 'json', 'g'], { cwd: dir }), 'caselint g');
      assert.strictEqual(beside.code, 0, beside.stderr);
      assert.deepStrictEqual(parseJson(beside.stdout).map((f) => f.file), ['g/ok.case.yaml']);

      const named = await within(20000, caselint(['-f', 'json', 'f/p.case.yaml'], { cwd: dir }), 'caselint f/p.case.yaml');
      assert.strictEqual(named.code, 1, named.stderr);
      assert.deepStrictEqual(parseJson(named.stdout), [
        {
          file: 'f/p.case.yaml',
          diagnostics: [{ rule: 'yaml-syntax', severity: 'error', message: 'not a regular file (a named pipe); not read', line: 1, column: 1, endLine: 1, endColumn: 1 }],
        },
      ]);

      const globbed = await within(20000, caselint(['-f', 'json', 'f/*.yaml'], { cwd: dir }), 'caselint f/*.yaml');
      assert.strictEqual(globbed.code, 2, globbed.stderr);
      assert.match(globbed.stderr, /no case file matches this pattern/);
    });

    it('reports a named pipe given as the configuration file instead of waiting on it', async () => {
      const { dir } = withFifo('rc.yaml', { 'a.case.yaml': CLEAN });
      const r = await within(20000, caselint(['-c', 'rc.yaml', 'a.case.yaml'], { cwd: dir }), 'caselint -c <pipe>');
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /^rc\.yaml:1:1: the configuration file is not a regular file \(a named pipe\); not read$/m);
    });

    it('refuses a file over the size limit from its size, in the words the engine uses for a text that long', async () => {
      const dir = tempDir();
      const file = path.join(dir, 'big.case.yaml');
      const size = MAX_TEXT_BYTES + 512 * 1024;
      const fd = fs.openSync(file, 'w');
      fs.writeSync(fd, 'caselint: 1\n');
      fs.ftruncateSync(fd, size); // sparse: nothing written beyond the first line
      fs.closeSync(fd);
      const read = await readCaseFile(file);
      assert.ok('problem' in read);
      assert.match(read.problem.message, /^the file is larger than 10 MB \(10\.5 MB\); case documents are not checked/);
      assert.strictEqual(read.problem.width, 'caselint: 1'.length);

      // The same number of bytes as text (stdin, an editor buffer): the same finding.
      const text = `caselint: 1\n${'x'.repeat(size - 12)}`;
      const linted = lint(text);
      assert.strictEqual(linted.refused?.reason, 'too-large');
      assert.strictEqual(linted.findings[0]!.message, read.problem.message);
    });

    it('counts the limit in UTF-8 bytes for text too, so the editor and the command line refuse the same files', () => {
      // 6 million two-byte characters: under the limit in characters, over it in bytes (what the file would have).
      const wide = `caselint: 1\nabstract: ${'é'.repeat(6 * 1024 * 1024)}\n`;
      assert.ok(wide.length < MAX_TEXT_BYTES && Buffer.byteLength(wide) > MAX_TEXT_BYTES);
      const r = lint(wide);
      assert.strictEqual(r.refused?.reason, 'too-large');
      assert.match(r.findings[0]!.message, /larger than 10 MB \(12\.0 MB\)/);
      // Just under the limit in bytes: parsed.
      const under = `caselint: 1\n# ${'é'.repeat((MAX_TEXT_BYTES - 20) / 2)}\n`;
      assert.ok(Buffer.byteLength(under) <= MAX_TEXT_BYTES);
      assert.strictEqual(lint(under).refused, undefined);
    });

    it('--stdin stops reading past the size limit: endless input gets the too-large finding, not a hang', async () => {
      const zero = fs.openSync('/dev/zero', 'r');
      const child = spawn(process.execPath, [bin, '--stdin', '--stdin-filename', 'z.case.yaml', '-f', 'json'], { stdio: [zero, 'pipe', 'pipe'] });
      fs.closeSync(zero);
      let stdout = '';
      child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      const code = await within(20000, new Promise<number | null>((resolve) => child.on('close', resolve)), 'caselint --stdin < /dev/zero').finally(() => child.kill());
      assert.strictEqual(code, 1);
      const [file] = parseJson(stdout);
      assert.strictEqual(file!.diagnostics.length, 1);
      assert.match(file!.diagnostics[0]!.message, /^the file is larger than 10 MB/);
    });

    it('passes the text on as read: BOM and CRLF line endings included, a folder or a missing file a finding', async () => {
      const dir = tempDir({ 'crlf.case.yaml': '\uFEFFcaselint: 1\r\ntitle: x\r\n', 'sub.case.yaml/x': '' });
      assert.deepStrictEqual(await readCaseFile(path.join(dir, 'crlf.case.yaml')), { text: '\uFEFFcaselint: 1\r\ntitle: x\r\n' });
      const folder = await readCaseFile(path.join(dir, 'sub.case.yaml'));
      assert.ok('problem' in folder && /^cannot read the file: EISDIR/.test(folder.problem.message));
      const missing = await readCaseFile(path.join(dir, 'missing.case.yaml'));
      assert.ok('problem' in missing && missing.problem.message === 'cannot read the file: ENOENT');
    });
  });

  describe('configuration', () => {
    it('finds the nearest file, caches it per folder, and reads it again only when told', () => {
      const dir = tempDir({ '.caselintrc.yaml': 'rules:\n  doi-format: off\n', 'a/b/x.case.yaml': '' });
      const resolver = new ConfigResolver();
      const x = path.join(dir, 'a', 'b', 'x.case.yaml');
      const first = resolver.forFile(x);
      assert.strictEqual(first.source?.file, path.join(dir, '.caselintrc.yaml'));
      assert.deepStrictEqual(first.config, { rules: { 'doi-format': 'off' } });
      assert.strictEqual(resolver.forFile(path.join(dir, 'a', 'y.case.yaml')), first, 'one object per configuration file');

      fs.writeFileSync(path.join(dir, '.caselintrc.yaml'), 'rules:\n  doi-format: warning\n');
      assert.deepStrictEqual(resolver.forFile(x).config, { rules: { 'doi-format': 'off' } }, 'cached until invalidated');
      resolver.invalidate(path.join(dir, '.caselintrc.yaml'));
      assert.deepStrictEqual(resolver.forFile(x).config, { rules: { 'doi-format': 'warning' } });

      // A nearer file appears: found once its path is invalidated.
      const nearer = path.join(dir, 'a', '.caselintrc.json');
      fs.writeFileSync(nearer, '{ "rules": { "doi-format": "hint" } }');
      assert.deepStrictEqual(resolver.forFile(x).config, { rules: { 'doi-format': 'warning' } });
      resolver.invalidate(nearer);
      assert.strictEqual(resolver.forFile(x).source?.file, nearer);
      assert.deepStrictEqual(resolver.forFile(x).config, { rules: { 'doi-format': 'hint' } });

      // It goes away: the one above applies again.
      fs.rmSync(nearer);
      resolver.invalidate(nearer);
      assert.strictEqual(resolver.forFile(x).source?.file, path.join(dir, '.caselintrc.yaml'));
      fs.rmSync(path.join(dir, '.caselintrc.yaml'));
      resolver.invalidate();
      assert.deepStrictEqual(resolver.forFile(x), { config: {} });
    });

    it('lints with the defaults (and the overrides), not the valid part, when the file has problems', () => {
      const dir = tempDir({ '.caselintrc.yaml': 'rules:\n  doi-format: off\n  no-such-rule: error\n' });
      const resolver = new ConfigResolver({ overrides: { rules: { 'reference-order': 'hint' } } });
      const r = resolver.forFile(path.join(dir, 'a.case.yaml'));
      assert.deepStrictEqual(r.config, { rules: { 'reference-order': 'hint' } });
      assert.deepStrictEqual(r.source?.config, { rules: { 'doi-format': 'off' } });
      assert.deepStrictEqual(
        resolver.problems().map((p) => [path.basename(p.file), p.line, p.column, p.endLine, p.endColumn]),
        [['.caselintrc.yaml', 3, 3, 3, 15]],
      );
      assert.match(resolver.problems()[0]!.message, /no-such-rule/);
    });

    it('a nearest configuration that cannot be read (dangling link, link loop, folder) is a problem, not passed over', () => {
      // The language server resolves with this same ConfigResolver: its diagnostics and status come from source.problems.
      const cases: [(rc: string) => void, string][] = [
        [(rc) => fs.symlinkSync(path.join(path.dirname(rc), 'gone.yaml'), rc), 'cannot read the configuration file: ENOENT (a symbolic link to nothing)'],
        [(rc) => fs.symlinkSync(rc, rc), 'cannot read the configuration file: ELOOP (a loop of symbolic links)'],
        [(rc) => fs.mkdirSync(rc), 'cannot read the configuration file: EISDIR (it is a folder)'],
      ];
      for (const [make, message] of cases) {
        const dir = tempDir({ '.caselintrc.yaml': 'rules:\n  doi-format: off\n' });
        const rc = path.join(dir, 'team', '.caselintrc.yaml');
        fs.mkdirSync(path.dirname(rc));
        make(rc);
        const resolver = new ConfigResolver();
        const resolved = resolver.forFile(path.join(dir, 'team', 'a.case.yaml'));
        assert.strictEqual(resolved.source?.file, rc, message);
        assert.deepStrictEqual(resolved.config, {}, 'the defaults, not the parent\'s configuration');
        assert.deepStrictEqual(resolver.problems().map((p) => [p.file, p.line, p.column, p.message]), [[rc, 1, 1, message]]);
        // A watched-file change re-reads it (the server's didChangeWatchedFiles): still there, still a problem.
        resolver.invalidate(rc);
        assert.deepStrictEqual(resolver.loadIfPresent(rc)?.problems.map((p) => p.message), [message]);
        fs.rmSync(rc, { recursive: true });
        resolver.invalidate(rc);
        assert.strictEqual(resolver.loadIfPresent(rc), undefined, 'gone');
        assert.strictEqual(resolver.forFile(path.join(dir, 'team', 'a.case.yaml')).source?.file, path.join(dir, '.caselintrc.yaml'));
      }
    });

    it('refuses a configuration file over 1 MB, on the command line too', async () => {
      const dir = tempDir({ '.caselintrc.yaml': `rules: {}\n${'#'.repeat(MAX_CONFIG_BYTES)}\n`, 'a.case.yaml': CLEAN });
      const problems = new ConfigResolver().forFile(path.join(dir, 'a.case.yaml')).source?.problems ?? [];
      assert.deepStrictEqual(problems.map((p) => p.message), ['the configuration file is larger than 1 MB; not read']);
      const r = await caselint(['a.case.yaml'], { cwd: dir });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /^\.caselintrc\.yaml:1:1: the configuration file is larger than 1 MB; not read$/m);
    });
  });
});
