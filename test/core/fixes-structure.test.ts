import * as assert from 'assert';
import { lint, type Finding, type Fix } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/text';

/** Quick fixes of the structure, perspective and citation rules, applied to text and linted again. */

function apply(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

function findingsOf(text: string, rule: string): Finding[] {
  return lint(text).findings.filter((f) => f.rule === rule);
}

function fixOnce(text: string, rule: string): { fixed: string; fix: Fix } {
  const [finding] = findingsOf(text, rule);
  assert.ok(finding, `expected a ${rule} finding`);
  const fix = finding.fixes?.[0];
  assert.ok(fix, `expected a fix for ${rule}: ${finding.message}`);
  return { fixed: apply(text, fix), fix };
}

describe('quick fixes: structure rules', () => {
  it('quantity-format writes the canonical form, safely, keeping quotes', () => {
    const text = 'treatment_history:\n  - drug: duloxetine\n    dose: 60mg/day\n    duration: "8  Weeks"\n';
    const first = fixOnce(text, 'quantity-format');
    assert.strictEqual(first.fix.safe, true);
    assert.strictEqual(first.fixed, 'treatment_history:\n  - drug: duloxetine\n    dose: 60 mg/day\n    duration: "8  Weeks"\n');
    const second = fixOnce(first.fixed, 'quantity-format');
    assert.strictEqual(second.fixed, 'treatment_history:\n  - drug: duloxetine\n    dose: 60 mg/day\n    duration: "8 weeks"\n');
    assert.deepStrictEqual(findingsOf(second.fixed, 'quantity-format'), []);
  });

  it('quantity-format offers no fix when the unit is missing or a range is given', () => {
    for (const dose of ['60', '150-225 mg/day', '60 tablets']) {
      const [f] = findingsOf(`treatment_history:\n  - drug: duloxetine\n    dose: ${dose}\n`, 'quantity-format');
      assert.ok(f, dose);
      assert.strictEqual(f.fixes, undefined, dose);
    }
  });

  it('doi-format strips a resolver prefix', () => {
    const { fixed, fix } = fixOnce('doi: https://doi.org/10.4088/JCP.23ct14798\n', 'doi-format');
    assert.strictEqual(fix.safe, true);
    assert.strictEqual(fixed, 'doi: 10.4088/JCP.23ct14798\n');
  });

  it('author-undefined replaces a near miss with the nearest author id', () => {
    const text = 'authors:\n  - id: lindqvist\nperspectives:\n  - framework: cbt\n    author: lindquist\n';
    const { fixed, fix } = fixOnce(text, 'author-undefined');
    assert.strictEqual(fix.preferred, true);
    assert.ok(fixed.includes('author: lindqvist'));
    assert.deepStrictEqual(findingsOf(fixed, 'author-undefined'), []);
  });

  it('author-undefined points at the authors key as related information', () => {
    const text = 'authors:\n  - id: lindqvist\nintegrative_discussion:\n  author: nobody\n';
    const [f] = findingsOf(text, 'author-undefined');
    assert.ok(f?.related?.[0]);
    assert.strictEqual(text.slice(f.related[0].start, f.related[0].end), 'authors');
  });

  it('affiliation-undefined replaces a near miss with the nearest affiliation key', () => {
    const text = 'authors:\n  - id: a\n    affiliations: [mood-clinc]\naffiliations:\n  mood-clinic: A clinic\n';
    const { fixed } = fixOnce(text, 'affiliation-undefined');
    assert.ok(fixed.includes('affiliations: [mood-clinic]'));
  });
});

describe('quick fixes: perspective rules', () => {
  it('perspective-unlabeled inserts a label named after the framework, at the item indentation', () => {
    const text = 'perspectives:\n  - framework: cbt\n    author: okafor\n';
    const { fixed } = fixOnce(text, 'perspective-unlabeled');
    assert.strictEqual(fixed, 'perspectives:\n  - label: Cognitive Behavioral Therapy Perspective\n    framework: cbt\n    author: okafor\n');
    assert.deepStrictEqual(findingsOf(fixed, 'perspective-unlabeled'), []);
  });

  it('perspective-unlabeled fills an empty label, quoted or bare, and a flow-style item', () => {
    assert.strictEqual(
      fixOnce('perspectives:\n  - label: ""\n    framework: kap\n', 'perspective-unlabeled').fixed,
      'perspectives:\n  - label: "Ketamine-Assisted Psychotherapy Perspective"\n    framework: kap\n',
    );
    assert.strictEqual(
      fixOnce('perspectives:\n  - label:\n    framework: family-systems\n', 'perspective-unlabeled').fixed,
      'perspectives:\n  - label: Family Systems Perspective\n    framework: family-systems\n',
    );
    assert.strictEqual(
      fixOnce('perspectives:\n  - { framework: psychodynamic, author: a }\n', 'perspective-unlabeled').fixed,
      'perspectives:\n  - { label: Psychodynamic Perspective, framework: psychodynamic, author: a }\n',
    );
  });

  it('perspective-unlabeled uses a framework added by the configuration', () => {
    const text = 'perspectives:\n  - framework: schema-therapy\n';
    const [f] = lint(text, { config: { frameworks: ['schema-therapy'] } }).findings.filter((x) => x.rule === 'perspective-unlabeled');
    assert.ok(f?.fixes?.[0]);
    assert.ok(apply(text, f.fixes[0]).includes('label: Schema Therapy Perspective'));
  });

  it('framework-unknown replaces a misspelt id with the nearest known one', () => {
    const { fixed, fix } = fixOnce('perspectives:\n  - label: Family Systems Perspective\n    framework: family_systems\n', 'framework-unknown');
    assert.strictEqual(fix.preferred, true);
    assert.ok(fixed.includes('framework: family-systems'));
  });

  it('perspective-label-mismatch offers to relabel or to change the framework', () => {
    const text = 'perspectives:\n  - label: Psychodynamic Perspective\n    framework: cbt\n';
    const [f] = findingsOf(text, 'perspective-label-mismatch');
    assert.ok(f?.fixes);
    const results = f.fixes.map((x) => apply(text, x));
    assert.ok(results.includes('perspectives:\n  - label: Cognitive Behavioral Therapy Perspective\n    framework: cbt\n'));
    assert.ok(results.includes('perspectives:\n  - label: Psychodynamic Perspective\n    framework: psychodynamic\n'));
  });

  it('perspective-duplicate relates the second perspective to the first', () => {
    const text = 'perspectives:\n  - framework: cbt\n    author: a\n  - framework: cbt\n    author: a\n';
    const [f] = findingsOf(text, 'perspective-duplicate');
    assert.ok(f?.related?.[0]);
    assert.strictEqual(f.range.start.line, 3);
    assert.strictEqual(lint(text).document.lines.position(f.related[0].start).line, 1);
  });
});

describe('quick fixes: citation rules', () => {
  it('citation-undefined replaces a near-miss key inside a multi-key citation', () => {
    const text = 'introduction: |\n  As shown [@stard; @thase-1997, p. 3].\nreferences:\n  - id: star-d\n  - id: thase-1997\n';
    const { fixed } = fixOnce(text, 'citation-undefined');
    assert.ok(fixed.includes('[@star-d; @thase-1997, p. 3]'));
    assert.deepStrictEqual(findingsOf(fixed, 'citation-undefined'), []);
  });

  it('reference-duplicate points at the first entry', () => {
    const text = 'references:\n  - id: a\n  - id: b\n  - id: a\n';
    const [f] = findingsOf(text, 'reference-duplicate');
    assert.ok(f?.related?.[0]);
    assert.strictEqual(f.range.start.line, 3);
    assert.strictEqual(f.related[0].start, text.indexOf('a\n'));
  });

  it('reference-order sorts the list by first citation, moving comments with their entry', () => {
    const text =
      'introduction: |\n  A [@a] then [@c; @b].\nreferences:\n  - id: b\n    text: B.\n  # about c\n  - id: c\n    text: C.\n  - id: x\n  - id: a\n    text: A.\nkeywords: [k]\n';
    const { fixed } = fixOnce(text, 'reference-order');
    assert.strictEqual(
      fixed,
      'introduction: |\n  A [@a] then [@c; @b].\nreferences:\n  - id: a\n    text: A.\n  # about c\n  - id: c\n    text: C.\n  - id: b\n    text: B.\n  - id: x\nkeywords: [k]\n',
    );
    assert.deepStrictEqual(findingsOf(fixed, 'reference-order'), []);
  });

  it('reference-order is quiet when the only disorder is an uncited reference', () => {
    const text = 'introduction: "[@a] then [@b]"\nreferences:\n  - id: x\n  - id: a\n  - id: b\n';
    assert.deepStrictEqual(findingsOf(text, 'reference-order'), []);
    assert.strictEqual(findingsOf(text, 'reference-unused').length, 1);
  });
});
