import * as assert from 'assert';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver';
import { provideCompletion } from '../../server/src/lsp/completion';
import { SEMANTIC_LEGEND } from '../../server/src/lsp/capabilities';
import { provideDocumentLinks } from '../../server/src/lsp/documentLinks';
import { provideHover } from '../../server/src/lsp/hover';
import { provideSemanticTokens } from '../../server/src/lsp/semanticTokens';
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

describe('context-aware completion', () => {
  function labelsAt(src: string): { labels: string[]; preselected: string[] } {
    const { state, position } = stateAtCursor(src);
    const items = provideCompletion(state, position).items;
    return { labels: items.map((i) => i.label), preselected: items.filter((i) => i.preselect).map((i) => i.label) };
  }
  const trial = (lines: string): string => CASE.replace('  - drug: sertraline\n    dose: 150 mg/day\n', `  - drug: ${lines}\n`);

  it('class: puts the drug\'s own class first and preselects it (venlafaxine: SNRI, not SSRI)', () => {
    const { labels, preselected } = labelsAt(trial('venlafaxine\n    class: $0\n    dose: 150 mg/day'));
    assert.strictEqual(labels[0], 'SNRI');
    assert.deepStrictEqual(preselected, ['SNRI']);
    assert.ok(labels.includes('SSRI'));
  });

  it('route: follows the drug (esketamine: intranasal; ketamine: intravenous; sertraline: oral)', () => {
    const session = (drug: string): string => CASE.replace('perspectives:\n', `interventions:\n  - kind: esketamine\n    sessions:\n      - number: 1\n        administrations:\n          - drug: ${drug}\n            route: $0\nperspectives:\n`);
    assert.strictEqual(labelsAt(session('esketamine')).labels[0], 'intranasal');
    assert.strictEqual(labelsAt(session('ketamine')).labels[0], 'intravenous');
    assert.strictEqual(labelsAt(session('sertraline')).labels[0], 'oral');
  });

  it('dose: units follow the drug (liothyronine: mcg/day; esketamine: mg; sertraline: mg/day)', () => {
    assert.strictEqual(labelsAt(trial('liothyronine\n    dose: 25 $0')).labels[0], 'mcg/day');
    assert.strictEqual(labelsAt(trial('esketamine\n    dose: 56 $0')).labels[0], 'mg');
    assert.strictEqual(labelsAt(trial('sertraline\n    dose: 150 $0')).labels[0], 'mg/day');
  });

  it('framework: in a perspective offers the frameworks the other perspectives do not use first', () => {
    const { labels, preselected } = labelsAt(CASE.replace('framework: cbt', 'framework: $0'));
    assert.notStrictEqual(labels[0], 'psychodynamic');
    assert.strictEqual(labels[labels.length - 1], 'psychodynamic');
    assert.strictEqual(preselected.length, 1);
  });
});

describe('links and semantic tokens', () => {
  const REFS = CASE.replace('    text: An invented reference about a large trial.\n', '    text: An invented reference about a large trial.\n    doi: 10.1176/appi.ajp.163.11.1905\n    pmid: "17074942"\n    url: https://example.org/trial\n');

  it('links the DOI, PMID and URL of a reference (and the article doi) to their resolver pages', () => {
    const { state } = stateAtCursor(`${REFS.replace('title: A Test', 'doi: 10.1000/example.42\ntitle: A Test')}$0`);
    const links = provideDocumentLinks(state);
    assert.deepStrictEqual(links.map((l) => l.target), [
      'https://doi.org/10.1000/example.42',
      'https://doi.org/10.1176/appi.ajp.163.11.1905',
      'https://pubmed.ncbi.nlm.nih.gov/17074942/',
      'https://example.org/trial',
    ]);
    const text = state.positions.text;
    const covered = links.map((l) => text.slice(state.positions.offset(l.range.start), state.positions.offset(l.range.end)));
    assert.deepStrictEqual(covered, ['10.1000/example.42', '10.1176/appi.ajp.163.11.1905', '17074942', 'https://example.org/trial']);
  });

  it('hovers a PMID with its PubMed page and the reference text, and a citation with linked identifiers', () => {
    const pmid = hoverMarkdown(REFS.replace('pmid: "17074942"', 'pmid: "170$074942"'));
    assert.match(pmid, /\[https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/17074942\/\]\(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/17074942\/\)/);
    assert.match(pmid, /An invented reference about a large trial\./);
    const cite = hoverMarkdown(REFS.replace('failed [@star-d]', 'failed [@sta$0r-d]'));
    assert.match(cite, /An invented reference/);
    assert.match(cite, /\[doi: 10\.1176\/appi\.ajp\.163\.11\.1905\]\(https:\/\/doi\.org\/10\.1176\/appi\.ajp\.163\.11\.1905\)/);
  });

  it('gives drugs, frameworks, author ids and citation keys semantic tokens; unknown ones carry the unknown modifier', () => {
    const src = CASE.replace('drug: sertraline', 'drug: sertralinx').replace('framework: cbt', 'framework: Zoloft').replace('author: lindqvist', 'author: nobody') + '$0';
    const { state } = stateAtCursor(src);
    const data = provideSemanticTokens(state);
    const text = state.positions.text;
    const tokens: { text: string; type: string; mods: string[] }[] = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      ch = data[i] === 0 ? ch + data[i + 1]! : data[i + 1]!;
      const start = state.positions.offset({ line, character: ch });
      tokens.push({
        text: text.slice(start, start + data[i + 2]!),
        type: SEMANTIC_LEGEND.tokenTypes[data[i + 3]!]!,
        mods: SEMANTIC_LEGEND.tokenModifiers.filter((_, b) => (data[i + 4]! & (1 << b)) !== 0),
      });
    }
    const find = (t: string): { type: string; mods: string[] } | undefined => tokens.find((x) => x.text === t);
    assert.deepStrictEqual(find('sertralinx'), { text: 'sertralinx', type: 'drug', mods: ['unknown'] });
    assert.deepStrictEqual(find('psychodynamic'), { text: 'psychodynamic', type: 'framework', mods: [] });
    assert.deepStrictEqual(find('Zoloft'), { text: 'Zoloft', type: 'framework', mods: ['unknown'] });
    assert.deepStrictEqual(find('nobody'), { text: 'nobody', type: 'author', mods: ['unknown'] });
    assert.deepStrictEqual(tokens.filter((t) => t.text === 'okafor').map((t) => t.mods), [['declaration'], [], []]);
    assert.deepStrictEqual(tokens.filter((t) => t.type === 'citation').map((t) => t.mods), [[], [], ['declaration']]);
  });
});
