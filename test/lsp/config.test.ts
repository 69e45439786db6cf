import * as assert from 'assert';
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import type { Diagnostic, DocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CLEAN } from '../cli/harness';
import { LspClient, pullCapabilities } from '../support/lspClient';

/** The clean sample with one unknown citation: one citation-undefined finding by default. */
const CASE = CLEAN.replace('[@gaynes-2020]', '[@nobody-1999]');
/** Turns citation-undefined off (valid), and names a rule that does not exist (a problem on line 3). */
const BROKEN = 'rules:\n  citation-undefined: off\n  no-such-rule: error\n';
const FIXED = 'rules:\n  citation-undefined: off\n';

const citations = (ds: Diagnostic[]): number => ds.filter((d) => d.code === 'citation-undefined').length;

/** Resolves with the first publish for `uri` that satisfies `ok` (already received or still to come). */
function publishFor(client: LspClient, uri: string, ok: (p: PublishDiagnosticsParams) => boolean, from = 0): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10000;
    const look = (): void => {
      const hit = client.publishes.slice(from).find((p) => p.uri === uri && ok(p));
      if (hit) return resolve(hit);
      if (Date.now() > deadline) return reject(new Error(`no matching publish for ${uri}`));
      client.waitForDiagnostics(uri, undefined, Math.max(1, deadline - Date.now())).then(look, look);
    };
    look();
  });
}

describe('language server: a configuration file with problems', () => {
  let client: LspClient;
  beforeEach(async () => {
    client = await LspClient.start();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('publishes the problems on the file, warns once per change, says so in the status, lints with the defaults, and clears when fixed', async () => {
    const rc = client.writeFile('team/.caselintrc.yaml', BROKEN);
    const a = client.uri('team/a.case.yaml');
    const b = client.uri('team/sub/b.case.yaml');

    const onRc = publishFor(client, rc, (p) => p.diagnostics.length > 0);
    const diagsA = await client.open(a, CASE);
    assert.strictEqual(citations(diagsA), 1, 'the defaults: citation-undefined is on (the valid part turns it off)');
    const rcDiags = (await onRc).diagnostics;
    assert.strictEqual(rcDiags.length, 1);
    assert.deepStrictEqual(rcDiags[0]!.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 14 } });
    assert.strictEqual(rcDiags[0]!.source, 'caselint');
    assert.strictEqual(rcDiags[0]!.severity, 1);
    assert.match(String(rcDiags[0]!.message), /no-such-rule/);

    // Another document under the same file, and edits: no second warning, no second publish on the file.
    assert.strictEqual(citations(await client.open(b, CASE)), 1);
    await client.change(a, `${CASE}\n`);
    await client.change(a, `${CASE}\n\n`);
    const warnings = (): string[] => client.shown.filter((m) => m.type === 2).map((m) => m.message);
    assert.strictEqual(warnings().length, 1, warnings().join('\n'));
    // Named and worded as the command line prints it: file:line:column: message.
    assert.ok(warnings()[0]!.startsWith(`caselint: ${fileURLToPath(rc)}:3:3: ${String(rcDiags[0]!.message)}. `), warnings()[0]);
    assert.match(warnings()[0]!, /Case reports are linted with the defaults until this configuration file is fixed\.$/);
    assert.strictEqual(client.publishes.filter((p) => p.uri === rc).length, 1);
    assert.deepStrictEqual(client.configStatuses.filter((s) => s.uri === a), [{ uri: a, configUri: rc, problemCount: 1 }]);
    assert.deepStrictEqual(client.configStatuses.filter((s) => s.uri === b), [{ uri: b, configUri: rc, problemCount: 1 }]);

    // The file changes and is still broken, differently: one more warning, the new problems.
    const before = client.publishes.length;
    client.writeFile('team/.caselintrc.yaml', `${BROKEN}  other-rule: off\n`);
    const again = publishFor(client, rc, (p) => p.diagnostics.length === 2, before);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: rc, type: 2 }] });
    await again;
    await client.waitForDiagnostics(a, client.version(a));
    assert.strictEqual(warnings().length, 2);
    assert.match(warnings()[1]!, /:3:3: .* \(and 1 more\)\. /);

    // Fixed: the file's diagnostics are cleared, the documents use it, the status names it without problems.
    const cleared = publishFor(client, rc, (p) => p.diagnostics.length === 0, client.publishes.length);
    const relinted = client.waitForDiagnostics(a, client.version(a));
    client.writeFile('team/.caselintrc.yaml', FIXED);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: rc, type: 2 }] });
    await cleared;
    assert.strictEqual(citations((await relinted).diagnostics), 0, 'the fixed file applies: citation-undefined off');
    assert.deepStrictEqual(client.configStatuses.filter((s) => s.uri === a).pop(), { uri: a, configUri: rc, problemCount: 0 });
    assert.strictEqual(warnings().length, 2, 'no warning for a fixed file');
  });

  it('clears the diagnostics of a broken file that is deleted, and the status says no file applies', async () => {
    const rc = client.writeFile('gone/.caselintrc.yaml', BROKEN);
    const a = client.uri('gone/a.case.yaml');
    const onRc = publishFor(client, rc, (p) => p.diagnostics.length > 0);
    await client.open(a, CASE);
    await onRc;
    fs.rmSync(new URL(rc));
    const cleared = publishFor(client, rc, (p) => p.diagnostics.length === 0, client.publishes.length);
    const relinted = client.waitForDiagnostics(a, 1);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: rc, type: 3 }] });
    await cleared;
    await relinted;
    assert.deepStrictEqual(client.configStatuses.filter((s) => s.uri === a).pop(), { uri: a, configUri: null, problemCount: 0 });
  });

  it('pushes the file\'s diagnostics to a client that pulls the documents\'', async () => {
    await client.stop();
    client = await LspClient.start({ capabilities: pullCapabilities() });
    const rc = client.writeFile('.caselintrc.yaml', BROKEN);
    const a = client.uri('a.case.yaml');
    const onRc = publishFor(client, rc, (p) => p.diagnostics.length > 0);
    client.openNoWait(a, CASE);
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: a } });
    assert.ok(report.kind === 'full');
    assert.strictEqual(citations(report.items), 1);
    assert.match(String((await onRc).diagnostics[0]!.message), /no-such-rule/);
    assert.ok(!client.publishes.some((p) => p.uri === a), 'documents are not pushed in pull mode');
    assert.deepStrictEqual(client.configStatuses, [{ uri: a, configUri: rc, problemCount: 1 }]);
  });
});
