import * as assert from 'assert';
import type { Range } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';

/** A case report without its required `discussion`. */
const TEXT = [
  'caselint: 1',
  'type: case-report',
  'title: Ketamine for Treatment-Resistant Depression',
  'authors:',
  '  - id: okafor',
  '    name: Maya Okafor',
  'abstract: |',
  '  Two adequate trials failed.',
  'patient:',
  '  alias: John',
  '  sex: male',
  'diagnoses:',
  '  - name: major depressive disorder',
  'treatment_history:',
  '  - drug: sertraline',
  '    dose: 150 mg/day',
  '    duration: 12 weeks',
  '',
].join('\n');

describe('language server: add a missing required key', function () {
  this.timeout(30000);
  let client: LspClient;

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('offers "Add missing key `discussion`" as the preferred quick fix; applying it clears the diagnostic', async () => {
    const uri = client.uri('missing-discussion.case.yaml');
    const diags = (await client.open(uri, TEXT)).filter((d) => d.code === 'schema' && /missing required key `discussion`/.test(typeof d.message === 'string' ? d.message : d.message.value));
    assert.strictEqual(diags.length, 1);
    const actions = await client.codeActions(uri, diags[0]!.range, { diagnostics: diags });
    const add = actions.find((a) => a.title === 'Add missing key `discussion`');
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    assert.strictEqual(add.kind, 'quickfix');
    assert.strictEqual(add.isPreferred, true);
    assert.strictEqual(add.diagnostics?.[0]?.code, 'schema');
    const after = client.applied(uri, add.edit);
    assert.strictEqual(after, `${TEXT}discussion: |\n  \n`);
    // The cursor lands on the empty prose line.
    assert.strictEqual(add.command?.command, 'caselint.selectRange');
    const [, range] = add.command!.arguments as [string, Range];
    assert.deepStrictEqual(range, { start: { line: 18, character: 2 }, end: { line: 18, character: 2 } });
    const left = (await client.change(uri, after)).filter((d) => d.code === 'schema' || d.code === 'yaml-syntax');
    assert.deepStrictEqual(left, []);
    client.close(uri);
  });
});
