import * as assert from 'assert';
import { formatAdequacySummary, lint, type Finding } from '../../server/src/core';

/** A case with these treatment_history entries (each a flow map), optional extra top-level YAML. */
function history(entries: readonly string[], extra = ''): string {
  return `caselint: 1\n${extra}diagnoses:\n  - name: major depressive disorder\n    treatment_resistant: true\ntreatment_history:\n${entries.map((e) => `  - ${e}\n`).join('')}`;
}

const of = (text: string, rule: string): Finding[] => lint(text).findings.filter((f) => f.rule === rule);

describe('adequacy at its edges', () => {
  it('names every trial that did not count, even in a long history', () => {
    const low = ['escitalopram', 'fluoxetine', 'paroxetine', 'citalopram', 'fluvoxamine', 'duloxetine', 'venlafaxine', 'desvenlafaxine', 'milnacipran', 'levomilnacipran', 'amitriptyline', 'nortriptyline'];
    const text = history([
      '{ drug: sertraline, dose: 100 mg/day, duration: 12 weeks, outcome: partial response }',
      ...low.map((d) => `{ drug: ${d}, dose: 1 mg/day, duration: 12 weeks, outcome: no response }`),
    ]);
    const [f] = of(text, 'trd-criteria-unmet');
    assert.ok(f);
    assert.ok(f.message.length <= 500, f.message);
    assert.ok(!f.message.endsWith('…'), f.message);
    for (const d of low) assert.match(f.message, new RegExp(`\\b${d}\\b`), `${d} is named`);
    assert.match(f.message, /not counted: too low: escitalopram, fluoxetine/);
    // Each trial's figures stay in its related information.
    assert.strictEqual(f.related?.length, low.length);
    assert.match(f.related?.[0]?.message ?? '', /1 mg\/day < 10 mg\/day/);
  });

  it('keeps the figures in the message while it fits', () => {
    const text = history(['{ drug: sertraline, dose: 25 mg/day, duration: 12 weeks, outcome: no response }']);
    assert.match(of(text, 'trd-criteria-unmet')[0]?.message ?? '', /sertraline \(too low: 25 mg\/day < 50 mg\/day\)/);
  });

  it('never rounds a short trial up to the minimum it misses', () => {
    const text = history(['{ drug: duloxetine, dose: 60 mg/day, duration: 5.97 weeks, outcome: no response }']);
    assert.match(of(text, 'trial-duration-inadequate')[0]?.message ?? '', /tried for 5\.97 weeks; an adequate trial lasts at least 6 weeks/);
    assert.match(of(text, 'trd-criteria-unmet')[0]?.message ?? '', /too short: 5\.97 weeks < 6 weeks/);
    assert.match(formatAdequacySummary(lint(text).analyses.adequacy), /x 5\.97 weeks: not adequate/);
  });

  it('judges a not-tolerated trial adequate by dose and duration, and still no failure', () => {
    const text = history([
      '{ drug: sertraline, dose: 100 mg/day, duration: 12 weeks, outcome: not tolerated }',
      '{ drug: duloxetine, dose: 60 mg/day, duration: 12 weeks, outcome: no response }',
    ]);
    const s = lint(text).analyses.adequacy;
    assert.strictEqual(s.adequateCount, 2);
    assert.strictEqual(s.failedSteps, 1);
    assert.match(of(text, 'trd-criteria-unmet')[0]?.message ?? '', /sertraline \(not tolerated\)/);
    assert.match(formatAdequacySummary(s), /Adequate antidepressant trials: 2 of 2/);
  });

  it('stages nothing when no adequate trial failed or responded', () => {
    const s = lint(history(['{ drug: sertraline, dose: 100 mg/day, duration: 12 weeks, outcome: unknown }'])).analyses.adequacy;
    assert.strictEqual(s.thaseRush.stage, undefined);
    assert.match(s.thaseRush.label, /not staged/);
    const responded = lint(history(['{ drug: sertraline, dose: 100 mg/day, duration: 12 weeks, outcome: response }'])).analyses.adequacy;
    assert.strictEqual(responded.thaseRush.stage, 0);
  });

  it('says which outcome a combination partner had', () => {
    const text = history([
      '{ drug: sertraline, dose: 150 mg/day, period: 2020-01/2020-05, outcome: no response }',
      '{ drug: vortioxetine, role: combination, dose: 20 mg/day, period: 2020-02/2020-05, outcome: remission }',
    ]);
    assert.match(of(text, 'trd-criteria-unmet')[0]?.message ?? '', /sertraline \(part of a combination with vortioxetine, which remitted\), vortioxetine \(remission\)/);
  });

  it('credits the configured minimum duration to the configuration in the summary', () => {
    const s = lint(history(['{ drug: sertraline, dose: 100 mg/day, duration: 12 weeks, outcome: no response }']), { config: { adequacy: { minimum_weeks: 8 } } }).analyses.adequacy;
    const text = formatAdequacySummary(s);
    assert.match(text, /at least 8 weeks at the minimum adequate dose, adequacy\.minimum_weeks in the configuration/);
    assert.doesNotMatch(text, /ATRQ/);
  });
});

describe('augmentation with an antidepressant given as augmentation', () => {
  it('counts an antidepressant listed as augmentation as one to augment', () => {
    const text = history([
      '{ drug: sertraline, role: augmentation, dose: 100 mg/day, duration: 12 weeks, outcome: partial response }',
      '{ drug: lamotrigine, role: augmentation, dose: 200 mg/day, duration: 12 weeks, outcome: partial response }',
    ]);
    const found = of(text, 'augmentation-without-antidepressant');
    assert.deepStrictEqual(found.map((f) => f.message), ['sertraline is listed as augmentation, but treatment_history holds no other antidepressant trial for it to augment']);
  });

  it('needs another antidepressant to overlap a dated antidepressant augmentation, not itself', () => {
    const text = history([
      '{ drug: bupropion, role: augmentation, dose: 300 mg/day, period: 2021-01/2021-06, outcome: no response }',
      '{ drug: lithium, role: augmentation, dose: 0.6 mEq/L, period: 2021-02/2021-05, outcome: no response }',
      '{ drug: sertraline, dose: 100 mg/day, period: 2019-01/2019-06, outcome: no response }',
    ]);
    const found = of(text, 'augmentation-without-antidepressant');
    // Lithium overlaps bupropion (an antidepressant); bupropion overlaps no other antidepressant.
    assert.strictEqual(found.length, 1);
    assert.match(found[0]?.message ?? '', /^bupropion is listed as augmentation \(…\/…\), but no other antidepressant trial overlaps that period \(sertraline …\/…\)$/);
  });
});

describe('ketamine doses in mg and mg/kg without a weight', () => {
  const sessions = (admins: readonly string[]): string =>
    `caselint: 1\ninterventions:\n  - kind: ketamine infusion\n    sessions:\n      - number: 1\n        administrations:\n${admins.map((a) => `          - ${a}\n`).join('')}`;

  it('flags a session whose mg/kg doses alone pass the mg/kg ceiling', () => {
    const text = sessions([
      '{ drug: ketamine, route: intravenous, dose: 0.6 mg/kg }',
      '{ drug: ketamine, route: intravenous, dose: 0.6 mg/kg, after: 5 min }',
      '{ drug: ketamine, route: intravenous, dose: 10 mg, after: 10 min }',
    ]);
    const [f] = of(text, 'ketamine-dose-range');
    assert.ok(f);
    assert.match(f.message, /its doses in mg\/kg alone add up to 1\.2 mg\/kg, above the usual intravenous ceiling of 1 mg\/kg per session/);
    // Placed on the administration whose dose takes the mg/kg part over.
    assert.strictEqual(text.slice(f.start, f.end), '0.6 mg/kg');
    assert.ok(f.start > text.indexOf('0.6 mg/kg }'));
  });

  it('flags a session whose mg doses alone pass the ceiling without a weight', () => {
    const text = sessions(['{ drug: ketamine, route: intravenous, dose: 0.5 mg/kg }', '{ drug: ketamine, route: intravenous, dose: 110 mg, after: 10 min }']);
    const [f] = of(text, 'ketamine-dose-range');
    assert.ok(f);
    assert.strictEqual(text.slice(f.start, f.end), '110 mg');
    assert.match(f.message, /its doses in mg alone add up to 110 mg, above the usual intravenous ceiling of 100 mg \(its ceiling without patient\.weight\)/);
  });

  it('leaves a mixed session under both ceilings unjudged, and the summary says so', () => {
    const text = sessions(['{ drug: ketamine, route: intravenous, dose: 0.5 mg/kg }', '{ drug: ketamine, route: intravenous, dose: 20 mg, after: 10 min }']);
    const result = lint(text);
    assert.deepStrictEqual(result.findings.filter((f) => f.rule === 'ketamine-dose-range'), []);
    assert.match(formatAdequacySummary(result.analyses.adequacy), /not judged \(doses in mg and mg\/kg without patient\.weight\)/);
  });

  it('shows what an esketamine mg/kg dose comes to', () => {
    const text = `caselint: 1\npatient:\n  weight: 80 kg\n${sessions(['{ drug: esketamine, route: intranasal, dose: 1.1 mg/kg }']).slice('caselint: 1\n'.length)}`;
    assert.match(of(text, 'ketamine-dose-range')[0]?.message ?? '', /^esketamine 1\.1 mg\/kg \(88 mg\) in session 1 is above the usual ceiling of 84 mg per session/);
  });
});
