import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type {
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  FoldingRange,
  Location,
  Position,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { fork } from 'child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient, SERVER_BIN, applyEdits, editsFor, pullCapabilities } from '../support/lspClient';
import { repoRoot, samplesDir } from '../support/paths';

import { CASE } from '../support/case';

export { CASE };

/** Position of the n-th occurrence of `needle` (plus `delta` characters). */
function pos(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

function rangeOf(text: string, needle: string, nth = 0): Range {
  const start = pos(text, needle, 0, nth);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

function byCode(diags: Diagnostic[], code: string): Diagnostic[] {
  return diags.filter((d) => d.code === code);
}

describe('language server (stdio)', function () {
  this.timeout(30000);
  let client: LspClient;

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  describe('diagnostics', () => {
    it('publishes a clean case with no diagnostics, with the document version', async () => {
      const uri = client.uri('clean.case.yaml');
      const wait = client.waitForDiagnostics(uri);
      client.openNoWait(uri, CASE, 7);
      const p = await wait;
      assert.strictEqual(p.version, 7);
      assert.deepStrictEqual(p.diagnostics.map((d) => `${d.code}: ${d.message}`), []);
      client.close(uri);
    });

    it('reports a repeated key at the key, with code, source, severity and its rule page URL', async () => {
      const uri = client.uri('dup.case.yaml');
      const text = CASE.replace('patient:\n', 'title: Again\npatient:\n');
      const diags = byCode(await client.open(uri, text), 'yaml-syntax');
      assert.strictEqual(diags.length, 1, JSON.stringify(diags));
      const d = diags[0]!;
      assert.deepStrictEqual(d.range.start, pos(text, 'title', 0, 1));
      assert.strictEqual(d.range.end.line, d.range.start.line);
      assert.strictEqual(d.source, 'caselint');
      assert.strictEqual(d.severity, 1);
      assert.match(String(d.message), /repeated/);
      const href = d.codeDescription?.href ?? '';
      assert.match(href, /^https:\/\/github\.com\/caselint\/caselint\/blob\/v\d+\.\d+\.\d+[^/]*\/docs\/rules\/yaml-syntax\.md$/);
      client.close(uri);
    });

    it('reports an undefined citation on the key, suggesting the nearest id in the message and in data', async () => {
      const uri = client.uri('cite.case.yaml');
      const text = CASE.replace('failed [@star-d]', 'failed [@star-dd]');
      const diags = byCode(await client.open(uri, text), 'citation-undefined');
      assert.strictEqual(diags.length, 1);
      assert.deepStrictEqual(diags[0]!.range, rangeOf(text, 'star-dd'));
      assert.match(String(diags[0]!.message), /star-d/);
      const href = diags[0]!.codeDescription?.href ?? '';
      assert.match(href, /^https:\/\/github\.com\/caselint\/caselint\/blob\/v[^/]+\/docs\/rules\/citation-undefined\.md$/);
      assert.ok(fs.existsSync(path.join(repoRoot, href.replace(/^.*\/blob\/[^/]+\//, ''))), `the rule page ${href} is in the repository`);
      const data = diags[0]!.data as { rule: string; version: number; fixes?: { title: string }[] };
      assert.strictEqual(data.rule, 'citation-undefined');
      assert.strictEqual(data.version, 1);
      assert.ok(data.fixes?.some((f) => /star-d/.test(f.title)), JSON.stringify(data));
      client.close(uri);
    });

    it('publishes again for each change, each with its version', async () => {
      const uri = client.uri('versions.case.yaml');
      assert.strictEqual((await client.open(uri, CASE)).length, 0);
      const broken = await client.change(uri, CASE.replace('title: A Test', 'title: [A Test'));
      assert.ok(byCode(broken, 'yaml-syntax').length > 0);
      const fixed = await client.change(uri, CASE);
      assert.strictEqual(fixed.length, 0);
      const versions = client.publishes.filter((p) => p.uri === uri).map((p) => p.version);
      assert.deepStrictEqual(versions, [1, 2, 3]);
      client.close(uri);
    });

    it('places findings, related information, fixes, outline, folding, hints and references of a text with a leading BOM as without it', async () => {
      // A TRD claim on two short trials: a finding with related information; a misspelt citation: a fix.
      const text = CASE.replace('failed [@star-d]', 'failed [@star-dd]')
        .replace('    status: confirmed\n', '    status: confirmed\n    treatment_resistant: true\n');
      const plain = client.uri('plain.case.yaml');
      const bom = client.uri('bom.case.yaml');
      const withoutBom = await client.open(plain, text);
      const withBom = await client.open(bom, `\uFEFF${text}`);
      assert.ok(withoutBom.some((d) => (d.relatedInformation?.length ?? 0) > 0), JSON.stringify(withoutBom));
      const sameUri = (ds: Diagnostic[], uri: string): string => JSON.stringify(ds).split(uri).join('<uri>');
      assert.strictEqual(sameUri(withBom, bom), sameUri(withoutBom, plain));
      // The quick fix lands on the misspelt key: the editor's text holds no BOM (VS Code drops it on reading).
      const actions = await client.codeActions(bom, rangeOf(text, 'star-dd'), { diagnostics: withBom });
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      assert.strictEqual(applyEdits(text, editsFor(fix.edit, bom)), text.replace('star-dd', 'star-d'));
      // Outline, folding, inlay hints and navigation agree too.
      const everything = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
      for (const [method, extra] of [
        ['textDocument/documentSymbol', {}],
        ['textDocument/foldingRange', {}],
        ['textDocument/inlayHint', { range: everything }],
        ['textDocument/references', { position: pos(text, 'id: star-d', 5), context: { includeDeclaration: true } }],
      ] as const) {
        const a = await client.request<unknown>(method, { textDocument: { uri: plain }, ...extra });
        const b = await client.request<unknown>(method, { textDocument: { uri: bom }, ...extra });
        assert.ok(JSON.stringify(a).length > 2, `${method} answers something`);
        assert.strictEqual(JSON.stringify(b).split(bom).join('<uri>'), JSON.stringify(a).split(plain).join('<uri>'), method);
      }
      client.close(plain);
      client.close(bom);
    });

    it('serves YAML files whose first key is caselint, and ignores other YAML files', async () => {
      const other = client.uri('other.yaml');
      const byKey = client.uri('notes.yaml');
      client.openNoWait(other, 'foo: [unclosed\n');
      const diags = await client.open(byKey, '# a comment\ncaselint: 1\ntitle: [unclosed\n');
      assert.ok(byCode(diags, 'yaml-syntax').length > 0);
      // Documents are linted in the order they were opened: other.yaml would have been published first.
      assert.strictEqual(client.publishes.filter((p) => p.uri === other).length, 0);
      client.close(other);
      client.close(byKey);
    });

    it('clears the diagnostics of a closed document', async () => {
      const uri = client.uri('closing.case.yaml');
      assert.ok((await client.open(uri, 'caselint: 1\ntitle: [\n')).length > 0);
      const wait = client.waitForDiagnostics(uri);
      client.close(uri);
      assert.deepStrictEqual((await wait).diagnostics, []);
    });

    it('publishes only the newest version when edits arrive faster than linting (burst of 20, 50 ms apart)', async () => {
      const uri = client.uri('burst.case.yaml');
      await client.open(uri, CASE);
      let last = 1;
      for (let i = 0; i < 20; i++) {
        // Alternate a broken and a valid document so that each version's diagnostics differ.
        last = client.changeNoWait(uri, i % 2 === 1 ? CASE.replace('title: A', `title: [A${i}`) : CASE);
        if (i < 19) await new Promise((r) => setTimeout(r, 50));
      }
      const final = await client.waitForDiagnostics(uri, last);
      assert.strictEqual(final.version, 21);
      assert.ok(byCode(final.diagnostics, 'yaml-syntax').length > 0, 'the last version (broken) is what was published');
      // A round trip: anything the server had queued before answering is now here.
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      const versions = client.publishes.filter((p) => p.uri === uri).map((p) => p.version ?? -1);
      assert.strictEqual(versions[versions.length - 1], 21, `no stale publish after the last: ${versions.join(',')}`);
      for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! > versions[i - 1]!, `versions increase: ${versions.join(',')}`);
      client.close(uri);
    });
  });

  describe('settings and configuration files', () => {
    it('turns a rule off from the editor settings, per resource', async () => {
      const uri = client.uri('settings.case.yaml');
      const text = CASE.replace('failed [@star-d]', 'failed [@nobody]');
      assert.strictEqual(byCode(await client.open(uri, text), 'citation-undefined').length, 1);
      const off = await client.changeSettings({ rules: { 'citation-undefined': 'off' } }, uri);
      assert.strictEqual(byCode(off, 'citation-undefined').length, 0);
      const again = byCode(await client.changeSettings({ rules: { 'citation-undefined': 'hint' } }, uri), 'citation-undefined');
      assert.strictEqual(again.length, 1);
      assert.strictEqual(again[0]!.severity, 4);
      await client.changeSettings({}, uri);
      client.close(uri);
    });

    it('reads the nearest .caselintrc.yaml and lints open documents again when it changes', async () => {
      const uri = client.uri('cfg/sub/rc.case.yaml');
      const text = CASE.replace('failed [@star-d]', 'failed [@nobody]');
      const rc = client.writeFile('cfg/.caselintrc.yaml', 'rules:\n  citation-undefined: off\n');
      assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watches config files');
      assert.strictEqual(byCode(await client.open(uri, text), 'citation-undefined').length, 0);
      client.writeFile('cfg/.caselintrc.yaml', 'rules:\n  citation-undefined: warning\n');
      const wait = client.waitForDiagnostics(uri, 1);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: rc, type: 2 }] });
      const after = byCode((await wait).diagnostics, 'citation-undefined');
      assert.strictEqual(after.length, 1);
      assert.strictEqual(after[0]!.severity, 2);
      client.close(uri);
    });
  });

  describe('code actions', () => {
    async function actionsAt(uri: string, text: string, needle: string): Promise<CodeAction[]> {
      const diags = await client.open(uri, text);
      const range = rangeOf(text, needle);
      return client.codeActions(uri, range, { diagnostics: diags });
    }

    it('offers the did-you-mean fix as the preferred quick fix, with its diagnostic', async () => {
      const uri = client.uri('fix.case.yaml');
      const text = CASE.replace('failed [@star-d]', 'failed [@star-dd]');
      const actions = await actionsAt(uri, text, 'star-dd');
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      assert.strictEqual(fix.kind, 'quickfix');
      assert.strictEqual(fix.diagnostics?.[0]?.code, 'citation-undefined');
      assert.strictEqual(client.applied(uri, fix.edit), CASE);
      client.close(uri);
    });

    it('disables a rule for the next line with the line indentation, and the finding goes away', async () => {
      const uri = client.uri('disable-line.case.yaml');
      const text = CASE.replace('author: lindqvist\n    body', 'author: nobody\n    body');
      const actions = await actionsAt(uri, text, 'nobody');
      const action = actions.find((a) => a.title === 'Disable author-undefined for this line');
      assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
      const expected = text.replace('    author: nobody\n', '    # caselint-disable-next-line author-undefined\n    author: nobody\n');
      const after = client.applied(uri, action.edit);
      assert.strictEqual(after, expected);
      assert.strictEqual(byCode(await client.change(uri, after), 'author-undefined').length, 0);
      client.close(uri);
    });

    it('disables a rule for the file with a directive at the top', async () => {
      const uri = client.uri('disable-file.case.yaml');
      const text = CASE.replace('author: lindqvist\n    body', 'author: nobody\n    body');
      const actions = await actionsAt(uri, text, 'nobody');
      const action = actions.find((a) => a.title === 'Disable author-undefined for this file');
      assert.ok(action);
      const after = client.applied(uri, action.edit);
      assert.strictEqual(after, `# caselint-disable author-undefined\n${text}`);
      assert.strictEqual(byCode(await client.change(uri, after), 'author-undefined').length, 0);
      client.close(uri);
    });

    it('offers no disable action for yaml-syntax (directives cannot silence it)', async () => {
      const uri = client.uri('nodisable.case.yaml');
      const text = CASE.replace('patient:\n', 'title: Again\npatient:\n');
      const actions = await actionsAt(uri, text, 'title: Again');
      assert.ok(!actions.some((a) => /Disable yaml-syntax/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
      client.close(uri);
    });

    it('source.fixAll.caselint applies every safe fix at once', async () => {
      const uri = client.uri('fixall.case.yaml');
      const text = CASE.replace('duration: 12 weeks', 'duration: 12weeks').replace('dose: 150 mg/day', 'dose: 150mg/day');
      const diags = await client.open(uri, text);
      assert.strictEqual(byCode(diags, 'quantity-format').length, 2, JSON.stringify(diags));
      const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { only: ['source.fixAll'] });
      assert.strictEqual(actions.length, 1, JSON.stringify(actions));
      assert.strictEqual(actions[0]!.kind, 'source.fixAll.caselint');
      assert.strictEqual(client.applied(uri, actions[0]!.edit), CASE);
      client.close(uri);
    });

    it('a fix that places the selection carries the caselint.selectRange command with a range in the new text', async () => {
      const uri = client.uri('select.case.yaml');
      const text = CASE.replace('deidentification:\n  statement: Details that could identify the patient have been changed.\n  consent: obtained\n', '');
      const diags = byCode(await client.open(uri, text), 'deidentification-missing');
      assert.strictEqual(diags.length, 1);
      const actions = await client.codeActions(uri, diags[0]!.range, { diagnostics: diags });
      const add = actions.find((a) => a.command?.command === 'caselint.selectRange');
      assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
      const after = client.applied(uri, add.edit);
      assert.match(after, /\ndeidentification:\n  statement: /);
      const [argUri, range] = add.command!.arguments as [string, Range];
      assert.strictEqual(argUri, uri);
      const line = after.split('\n')[range.start.line] ?? '';
      assert.strictEqual(range.end.line, range.start.line);
      assert.strictEqual(line.slice(0, range.start.character), '  statement: ', 'the selection starts at the statement text');
      assert.ok(range.end.character > range.start.character);
      client.close(uri);
    });

    it('offers the canonical spelling of a value accepted in any case, with no diagnostic', async () => {
      const uri = client.uri('spelling.case.yaml');
      const sample = fs.readFileSync(path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml'), 'utf8');
      const text = sample.replace('class: SSRI', 'class: ssri').replace('route: intramuscular', 'route: IM');
      const diags = await client.open(uri, text);
      assert.deepStrictEqual(diags.filter((d) => d.code === 'schema'), [], 'both spellings are accepted');
      for (const [needle, canonical, fixed] of [['ssri', 'SSRI', 'class: SSRI'], ['IM', 'intramuscular', 'route: intramuscular']] as const) {
        const actions = await client.codeActions(uri, rangeOf(text, needle === 'IM' ? 'route: IM' : needle));
        const write = actions.find((a) => a.title === `Write "${canonical}"`);
        assert.ok(write, `${needle}: ${actions.map((a) => a.title).join(', ')}`);
        const after = applyEdits(text, editsFor(write.edit!, uri));
        assert.ok(after.includes(fixed) && after.length === text.length - needle.length + canonical.length, needle);
      }
      client.close(uri);
    });

    it('uses versioned documentChanges', async () => {
      const uri = client.uri('versioned.case.yaml');
      const text = CASE.replace('failed [@star-d]', 'failed [@star-dd]');
      await client.open(uri, text, 5);
      const actions = await client.codeActions(uri, rangeOf(text, 'star-dd'));
      const edit = actions[0]?.edit as WorkspaceEdit;
      const dc = edit.documentChanges?.[0] as { textDocument: { uri: string; version: number } };
      assert.deepStrictEqual(dc.textDocument, { uri, version: 5 });
      client.close(uri);
    });
  });

  describe('navigation', () => {
    let uri: string;
    before(async () => {
      uri = client.uri('nav.case.yaml');
      await client.open(uri, CASE);
    });
    after(() => client.close(uri));

    it('goes from a citation to its reference', async () => {
      const locs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: pos(CASE, '@star-d', 3) });
      assert.deepStrictEqual(locs, [{ uri, range: rangeOf(CASE, 'star-d', 2) }]);
    });

    it('goes from a perspective author to the author', async () => {
      const locs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: pos(CASE, 'author: lindqvist', 10) });
      assert.deepStrictEqual(locs, [{ uri, range: rangeOf(CASE, 'lindqvist') }]);
    });

    it('finds every use of a reference, with or without the definition', async () => {
      const position = pos(CASE, 'id: star-d', 5);
      const all = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
      assert.deepStrictEqual(all.map((l) => l.range), [rangeOf(CASE, 'star-d', 0), rangeOf(CASE, 'star-d', 1), rangeOf(CASE, 'star-d', 2)]);
      const uses = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
      assert.strictEqual(uses.length, 2);
    });

    it('renames an affiliation id everywhere, including its definition', async () => {
      const position = pos(CASE, 'dcrp', 1);
      const prep = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position });
      assert.deepStrictEqual(prep, { range: rangeOf(CASE, 'dcrp'), placeholder: 'dcrp' });
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position, newName: 'clinic' });
      assert.strictEqual(editsFor(edit, uri).length, 3);
      assert.strictEqual(client.applied(uri, edit), CASE.split('dcrp').join('clinic'));
    });

    it('renames a citation key in the prose and in references', async () => {
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: pos(CASE, '@star-d', 2), newName: 'rush-2006' });
      assert.strictEqual(client.applied(uri, edit), CASE.split('star-d').join('rush-2006'));
    });

    it('rejects an invalid new name and a name already taken, and positions that name nothing', async () => {
      const position = pos(CASE, 'id: okafor', 5);
      await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Bad Name' }), /not a valid author id/);
      await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'lindqvist' }), /already exists/);
      await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: pos(CASE, 'abstract') }), /can be renamed/);
    });

    it('outlines the document: title, patient, diagnoses, trials, perspectives by label, references', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const names = symbols.map((s) => s.name);
      assert.deepStrictEqual(names, [
        'A Test Case of Treatment-Resistant Depression', 'Patient', 'Diagnoses', 'Treatment history', 'Perspectives', 'Integrative discussion', 'References',
      ]);
      const child = (name: string): string[] => (symbols.find((s) => s.name === name)?.children ?? []).map((c) => c.name);
      assert.deepStrictEqual(child('Diagnoses'), ['major depressive disorder']);
      assert.match(child('Treatment history')[0] ?? '', /^sertraline 150 mg\/day (x|×) 12 weeks/);
      assert.deepStrictEqual(child('Perspectives'), ['Psychodynamic Perspective', 'Cognitive Behavioral Therapy Perspective']);
      assert.deepStrictEqual(child('References'), ['star-d']);
      const patient = symbols.find((s) => s.name === 'Patient')!;
      assert.deepStrictEqual(patient.selectionRange, rangeOf(CASE, 'patient'));
      assert.strictEqual(patient.range.end.line, pos(CASE, 'sex: male').line);
    });

    it('folds maps, lists and block scalars of more than one line', async () => {
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
      const has = (start: string, end: string, nth = 0): boolean =>
        ranges.some((r) => r.startLine === pos(CASE, start, 0, nth).line && r.endLine === pos(CASE, end, 0, nth).line);
      assert.ok(has('authors:', 'affiliations: [dcrp]', 0) || has('authors:', 'affiliations: [dcrp]\naffiliations', 0), JSON.stringify(ranges));
      assert.ok(has('patient:', 'sex: male'));
      assert.ok(has('- id: okafor', 'email: maya'));
      const body = pos(CASE, 'body: |', 0, 1).line;
      assert.ok(ranges.some((r) => r.startLine === body && r.endLine === pos(CASE, 'So would activity').line), 'a two-line block scalar folds');
      assert.ok(!ranges.some((r) => r.startLine === pos(CASE, 'abstract').line), 'a one-line block scalar does not fold');
    });
  });

  describe('pull diagnostics', () => {
    let pull: LspClient;
    before(async () => {
      pull = await LspClient.start({ capabilities: pullCapabilities() });
    });
    after(async () => {
      await pull?.stop();
    });

    it('answers textDocument/diagnostic and does not push', async () => {
      assert.ok(pull.initializeResult.capabilities.diagnosticProvider, 'advertises pull diagnostics');
      const uri = pull.uri('pull.case.yaml');
      const text = CASE.replace('failed [@star-d]', 'failed [@star-dd]');
      pull.openNoWait(uri, text);
      const report = await pull.request<DocumentDiagnosticReport & { items: Diagnostic[]; resultId: string }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.strictEqual(report.kind, 'full');
      assert.deepStrictEqual(byCode(report.items, 'citation-undefined').map((d) => d.range), [rangeOf(text, 'star-dd')]);
      const again = await pull.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.strictEqual(again.kind, 'unchanged');
      pull.changeNoWait(uri, CASE);
      const changed = await pull.request<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.strictEqual(changed.kind, 'full');
      assert.deepStrictEqual(changed.items, []);
      await pull.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.strictEqual(pull.publishes.length, 0);
    });

    it('asks the client to pull again when the settings change', async () => {
      const before = pull.refreshes;
      pull.notify('workspace/didChangeConfiguration', { settings: { caselint: {} } });
      await pull.request('textDocument/documentSymbol', { textDocument: { uri: pull.uri('pull.case.yaml') } });
      await new Promise<void>((resolve) => {
        const check = (): void => (pull.refreshes > before ? resolve() : void setImmediate(check));
        check();
      });
      assert.ok(pull.refreshes > before);
    });
  });

  describe('adequacy in the editor', () => {
    const TWO = CASE.replace('    outcome: partial response\n', `    outcome: partial response
  - drug: duloxetine
    dose: 60 mg/day
    duration: 3 weeks
    outcome: no response
`);

    it('shows an inlay hint after each trial duration: adequate, or why not', async () => {
      const uri = client.uri('hints.case.yaml');
      await client.open(uri, TWO);
      const hints = await client.request<{ position: Position; label: string }[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } },
      });
      const end12 = pos(TWO, '12 weeks', 8);
      const end3 = pos(TWO, '3 weeks', 7);
      assert.deepStrictEqual(hints.map((h) => h.position), [end12, end3]);
      assert.strictEqual(hints[0]!.label, 'adequate');
      assert.match(String(hints[1]!.label), /3 weeks? < 6 weeks/);
      const none = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } } });
      assert.deepStrictEqual(none, [], 'only hints inside the requested range');
      client.close(uri);
    });

    it('puts the hint after the period when the duration is derived from it', async () => {
      const uri = client.uri('hints-period.case.yaml');
      const text = TWO.replace('    duration: 3 weeks\n', '    period: 2021-07/2021-08\n');
      await client.open(uri, text);
      const hints = await client.request<{ position: Position; label: string }[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } },
      });
      const endPeriod = pos(text, '2021-07/2021-08', 15);
      const hint = hints.find((h) => h.position.line === endPeriod.line);
      assert.ok(hint, JSON.stringify(hints));
      assert.deepStrictEqual(hint.position, endPeriod);
      assert.match(String(hint.label), /< 6 weeks/);
      client.close(uri);
    });

    it('shows a code lens on treatment_history counting adequate trials, unless the setting turns it off', async () => {
      const uri = client.uri('lens.case.yaml');
      await client.open(uri, TWO);
      const lenses = await client.request<{ range: Range; command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.strictEqual(lenses.length, 1);
      assert.deepStrictEqual(lenses[0]!.range, rangeOf(TWO, 'treatment_history'));
      assert.match(lenses[0]!.command?.title ?? '', /^1 adequate trial( · .*)?$/);
      await client.changeSettings({ codeLens: false, inlayHints: false }, uri);
      assert.deepStrictEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
      assert.deepStrictEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } }), []);
      await client.changeSettings({}, uri);
      client.close(uri);
    });

    it('answers caselint/adequacySummary for an open document', async () => {
      const uri = client.uri('summary.case.yaml');
      await client.open(uri, TWO);
      const summary = await client.request<{ adequateCount: number; trials: { label: string; status: string }[] }>('caselint/adequacySummary', { uri });
      assert.strictEqual(summary.adequateCount, 1);
      assert.deepStrictEqual(summary.trials.map((t) => t.status), ['adequate', 'inadequate']);
      assert.strictEqual(await client.request('caselint/adequacySummary', { uri: client.uri('nothing-here.case.yaml') }), null);
      client.close(uri);
    });
  });

  describe('custom requests', () => {
    it('caselint/lintFiles lints files that are not open, per uri', async () => {
      const bad = client.writeFile('ws/a.case.yaml', CASE.replace('failed [@star-d]', 'failed [@star-dd]'));
      const good = client.writeFile('ws/b.case.yaml', CASE);
      const notCase = client.writeFile('ws/c.yaml', 'foo: 1\n');
      const missing = client.uri('ws/missing.case.yaml');
      const r = await client.request<{ files: { uri: string; diagnostics: Diagnostic[]; skipped?: boolean; error?: string }[] }>('caselint/lintFiles', { uris: [bad, good, notCase, missing] });
      assert.deepStrictEqual(r.files.map((f) => f.uri), [bad, good, notCase, missing]);
      assert.deepStrictEqual(r.files[0]!.diagnostics.map((d) => d.code), ['citation-undefined']);
      assert.deepStrictEqual(r.files[1]!.diagnostics, []);
      assert.strictEqual(r.files[2]!.skipped, true);
      assert.match(r.files[3]!.error ?? '', /ENOENT|could not be read/);
    });
  });

  describe('transports', () => {
    it('also speaks over --node-ipc', async () => {
      const child = fork(SERVER_BIN, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
      try {
        conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
        const published = new Promise<PublishDiagnosticsParams>((resolve) => conn.onNotification('textDocument/publishDiagnostics', resolve));
        conn.listen();
        const init = await conn.sendRequest<{ capabilities: { hoverProvider?: boolean } }>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
        assert.strictEqual(init.capabilities.hoverProvider, true);
        void conn.sendNotification('initialized', {});
        void conn.sendNotification('textDocument/didOpen', { textDocument: { uri: client.uri('ipc.case.yaml'), languageId: 'yaml', version: 4, text: 'caselint: 1\ntitle: [\n' } });
        const p = await published;
        assert.strictEqual(p.version, 4);
        assert.ok(p.diagnostics.some((d) => d.code === 'yaml-syntax'));
        await conn.sendRequest('shutdown');
        void conn.sendNotification('exit');
      } finally {
        conn.dispose();
        await new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          const t = setTimeout(() => { child.kill(); resolve(); }, 2000);
          child.once('exit', () => { clearTimeout(t); resolve(); });
        });
      }
    });
  });

  describe('robustness', () => {
    it('survives bad requests and notifications, and still answers for other documents', async () => {
      const uri = client.uri('robust.case.yaml');
      await client.open(uri, CASE);
      // Requests about positions past the end, unopened documents and malformed params.
      assert.strictEqual(await client.hover(uri, { line: 9999, character: 9999 }), null);
      assert.strictEqual(await client.hover(client.uri('never-opened.case.yaml'), { line: 0, character: 0 }), null);
      assert.strictEqual(await client.request('textDocument/hover', {}), null);
      assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: 42 }), []);
      assert.deepStrictEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: -5, character: -1 }, end: { line: 1e9, character: 0 } }, context: {} }), []);
      await assert.rejects(client.request('caselint/noSuchMethod', {}), /Unhandled method|not found/i);
      client.notify('textDocument/didChange', { nonsense: true });
      client.notify('textDocument/didChange', { textDocument: { uri: client.uri('never-opened.case.yaml'), version: 2 }, contentChanges: [{ text: 'x' }] });
      client.notify('textDocument/didOpen', { textDocument: null });
      client.notify('workspace/didChangeWatchedFiles', { changes: 'no' });
      // The server still lints and answers.
      const diags = await client.change(uri, CASE.replace('failed [@star-d]', 'failed [@star-dd]'));
      assert.strictEqual(byCode(diags, 'citation-undefined').length, 1);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0);
      assert.ok(!client.hasExited);
      client.close(uri);
    });

    it('handles a document that does not parse at all, in every request', async () => {
      const uri = client.uri('garbage.case.yaml');
      const text = '\t- : : [\n  {{{\n"unterminated\n';
      const diags = await client.open(uri, text);
      assert.ok(byCode(diags, 'yaml-syntax').length > 0);
      for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens']) {
        const r = await client.request<unknown[]>(method, { textDocument: { uri } });
        assert.ok(Array.isArray(r), method);
      }
      await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } });
      await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } });
      client.close(uri);
    });

    it('refuses a document over 10 MB with one diagnostic on the first line, and keeps serving', async () => {
      const uri = client.uri('huge.case.yaml');
      const text = `caselint: 1\nabstract: |\n${'  filler text for a very large document\n'.repeat(Math.ceil((10.5 * 1024 * 1024) / 40))}`;
      const diags = await client.open(uri, text);
      assert.strictEqual(diags.length, 1);
      assert.strictEqual(diags[0]!.range.start.line, 0);
      assert.match(String(diags[0]!.message), /larger than 10 MB/);
      assert.ok(Array.isArray(await client.request('textDocument/foldingRange', { textDocument: { uri } })));
      client.close(uri);
      const small = client.uri('after-huge.case.yaml');
      assert.deepStrictEqual(await client.open(small, CASE), []);
      client.close(small);
    });
  });
});
