import * as assert from 'assert';
import {
  NOT_DISABLEABLE,
  addToDirective,
  canDisable,
  lint,
  parseDirectiveLine,
  writeDirective,
  type DirectiveKind,
} from '../../server/src/core';

const HEAD = 'caselint: 1\ntype: case-report\ntitle: A case\n';
/** Two lines that each raise phi-date (line 4 and line 5, zero-based). */
const DATES = 'clinical_points:\n  - Seen on 2021-03-14.\n  - Seen again on 2021-04-02.\n';

function rulesOn(text: string, rule: string): number[] {
  return lint(text).findings.filter((f) => f.rule === rule).map((f) => f.range.start.line);
}

describe('directive grammar (core/directives.ts)', () => {
  it('reads the kind, the ids (spaces or commas) and the reason', () => {
    assert.deepStrictEqual(parseDirectiveLine('  # caselint-disable-next-line phi-date, phi-age -- invented dates'), {
      kind: 'disable-next-line',
      ids: ['phi-date', 'phi-age'],
      reason: 'invented dates',
      listEnd: '  # caselint-disable-next-line phi-date, phi-age'.length,
    });
    assert.deepStrictEqual(parseDirectiveLine('#caselint-disable doi-format reference-order')?.ids, ['doi-format', 'reference-order']);
    assert.deepStrictEqual(parseDirectiveLine('# caselint-disable')?.ids, []);
  });

  it('is a comment alone on its line, and an unknown kind is no directive', () => {
    assert.strictEqual(parseDirectiveLine('title: x # caselint-disable schema'), undefined);
    assert.strictEqual(parseDirectiveLine('# caselint-disabled schema'), undefined);
    assert.strictEqual(parseDirectiveLine('# caselint-disable-line schema'), undefined);
    assert.strictEqual(parseDirectiveLine('# a note about caselint'), undefined);
  });

  it('reads back what it writes: kind, ids and reason', () => {
    const cases: [DirectiveKind, string[], string | undefined][] = [
      ['disable', ['phi-date'], undefined],
      ['disable', ['phi-date', 'reference-order', 'doi-format'], 'fictional case'],
      ['disable-next-line', ['author-undefined'], undefined],
      ['disable-next-line', ['phi-age', 'phi-date'], 'the age is invented -- really'],
      ['disable', [], undefined],
    ];
    for (const [kind, ids, reason] of cases) {
      const written = writeDirective(kind, ids, reason);
      const read = parseDirectiveLine(written);
      assert.ok(read, written);
      assert.deepStrictEqual([read.kind, read.ids, read.reason], [kind, ids, reason], written);
      assert.deepStrictEqual(parseDirectiveLine(`    ${written}`)?.ids, ids, 'indented');
    }
  });

  it('adds an id to a directive before its reason, and leaves a bare directive alone', () => {
    for (const line of ['# caselint-disable-next-line phi-date -- invented', '  # caselint-disable phi-date,', '# caselint-disable phi-date   ']) {
      const directive = parseDirectiveLine(line)!;
      const { column, text } = addToDirective(line, directive, 'phi-age');
      const after = parseDirectiveLine(line.slice(0, column) + text + line.slice(column))!;
      assert.deepStrictEqual(after.ids, ['phi-date', 'phi-age'], line);
      assert.strictEqual(after.reason, directive.reason, line);
    }
    const bare = '# caselint-disable-next-line';
    assert.deepStrictEqual(addToDirective(bare, parseDirectiveLine(bare)!, 'phi-age'), { column: bare.length, text: '' });
  });

  it('keeps yaml-syntax out of reach of directives', () => {
    assert.ok(NOT_DISABLEABLE.has('yaml-syntax'));
    assert.strictEqual(canDisable('yaml-syntax'), false);
    assert.strictEqual(canDisable('phi-date'), true);
  });
});

describe('directives in the engine', () => {
  it('a written next-line directive silences the named rule on the line below only', () => {
    assert.deepStrictEqual(rulesOn(HEAD + DATES, 'phi-date'), [4, 5]);
    const text = HEAD + DATES.replace('  - Seen on', `  ${writeDirective('disable-next-line', ['phi-age', 'phi-date'], 'invented')}\n  - Seen on`);
    assert.deepStrictEqual(rulesOn(text, 'phi-date'), [6]);
  });

  it('a written file directive silences the named rules everywhere, and no other', () => {
    const text = `${writeDirective('disable', ['phi-date'])}\n${HEAD}${DATES}doi: 10.12/x\n`;
    assert.deepStrictEqual(rulesOn(text, 'phi-date'), []);
    assert.strictEqual(rulesOn(text, 'doi-format').length, 1);
    assert.deepStrictEqual(rulesOn(`${writeDirective('disable', [])}\n${HEAD}${DATES}doi: 10.12/x\n`, 'doi-format'), []);
  });

  it('a directive-looking line inside a block scalar is text, not a directive', () => {
    const text = `${HEAD}abstract: |\n  # caselint-disable phi-date\n  Plain text.\n${DATES}`;
    assert.deepStrictEqual(rulesOn(text, 'phi-date'), [7, 8]);
  });

  it('never silences yaml-syntax', () => {
    const text = `# caselint-disable\n# caselint-disable yaml-syntax\n${HEAD}title: again\n`;
    assert.strictEqual(rulesOn(text, 'yaml-syntax').length, 1);
  });
});
