import * as assert from 'assert';
import { CaseDocument, lint } from '../../server/src/core';
import { allowedNames, detectAll, detectNames, detectTitledNames, type PhiMatch } from '../../server/src/core/phi';
import { foldDiacritics, givenKind } from '../../server/src/core/phi/names';

/**
 * The phi-name audit (docs/rules/phi-name.md): a given name and a surname
 * anywhere in a sentence, given names with diacritics, people who share an
 * author's surname or given name, scale words after an eponym, and surname
 * particles. Every person here is invented.
 */

function names(text: string, allowed: (w: string) => boolean = () => false): string[] {
  return detectAll(text, allowed, 2024)
    .filter((m) => m.kind === 'name')
    .map((m) => text.slice(m.start, m.end));
}

function each(title: string, cases: [string, string[]][]): void {
  describe(title, () => {
    for (const [text, expected] of cases) {
      const what = expected.length === 0 ? 'nothing' : expected.map((e) => `"${e}"`).join(', ');
      it(`finds ${what} in "${text}"`, () => assert.deepStrictEqual(names(text), expected));
    }
  });
}

each('a given name and a capitalized surname anywhere in a sentence, not only after a relation word', [
  ['He met James Keller there.', ['James Keller']],
  ['Tom Keller came.', ['Tom Keller']],
  ['Then Tom Keller called twice.', ['Tom Keller']],
  ...['Michael', 'Mary', 'William', 'Emma', 'Noah', 'Jack', 'Frank', 'Sam', 'Ben', 'Fatima', 'Aisha', 'Raj'].map(
    (n): [string, string[]] => [`He met ${n} Keller there.`, [`${n} Keller`]],
  ),
  ['Jack Keller drove her home.', ['Jack Keller']],
  ["Emily Novak's letter arrived.", ['Emily Novak']],
  ['She wrote to Priya Nandakumar, Oskar Lindgren and Aisha Bello.', ['Priya Nandakumar', 'Oskar Lindgren', 'Aisha Bello']],
]);

each('word-like given names: found inside a sentence; at its start only before a known surname and a verb', [
  ['They called Will Keller.', ['Will Keller']],
  ['He met May Keller at the clinic.', ['May Keller']],
  ['She phoned Grace Okoro twice.', ['Grace Okoro']],
  ['Her son, Will Baker, visited.', ['Will Baker']],
  ['Her brother, Case Miller, visited.', ['Case Miller']],
  // The same words at a sentence's start read as verbs, adjectives and institutions.
  ['Will Keller come back?', []],
  ['Will Spravato be covered by his plan?', []],
  ['Grace Hospital admitted her.', []],
  ['Hope Lodge gave her a room.', []],
  // At a sentence's start: a surname of the lexicon and a verb in the past or the third person make it a name.
  ['Frank Keller came.', ['Frank Keller']],
  ['Will Keller called twice that week.', ['Will Keller']],
  ['Frank Keller, the neighbour.', []],
  ['Frank Keller Memorial Hospital admitted her.', []],
  ['Will Tom Keller come back?', ['Tom Keller']],
  // A block scalar's line break and indent keep the sentence going.
  ['He met\n    Frank Keller there.', ['Frank Keller']],
  ['Her son,\n    Will Baker, visited.', ['Will Baker']],
  ['It ended.\n\n    Frank Keller came.', ['Frank Keller']],
  ['It ended.\n\n    Frank Keller come?', []],
  // A month after a date word is a date.
  ["In May Keller's mood lifted.", []],
  ['Since June Hamilton scores fell.', []],
  // Common words, places and titles of rank need a word that introduces a person.
  ['Case Management was arranged.', []],
  ['Her Care Coordinator visited weekly.', []],
  ['She was seen under the Care Programme Approach.', []],
  ['A Case Report of a Teacher With Recurrent Depression', []],
  ['A Journey of Hope Through Ketamine Therapy', []],
  ['Major Depressive Disorder was diagnosed.', []],
  ['She was referred to the Early Intervention in Psychosis service.', []],
  ['He lived in North Carolina, then West Virginia.', []],
  ['She moved to Ann Arbor, then Beverly Hills.', []],
  ['Her Kaiser Permanente plan covered it.', []],
  ['He attended Al Anon meetings.', []],
  ["He drank Jack Daniel's and smoked Mary Jane.", []],
  ['He believed he was Jesus Christ, then Napoleon Bonaparte.', []],
]);

describe('given names with diacritics', () => {
  for (const name of ['José Alvarez', 'Zoë Keller', 'Chloé Keller', 'Søren Lund', 'Björn Keller', 'Renée Keller', 'Łukasz Nowak']) {
    it(`finds "${name}" as its plain form is found`, () => {
      assert.deepStrictEqual(names(`He met ${name} there.`), [name]);
      assert.deepStrictEqual(names(`He met ${foldDiacritics(name)} there.`), [foldDiacritics(name)]);
    });
  }

  it('reads a decomposed accent (e and U+0301) like the composed one, the range on the original characters', () => {
    const text = 'He met Jose\u0301 Alvarez there.';
    const [m] = detectAll(text, () => false, 2024);
    assert.deepStrictEqual([m?.start, m?.end], [7, 7 + 'Jose\u0301 Alvarez'.length]);
  });

  it('folds diacritics and the letters that do not decompose', () => {
    const pairs: [string, string][] = [
      ['Søren', 'Soren'], ['Łukasz', 'Lukasz'], ['José', 'Jose'], ['Jose\u0301', 'Jose'], ['Æsa', 'Aesa'],
      ['Straße', 'Strasse'], ['Ødegaard', 'Odegaard'], ['Nguyễn', 'Nguyen'], ['Đorđe', 'Dorde'], ['李', '李'], ['Keller', 'Keller'],
    ];
    assert.deepStrictEqual(pairs.map(([w]) => foldDiacritics(w)), pairs.map(([, p]) => p));
  });

  it('looks up the hand-kept names of other languages', () => {
    assert.deepStrictEqual(['Ngozi', 'Søren', 'Soren', 'Łukasz', 'Fatima', 'Raj', 'Maya'].map(givenKind), ['name', 'name', 'name', 'name', 'name', 'name', 'name']);
  });
});

describe('people who share an author\'s surname or given name', () => {
  const doc = (prose: string): string => `caselint: 1
type: case-report
title: Sublingual ketamine in recurrent depression
authors:
  - id: thackeray
    name: Rowena Thackeray
  - id: nandakumar
    name: Priya A. Nandakumar
patient:
  alias: Ana
course: |
  ${prose}
`;
  const found = (prose: string): string[] => {
    const text = doc(prose);
    return lint(text)
      .findings.filter((f) => f.rule === 'phi-name')
      .map((f) => text.slice(f.start, f.end));
  };

  it('allows an author\'s full name, surname alone, and title with surname or full name', () => {
    assert.deepStrictEqual(
      found('Rowena Thackeray and Priya Nandakumar saw Ana; Dr. Thackeray and Dr. Priya Nandakumar agreed, as Prof. Nandakumar noted.'),
      [],
    );
  });

  it('finds another given name with an author\'s surname, with or without a title', () => {
    assert.deepStrictEqual(found('His father, David Thackeray, came. Dr. David Thackeray phoned.'), ['David Thackeray', 'Dr. David Thackeray']);
  });

  it('finds an author\'s given name with another surname', () => {
    assert.deepStrictEqual(found('Rowena Jones, a neighbour, called; Priya Keller and Dr. Rowena Jones came.'), [
      'Rowena Jones',
      'Priya Keller',
      'Dr. Rowena Jones',
    ]);
  });

  it('does not mix two authors\' names', () => {
    assert.deepStrictEqual(found('Rowena Nandakumar called.'), ['Rowena Nandakumar']);
  });

  it('never quotes the name in the message', () => {
    const text = doc('His father, David Thackeray, came.');
    for (const f of lint(text).findings.filter((x) => x.rule === 'phi-name')) {
      assert.ok(!f.message.includes('David') && !f.message.includes('Thackeray'), f.message);
    }
  });

  it('allowedNames gives each word and each two words of one name, in either order', () => {
    const allowed = allowedNames(new CaseDocument(doc('x')));
    for (const key of ['rowena', 'thackeray', 'rowena thackeray', 'thackeray rowena', 'priya nandakumar', 'nandakumar priya', 'ana']) {
      assert.ok(allowed.has(key), key);
    }
    assert.ok(!allowed.has('rowena nandakumar'));
  });
});

each('scale, disease and test words after an eponym or a given name', [
  ['His Hamilton Depression Rating Scale score was 24.', []],
  ['The Hamilton Anxiety scale was 20.', []],
  ['The Hamilton Anxiety Rating Scale was repeated.', []],
  ['He completed the Beck Youth Inventories.', []],
  ['The Connor Davidson Resilience Scale was low.', []],
  ['The Simpson Angus Scale and the Barnes Akathisia Rating Scale were normal.', []],
  ['Stanford Neuromodulation Therapy was offered.', []],
  ['Charles Bonnet syndrome was considered and Lou Gehrig\'s disease excluded.', []],
  ['He was seen at the Emily Novak Memorial Hospital.', []],
  ['Charles Bonnet\n    syndrome and the Emily Novak\n    Center.', []],
  ['He played chess with Hamilton Reyes.', ['Hamilton Reyes']],
]);

describe('surname particles and a title without a space', () => {
  const hits: [string, string][] = [
    ['Seen by Dr. de la Cruz today.', 'Dr. de la Cruz'],
    ['Ms. van der Berg came.', 'Ms. van der Berg'],
    ['Dr.Smith saw her.', 'Dr.Smith'],
    ['NOTE FROM DR.SMITH', 'DR.SMITH'],
    ['Dr. Van Gogh wrote.', 'Dr. Van Gogh'],
    ['Mr. bin Rashid called.', 'Mr. bin Rashid'],
    ['Her friend Maria de la Cruz came.', 'Maria de la Cruz'],
    ['He met Emily van der Berg.', 'Emily van der Berg'],
  ];
  for (const [text, expected] of hits) {
    it(`finds "${expected}" in "${text}"`, () => assert.deepStrictEqual(names(text), [expected]));
  }
  for (const text of ['Mr.A tolerated it', 'Dr. de la', 'He drank Dr Pepper.', 'Mr. Mr. Mr.']) {
    it(`finds nothing in "${text}"`, () => assert.deepStrictEqual(names(text), []));
  }
  it('allows an author\'s particle surname', () => {
    const allowed = (w: string): boolean => ['ana', 'de', 'la', 'cruz', 'ana cruz', 'cruz ana'].includes(w);
    assert.deepStrictEqual(detectTitledNames('Seen by Dr. de la Cruz.', allowed), []);
  });
});

describe('the name detectors stay linear on their new forms', () => {
  const MB = 1024 * 1024;
  const repeat = (unit: string): { text: string; count: number } => {
    const count = Math.ceil(MB / unit.length);
    return { text: unit.repeat(count), count };
  };
  const cases: [string, string][] = [
    ['he met Frank Keller ', 'Frank Keller'],
    ['and Søren Łukasz ', 'Søren Łukasz'],
    ['by Dr. de la Cruz and ', 'Dr. de la Cruz'],
    ['see Dr.Smith and ', 'Dr.Smith'],
    ['. Will Keller came', 'Will Keller'],
    ['! Tom Hall said ', 'Tom Hall'],
    ['met Mary Ellen Keller ', 'Mary Ellen Keller'],
  ];
  for (const [unit, expected] of cases) {
    it(`finds every one of the repeats of "${unit.trim()}" in 1 MB`, () => {
      const { text, count } = repeat(unit);
      const found: PhiMatch[] = detectNames(text);
      assert.strictEqual(found.length, count);
      assert.ok(found.every((m) => text.slice(m.start, m.end) === expected));
    });
  }
  for (const unit of ['Will ', 'Will Will May ', 'de la ', 'Dr.', 'Dr. de ', 'Hamilton Depression ', '. Will Keller come ', '? Will Keller ', 'the Tom Hall said ', '. Carnegie Hall ']) {
    it(`finds nothing in 1 MB of "${unit.trim()}"`, () => {
      assert.deepStrictEqual(detectNames(unit.repeat(Math.ceil(MB / unit.length))), []);
    });
  }
});
