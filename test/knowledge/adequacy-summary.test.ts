import * as assert from 'assert';
import { lint } from '../../server/src/core';
import { analyzeAdequacy, parsePeriod } from '../../server/src/core/adequacy';
import { formatAdequacySummary } from '../../server/src/core';
import { CaseDocument } from '../../server/src/core/document';
import { knowledgeBaseFor } from '../../server/src/core/knowledge';

function summarize(history: string, extra = '', config = {}) {
  const text = `caselint: 1\n${extra}treatment_history:\n${history}`;
  return analyzeAdequacy(new CaseDocument(text), knowledgeBaseFor(config), config);
}

const trial = (drug: string, dose: string, duration: string, extra = '') =>
  `  - drug: ${drug}\n    dose: ${dose}\n    duration: ${duration}\n${extra}`;

describe('adequacy summary', () => {
  it('assesses each trial with reasons, doses in mg/day and durations in weeks', () => {
    const s = summarize(
      trial('paroxetine', '20 mg/day', '2 weeks') +
        trial('venlafaxine', '75 mg/day', '10 weeks') +
        trial('Wellbutrin', '0.3 g/day', '3 months') +
        `  - drug: sertraline\n    dose: 100 mg/day\n` +
        trial('lithium', '900 mg/day', '8 weeks', '    role: augmentation\n'),
    );
    assert.deepStrictEqual(s.trials.map((t) => t.status), ['inadequate', 'inadequate', 'adequate', 'unassessable', 'not-counted']);
    assert.deepStrictEqual(s.trials[0]!.reasons, ['2 weeks < 6 weeks']);
    assert.deepStrictEqual(s.trials[1]!.reasons, ['75 mg/day < 150 mg/day']);
    assert.strictEqual(s.trials[2]!.generic, 'bupropion');
    assert.strictEqual(s.trials[2]!.doseMg, 300);
    assert.ok(Math.abs((s.trials[2]!.weeks ?? 0) - 13.035) < 1e-9);
    assert.strictEqual(s.trials[2]!.label, 'bupropion 300 mg/day x 13 weeks');
    assert.deepStrictEqual(s.trials[3]!.reasons, ['no duration']);
    assert.strictEqual(s.adequateCount, 1);
  });

  it('converts mg/kg with patient.weight and honours adequacy.minimum_weeks', () => {
    const s = summarize(trial('imipramine', '2 mg/kg', '8 weeks'), 'patient:\n  weight: 80 kg\n', { adequacy: { minimum_weeks: 10 } });
    assert.strictEqual(s.trials[0]!.doseMg, 160);
    assert.deepStrictEqual(s.trials[0]!.reasons, ['8 weeks < 10 weeks']);
    assert.strictEqual(s.minimumWeeks, 10);
  });

  describe('Thase-Rush stage', () => {
    it('is not staged without an adequate trial, and says why', () => {
      const s = summarize(trial('sertraline', '25 mg/day', '8 weeks'));
      assert.strictEqual(s.thaseRush.stage, undefined);
      assert.match(s.thaseRush.missing ?? '', /no adequate antidepressant trial/);
    });

    it('is 0 when an adequate trial brought remission', () => {
      const s = summarize(trial('sertraline', '100 mg/day', '8 weeks', '    outcome: remission\n'));
      assert.strictEqual(s.thaseRush.stage, 0);
    });

    it('rises with failed classes: I, II, III (TCA), IV (MAOI), V (ECT)', () => {
      const ssri = trial('sertraline', '100 mg/day', '8 weeks', '    outcome: no response\n');
      const ssri2 = trial('citalopram', '40 mg/day', '8 weeks', '    outcome: no response\n');
      const snri = trial('duloxetine', '60 mg/day', '8 weeks', '    outcome: partial response\n');
      const tca = trial('nortriptyline', '100 mg/day', '8 weeks', '    outcome: no response\n');
      const maoi = trial('tranylcypromine', '40 mg/day', '8 weeks', '    outcome: no response\n');
      const ect = '  - procedure: ECT\n    sessions: 12\n    outcome: no response\n';
      assert.strictEqual(summarize(ssri + ssri2).thaseRush.stage, 1);
      assert.strictEqual(summarize(ssri + snri).thaseRush.stage, 2);
      assert.strictEqual(summarize(ssri + snri + tca).thaseRush.stage, 3);
      assert.strictEqual(summarize(ssri + snri + tca + maoi).thaseRush.stage, 4);
      const v = summarize(ssri + snri + tca + maoi + ect).thaseRush;
      assert.strictEqual(v.stage, 5);
      assert.match(v.label, /^Thase-Rush stage V /);
    });
  });

  it('scores the Maudsley dimensions the history gives and names the ones it lacks', () => {
    const fails = [['sertraline', '100 mg/day'], ['citalopram', '40 mg/day'], ['escitalopram', '20 mg/day']]
      .map(([d, dose]) => trial(d!, dose!, '8 weeks', '    outcome: no response\n'))
      .join('');
    const s = summarize(
      fails + trial('aripiprazole', '5 mg/day', '8 weeks', '    role: augmentation\n') + '  - procedure: ECT\n    sessions: 8\n',
    );
    assert.deepStrictEqual(s.maudsley.parts.map((p) => p.points), [2, 1, 1]);
    assert.strictEqual(s.maudsley.points, undefined);
    assert.deepStrictEqual(s.maudsley.missing, ['duration of the current episode', 'severity at baseline']);
  });

  it('formats a plain-text summary', () => {
    const s = summarize(trial('paroxetine', '20 mg/day', '2 weeks') + trial('bupropion', '300 mg/day', '12 weeks', '    outcome: no response\n'));
    const text = formatAdequacySummary(s);
    assert.match(text, /paroxetine .*does not count toward TRD: too short: 2 weeks < 6 weeks/);
    assert.match(text, /bupropion .*counts toward TRD/);
    assert.match(text, /Failed treatment steps: 1 of 2 needed; not enough for a TRD claim/);
    assert.match(text, /step 2: bupropion \(atypical antidepressant\): failed, counts/);
    assert.match(text, /^Adequate antidepressant trials: 1 of 2 \(at least 6 weeks/);
    assert.match(text, /paroxetine 20 mg\/day x 2 weeks: not adequate \(2 weeks < 6 weeks\)/);
    assert.match(text, /bupropion 300 mg\/day x 12 weeks: adequate/);
    assert.match(text, /Thase-Rush stage I /);
    assert.match(text, /Maudsley Staging Method: 1 points so far .*missing: duration of the current episode/);
  });

  it('keeps the analysis the rules computed during the lint, for the front ends', () => {
    const result = lint(`caselint: 1\ntreatment_history:\n${trial('sertraline', '100 mg/day', '8 weeks')}`);
    const first = result.analyses.adequacy;
    assert.strictEqual(result.analyses.adequacy, first);
    assert.strictEqual(first.adequateCount, 1);
  });

  it('reads periods at year, month and day precision', () => {
    const [a, b] = parsePeriod('2021-07/2022-01')!;
    assert.strictEqual(b - a + 1, 31 + 31 + 30 + 31 + 30 + 31 + 31);
    assert.deepStrictEqual(parsePeriod('2021'), [parsePeriod('2021-01-01')![0], parsePeriod('2021-12-31')![0]]);
    assert.strictEqual(parsePeriod('July 2021'), undefined);
    assert.strictEqual(parsePeriod('2021-13'), undefined);
  });

  it('never throws on odd input', () => {
    for (const text of ['', 'treatment_history: 3', 'treatment_history:\n  - drug: [1, 2]\n  - 7\n  - drug: sertraline\n    dose: {a: 1}\n    duration: []']) {
      const s = analyzeAdequacy(new CaseDocument(text), knowledgeBaseFor({}), {});
      assert.ok(formatAdequacySummary(s).length > 0);
    }
  });

  describe('staging and the TRD minimum come from the knowledge base data', () => {
    const kb = knowledgeBaseFor({});
    const failedTrials = (n: number): string =>
      [['sertraline', '100 mg/day'], ['citalopram', '40 mg/day'], ['escitalopram', '20 mg/day'], ['fluoxetine', '40 mg/day']]
        .slice(0, n)
        .map(([d, dose]) => trial(d!, dose!, '8 weeks', '    outcome: no response\n'))
        .join('');

    /** Run `body` with one field of the loaded data changed, then put it back. */
    function withData<T extends object, K extends keyof T>(target: T, key: K, value: T[K], body: () => void): void {
      const before = target[key];
      target[key] = value;
      try {
        body();
      } finally {
        target[key] = before;
      }
    }

    it('names Thase-Rush stages and the step each stage past II adds from staging.json', () => {
      const levels = kb.stagingModel('thase-rush')!.levels;
      assert.deepStrictEqual(levels.map((l) => l.level), ['0', 'I', 'II', 'III', 'IV', 'V']);
      assert.deepStrictEqual(levels.slice(3).map((l) => l.failed), ['TCA', 'MAOI', 'ECT']);
      withData(levels[1]!, 'level', 'one', () => assert.match(summarize(failedTrials(2)).thaseRush.label, /^Thase-Rush stage one \(/));
      const ssri = trial('sertraline', '100 mg/day', '8 weeks', '    outcome: no response\n');
      const snri = trial('duloxetine', '60 mg/day', '8 weeks', '    outcome: no response\n');
      const tca = trial('nortriptyline', '100 mg/day', '8 weeks', '    outcome: no response\n');
      assert.strictEqual(summarize(ssri + snri + tca).thaseRush.stage, 3);
      withData(levels[3]!, 'failed', 'MAOI', () => assert.strictEqual(summarize(ssri + snri + tca).thaseRush.stage, 2));
    });

    it('scores Maudsley failures, augmentation and ECT with the points in staging.json', () => {
      const levels = kb.stagingModel('maudsley')!.levels;
      const band = levels.find((l) => l.criterion === 'failures' && l.min === 3)!;
      assert.deepStrictEqual([band.max, band.points], [4, 2]);
      assert.strictEqual(summarize(failedTrials(3)).maudsley.parts[0]!.points, 2);
      withData(band, 'points', 7, () => assert.strictEqual(summarize(failedTrials(4)).maudsley.parts[0]!.points, 7));
      assert.strictEqual(summarize(failedTrials(2)).maudsley.parts[0]!.points, 1, 'two failures are in the 1-2 band');
    });

    it('holds a treatment-resistance claim to the trials of the definition trd-definitions.json names', () => {
      const claim = kb.trdClaim();
      assert.strictEqual(claim.definition.id, 'gaynes_ahrq');
      assert.strictEqual(claim.minTrials, 2);
      assert.ok(claim.definition.src.includes('Gaynes2020'));
      const text = `caselint: 1\ndiagnoses:\n  - name: major depressive disorder\n    treatment_resistant: true\ntreatment_history:\n${failedTrials(1)}`;
      const found = (): string[] => lint(text).findings.filter((f) => f.rule === 'trd-criteria-unmet').map((f) => f.message);
      assert.match(found()[0] ?? '', /^treatment resistance needs 2 failed adequate treatment steps; 1 found/);
      withData(claim, 'minTrials', 1, () => assert.deepStrictEqual(found(), []));
    });
  });
});
