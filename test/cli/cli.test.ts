import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../server/src/cli/main';
import { RULES } from '../../server/src/core';
import { repoRoot } from '../support/paths';
import { assertWellFormedXml, caselint, CLEAN, ensureBuilt, parseJson, tempDir, withDuplicateKey, type JsonFile } from './harness';

const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** The CLI as a user meets it: the built bin, spawned, its exit code and output. */
describe('caselint (spawned)', function () {
  this.timeout(60000);
  before(ensureBuilt);

  const broken = withDuplicateKey();

  describe('exit status', () => {
    it('0 for a clean file, and stylish prints nothing', async () => {
      const dir = tempDir({ 'clean.case.yaml': CLEAN });
      const r = await caselint(['clean.case.yaml'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, '');
    });

    it('1 for a file with an error, with a stylish report', async () => {
      const dir = tempDir({ 'cases/broken.case.yaml': broken.text });
      const r = await caselint([], { cwd: dir });
      assert.strictEqual(r.code, 1);
      const lines = r.stdout.split('\n');
      assert.ok(lines.includes('cases/broken.case.yaml'), r.stdout);
      assert.match(r.stdout, new RegExp(`^  ${broken.line}:1  error  .*repeated.*  yaml-syntax$`, 'm'));
      assert.match(r.stdout, /^✖ 1 problem \(1 error, 0 warnings\)$/m);
      assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when the output is not a terminal');
    });

    it('2 for an unknown option, with a suggestion', async () => {
      const r = await caselint(['--formt', 'json'], { cwd: tempDir({ 'a.case.yaml': CLEAN }) });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /unknown option --formt; did you mean --format\?/);
    });

    it('2 for an unknown format', async () => {
      const r = await caselint(['-f', 'sarff'], { cwd: tempDir({ 'a.case.yaml': CLEAN }) });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /unknown format "sarff".*did you mean sarif\?/);
    });

    it('2 for an unknown rule in --rule, with a suggestion', async () => {
      const r = await caselint(['--rule', 'yaml-sintax=off'], { cwd: tempDir({ 'a.case.yaml': CLEAN }) });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /unknown rule "yaml-sintax"; did you mean yaml-syntax\?/);
    });

    it('2 for a bad severity in --rule', async () => {
      const r = await caselint(['--rule', 'yaml-syntax=warn'], { cwd: tempDir({ 'a.case.yaml': CLEAN }) });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /"warn" is not a severity.*did you mean warning\?/);
    });

    it('2 for a configuration with problems, each shown as file:line:column', async () => {
      const dir = tempDir({ 'a.case.yaml': broken.text, '.caselintrc.yaml': 'rules:\n  yaml-syntax: off\n  no-such-rule: error\n' });
      const r = await caselint([], { cwd: dir });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /^\.caselintrc\.yaml:3:3: .*no-such-rule/m);
      assert.strictEqual(r.stdout, '', 'nothing is linted with a broken configuration');
    });

    it('2 when -c names a file that does not exist', async () => {
      const r = await caselint(['-c', 'missing.yaml'], { cwd: tempDir({ 'a.case.yaml': CLEAN }) });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /missing\.yaml:1:1: cannot read the configuration file: ENOENT/);
    });

    it('2 when no file matched: an empty folder, a missing path, a glob that matches nothing', async () => {
      const dir = tempDir({ 'notes.txt': 'hello' });
      const empty = await caselint([], { cwd: dir });
      assert.strictEqual(empty.code, 2);
      assert.match(empty.stderr, /no \*\.case\.yaml or \*\.case\.yml file in this folder/);
      const missing = await caselint(['nope.case.yaml'], { cwd: dir });
      assert.strictEqual(missing.code, 2);
      assert.match(missing.stderr, /nope\.case\.yaml: no such file or folder/);
      const glob = await caselint(['**/*.case.yaml'], { cwd: dir });
      assert.strictEqual(glob.code, 2);
      assert.match(glob.stderr, /no case file matches this pattern/);
    });

    it('--max-warnings: 0 within the limit, 1 beyond it', async () => {
      const dir = tempDir({ 'a.case.yaml': broken.text });
      const asWarning = ['--rule', 'yaml-syntax=warning'];
      assert.strictEqual((await caselint(asWarning, { cwd: dir })).code, 0);
      assert.strictEqual((await caselint([...asWarning, '--max-warnings', '1'], { cwd: dir })).code, 0);
      const over = await caselint([...asWarning, '--max-warnings', '0'], { cwd: dir });
      assert.strictEqual(over.code, 1);
      assert.match(over.stderr, /too many warnings \(1; --max-warnings allows 0\)/);
    });

    it('--quiet reports errors only', async () => {
      const dir = tempDir({ 'a.case.yaml': broken.text });
      const r = await caselint(['--rule', 'yaml-syntax=warning', '--quiet', '-f', 'json'], { cwd: dir });
      assert.strictEqual(r.code, 0);
      assert.deepStrictEqual(parseJson(r.stdout), [{ file: 'a.case.yaml', diagnostics: [] }]);
    });
  });

  describe('formats', () => {
    it('json: the documented shape to the letter (fields in order, 1-based, exclusive end, sorted by path)', async () => {
      // A quantity that does not parse, at a column we know.
      const lines = CLEAN.split('\n');
      const i = lines.findIndex((l) => /^\s+dose: /.test(l));
      const col = lines[i]!.indexOf('dose: ') + 'dose: '.length;
      lines[i] = `${lines[i]!.slice(0, col)}lots`;
      const dir = tempDir({ 'z.case.yaml': CLEAN, 'b/q.case.yaml': lines.join('\n'), 'a.case.yaml': broken.text });
      const r = await caselint(['-f', 'json', '--rule', 'trial-unassessable=off'], { cwd: dir });
      assert.strictEqual(r.code, 1, r.stderr);
      const out = parseJson(r.stdout);
      assert.deepStrictEqual(
        out.map((f) => f.file),
        ['a.case.yaml', 'b/q.case.yaml', 'z.case.yaml'],
      );
      for (const f of out) assert.deepStrictEqual(Object.keys(f), ['file', 'diagnostics']);
      assert.deepStrictEqual(out[2]!.diagnostics, []);
      const q = out[1]!.diagnostics.filter((d) => d.rule === 'quantity-format');
      assert.strictEqual(q.length, 1, JSON.stringify(out[1]));
      const d = q[0]!;
      assert.deepStrictEqual(Object.keys(d), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
      assert.deepStrictEqual(
        { severity: d.severity, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn },
        { severity: 'error', line: i + 1, column: col + 1, endLine: i + 1, endColumn: col + 1 + 'lots'.length },
      );
      assert.match(d.message, /lots/);
      assert.strictEqual(out[0]!.diagnostics[0]!.line, broken.line);
    });

    it('sarif: 2.1.0 with driver rules, rule indexes and relative locations', async () => {
      const dir = tempDir({ 'sub/a.case.yaml': broken.text });
      const r = await caselint(['-f', 'sarif'], { cwd: dir });
      assert.strictEqual(r.code, 1);
      const sarif = JSON.parse(r.stdout);
      assert.strictEqual(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      const run = sarif.runs[0];
      const driver = run.tool.driver;
      assert.strictEqual(driver.name, 'caselint');
      assert.strictEqual(driver.version, JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
      assert.ok(driver.informationUri);
      assert.deepStrictEqual(driver.rules.map((x: { id: string }) => x.id), RULES.map((x) => x.meta.id));
      const ys = driver.rules.find((x: { id: string }) => x.id === 'yaml-syntax');
      assert.strictEqual(ys.defaultConfiguration.level, 'error');
      assert.ok(ys.shortDescription.text);
      assert.strictEqual(ys.helpUri, `https://github.com/caselint/caselint/blob/v${driver.version}/docs/rules/yaml-syntax.md`);
      assert.strictEqual(run.results.length, 1);
      const res = run.results[0];
      assert.strictEqual(res.ruleId, 'yaml-syntax');
      assert.strictEqual(driver.rules[res.ruleIndex].id, 'yaml-syntax');
      assert.strictEqual(res.level, 'error');
      assert.match(res.message.text, /repeated/);
      const loc = res.locations[0].physicalLocation;
      assert.strictEqual(loc.artifactLocation.uri, 'sub/a.case.yaml');
      assert.strictEqual(loc.region.startLine, broken.line);
      assert.strictEqual(loc.region.startColumn, 1);
      assert.ok(loc.region.endLine >= loc.region.startLine && loc.region.endColumn >= 1);
    });

    it('junit: well-formed XML, a failing testcase per finding, a passing one per clean file', async () => {
      const dir = tempDir({ 'a.case.yaml': broken.text, 'b.case.yaml': CLEAN });
      const r = await caselint(['-f', 'junit'], { cwd: dir });
      assert.strictEqual(r.code, 1);
      assertWellFormedXml(r.stdout);
      const suites = [...r.stdout.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/g)].map((m) => m.slice(1));
      assert.deepStrictEqual(suites, [
        ['a.case.yaml', '1', '1'],
        ['b.case.yaml', '1', '0'],
      ]);
      assert.match(r.stdout, /<failure message="[^"]*repeated[^"]*" type="error">/);
    });

    it('github: one workflow command per finding', async () => {
      const dir = tempDir({ 'x/a.case.yaml': broken.text });
      const r = await caselint(['-f', 'github'], { cwd: dir });
      assert.strictEqual(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.strictEqual(lines.length, 1);
      assert.match(lines[0]!, new RegExp(`^::error file=x/a\\.case\\.yaml,line=${broken.line},col=1,endLine=\\d+,endColumn=\\d+,title=yaml-syntax::.*repeated`));
    });

    it('-o writes the report to a file and nothing to standard output', async () => {
      const dir = tempDir({ 'a.case.yaml': broken.text });
      const r = await caselint(['-f', 'json', '-o', 'out/report.json'], { cwd: dir });
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(parseJson(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'))[0]!.file, 'a.case.yaml');
    });
  });

  describe('inputs', () => {
    it('--stdin lints standard input, named by --stdin-filename, with that file\'s configuration', async () => {
      const dir = tempDir({ 'cases/.caselintrc.yaml': 'rules:\n  yaml-syntax: warning\n' });
      const plain = await caselint(['--stdin', '-f', 'json'], { cwd: dir, input: broken.text });
      assert.strictEqual(plain.code, 1);
      assert.deepStrictEqual(parseJson(plain.stdout).map((f) => [f.file, f.diagnostics.map((d) => d.severity)]), [['<stdin>', ['error']]]);
      const named = await caselint(['--stdin', '--stdin-filename', 'cases/new.case.yaml', '-f', 'json'], { cwd: dir, input: broken.text });
      assert.strictEqual(named.code, 0, named.stderr);
      assert.deepStrictEqual(parseJson(named.stdout).map((f) => [f.file, f.diagnostics.map((d) => d.severity)]), [['cases/new.case.yaml', ['warning']]]);
    });

    it('.gitignore is honoured (patterns, negation, folders), node_modules is skipped', async () => {
      const dir = tempDir({
        '.gitignore': '# generated\nbuild/\n*.draft.case.yaml\n!keep.draft.case.yaml\n/top.case.yaml\n',
        'top.case.yaml': CLEAN,
        'sub/top.case.yaml': CLEAN,
        'build/x.case.yaml': CLEAN,
        'a.draft.case.yaml': CLEAN,
        'keep.draft.case.yaml': CLEAN,
        'node_modules/pkg/y.case.yaml': CLEAN,
        'deep/er/.gitignore': 'local.case.yml\n',
        'deep/er/local.case.yml': CLEAN,
        'deep/er/other.case.yml': CLEAN,
      });
      const r = await caselint(['-f', 'json'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.deepStrictEqual(parseJson(r.stdout).map((f) => f.file), ['deep/er/other.case.yml', 'keep.draft.case.yaml', 'sub/top.case.yaml']);
    });

    it('explicit files are linted as given; globs pick case documents, including YAML whose first key is caselint', async () => {
      const dir = tempDir({
        'docs/report.yaml': `# a case under another name\n${CLEAN.replace(/^(#.*\n)*/, '')}`,
        'docs/other.yaml': 'name: not a case\n',
        'docs/a.case.yaml': CLEAN,
        // Lone-CR line breaks after a comment, and a quoted first key, are case documents too.
        'docs/cr.yaml': `# a case with old Mac line breaks\n${CLEAN.replace(/^(#.*\n)*/, '')}`.replace(/\n/g, '\r'),
        'docs/quoted.yaml': CLEAN.replace(/^(#.*\n)*/, '').replace(/^caselint:/, '"caselint":'),
        'plain.yaml': broken.text,
      });
      const glob = await caselint(['docs/*.yaml', '-f', 'json'], { cwd: dir });
      assert.strictEqual(glob.code, 0, glob.stderr);
      assert.deepStrictEqual(parseJson(glob.stdout).map((f) => f.file), ['docs/a.case.yaml', 'docs/cr.yaml', 'docs/quoted.yaml', 'docs/report.yaml']);
      const explicit = await caselint(['plain.yaml', '-f', 'json'], { cwd: dir });
      assert.strictEqual(explicit.code, 1);
      assert.deepStrictEqual(parseJson(explicit.stdout).map((f) => f.file), ['plain.yaml']);
    });

    it('finds the nearest configuration at or above each file', async () => {
      const dir = tempDir({
        '.caselintrc.yaml': 'rules:\n  yaml-syntax: warning\n',
        'a.case.yaml': broken.text,
        'team/.caselintrc.json': '{ "rules": { "yaml-syntax": "off" } }',
        'team/b.case.yaml': broken.text,
        'team/deeper/c.case.yaml': broken.text,
      });
      const r = await caselint(['-f', 'json'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.deepStrictEqual(
        parseJson(r.stdout).map((f) => [f.file, f.diagnostics.map((d) => `${d.rule}:${d.severity}`)]),
        [
          ['a.case.yaml', ['yaml-syntax:warning']],
          ['team/b.case.yaml', []],
          ['team/deeper/c.case.yaml', []],
        ],
      );
      // -c replaces discovery; --rule merges last.
      const explicit = await caselint(['-f', 'json', '-c', 'team/.caselintrc.json', '--rule', 'yaml-syntax=hint'], { cwd: dir });
      assert.ok(parseJson(explicit.stdout).every((f) => f.diagnostics.every((d) => d.severity === 'hint')));
    });

    it('many files go through the worker pool with the same results, in path order', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 14; i++) files[`g${i % 3}/f${String(i).padStart(2, '0')}.case.yaml`] = i % 4 === 0 ? broken.text : CLEAN;
      files['g1/.caselintrc.yaml'] = 'rules:\n  yaml-syntax: info\n';
      const dir = tempDir(files);
      const r = await caselint(['-f', 'json'], { cwd: dir });
      const out = parseJson(r.stdout);
      assert.deepStrictEqual(out.map((f) => f.file), Object.keys(files).filter((f) => f.endsWith('.case.yaml')).sort());
      for (const f of out) {
        const i = Number(/f(\d+)/.exec(f.file)![1]);
        const expected = i % 4 === 0 ? [f.file.startsWith('g1/') ? 'info' : 'error'] : [];
        assert.deepStrictEqual(f.diagnostics.map((d) => d.severity), expected, f.file);
      }
      assert.strictEqual(r.code, 1);
      const single = await caselint(['-f', 'json'], { cwd: dir, env: { CASELINT_WORKERS: '0' } });
      assert.strictEqual(single.stdout, r.stdout, 'the main thread alone gives the very same report');
    });
  });

  describe('bad input: one clear finding each, and the other files are still linted', () => {
    it('unreadable, binary, over 10 MB, an alias bomb and malformed YAML', async () => {
      const bomb = ['caselint: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i <= 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
      const dir = tempDir({
        'good.case.yaml': CLEAN,
        'binary.case.yaml': Buffer.from([0x63, 0x61, 0x00, 0x01, 0x02, 0xff, 0x00, 0x0a]),
        'bomb.case.yaml': `${bomb.join('\n')}\n`,
        'malformed.case.yaml': 'caselint: 1\ntitle: [unclosed\n',
      });
      fs.symlinkSync(path.join(dir, 'nowhere.case.yaml'), path.join(dir, 'dangling.case.yaml'));
      fs.mkdirSync(path.join(dir, 'sub', 'folder.case.yaml'), { recursive: true });
      const big = fs.openSync(path.join(dir, 'huge.case.yaml'), 'w');
      fs.writeSync(big, 'caselint: 1\n');
      fs.ftruncateSync(big, 11 * 1024 * 1024); // sparse: no 11 MB written
      fs.closeSync(big);

      const r = await caselint(['.', 'sub/*.case.yaml', '-f', 'json'], { cwd: dir });
      assert.strictEqual(r.code, 1, r.stderr);
      const out = new Map(parseJson(r.stdout).map((f) => [f.file, f.diagnostics]));
      assert.deepStrictEqual([...out.keys()], [
        'binary.case.yaml',
        'bomb.case.yaml',
        'dangling.case.yaml',
        'good.case.yaml',
        'huge.case.yaml',
        'malformed.case.yaml',
        'sub/folder.case.yaml',
      ]);
      assert.deepStrictEqual(out.get('good.case.yaml'), []);
      const only = (file: string, re: RegExp): void => {
        const ds = out.get(file)!;
        assert.strictEqual(ds.length, 1, `${file}: ${JSON.stringify(ds)}`);
        assert.strictEqual(ds[0]!.rule, 'yaml-syntax');
        assert.strictEqual(ds[0]!.severity, 'error');
        assert.match(ds[0]!.message, re);
      };
      only('binary.case.yaml', /binary/);
      only('bomb.case.yaml', /aliases/);
      only('dangling.case.yaml', /^cannot read the file: ENOENT/);
      only('huge.case.yaml', /larger than 10 MB/);
      only('sub/folder.case.yaml', /^cannot read the file: EISDIR/);
      assert.deepStrictEqual(out.get('huge.case.yaml')![0]!.line, 1);
      assert.ok(out.get('malformed.case.yaml')!.some((d) => d.rule === 'yaml-syntax'), JSON.stringify(out.get('malformed.case.yaml')));
    });
  });

  describe('information', () => {
    it('--list-rules lists every rule with its default severity', async () => {
      const r = await caselint(['--list-rules'], { cwd: repoRoot });
      assert.strictEqual(r.code, 0);
      const rows = r.stdout.trimEnd().split('\n');
      assert.strictEqual(rows.length, RULES.length);
      for (const rule of RULES) {
        assert.ok(rows.some((row) => row.split(/\s+/)[0] === rule.meta.id && row.split(/\s+/)[1] === rule.meta.defaultSeverity), rule.meta.id);
      }
      const json = await caselint(['--list-rules', '-f', 'json'], { cwd: repoRoot });
      assert.deepStrictEqual(JSON.parse(json.stdout), RULES.map((x) => x.meta));
    });

    it('--explain prints the rule page without its HTML comments, then its public link; an unknown id is a usage error', async () => {
      const documented = RULES.map((x) => x.meta.id).find((id) => fs.existsSync(path.join(repoRoot, 'docs', 'rules', `${id}.md`)));
      assert.ok(documented, 'at least one rule has a page');
      const r = await caselint(['--explain', documented], { cwd: tempDir() });
      assert.strictEqual(r.code, 0);
      const page = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${documented}.md`), 'utf8');
      assert.match(page, /\n\n<!-- The lines above are generated[^\n]*-->\n\n/, 'the page has the generated marker');
      const shown = page.replace(/\n<!-- The lines above are generated[^\n]*-->/, '').replace(/\n*$/, '\n');
      assert.strictEqual(r.stdout, `${shown}\nOnline: https://github.com/caselint/caselint/blob/v${version}/docs/rules/${documented}.md\n`);
      assert.doesNotMatch(r.stdout, /<!--/);
      const bad = await caselint(['--explain', 'doi-fromat'], { cwd: repoRoot });
      assert.strictEqual(bad.code, 2);
      assert.match(bad.stderr, /did you mean doi-format\?/);
    });

    it('--print-config shows the configuration that applies to a file, every rule spelled out', async () => {
      const dir = tempDir({ 'team/.caselintrc.yaml': 'rules:\n  doi-format: off\nadequacy:\n  minimum_weeks: 8\n' });
      const r = await caselint(['--print-config', 'team/x.case.yaml', '--rule', 'dates-order=error'], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stderr);
      const config = JSON.parse(r.stdout);
      assert.strictEqual(config.rules['doi-format'], 'off');
      assert.strictEqual(config.rules['dates-order'], 'error');
      assert.strictEqual(config.rules['yaml-syntax'], 'error');
      assert.deepStrictEqual(Object.keys(config.rules).sort(), RULES.map((x) => x.meta.id).sort());
      assert.deepStrictEqual(config.adequacy, { minimum_weeks: 8 });
      const elsewhere = JSON.parse((await caselint(['--print-config', 'y.case.yaml'], { cwd: dir })).stdout);
      assert.strictEqual(elsewhere.rules['doi-format'], 'warning');
    });

    it('--version and --help', async () => {
      const v = await caselint(['--version'], { cwd: repoRoot });
      assert.strictEqual(v.stdout.trim(), JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
      const h = await caselint(['--help'], { cwd: repoRoot });
      assert.strictEqual(h.code, 0);
      for (const opt of ['--format', '--output', '--config', '--rule', '--max-warnings', '--quiet', '--stdin', '--stdin-filename', '--list-rules', '--explain', '--print-config', '--summary',
        '--fix', '--fix-dry-run', '--cache', '--cache-location', '--ignore-pattern', '--no-inline-config', '--report-unused-disable-directives',
        '--color', '--no-color', '--threads', 'caselint init']) {
        assert.ok(h.stdout.includes(opt), opt);
      }
    });

    it('--summary adds each file\'s adequacy summary', async () => {
      const dir = tempDir({ 'a.case.yaml': CLEAN });
      const r = await caselint(['--summary'], { cwd: dir });
      assert.strictEqual(r.code, 0);
      assert.match(r.stdout, /^a\.case\.yaml$/m);
      assert.match(r.stdout, /Adequate antidepressant trials: \d+ of \d+/);
      const json = parseJson((await caselint(['--summary', '-f', 'json'], { cwd: dir })).stdout) as (JsonFile & { summary?: string })[];
      assert.match(json[0]!.summary ?? '', /Adequate antidepressant trials/);
    });
  });

  it('uses colour on a terminal only when NO_COLOR is unset (in-process)', async () => {
    const dir = tempDir({ 'a.case.yaml': broken.text });
    const capture = async (env: Record<string, string>): Promise<string> => {
      let out = '';
      await run([], { cwd: dir, env, stdout: { isTTY: true, write: (s: string) => (out += s) }, stderr: { write: () => true } });
      return out;
    };
    assert.match(await capture({}), /\u001b\[31merror/);
    assert.doesNotMatch(await capture({ NO_COLOR: '1' }), /\u001b\[/);
  });
});
