import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver';
import type { CaselintConfig } from '../../server/src/core';
import { provideCompletion } from '../../server/src/lsp/completion';
import { stateAtCursor } from '../support/docState';

interface Completed {
  items: CompletionItem[];
  labels: string[];
  text: string;
  /** The text with an item's edit applied. */
  apply(label: string): string;
}

/** Completions at `$0` in `src`, from a DocState linted in-process. */
function complete(src: string, config: CaselintConfig = {}): Completed {
  const { state, text, position } = stateAtCursor(src, config);
  const document = state.document;
  const list = provideCompletion(state, position);
  const items = list.items;
  return {
    items,
    labels: items.map((i) => i.label),
    text,
    apply(label: string): string {
      const item = items.find((i) => i.label === label);
      assert.ok(item, `no item "${label}" in ${items.map((i) => i.label).join(', ')}`);
      const edit = item.textEdit as TextEdit;
      return TextDocument.applyEdits(document, [edit]);
    },
  };
}

function docOf(item: CompletionItem | undefined): string {
  assert.ok(item, 'expected an item');
  const d = item.documentation as MarkupContent | string | undefined;
  return typeof d === 'string' ? d : d?.value ?? '';
}

const HEAD = `caselint: 1
type: cross-talk
title: A synthetic case
authors:
  - id: yeung
    name: Alex Example
    affiliations: [dept-psych]
  - id: crain
    name: Lee Example
affiliations:
  dept-psych: Department of Psychiatry, Example University Hospital
  group-center: Example Center for Group Psychotherapy
`;

const ADMIN = `${HEAD}interventions:\n  - kind: KAP\n    sessions:\n      - number: 1\n        administrations:\n`;

describe('completion', () => {
  describe('values', () => {
    it('class: the drug\'s own class first, then the knowledge base classes in the format order, with descriptions', () => {
      const c = complete(`${HEAD}treatment_history:\n  - drug: duloxetine\n    class: $0\n`);
      assert.deepStrictEqual(c.labels.slice(0, 7), ['SNRI', 'SSRI', 'TCA', 'MAOI', 'atypical antidepressant', 'serotonin modulator', 'NMDA antagonist']);
      assert.ok(c.labels.includes('other'));
      assert.ok(docOf(c.items[0]).includes('duloxetine'));
      assert.strictEqual(c.apply('SNRI'), `${HEAD}treatment_history:\n  - drug: duloxetine\n    class: SNRI\n`);
    });

    it('route: in a flow map, every route with its ketamine bioavailability', () => {
      const c = complete(`${ADMIN}          - { drug: ketamine, route: $0 }\n`);
      assert.deepStrictEqual(c.labels, ['intravenous', 'intramuscular', 'intranasal', 'oral', 'sublingual', 'rectal', 'subcutaneous', 'transdermal']);
      assert.ok(docOf(c.items[1]).includes('93%'), docOf(c.items[1]));
      assert.ok(c.apply('sublingual').includes('{ drug: ketamine, route: sublingual }'));
    });

    it('outcome, procedure and other enums come from the schema with their descriptions', () => {
      const c = complete(`${HEAD}treatment_history:\n  - drug: duloxetine\n    outcome: $0\n`);
      assert.deepStrictEqual(c.labels, ['remission', 'response', 'partial response', 'no response', 'not tolerated', 'unknown']);
      assert.ok(c.apply('partial response').includes('outcome: partial response\n'));
      const p = complete(`${HEAD}treatment_history:\n  - procedure: $0\n`);
      assert.strictEqual(p.labels[0], 'ECT');
      assert.ok(docOf(p.items[0]).includes('Typical course'), docOf(p.items[0]));
    });

    it('framework: the knowledge base frameworks, including ones the configuration adds', () => {
      const c = complete(`${HEAD}perspectives:\n  - label: X\n    framework: $0\n`, { frameworks: ['schema-therapy'] });
      assert.strictEqual(c.labels[0], 'psychodynamic');
      assert.ok(c.labels.includes('cbt') && c.labels.includes('kap'));
      assert.ok(c.labels.includes('schema-therapy'));
      assert.strictEqual(c.items.find((i) => i.label === 'cbt')?.detail, 'Cognitive Behavioral Therapy');
    });
  });

  describe('drugs', () => {
    it('drug: under class SSRI offers the SSRIs only, alphabetically', () => {
      const c = complete(`${HEAD}treatment_history:\n  - class: SSRI\n    drug: $0\n`);
      assert.deepStrictEqual(c.labels, ['citalopram', 'escitalopram', 'fluoxetine', 'fluvoxamine', 'paroxetine', 'sertraline']);
      assert.ok(docOf(c.items[5]).includes('50 mg/day'));
    });

    it('a subclass synonym filters too (NDRI: bupropion)', () => {
      const c = complete(`${HEAD}treatment_history:\n  - class: NDRI\n    drug: $0\n`);
      assert.ok(c.labels.includes('bupropion'));
      assert.ok(!c.labels.includes('sertraline'));
    });

    it('role: augmentation puts augmentation agents first', () => {
      const c = complete(`${HEAD}treatment_history:\n  - role: augmentation\n    drug: $0\n`);
      const firstOther = c.labels.indexOf('citalopram');
      for (const agent of ['aripiprazole', 'lithium', 'liothyronine']) {
        const i = c.labels.indexOf(agent);
        assert.ok(i >= 0 && i < firstOther, `${agent} should come before citalopram: ${c.labels.join(', ')}`);
      }
      const plain = complete(`${HEAD}treatment_history:\n  - drug: $0\n`);
      assert.ok(plain.labels.indexOf('citalopram') < plain.labels.indexOf('lithium'));
    });

    it('a brand being typed: the generic is the label, the brand is in filterText and detail', () => {
      const c = complete(`${HEAD}treatment_history:\n  - drug: Cym$0\n`);
      const first = c.items[0];
      assert.strictEqual(first?.label, 'duloxetine');
      assert.ok(first?.detail?.includes('brand of duloxetine'), first?.detail);
      assert.ok(first?.filterText?.includes('Cymbalta'));
      assert.strictEqual(c.apply('duloxetine'), `${HEAD}treatment_history:\n  - drug: duloxetine\n`);
    });

    it('drugs in a concurrent list', () => {
      const c = complete(`${HEAD}interventions:\n  - kind: KAP\n    concurrent: [dulo$0]\n`);
      assert.ok(c.labels.includes('duloxetine'));
      assert.ok(c.apply('duloxetine').includes('concurrent: [duloxetine]'));
    });
  });

  describe('units', () => {
    it('after `dose: 60 ` in a trial: mg/day first, inserted after the space', () => {
      const src = `${HEAD}treatment_history:\n  - drug: duloxetine\n    dose: 60 $0\n`;
      const c = complete(src);
      assert.deepStrictEqual(c.labels.slice(0, 2), ['mg/day', 'mg']);
      assert.ok(c.labels.includes('mEq/L'));
      assert.ok(!c.labels.includes('weeks'));
      assert.ok(c.apply('mg/day').includes('dose: 60 mg/day\n'));
    });

    it('after a number with no space yet the unit brings its space', () => {
      const c = complete(`${HEAD}treatment_history:\n  - drug: duloxetine\n    dose: 60$0\n`);
      assert.ok(c.apply('mg/day').includes('dose: 60 mg/day\n'));
    });

    it('a partly typed unit is replaced whole', () => {
      const c = complete(`${HEAD}treatment_history:\n  - drug: duloxetine\n    duration: 8 we$0\n`);
      assert.strictEqual(c.labels[0], 'weeks');
      assert.ok(c.apply('weeks').includes('duration: 8 weeks\n'));
    });

    it('one administration is in mg; `after` is a delay; weight is kg', () => {
      assert.strictEqual(complete(`${ADMIN}          - { drug: ketamine, route: oral, dose: 100 $0 }\n`).labels[0], 'mg');
      assert.strictEqual(complete(`${ADMIN}          - { drug: ketamine, dose: 100 mg, after: 20 $0 }\n`).labels[0], 'min');
      assert.deepStrictEqual(complete(`${HEAD}patient:\n  weight: 82 $0\n`).labels, ['kg']);
    });
  });

  describe('ids', () => {
    it('author: the ids of the authors, with their names', () => {
      const c = complete(`${HEAD}perspectives:\n  - label: X\n    author: $0\n`);
      assert.deepStrictEqual(c.labels, ['yeung', 'crain']);
      assert.strictEqual(c.items[0]?.detail, 'Alex Example');
    });

    it("authors[].affiliations: the affiliation ids", () => {
      const c = complete(HEAD.replace('    name: Lee Example\n', '    name: Lee Example\n    affiliations: [$0]\n'));
      assert.deepStrictEqual(c.labels, ['dept-psych', 'group-center']);
      assert.ok(docOf(c.items[1]).includes('Group Psychotherapy'));
    });

    const REFS = 'references:\n  - id: star-d\n    text: Example Author. An invented reference about sequenced treatment. 2006.\n  - id: thase-1997\n    text: Other Author. Invented. 1997.\n';

    it('citation keys after `[@` and `; @`, with the reference text', () => {
      const c = complete(`${HEAD}introduction: |\n  As reported [@$0\n${REFS}`);
      assert.deepStrictEqual(c.labels, ['star-d', 'thase-1997']);
      assert.ok(docOf(c.items[0]).includes('sequenced treatment'));
      const second = complete(`${HEAD}introduction: |\n  As reported [@star-d; @th$0].\n${REFS}`);
      assert.deepStrictEqual(second.labels, ['star-d', 'thase-1997']);
      assert.ok(second.apply('thase-1997').includes('[@star-d; @thase-1997].'));
    });

    it('an @ in an address is not a citation', () => {
      const c = complete(`${HEAD}introduction: |\n  Write to someone@$0\n${REFS}`);
      assert.ok(!c.labels.includes('star-d'));
    });

    it('citation keys after an in-text `@`, in prose and in a plain or quoted value', () => {
      const c = complete(`${HEAD}introduction: |\n  As @$0\n${REFS}`);
      assert.deepStrictEqual(c.labels, ['star-d', 'thase-1997']);
      assert.ok(docOf(c.items[0]).includes('sequenced treatment'));
      const typed = complete(`${HEAD}introduction: |\n  As @tha$0 notes, (@star-d) too.\n${REFS}`);
      assert.ok(typed.apply('thase-1997').includes('As @thase-1997 notes, (@star-d) too.'));
      for (const src of [`course: As (@$0\n`, `course: "As @th$0"\n`, `introduction: |\n  @$0\n`]) {
        assert.deepStrictEqual(complete(`${HEAD}${src}${REFS}`).labels, ['star-d', 'thase-1997'], src);
      }
    });

    it('no citation keys after an @ that starts no in-text citation', () => {
      for (const src of [
        'introduction: |\n  Write to someone.else@$0\n',
        'introduction: |\n  See https://example.org/@$0\n',
        'introduction: |\n  See https://example.org/x?by=@$0\n',
        'introduction: |\n  A literal \\@$0\n',
        '# a comment @$0\n',
      ]) {
        assert.ok(!complete(`${HEAD}${src}${REFS}`).labels.includes('star-d'), src);
      }
      // Nor inside the reference list, which holds no citations.
      const inRefs = complete(`${HEAD}references:\n  - id: star-d\n    text: As @$0\n`);
      assert.ok(!inRefs.labels.includes('star-d'));
    });
  });

  describe('keys', () => {
    it('top-level keys not yet present, required first', () => {
      const c = complete(`${HEAD}$0\n`);
      for (const present of ['caselint', 'type', 'title', 'authors', 'affiliations']) assert.ok(!c.labels.includes(present), present);
      const required = ['abstract', 'patient', 'diagnoses', 'treatment_history'];
      assert.deepStrictEqual(c.labels.slice(0, required.length), required);
      assert.ok(c.labels.includes('references'));
      assert.ok(c.items[0]?.detail?.includes('required'));
    });

    it('keys of a treatment item after its siblings, minus those present', () => {
      const c = complete(`${HEAD}treatment_history:\n  - drug: duloxetine\n    dose: 60 mg/day\n    $0\n`);
      assert.ok(c.labels.includes('duration') && c.labels.includes('class') && c.labels.includes('outcome'));
      assert.ok(!c.labels.includes('drug') && !c.labels.includes('dose'));
      assert.ok(!c.labels.includes('procedure'), 'a drug trial takes no procedure key');
    });

    it('a key with a choice of values gets a choice snippet; prose gets a block scalar', () => {
      const c = complete(`${HEAD}treatment_history:\n  - drug: duloxetine\n    $0\n`);
      const role = c.items.find((i) => i.label === 'role');
      assert.strictEqual((role?.textEdit as TextEdit).newText, 'role: ${1|monotherapy,combination,augmentation|}');
      const top = complete(`${HEAD}$0\n`);
      assert.strictEqual((top.items.find((i) => i.label === 'abstract')?.textEdit as TextEdit).newText, 'abstract: |\n  $1');
    });

    it('a new treatment_history item fills the fields adequacy needs', () => {
      const c = complete(`${HEAD}treatment_history:\n  - $0\n`);
      assert.deepStrictEqual(c.labels, ['drug', 'procedure', 'therapy']);
      assert.strictEqual((c.items[0]?.textEdit as TextEdit).newText, 'drug: $1\n  dose: $2\n  duration: $3');
      const fresh = complete(`${HEAD}treatment_history:\n  - drug: sertraline\n  $0\n`);
      assert.strictEqual((fresh.items[0]?.textEdit as TextEdit).newText, '- drug: $1\n  dose: $2\n  duration: $3');
    });

    it('keys in a flow map stay on one line', () => {
      const c = complete(`${ADMIN}          - { drug: ketamine, ro$0 }\n`);
      assert.ok(c.labels.includes('route') && c.labels.includes('dose') && c.labels.includes('after'));
      assert.ok(!c.labels.includes('drug'));
      for (const item of c.items) assert.ok(!(item.textEdit as TextEdit).newText.includes('\n'), item.label);
      assert.ok(c.apply('dose').includes('{ drug: ketamine, dose: $1 }'));
    });

    it('renaming a key that already has its value keeps the value', () => {
      const c = complete(`${HEAD}patient:\n  age: 61\n  se$0: male\n`);
      assert.ok(!c.labels.includes('age'));
      assert.ok(c.apply('sex').endsWith('patient:\n  age: 61\n  sex: male\n'));
    });
  });

  it('every item carries documentation', () => {
    const cases = [
      `${HEAD}$0\n`,
      `${HEAD}treatment_history:\n  - drug: $0\n`,
      `${HEAD}treatment_history:\n  - drug: x\n    class: $0\n`,
      `${HEAD}treatment_history:\n  - drug: x\n    dose: 5 $0\n`,
      `${HEAD}treatment_history:\n  - $0\n`,
      `${HEAD}perspectives:\n  - author: $0\n`,
      `${HEAD}patient:\n  sex: $0\n`,
    ];
    for (const src of cases) {
      const c = complete(src);
      assert.ok(c.items.length > 0, src);
      for (const item of c.items) assert.ok(docOf(item).length > 0, `${item.label} has no documentation`);
    }
  });

  it('nothing in a comment or inside ordinary prose, and never throws on broken text', () => {
    assert.deepStrictEqual(complete(`${HEAD}# a comment $0\n`).labels, []);
    assert.deepStrictEqual(complete(`${HEAD}introduction: |\n  Plain words $0\n`).labels, []);
    for (const src of ['$0', ':$0', '- - $0', 'a: [$0', '{ drug: $0', '\t$0x: 1', 'a: |\n$0', '[@$0']) complete(src);
  });
});
