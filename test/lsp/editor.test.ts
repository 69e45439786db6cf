import * as assert from 'assert';
import type { CodeAction, Diagnostic, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { CreateConfigResult, StatusView } from '../../server/src/protocol';
import { lint, parseConfigText, RULES } from '../../server/src/core';
import { CASE } from '../support/case';
import { LspClient } from '../support/lspClient';

function rangeOf(text: string, needle: string): Range {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at).split('\n');
  const start = { line: before.length - 1, character: before[before.length - 1]!.length };
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

const PHI = CASE.replace('Thought records would help.', 'Call him at (617) 555-0142 on March 14, 2021.');

describe('editor features over LSP (status, redaction, disable with a reason, init)', function () {
  this.timeout(30000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ initializationOptions: { disableLineWithReason: true } });
  });
  after(async () => {
    await client?.stop();
  });

  async function actionsAt(uri: string, text: string, needle: string, only?: string[]): Promise<{ actions: CodeAction[]; diags: Diagnostic[] }> {
    const diags = await client.open(uri, text);
    const actions = await client.codeActions(uri, rangeOf(text, needle), only ? { only } : { diagnostics: diags });
    return { actions, diags };
  }

  it('offers "Replace with a generic description" first on a phone number, and it removes the number', async () => {
    const uri = client.uri('redact.case.yaml');
    const { actions } = await actionsAt(uri, PHI, '555-0142');
    const first = actions[0]!;
    assert.strictEqual(first.title, 'Replace with a generic description');
    assert.strictEqual(first.isPreferred, true);
    assert.ok(client.applied(uri, first.edit).includes('Call him at [phone removed] on'), client.applied(uri, first.edit));
    client.close(uri);
  });

  it('"Redact all identifiers in this file" is a source action that replaces every identifier', async () => {
    const uri = client.uri('redact-all.case.yaml');
    const { actions } = await actionsAt(uri, PHI, 'caselint: 1', ['source']);
    const redact = actions.find((a) => a.kind === 'source.redact.caselint');
    assert.ok(redact, JSON.stringify(actions.map((a) => a.kind)));
    assert.strictEqual(redact.title, 'Redact all identifiers in this file (2)');
    const after = client.applied(uri, redact.edit);
    assert.ok(after.includes('Call him at [phone removed] on 2021.'), after);
    assert.deepStrictEqual((await client.change(uri, after)).filter((d) => String(d.code).startsWith('phi-')), []);
    client.close(uri);
  });

  it('"Disable <rule> for this line…" asks the client for a reason, and caselint/disableLine writes it after --', async () => {
    const uri = client.uri('disable-reason.case.yaml');
    const text = CASE.replace('outcome: partial response', 'outcome: partial response, call (617) 555-0142');
    const { actions } = await actionsAt(uri, text, '555-0142');
    const action = actions.find((a) => a.title === 'Disable phi-contact for this line…');
    assert.ok(action?.command, JSON.stringify(actions.map((a) => a.title)));
    assert.strictEqual(action.command.command, 'caselint.disableLineWithReason');
    const [argUri, line, rule] = action.command.arguments as [string, number, string];
    const edit = await client.request<WorkspaceEdit | null>('caselint/disableLine', { uri: argUri, line, rule, reason: 'invented test number' });
    const after = client.applied(uri, edit ?? undefined);
    assert.ok(after.includes('    # caselint-disable-next-line phi-contact -- invented test number\n    outcome: partial response, call'), after);
    const diags = await client.change(uri, after);
    assert.deepStrictEqual(diags.filter((d) => d.code === 'phi-contact'), []);
    assert.strictEqual(await client.request('caselint/disableLine', { uri, line: 1e9, rule: 'phi-contact' }), null);
    assert.strictEqual(await client.request('caselint/disableLine', { uri, line, rule: 'yaml-syntax' }), null);
    client.close(uri);
  });

  it('caselint/status counts rules on from the configuration file and the settings, and problems by severity', async () => {
    const uri = client.uri('st/status.case.yaml');
    client.writeFile('st/.caselintrc.yaml', 'rules:\n  reference-order: off\n  doi-format: off\n');
    await client.open(uri, PHI);
    const status = await client.request<StatusView>('caselint/status', { uri });
    assert.strictEqual(status.rulesTotal, RULES.length);
    assert.strictEqual(status.rulesOn, RULES.length - 2);
    assert.deepStrictEqual(status.rulesOff, ['doi-format', 'reference-order']);
    assert.ok(status.configFile?.endsWith('.caselintrc.yaml'));
    assert.strictEqual(status.configBroken, undefined);
    assert.deepStrictEqual(status.counts, { error: 1, warning: 1, info: 0, hint: 0 });
    assert.ok(status.lastLintMs >= 0);
    assert.strictEqual(await client.request('caselint/status', { uri: client.uri('not-open.case.yaml') }), null);
    client.close(uri);
  });

  it('caselint/status says when the configuration file is broken, with its first problem', async () => {
    const uri = client.uri('broken/status.case.yaml');
    client.writeFile('broken/.caselintrc.yaml', 'rules:\n  reference-order: [\n');
    await client.open(uri, CASE);
    const status = await client.request<StatusView>('caselint/status', { uri });
    assert.match(status.configBroken ?? '', /^line \d+: /);
    assert.strictEqual(status.rulesOn, RULES.length);
    client.close(uri);
  });

  it('caselint/createConfig gives the commented default .caselintrc.yaml, which parses and changes nothing', async () => {
    const result = await client.request<CreateConfigResult>('caselint/createConfig', {});
    assert.strictEqual(result.fileName, '.caselintrc.yaml');
    const parsed = parseConfigText(result.text, result.fileName);
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(Object.keys(parsed.config.rules ?? {}).length, RULES.length);
    assert.deepStrictEqual(lint(PHI, { config: parsed.config }).findings.map((f) => f.rule), lint(PHI).findings.map((f) => f.rule));
  });

  it('settings: caselint.enable false lints nothing for the resource; caselint.configFile replaces the nearest configuration file', async () => {
    const uri = client.uri('set/enable.case.yaml');
    const text = CASE.replace('failed [@star-d]', 'failed [@nobody]');
    client.writeFile('set/.caselintrc.yaml', 'rules:\n  citation-undefined: error\n');
    client.writeFile('alt.caselintrc.yaml', 'rules:\n  citation-undefined: off\n');
    assert.strictEqual((await client.open(uri, text)).filter((d) => d.code === 'citation-undefined').length, 1);
    assert.deepStrictEqual(await client.changeSettings({ enable: false }, uri), []);
    assert.strictEqual(await client.hover(uri, { line: 0, character: 1 }), null);
    const withFile = await client.changeSettings({ configFile: 'alt.caselintrc.yaml' }, uri);
    assert.strictEqual(withFile.filter((d) => d.code === 'citation-undefined').length, 0);
    const status = await client.request<StatusView>('caselint/status', { uri });
    assert.ok(status.configFile?.endsWith('alt.caselintrc.yaml'), status.configFile);
    const missing = await client.changeSettings({ configFile: 'nowhere.yaml' }, uri);
    assert.strictEqual(missing.filter((d) => d.code === 'citation-undefined').length, 1);
    assert.match((await client.request<StatusView>('caselint/status', { uri })).configBroken ?? '', /does not exist/);
    await client.changeSettings({}, uri);
    client.close(uri);
  });

  it('settings: caselint.run onSave pushes diagnostics on didSave, not on each change', async () => {
    const uri = client.uri('run/save.case.yaml');
    await client.open(uri, CASE);
    await client.changeSettings({ run: 'onSave' }, uri);
    const version = client.changeNoWait(uri, CASE.replace('failed [@star-d]', 'failed [@nobody]'));
    await new Promise((r) => setTimeout(r, 600));
    assert.ok(!client.publishes.some((p) => p.uri === uri && p.version === version), 'no diagnostics before the save');
    const wait = client.waitForDiagnostics(uri, version);
    client.notify('textDocument/didSave', { textDocument: { uri } });
    assert.strictEqual((await wait).diagnostics.filter((d) => d.code === 'citation-undefined').length, 1);
    await client.changeSettings({}, uri);
    client.close(uri);
  });
});
