import * as assert from 'assert';
import { RULES } from '../../server/src/core';
import { parseConfigText } from '../../server/src/core/configFile';
import { validateConfigValue } from '../../server/src/core/schema';

describe('validateConfigValue', () => {
  it('accepts the configuration the README shows', () => {
    assert.deepStrictEqual(
      validateConfigValue({
        rules: { 'reference-order': 'off', 'trial-duration-inadequate': 'error' },
        adequacy: { minimum_weeks: 8 },
        drugs: [{ name: 'zuranolone', class: 'other', min_dose: '50 mg/day', max_dose: '50 mg/day', brands: ['Zurzuvae'], antidepressant: true }],
        frameworks: ['schema-therapy'],
        ketamine: { ceilings: { intramuscular: '150 mg', intravenous: '1 mg/kg', esketamine: '84 mg' } },
      }),
      [],
    );
  });

  it('lets every registered rule be configured', () => {
    const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off']));
    assert.deepStrictEqual(validateConfigValue({ rules }), []);
  });

  it('rejects an unknown rule id with the nearest known one', () => {
    const problems = validateConfigValue({ rules: { 'reference-ordr': 'off' } });
    assert.deepStrictEqual(problems, [{ path: ['rules', 'reference-ordr'], message: 'unknown rule `reference-ordr`; did you mean `reference-order`?' }]);
  });

  it('rejects a severity outside off|error|warning|info|hint, nearest first', () => {
    const [p] = validateConfigValue({ rules: { schema: 'warn' } });
    assert.deepStrictEqual(p?.path, ['rules', 'schema']);
    assert.match(p?.message ?? '', /must be one of: warning, /);
    assert.match(p?.message ?? '', /did you mean warning\?/);
  });

  it('checks ceilings, doses, framework ids, minimum weeks and drug names', () => {
    const problems = validateConfigValue({
      adequacy: { minimum_weeks: 0 },
      drugs: [{ class: 'other' }, { name: 'x', min_dose: '50mg' }],
      frameworks: ['Schema Therapy'],
      ketamine: { ceilings: { intramuscular: '150' } },
    });
    const byPath = new Map(problems.map((p) => [JSON.stringify(p.path), p.message]));
    assert.match(byPath.get('["adequacy","minimum_weeks"]') ?? '', /more than 0/);
    assert.match(byPath.get('["drugs",0]') ?? '', /missing required key `name`/);
    assert.match(byPath.get('["drugs",1,"min_dose"]') ?? '', /<number> <unit>/);
    assert.match(byPath.get('["frameworks",0]') ?? '', /lower-case/);
    assert.match(byPath.get('["ketamine","ceilings","intramuscular"]') ?? '', /mg\/kg/);
    assert.strictEqual(problems.length, 5);
  });
});

describe('parseConfigText', () => {
  it('reads a valid YAML file', () => {
    const { config, problems } = parseConfigText('rules:\n  reference-order: off\nadequacy:\n  minimum_weeks: 8\n', '.caselintrc.yaml');
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(config, { rules: { 'reference-order': 'off' }, adequacy: { minimum_weeks: 8 } });
  });

  it('places schema problems at the key or value, 1-based, and keeps the valid part', () => {
    const text = ['# settings', 'rules:', '  reference-ordr: off', '  schema: eror', 'frameworks: [schema-therapy]', ''].join('\n');
    const { config, problems } = parseConfigText(text, '.caselintrc.yml');
    assert.deepStrictEqual(problems.map((p) => [p.line, p.column]), [[3, 3], [4, 11]]);
    assert.match(problems[0]!.message, /did you mean `reference-order`/);
    assert.match(problems[1]!.message, /did you mean error/);
    assert.deepStrictEqual(config, { rules: {}, frameworks: ['schema-therapy'] });
  });

  it('reports a YAML parse error at its position', () => {
    const { problems, config } = parseConfigText('rules:\n  schema: off\n  schema: error\n', '.caselintrc.yaml');
    assert.strictEqual(problems.length, 1);
    assert.deepStrictEqual([problems[0]!.line, problems[0]!.column], [3, 3]);
    assert.match(problems[0]!.message, /repeated/);
    assert.deepStrictEqual(config, {});
  });

  it('reports a JSON syntax error at its position', () => {
    const { problems } = parseConfigText('{\n  "rules": {\n    "schema": "off",\n  }\n}\n', '.caselintrc.json');
    assert.strictEqual(problems.length, 1);
    assert.deepStrictEqual([problems[0]!.line, problems[0]!.column], [4, 3]);
    assert.match(problems[0]!.message, /not valid JSON/);
  });

  it('places JSON schema problems on the value', () => {
    const text = '{\n  "rules": {\n    "schema": "of"\n  },\n  "adequacy": { "minimum_weeks": "8" }\n}\n';
    const { problems } = parseConfigText(text, '.caselintrc.json');
    assert.deepStrictEqual(problems.map((p) => [p.line, p.column]), [[3, 15], [5, 34]]);
    assert.match(problems[0]!.message, /did you mean off/);
    assert.match(problems[1]!.message, /must be a number/);
  });

  it('treats an empty file as an empty configuration and a non-map as a problem', () => {
    assert.deepStrictEqual(parseConfigText('', '.caselintrc.yaml'), { config: {}, problems: [] });
    assert.deepStrictEqual(parseConfigText('# nothing yet\n', '.caselintrc.yaml'), { config: {}, problems: [] });
    const list = parseConfigText('- rules\n', '.caselintrc.yaml');
    assert.strictEqual(list.problems.length, 1);
    assert.match(list.problems[0]!.message, /must be a map/);
    assert.deepStrictEqual(list.config, {});
  });
});
