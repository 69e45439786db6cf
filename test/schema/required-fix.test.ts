import * as assert from 'assert';
import { CaseDocument, lint, type Finding, type Fix } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/text';
import { subschemaAt, validateCase } from '../../server/src/core/schema';
import type { SchemaProblem } from '../../server/src/core/schema/explain';
import { missingKeyFixes } from '../../server/src/core/schema/missingKeys';

function missing(text: string, key: string): Finding[] {
  return lint(text).findings.filter((f) => f.rule === 'schema' && f.message.startsWith(`missing required key \`${key}\``));
}

function fixNamed(f: Finding, title: string): Fix {
  const fix = f.fixes?.find((x) => x.title === title);
  assert.ok(fix, `no fix "${title}" on "${f.message}": ${JSON.stringify(f.fixes?.map((x) => x.title))}`);
  return fix;
}

/** Apply the fix; the text still parses and the keys it adds are no longer reported missing. */
function applyAndRelint(text: string, fix: Fix, keys: string[]): { after: string; selected: string | undefined } {
  const after = applyEdits(text, fix.edits);
  const findings = lint(after).findings;
  assert.deepStrictEqual(findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.message), [], after);
  for (const key of keys) assert.deepStrictEqual(missing(after, key).map((f) => f.message), [], after);
  const selected = fix.selection && after.slice(fix.selection.start, fix.selection.end);
  return { after, selected };
}

/** A complete case report; tests take keys out of it. */
const CASE = [
  'caselint: 1',
  'type: case-report',
  'title: Ketamine for Treatment-Resistant Depression',
  'authors:',
  '  - id: okafor',
  '    name: Maya Okafor',
  'abstract: |',
  '  Two adequate trials failed.',
  '',
  'patient:',
  '  alias: John',
  '  sex: male',
  'diagnoses:',
  '  - name: major depressive disorder',
  'treatment_history:',
  '  - drug: sertraline',
  '    dose: 150 mg/day',
  '    duration: 12 weeks',
  'discussion: |',
  '  Adequate trials came first.',
  '',
].join('\n');

describe('schema: add missing required keys', () => {
  it('the case used by these tests has no schema findings', () => {
    assert.deepStrictEqual(lint(CASE).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'), []);
  });

  it('adds a missing prose key at the end of the top-level map as an empty block scalar, with the cursor in it', () => {
    const text = CASE.slice(0, CASE.indexOf('discussion: |'));
    const [finding] = missing(text, 'discussion');
    assert.ok(finding);
    assert.strictEqual(finding.fixes?.length, 1);
    const fix = fixNamed(finding, 'Add missing key `discussion`');
    assert.strictEqual(fix.preferred, true, 'the only fix is preferred');
    assert.ok(!fix.safe, 'a placeholder needs its author: not safe');
    const { after } = applyAndRelint(text, fix, ['discussion']);
    assert.strictEqual(after, text.replace('    duration: 12 weeks\n', '    duration: 12 weeks\ndiscussion: |\n  \n'));
    const cursor = after.indexOf('discussion: |\n  ') + 'discussion: |\n  '.length;
    assert.deepStrictEqual(fix.selection, { start: cursor, end: cursor });
  });

  it('adds a missing map item key after the item\'s last line, at its keys\' column, selecting the example value', () => {
    const text = CASE.replace('    name: Maya Okafor\n', '    name: Maya Okafor\n  - id: lindqvist   # second author\n    corresponding: true\n');
    const [finding] = missing(text, 'name');
    assert.ok(finding);
    assert.strictEqual(text.slice(finding.start, finding.end), 'id', 'reported on the item\'s first key');
    const { after, selected } = applyAndRelint(text, fixNamed(finding, 'Add missing key `name`'), ['name']);
    assert.strictEqual(after, text.replace('    corresponding: true\n', '    corresponding: true\n    name: Jane Example\n'));
    assert.strictEqual(selected, 'Jane Example');
  });

  it('adds a key to a flow map before its closing brace', () => {
    const text = CASE.replace('  - id: okafor\n    name: Maya Okafor\n', '  - { id: okafor }\n');
    const [finding] = missing(text, 'name');
    assert.ok(finding);
    const { after, selected } = applyAndRelint(text, fixNamed(finding, 'Add missing key `name`'), ['name']);
    assert.strictEqual(after, text.replace('{ id: okafor }', '{ id: okafor, name: Jane Example }'));
    assert.strictEqual(selected, 'Jane Example');
  });

  it('fills an empty flow map with spaces inside the braces', () => {
    const text = CASE.replace('  - id: okafor\n    name: Maya Okafor\n', '  - {}\n');
    const [finding] = missing(text, 'id');
    assert.ok(finding);
    const { after, selected } = applyAndRelint(text, fixNamed(finding, 'Add all missing keys'), ['id', 'name']);
    assert.strictEqual(after, text.replace('- {}', '- { id: yeung, name: Jane Example }'));
    assert.strictEqual(selected, 'yeung');
  });

  it('offers "Add all missing keys" on each of several keys missing from one map, and no fix is preferred', () => {
    const text = `${CASE}references:\n  - doi: 10.1000/example.2020.1\n`;
    const findings = [...missing(text, 'id'), ...missing(text, 'text')];
    assert.strictEqual(findings.length, 2);
    for (const f of findings) {
      assert.deepStrictEqual(f.fixes?.map((x) => x.title).sort(), ['Add all missing keys', `Add missing key \`${f.message.split('`')[1]}\``].sort());
      assert.ok(f.fixes?.every((x) => !x.preferred && !x.safe));
    }
    const all = fixNamed(findings[0]!, 'Add all missing keys');
    assert.deepStrictEqual(all, fixNamed(findings[1]!, 'Add all missing keys'));
    const { after, selected } = applyAndRelint(text, all, ['id', 'text']);
    assert.strictEqual(
      after,
      `${text}    id: star-d\n    text: "Example A, Sample B. A study of examples. J Example Med. 2020;1(1):1-10."\n`,
    );
    assert.strictEqual(selected, 'star-d');
    // The single fix adds just its own key.
    const one = applyEdits(text, fixNamed(findings[1]!, 'Add missing key `text`').edits);
    assert.strictEqual(missing(one, 'text').length, 0);
    assert.strictEqual(missing(one, 'id').length, 1);
  });

  it('builds a skeleton from the schema: const, enum, examples, lists of maps, prose and empty maps, in schema order', () => {
    const text = 'type: cross-talk\n';
    const [finding] = missing(text, 'caselint');
    assert.ok(finding);
    const { after, selected } = applyAndRelint(text, fixNamed(finding, 'Add all missing keys'), [
      'caselint',
      'title',
      'authors',
      'abstract',
      'patient',
      'diagnoses',
      'treatment_history',
      'integrative_discussion',
    ]);
    assert.strictEqual(
      after,
      [
        'type: cross-talk',
        'caselint: 1',
        'title: Ketamine-Assisted Psychotherapy for Treatment-Resistant Depression',
        'authors:',
        '  - id: yeung',
        '    name: Jane Example',
        'abstract: |',
        '  ',
        'patient: {}',
        'diagnoses:',
        '  - name: major depressive disorder',
        'treatment_history:',
        '  - drug: duloxetine',
        'integrative_discussion: {}',
        '',
      ].join('\n'),
    );
    assert.strictEqual(selected, '1');
    assert.deepStrictEqual(validateCase(new CaseDocument(after)), [], 'the skeleton is schema-valid');
  });

  it('writes the first enum value for a missing enum', () => {
    const text = CASE.replace('type: case-report\n', '');
    const [finding] = missing(text, 'type');
    assert.ok(finding);
    const { after, selected } = applyAndRelint(text, fixNamed(finding, 'Add missing key `type`'), ['type']);
    assert.match(after, /\ntype: cross-talk\n$/);
    assert.strictEqual(selected, 'cross-talk');
  });

  it('writes flow values in a flow map at the top level (no block scalars)', () => {
    const text = '{caselint: 1, type: case-report, title: T, authors: [{id: a, name: A B}], patient: {}, diagnoses: [], treatment_history: []}\n';
    const [abstract] = missing(text, 'abstract');
    assert.ok(abstract);
    const { after } = applyAndRelint(text, fixNamed(abstract, 'Add all missing keys'), ['abstract', 'discussion']);
    assert.strictEqual(after, text.replace('[]}', '[], abstract: "", discussion: ""}'));
  });

  it('keeps CRLF line endings', () => {
    const text = CASE.slice(0, CASE.indexOf('discussion: |')).replace(/\n/g, '\r\n');
    const [finding] = missing(text, 'discussion');
    assert.ok(finding);
    const { after } = applyAndRelint(text, fixNamed(finding, 'Add missing key `discussion`'), ['discussion']);
    assert.ok(after.endsWith('12 weeks\r\ndiscussion: |\r\n  \r\n'), JSON.stringify(after.slice(-40)));
  });

  it('inserts into a nested block map at its indentation (patient, integrative_discussion)', () => {
    const text = `${CASE.replace('  alias: John\n', '')}integrative_discussion:\n  author: okafor\n`;
    const doc = new CaseDocument(text);
    const problem = (path: string[], key: string): SchemaProblem => ({ path, target: 'key', keyword: 'required', message: `missing required key \`${key}\``, missingKey: key });
    const alias = problem(['patient'], 'alias');
    const body = problem(['integrative_discussion'], 'body');
    const fixes = missingKeyFixes(doc, [alias, body], (path) => subschemaAt(path, doc.value));
    const aliasFix = fixes.get(alias)?.[0];
    assert.ok(aliasFix);
    assert.strictEqual(applyEdits(text, aliasFix.edits), text.replace('  sex: male\n', '  sex: male\n  alias: John\n'));
    const bodyFix = fixes.get(body)?.[0];
    assert.ok(bodyFix);
    const after = applyEdits(text, bodyFix.edits);
    assert.strictEqual(after, text.replace('  author: okafor\n', '  author: okafor\n  body: |\n    \n'));
    assert.deepStrictEqual(new CaseDocument(after).get(['integrative_discussion']), { author: 'okafor', body: '' });
  });

  it('offers no fix where no map can take the key: a list or an empty document at the top, or a map reached through an alias', () => {
    for (const text of ['- caselint: 1\n', '', '# nothing yet\n']) {
      assert.ok(lint(text).findings.every((f) => !f.fixes?.some((x) => x.title.startsWith('Add '))), JSON.stringify(text));
    }
    const text = CASE.replace('  - id: okafor\n    name: Maya Okafor\n', '  - &a { id: okafor }\n  - *a\n');
    const findings = missing(text, 'name');
    assert.strictEqual(findings.length, 2, JSON.stringify(findings.map((f) => f.message)));
    const withFix = findings.filter((f) => f.fixes?.length);
    assert.strictEqual(withFix.length, 1, 'only the anchored map is edited, not the alias');
    assert.strictEqual(text.slice(withFix[0]!.start, withFix[0]!.end), 'id');
  });
});
