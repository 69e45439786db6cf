import * as assert from 'assert';
import { configSubschemaAt, subschemaAt } from '../../server/src/core/schema';

describe('subschemaAt', () => {
  const doc = {
    caselint: 1,
    treatment_history: [
      { drug: 'duloxetine', dose: '60 mg/day' },
      { procedure: 'ECT', sessions: 12 },
      { therapy: 'cbt' },
      { outcome: 'response' },
    ],
  };

  it('describes the document root: its keys and the required ones', () => {
    const root = subschemaAt([]);
    assert.ok(root?.properties?.caselint && root.properties.treatment_history && root.properties.deidentification);
    assert.ok(root?.required?.includes('title'));
    assert.ok(!root?.required?.includes('deidentification'), 'deidentification presence is another rule');
  });

  it('gives a key its title, descriptions, type and examples', () => {
    const age = subschemaAt(['patient', 'age']);
    assert.strictEqual(age?.title, 'Age');
    assert.deepStrictEqual(age?.type, ['integer', 'string']);
    assert.match(age?.markdownDescription ?? '', /90\+/);
    assert.ok(age?.examples?.includes('90+'));
  });

  it('picks a treatment-history branch by the entry key', () => {
    const drug = subschemaAt(['treatment_history', 0], doc);
    assert.strictEqual(drug?.title, 'Drug trial');
    assert.ok(drug?.properties?.class && !drug.properties.sessions);
    const proc = subschemaAt(['treatment_history', 1], doc);
    assert.strictEqual(proc?.title, 'Procedure');
    assert.ok(proc?.properties?.sessions && !proc.properties.class);
    assert.ok(proc?.properties?.procedure?.enum?.includes('rTMS'));
    const sessions = subschemaAt(['treatment_history', 1, 'sessions'], doc);
    assert.strictEqual(sessions?.type, 'integer');
    assert.strictEqual(subschemaAt(['treatment_history', 1, 'class'], doc), undefined, 'a procedure has no class');
  });

  it('merges the branches when the entry has no kind key yet (or no document is given)', () => {
    for (const info of [subschemaAt(['treatment_history', 3], doc), subschemaAt(['treatment_history', 0])]) {
      const keys = Object.keys(info?.properties ?? {});
      for (const k of ['drug', 'procedure', 'therapy', 'class', 'sessions', 'outcome']) assert.ok(keys.includes(k), k);
      assert.deepStrictEqual(info?.discriminators, ['drug', 'procedure', 'therapy']);
    }
    assert.ok(subschemaAt(['treatment_history', 3, 'class'], doc)?.enum?.includes('SSRI'));
  });

  it('lists enum values with their descriptions, synonyms included', () => {
    const cls = subschemaAt(['treatment_history', 0, 'class'], doc);
    for (const c of ['SNRI', 'NDRI', 'NaSSA', 'SARI', 'NRI', 'TeCA', 'RIMA', 'SGA']) assert.ok(cls?.enum?.includes(c), c);
    assert.strictEqual(cls?.enumDescriptions?.length, cls?.enum?.length);
  });

  it('resolves $refs through lists of lists', () => {
    const route = subschemaAt(['interventions', 0, 'sessions', 2, 'administrations', 1, 'route']);
    assert.ok(route?.enum?.includes('sublingual'));
    assert.strictEqual(route?.title, 'Route');
    assert.strictEqual(subschemaAt(['authors', 0])?.title, 'Author');
    assert.ok(subschemaAt(['authors', 0])?.required?.includes('id'));
  });

  it('follows map values and stops where the schema stops', () => {
    assert.strictEqual(subschemaAt(['affiliations', 'any-id'])?.type, 'string');
    assert.strictEqual(subschemaAt(['caselint'])?.const, 1);
    assert.strictEqual(subschemaAt(['nonsense']), undefined);
    assert.strictEqual(subschemaAt(['abstract', 'deeper']), undefined);
    assert.strictEqual(subschemaAt(['patient', 'middle_name']), undefined);
  });

  it('does the same for the configuration schema', () => {
    const sev = configSubschemaAt(['rules', 'reference-order']);
    assert.deepStrictEqual(sev?.enum, ['off', 'error', 'warning', 'info', 'hint']);
    assert.match(sev?.markdownDescription ?? '', /Default: \*\*hint\*\*/);
  });
});
