import * as assert from 'assert';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver';
import { provideHover } from '../../server/src/lsp/hover';
import { provideDocumentSymbols } from '../../server/src/lsp/outline';
import { CASE } from '../support/case';
import { stateAtCursor } from '../support/docState';

function hoverMarkdown(src: string): string {
  const { state, position } = stateAtCursor(src);
  const h = provideHover(state, position);
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

describe('outline and hover as an author reads them', () => {
  it('outlines a trial with its quantities as written and the adequacy verdict beside', () => {
    const src = CASE.replace('duration: 12 weeks', 'duration: 5 years') + '$0';
    const { state } = stateAtCursor(src);
    const history = provideDocumentSymbols(state).find((s) => s.name === 'Treatment history');
    const trial = history?.children?.[0] as DocumentSymbol;
    assert.strictEqual(trial.name, 'sertraline 150 mg/day x 5 years');
    assert.strictEqual(trial.detail, 'adequate');
    const short = stateAtCursor(CASE.replace('duration: 12 weeks', 'duration: 3 weeks') + '$0').state;
    const verdict = provideDocumentSymbols(short).find((s) => s.name === 'Treatment history')?.children?.[0]?.detail;
    assert.strictEqual(verdict, 'not adequate');
  });

  it('a drug hover has no reliability boilerplate when none of its values is uncertain', () => {
    const md = hoverMarkdown(CASE.replace('drug: sertraline', 'drug: sert$0raline'));
    assert.match(md, /\*\*sertraline\*\*/);
    assert.doesNotMatch(md, /secondary transcription|not checked|Uncertain/);
  });

  it('a drug with an uncertain value says so once, naming the value and its source with the source\'s caveat', () => {
    const md = hoverMarkdown(CASE.replace('drug: sertraline', 'drug: vila$0zodone').replace('150 mg/day', '20 mg/day'));
    const caveats = md.split('\n').filter((l) => l.startsWith('*Uncertain:*'));
    assert.deepStrictEqual(caveats, ['*Uncertain:* the minimum adequate dose (ATRQ-COMP006: a secondary transcription, not checked against the official MGH ATRQ).']);
    assert.strictEqual(md.split('secondary transcription').length, 2, md);
  });
});
