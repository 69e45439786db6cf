import * as assert from 'assert';
import {
  adequacyMarkdown,
  citationAt,
  citationKeyPrefixAt,
  cursorAt,
  describeCursor,
  formatAdequacySummary,
  lint,
  termAt,
  trialStatusText,
  unitChoices,
  valueMarkdown,
} from '../../server/src/core';

const CASE = `caselint: 1
treatment_history:
  - drug: paroxetine
    dose: 20 mg/day
    duration: 2 weeks
  - drug: bupropion
    dose: 300 mg/day
  - drug: sertraline
    dose: 100 mg/day
    duration: 8 weeks
interventions:
  - kind: KAP
    sessions:
      - number: 1
        administrations:
          - { drug: ketamine, route: intramuscular, dose: 50 mg }
introduction: |
  Ketamine works by NMDA receptor antagonism [@star-d].
references:
  - id: star-d
    text: Example Author. An invented reference. 2006.
`;

/** The description at the first occurrence of `marker` (plus `shift` characters) in CASE. */
function describedAt(marker: string, shift = 1): { markdown: string; covered: string } | undefined {
  const result = lint(CASE);
  const offset = CASE.indexOf(marker) + shift;
  const found = describeCursor(result.analyses, cursorAt(result.document, offset));
  return found && { markdown: found.markdown, covered: CASE.slice(found.span.start, found.span.end) };
}

describe('describe (core)', () => {
  it("a trial's status reads the same in hover, the Markdown summary and the plain summary", () => {
    const summary = lint(CASE).analyses.adequacy;
    const plain = formatAdequacySummary(summary);
    const table = adequacyMarkdown(summary, 'a.case.yaml');
    assert.match(plain, /paroxetine 20 mg\/day x 2 weeks: not adequate \(2 weeks < 6 weeks\)/);
    assert.match(plain, /bupropion 300 mg\/day: cannot be judged \(no duration\)/);
    assert.ok(table.includes(`✗ ${trialStatusText('inadequate')}`), table);
    assert.ok(table.includes(`? ${trialStatusText('unassessable')}`), table);
    assert.ok(describedAt('paroxetine')?.markdown.includes('**This trial is not adequate**'));
    assert.ok(describedAt('bupropion')?.markdown.includes('**This trial cannot be judged**'));
    assert.ok(describedAt('sertraline')?.markdown.includes('**This trial is adequate**'));
  });

  it('describes a value over the value only, and a multi-word term over the whole term', () => {
    assert.strictEqual(describedAt('sertraline')?.covered, 'sertraline');
    const term = describedAt('receptor');
    assert.strictEqual(term?.covered, 'NMDA receptor antagonism');
    assert.ok(term?.markdown.includes('glutamate'), term?.markdown);
  });

  it('a route value: ketamine bioavailability, then what the schema says the route is', () => {
    const md = describedAt('intramuscular');
    assert.ok(md?.markdown.startsWith('**intramuscular**: ketamine bioavailability'), md?.markdown);
    assert.ok(md?.markdown.includes('93%'));
    assert.ok(md?.markdown.endsWith('Into a muscle (IM).'), md?.markdown);
  });

  it('valueMarkdown describes a candidate value as hover would, without the verdict of the trial being edited', () => {
    const result = lint(CASE);
    const path = ['treatment_history', 0, 'drug'];
    assert.ok(valueMarkdown(result.analyses, path, 'paroxetine')?.includes('This trial is not adequate'));
    assert.ok(valueMarkdown(result.analyses, ['treatment_history', 0, 'outcome'], 'remission')?.startsWith('Outcome: **remission**'));
    assert.strictEqual(valueMarkdown(result.analyses, ['treatment_history', 0, 'class'], 'no-such-class'), undefined);
  });

  it('citations: the one under the cursor (its @ included), and a key being typed after `[@`', () => {
    const doc = lint(CASE).document;
    const at = CASE.indexOf('@star-d');
    assert.strictEqual(citationAt(doc, at)?.key, 'star-d');
    assert.strictEqual(citationAt(doc, at - 2), undefined);
    const typing = lint('introduction: |\n  As reported [@sta, mail someone@later\n').document;
    const text = typing.text;
    const span = citationKeyPrefixAt(typing, text.indexOf('sta') + 2);
    assert.deepStrictEqual(span && text.slice(span.start, span.end), 'sta');
    assert.strictEqual(citationKeyPrefixAt(typing, text.indexOf('later') + 2), undefined, 'an @ after a word is an address, not a citation');
  });

  it('termAt finds brands and drugs as whole words only', () => {
    const result = lint('introduction: |\n  He took Lexapro, then Zoloftish pills.\n');
    const text = result.document.text;
    assert.deepStrictEqual(termAt(result.document, result.analyses.kb, text.indexOf('xapro')), { kind: 'drug', start: text.indexOf('Lexapro'), end: text.indexOf('Lexapro') + 7, text: 'Lexapro' });
    assert.strictEqual(termAt(result.document, result.analyses.kb, text.indexOf('oloft')), undefined);
  });

  it('unitChoices: a daily dose, one administration, a delay, a weight; nothing for other keys', () => {
    assert.strictEqual(unitChoices('dose', ['treatment_history', 0])?.[0], 'mg/day');
    assert.strictEqual(unitChoices('dose', ['interventions', 0, 'sessions', 0, 'administrations', 0])?.[0], 'mg');
    assert.strictEqual(unitChoices('after', [])?.[0], 'min');
    assert.deepStrictEqual(unitChoices('weight', ['patient']), ['kg']);
    assert.strictEqual(unitChoices('title', []), undefined);
  });

  it('never throws on odd input', () => {
    for (const text of ['', ':', '- - -', '{[', 'a: [b, {c: ', 'treatment_history: 3', 'treatment_history:\n  - drug: [1]\n']) {
      const result = lint(text);
      for (let o = 0; o <= text.length; o++) describeCursor(result.analyses, cursorAt(result.document, o));
    }
  });
});
