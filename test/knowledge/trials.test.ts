import * as assert from 'assert';
import { applyEdits, formatAdequacySummary, lint } from '../../server/src/core';

const doc = (body: string): string => `caselint: 1\n${body}`;

describe('trials as authors write them', () => {
  it('fixes dosing shorthand to the canonical daily dose', () => {
    const text = doc('treatment_history:\n  - drug: sertraline\n    dose: 50 mg bid\n    duration: 8 weeks\n');
    const f = lint(text).findings.find((x) => x.rule === 'quantity-format');
    assert.ok(f, 'quantity-format reports the shorthand');
    const fix = f.fixes?.[0];
    assert.ok(fix);
    assert.match(applyEdits(text, fix.edits), /dose: 100 mg\/day\n/);
  });

  it('reads each quantity once, the rules and the summary sharing the reading', () => {
    const result = lint(doc('treatment_history:\n  - drug: sertraline\n    dose: 100 mg/day\n    duration: 8 weeks\n'));
    const a = result.analyses.quantity(['treatment_history', 0, 'dose'], 'dose');
    assert.strictEqual(result.analyses.quantity(['treatment_history', 0, 'dose'], 'dose'), a);
    assert.ok(a.ok && a.quantity.value === 100);
  });

  it('shows the steps and why each trial counts or not in the summary', () => {
    const result = lint(
      doc(
        [
          'diagnoses:',
          '  - name: major depressive disorder',
          '    treatment_resistant: true',
          'treatment_history:',
          '  - drug: sertraline',
          '    dose: 150 mg/day',
          '    period: 2020-01/2020-05',
          '    outcome: no response',
          '  - drug: aripiprazole',
          '    role: augmentation',
          '    dose: 5 mg/day',
          '    duration: 8 weeks',
          '    period: 2020-03/2020-05',
          '    outcome: response',
          '  - drug: Zoloft',
          '    dose: 200 mg/day',
          '    duration: 10 weeks',
          '    outcome: no response',
          '',
        ].join('\n'),
      ),
    );
    const s = result.analyses.adequacy;
    assert.strictEqual(s.steps.length, 2);
    assert.strictEqual(s.steps[0]?.label, 'sertraline + aripiprazole');
    assert.strictEqual(s.steps[0]?.failed, false, 'a response in the augmented step means it did not fail');
    assert.strictEqual(s.failedSteps, 1);
    const text = formatAdequacySummary(s);
    assert.match(text, /sertraline 150 mg\/day x 17.4 weeks: adequate; does not count toward TRD: part of a combination with aripiprazole, which responded/);
    assert.match(text, /step 1: sertraline \+ aripiprazole \(SSRI\): not failed/);
    assert.match(text, /Failed treatment steps: 1 of 2 needed; not enough for a TRD claim/);
  });

  it('says in the summary when a weight-based ketamine dose cannot be judged', () => {
    const result = lint(
      doc(
        [
          'interventions:',
          '  - kind: ketamine-assisted psychotherapy',
          '    sessions:',
          '      - number: 2',
          '        administrations:',
          '          - { drug: ketamine, route: sublingual, dose: 3 mg/kg }',
          '',
        ].join('\n'),
      ),
    );
    assert.ok(!result.findings.some((f) => f.rule === 'ketamine-dose-range'));
    assert.match(
      formatAdequacySummary(result.analyses.adequacy),
      /Ketamine: ketamine sublingual in session 2 not judged \(a dose in mg\/kg without patient.weight, and no mg\/kg ceiling for sublingual\)/,
    );
  });
});
