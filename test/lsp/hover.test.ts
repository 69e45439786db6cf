import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { CaselintConfig } from '../../server/src/core';
import { provideHover } from '../../server/src/lsp/hover';
import { stateAtCursor } from '../support/docState';

/** The hover at `$0` in `src`. */
function hoverAt(src: string, config: CaselintConfig = {}): { hover: Hover | null; text: string } {
  const { state, text, position } = stateAtCursor(src, config);
  return { hover: provideHover(state, position), text };
}

function markdown(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  const c = h.contents as MarkupContent;
  assert.strictEqual(c.kind, 'markdown');
  return c.value;
}

function hoverText(src: string, config?: CaselintConfig): string {
  return markdown(hoverAt(src, config).hover);
}

/** The text the hover's range covers. */
function hoveredText(src: string): string {
  const { hover, text } = hoverAt(src);
  assert.ok(hover?.range, 'expected a hover with a range');
  const doc = TextDocument.create('file:///x', 'yaml', 1, text);
  return text.slice(doc.offsetAt(hover.range.start), doc.offsetAt(hover.range.end));
}

const HEAD = `caselint: 1
type: cross-talk
title: A synthetic case
authors:
  - id: yeung
    name: Alex Example
    degrees: [MD, ScD]
    affiliations: [dept-psych]
affiliations:
  dept-psych: Department of Psychiatry, Example University Hospital
`;

describe('hover', () => {
  describe('drugs', () => {
    it('a drug in treatment_history: class, brands, doses with sources, and the adequate verdict', () => {
      const md = hoverText(`${HEAD}treatment_history:\n  - drug: dulox$0etine\n    dose: 60 mg/day\n    duration: 6 months\n`);
      for (const fact of ['SNRI', 'Cymbalta', '60 mg/day', '120 mg/day', 'ATRQ', 'This trial is adequate', 'norepinephrine']) {
        assert.ok(md.includes(fact), `missing "${fact}" in:\n${md}`);
      }
      assert.match(md, /\*\*Sources\*\*/);
    });

    it('a short trial says it is not adequate, and why', () => {
      const md = hoverText(`${HEAD}treatment_history:\n  - drug: sertr$0aline\n    dose: 50 mg/day\n    duration: 3 weeks\n`);
      assert.ok(md.includes('SSRI'));
      assert.ok(md.includes('not adequate'), md);
      assert.ok(md.includes('3 weeks'), md);
    });

    it('a brand name resolves to its generic', () => {
      const md = hoverText(`${HEAD}treatment_history:\n  - drug: Cymb$0alta\n    dose: 60 mg/day\n    duration: 8 weeks\n`);
      assert.ok(md.includes('brand of **duloxetine**'), md);
      assert.ok(md.includes('SNRI'));
    });

    it('uncertain values are marked', () => {
      const md = hoverText(`${HEAD}treatment_history:\n  - drug: vilaz$0odone\n`);
      assert.ok(md.includes('*(uncertain)*'), md);
    });

    it('a drug in a concurrent list and a drug named in prose', () => {
      const concurrent = hoverText(`${HEAD}interventions:\n  - kind: KAP\n    concurrent: [bupropion 300 mg/day, dulox$0etine 60 mg/day]\n`);
      assert.ok(concurrent.includes('duloxetine') && concurrent.includes('SNRI'), concurrent);
      const prose = `${HEAD}patient:\n  history: |\n    He had taken Lexa$0pro for a year.\n`;
      const md = hoverText(prose);
      assert.ok(md.includes('escitalopram') && md.includes('SSRI'), md);
      assert.strictEqual(hoveredText(prose), 'Lexapro');
    });
  });

  describe('values', () => {
    it('a class value lists its drugs', () => {
      const md = hoverText(`${HEAD}treatment_history:\n  - drug: duloxetine\n    class: SN$0RI\n`);
      assert.ok(md.includes('reuptake'), md);
      assert.ok(md.includes('venlafaxine'), md);
    });

    it('intramuscular shows the 93% ketamine bioavailability', () => {
      const md = hoverText(`${HEAD}interventions:\n  - kind: KAP\n    sessions:\n      - number: 1\n        administrations:\n          - { drug: ketamine, route: intramus$0cular, dose: 50 mg }\n`);
      assert.ok(md.includes('93%'), md);
      assert.ok(md.includes('bioavailability'));
    });

    it('intranasal shows both the case article figure and the other sources where they differ', () => {
      const md = hoverText(`${HEAD}interventions:\n  - kind: KAP\n    sessions:\n      - number: 1\n        administrations:\n          - drug: ketamine\n            route: intrana$0sal\n`);
      assert.ok(md.includes('The case article: 8-45%'), md);
      assert.ok(md.includes('Other sources: 25-50%'), md);
    });

    it('a framework value', () => {
      const md = hoverText(`${HEAD}perspectives:\n  - label: CBT Perspective\n    framework: cb$0t\n    author: yeung\n`);
      assert.ok(md.includes('Cognitive Behavioral Therapy'), md);
    });

    it('a framework added by the configuration', () => {
      const md = hoverText(`${HEAD}perspectives:\n  - framework: schema-the$0rapy\n`, { frameworks: ['schema-therapy'] });
      assert.ok(md.includes('Schema Therapy'), md);
    });

    it('a procedure value shows its typical course', () => {
      const md = hoverText(`${HEAD}treatment_history:\n  - procedure: E$0CT\n    sessions: 12\n`);
      assert.ok(md.includes('Electroconvulsive therapy'), md);
      assert.ok(md.includes('Typical course'), md);
      assert.ok(md.includes('6-12'), md);
    });

    it('an author id in `author:` shows the name and degrees', () => {
      const md = hoverText(`${HEAD}perspectives:\n  - label: X\n    framework: cbt\n    author: yeu$0ng\n`);
      assert.ok(md.includes('Alex Example'), md);
      assert.ok(md.includes('MD, ScD'), md);
      assert.ok(md.includes('Example University Hospital'), md);
    });

    it("an author's affiliation id shows the affiliation", () => {
      const md = hoverText(HEAD.replace('affiliations: [dept-psych]', 'affiliations: [dept-p$0sych]'));
      assert.ok(md.includes('Department of Psychiatry'), md);
    });

    it('an enum value shows its description', () => {
      const md = hoverText(`${HEAD}treatment_history:\n  - drug: duloxetine\n    outcome: remiss$0ion\n`);
      assert.ok(md.includes('remission'), md);
      assert.ok(/resolved/i.test(md), md);
    });
  });

  describe('prose', () => {
    const prose = (line: string): string => `${HEAD}introduction: |\n  Some context.\n  ${line}\nabstract: |\n  Short.\n`;

    it('a multi-word mechanism term covers the whole term', () => {
      const src = prose('Ketamine works by NMDA recep$0tor antagonism, it is thought.');
      const md = hoverText(src);
      assert.ok(md.includes('NMDA receptor antagonism'), md);
      assert.ok(md.includes('glutamate'), md);
      assert.strictEqual(hoveredText(src), 'NMDA receptor antagonism');
    });

    it('short mechanism words: NMDA, 5-HT2A, synaptogenesis', () => {
      assert.ok(hoverText(prose('It blocks NM$0DA channels.')).includes('NMDA receptor antagonism'));
      assert.ok(hoverText(prose('Psychedelics act at 5-HT$02A receptors.')).includes('5-HT2A'));
      assert.ok(/neuroplasticity/i.test(hoverText(prose('It promotes synapto$0genesis in PFC.'))));
    });

    it('a citation key shows the reference text', () => {
      const src = `${HEAD}introduction: |\n  As reported [@thase-1997; @star$0-d].\nreferences:\n  - id: star-d\n    text: Example Author. An invented reference about sequenced treatment. 2006.\n  - id: thase-1997\n    text: Other Author. Invented. 1997.\n`;
      const md = hoverText(src);
      assert.ok(md.includes('An invented reference about sequenced treatment'), md);
      assert.strictEqual(hoveredText(src), '@star-d');
    });

    it('an in-text citation key shows the reference text, the hover covering `@key` or `@{key}`', () => {
      const refs = 'references:\n  - id: star-d\n    text: Example Author. An invented reference about sequenced treatment. 2006.\n';
      for (const [line, covered] of [
        ['As @star$0-d notes, steps help.', '@star-d'],
        ['As $0@star-d notes, steps help.', '@star-d'],
        ['As @star-d$0 notes, steps help.', '@star-d'],
        ['As @{star-d$0} notes, steps help.', '@{star-d}'],
        ['As @$0{star-d} notes, steps help.', '@{star-d}'],
      ] as const) {
        const src = `${HEAD}introduction: |\n  ${line}\n${refs}`;
        assert.ok(hoverText(src).includes('An invented reference about sequenced treatment'), line);
        assert.strictEqual(hoveredText(src), covered, line);
      }
      // Right after a key, before the next one's `@`, the hover is the key's.
      const two = 'references:\n  - id: star-d\n    text: Invented. 2006.\n  - id: thase-1997\n    text: Other Author. Invented about staging. 1997.\n';
      assert.strictEqual(hoveredText(`${HEAD}introduction: |\n  As reported [@thase-1997$0;@star-d].\n${two}`), '@thase-1997');
      // An address or a URL is no citation.
      const mail = hoverAt(`${HEAD}introduction: |\n  Write to star-d@exa$0mple.org.\n${refs}`).hover;
      assert.ok(!mail || !markdown(mail).includes('sequenced treatment'));
      const url = hoverAt(`${HEAD}introduction: |\n  See https://example.org/@star$0-d.\n${refs}`).hover;
      assert.ok(!url || !markdown(url).includes('sequenced treatment'));
    });

    it('a citation without a reference says so', () => {
      const md = hoverText(`${HEAD}introduction: |\n  As reported [@nowh$0ere].\n`);
      assert.ok(md.includes('No entry in `references`'), md);
    });

    it('an ordinary word has no hover', () => {
      assert.strictEqual(hoverAt(prose('He enjoyed gar$0dening.')).hover, null);
    });
  });

  describe('keys', () => {
    it('a key shows its schema description', () => {
      const md = hoverText(`${HEAD}treatment_his$0tory:\n  - drug: duloxetine\n`);
      assert.ok(md.includes('Treatment history'), md);
      assert.ok(md.includes('drug'), md);
    });

    it('a nested key inside a treatment item', () => {
      const md = hoverText(`${HEAD}treatment_history:\n  - drug: duloxetine\n    dur$0ation: 8 weeks\n`);
      assert.ok(/Duration/.test(md), md);
    });
  });

  it('nothing in a comment, and never throws on broken text', () => {
    assert.strictEqual(hoverAt(`${HEAD}# a comment about dulox$0etine\n`).hover, null);
    for (const src of ['$0', ':$0', '- - $0', 'a: [$0', '{ drug: $0', '\t$0x: 1', 'a: |\n$0']) hoverAt(src);
  });
});
