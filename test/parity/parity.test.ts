/**
 * The promise of caselint: the editor and CI give the same findings for the
 * same file. Every sample and fixture (and a file with a BOM, one with CRLF
 * line endings, one beside a broken configuration) is linted by the built
 * command line (`--format json`, one run) and by the language server (one
 * process, documents opened in batches), and the findings must be equal.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { caselint, ensureBuilt, parseJson, tempDir, type JsonFile } from '../cli/harness';
import { LspClient } from '../support/lspClient';
import { fixturesDir, repoRoot, samplesDir } from '../support/paths';

/** One finding in one form: 0-based positions, end exclusive. */
interface Found {
  rule: string;
  severity: string;
  message: string;
  start: [number, number];
  end: [number, number];
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

const BATCH = 25;

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []))
    .sort();
}

function sorted(found: Found[]): Found[] {
  return found.map((f) => ({ ...f, key: JSON.stringify(f) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ key: _key, ...f }) => f);
}

function fromCli(d: JsonFile['diagnostics'][number]): Found {
  return { rule: d.rule, severity: d.severity, message: d.message, start: [d.line - 1, d.column - 1], end: [d.endLine - 1, d.endColumn - 1] };
}

function fromLsp(d: Diagnostic): Found {
  return {
    rule: String(d.code),
    severity: SEVERITY[d.severity ?? 0] ?? String(d.severity),
    message: String(d.message),
    start: [d.range.start.line, d.range.start.character],
    end: [d.range.end.line, d.range.end.character],
  };
}

/** Open `files` in the server (in batches) and collect each one's first published diagnostics. */
async function throughServer(client: LspClient, files: readonly string[]): Promise<Map<string, Found[]>> {
  const out = new Map<string, Found[]>();
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const opened = batch.map((file) => {
      const uri = pathToFileURL(file).toString();
      const wait = client.waitForDiagnostics(uri, 1, 30000);
      client.openNoWait(uri, fs.readFileSync(file, 'utf8'), 1, 'yaml');
      return wait.then((p) => [file, p.diagnostics] as const);
    });
    for (const [file, diagnostics] of await Promise.all(opened)) {
      out.set(file, sorted(diagnostics.map(fromLsp)));
      client.close(pathToFileURL(file).toString());
    }
  }
  return out;
}

describe('parity: the command line and the language server find the same', function () {
  this.timeout(120000);
  let client: LspClient;
  before(async () => {
    ensureBuilt();
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('for every sample and fixture, a BOM, CRLF line endings, and a case beside a broken configuration', async () => {
    const problems = fs.readFileSync(path.join(samplesDir, 'broken', 'cross-talk-problems.case.yaml'), 'utf8');
    const clean = fs.readFileSync(path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml'), 'utf8');
    const beside = clean.replace('[@gaynes-2020]', '[@nobody-1999]');
    const tmp = tempDir({
      'bom.case.yaml': `\uFEFF${problems}`,
      'crlf.case.yaml': problems.replace(/\r?\n/g, '\r\n'),
      'defaults/beside.case.yaml': beside,
      'broken/beside.case.yaml': beside,
      // The valid part would turn citation-undefined off; line 3 names a rule that does not exist.
      'broken/.caselintrc.yaml': 'rules:\n  citation-undefined: off\n  no-such-rule: error\n',
    });
    const own = ['bom.case.yaml', 'crlf.case.yaml', 'defaults/beside.case.yaml'].map((f) => path.join(tmp, f));
    const files = [...filesUnder(samplesDir), ...filesUnder(fixturesDir), ...own];
    assert.ok(files.length > 100, `only ${files.length} files`);

    // The command line: one run over every file.
    const cli = await caselint(['-f', 'json', ...files], { cwd: repoRoot });
    assert.strictEqual(cli.code, 1, cli.stderr);
    assert.strictEqual(cli.stderr, '');
    const byCli = new Map(parseJson(cli.stdout).map((f) => [path.resolve(repoRoot, f.file), sorted(f.diagnostics.map(fromCli))]));
    assert.deepStrictEqual([...byCli.keys()].sort(), [...files].sort());

    const byServer = await throughServer(client, files);
    const shown = (m: Map<string, Found[]>): Record<string, Found[]> =>
      Object.fromEntries(files.map((f) => [path.relative(repoRoot, f), m.get(f) ?? []]));
    assert.deepStrictEqual(shown(byServer), shown(byCli));

    const total = [...byCli.values()].reduce((n, f) => n + f.length, 0);
    assert.ok(total > 150, `only ${total} findings: the comparison would prove little`);
    // The BOM shifts no column, and CRLF no position: both match the plain file.
    const plain = byCli.get(path.join(samplesDir, 'broken', 'cross-talk-problems.case.yaml'));
    assert.ok(plain && plain.length > 0);
    assert.deepStrictEqual(byCli.get(own[0]!), plain);
    assert.deepStrictEqual(byCli.get(own[1]!), plain);

    // Beside a broken configuration: the command line refuses (exit 2) and prints the problem ...
    const refused = await caselint(['-f', 'json', 'broken/beside.case.yaml'], { cwd: tmp });
    assert.strictEqual(refused.code, 2);
    assert.strictEqual(refused.stdout, '');
    const lines = refused.stderr.trimEnd().split('\n');
    assert.strictEqual(lines.pop(), 'caselint: the configuration has a problem; nothing was linted');
    const cliProblems = lines.map((l) => /^broken\/\.caselintrc\.yaml:(\d+):(\d+): (.*)$/.exec(l)).map((m) => {
      assert.ok(m, refused.stderr);
      return { line: Number(m[1]), column: Number(m[2]), message: m[3] ?? '' };
    });
    assert.strictEqual(cliProblems.length, 1);
    assert.match(cliProblems[0]!.message, /no-such-rule/);

    // ... and the server puts the same problem, at the same place, on the configuration file, and lints
    // the case with the defaults (what the command line finds for the same text without a configuration).
    const rcUri = pathToFileURL(path.join(tmp, 'broken', '.caselintrc.yaml')).toString();
    const onRc = client.waitForDiagnostics(rcUri);
    const [onCase] = [...(await throughServer(client, [path.join(tmp, 'broken', 'beside.case.yaml')])).values()];
    const rc = (await onRc).diagnostics;
    assert.deepStrictEqual(
      rc.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: String(d.message) })),
      cliProblems,
    );
    assert.deepStrictEqual(onCase, byCli.get(own[2]!));
    assert.ok(onCase!.some((f) => f.rule === 'citation-undefined'), 'the defaults, not the valid part of the file');
  });
});
