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
      column: 2,
      idColumns: [
        { start: 31, end: 39 },
        { start: 41, end: 48 },
      ],
    });
    assert.deepStrictEqual(parseDirectiveLine('#caselint-disable doi-format reference-order')?.ids, ['doi-format', 'reference-order']);
    assert.deepStrictEqual(parseDirectiveLine('# caselint-disable')?.ids, []);
    // A trailing `--` is an empty reason, not a rule id.
    const bare = parseDirectiveLine('# caselint-disable consent-missing --');
    assert.deepStrictEqual([bare?.ids, bare?.reason], [['consent-missing'], '']);
    assert.deepStrictEqual(parseDirectiveLine('# caselint-disable consent-missing --\tseen by the editor')?.reason, 'seen by the editor');
  });

  it('disable and disable-next-line are alone on their line, disable-line ends one; an unknown kind is no directive', () => {
    assert.strictEqual(parseDirectiveLine('title: x # caselint-disable schema'), undefined);
    assert.strictEqual(parseDirectiveLine('# caselint-disabled schema'), undefined);
    assert.strictEqual(parseDirectiveLine('title: x # caselint-disable-lines schema'), undefined);
    assert.strictEqual(parseDirectiveLine('title: x# caselint-disable-line schema'), undefined, 'a YAML comment follows a space');
    const trailing = parseDirectiveLine('title: x  # caselint-disable-line schema,doi-format -- invented');
    assert.deepStrictEqual([trailing?.kind, trailing?.ids, trailing?.reason, trailing?.column], ['disable-line', ['schema', 'doi-format'], 'invented', 10]);
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

describe('directives in the engine: disable-line, key values, suppressed findings', () => {
  it('disable-line silences its own line only, and the silenced finding is returned with its directive', () => {
    const text = HEAD + DATES.replace('2021-03-14.', '2021-03-14.  # caselint-disable-line phi-date -- invented date');
    const result = lint(text);
    assert.deepStrictEqual(result.findings.filter((f) => f.rule === 'phi-date').map((f) => f.range.start.line), [5]);
    const silenced = result.suppressed.filter((f) => f.rule === 'phi-date');
    assert.deepStrictEqual(silenced.map((f) => [f.range.start.line, f.suppression]), [[4, { kind: 'disable-line', line: 4, reason: 'invented date' }]]);
  });

  it('a disable-line inside a quoted string is text', () => {
    const text = `${HEAD}clinical_points:\n  - "Seen on 2021-03-14. # caselint-disable-line phi-date"\n`;
    assert.deepStrictEqual(rulesOn(text, 'phi-date'), [4]);
  });

  it('a next-line directive above a key silences its whole value, block scalar included', () => {
    const text = `${HEAD}# caselint-disable-next-line phi-date -- invented\nclinical_points:\n  - Seen on 2021-03-14.\n  - Seen again on 2021-04-02.\ncourse: |\n  Seen on 2021-05-06.\n`;
    assert.deepStrictEqual(rulesOn(text, 'phi-date'), [8]);
    assert.strictEqual(lint(text).suppressed.filter((f) => f.rule === 'phi-date').length, 2);
  });

  it('inlineConfig: false ignores every directive', () => {
    const text = `${writeDirective('disable', ['phi-date'])}\n${HEAD}${DATES}`;
    assert.deepStrictEqual(rulesOn(text, 'phi-date'), []);
    const audit = lint(text, { inlineConfig: false });
    assert.deepStrictEqual(audit.findings.filter((f) => f.rule === 'phi-date').map((f) => f.range.start.line), [5, 6]);
    assert.deepStrictEqual(audit.suppressed, []);
  });
});

describe('disable-directive', () => {
  const messages = (text: string, config = {}): string[] => lint(text, { config }).findings.filter((f) => f.rule === 'disable-directive').map((f) => f.message);

  it('reports an unknown id with the nearest one, a safe fix when it is the only candidate, and the known ids still apply', () => {
    const text = `# caselint-disable phi-contakt, phi-date -- invented\n${HEAD}${DATES}`;
    const result = lint(text);
    const found = result.findings.filter((f) => f.rule === 'disable-directive');
    assert.strictEqual(found.length, 1);
    assert.match(found[0]!.message, /no rule is called "phi-contakt"; did you mean phi-contact\?/);
    assert.deepStrictEqual([found[0]!.start, found[0]!.end], [19, 30]);
    assert.deepStrictEqual(found[0]!.fixes?.map((f) => [f.title, f.safe]), [['Change to phi-contact', true]]);
    assert.deepStrictEqual(rulesOn(text, 'phi-date'), []);
    assert.match(messages(`# caselint-disable-next-line trial-duration-inadequat\n${HEAD}`)[0]!, /did you mean trial-duration-inadequate\?/);
  });

  it('reports a de-identification rule silenced without a reason, and still silences it', () => {
    const text = `# caselint-disable phi-contact phi-identifier phi-date phi-location phi-name phi-age\n${HEAD}${DATES}`;
    const m = messages(text);
    assert.strictEqual(m.length, 1);
    assert.match(m[0]!, /silencing phi-contact, phi-identifier, phi-date, phi-location, phi-name, phi-age removes de-identification checks; say why after " -- "/);
    assert.deepStrictEqual(rulesOn(text, 'phi-date'), []);
    assert.deepStrictEqual(messages(`# caselint-disable phi-date -- invented dates\n${HEAD}${DATES}`), []);
    assert.deepStrictEqual(messages(`# caselint-disable doi-format\n${HEAD}`), [], 'no reason needed for other rules');
    assert.strictEqual(messages(`# caselint-disable\n${HEAD}`).length, 1, 'a directive without ids silences de-identification too');
  });

  it('reports unused directives only when asked, per id', () => {
    const text = `${HEAD}# caselint-disable-next-line phi-date, doi-format -- invented\nclinical_points:\n  - Seen on 2021-03-14.\n`;
    assert.deepStrictEqual(messages(text), []);
    const unused = messages(text, { report_unused_disable_directives: true });
    assert.deepStrictEqual(unused, ['the directive silences doi-format, but its line has no doi-format finding; remove it']);
  });

  it('cannot itself be silenced', () => {
    const text = `# caselint-disable\n# caselint-disable disable-directive\n# caselint-disable-next-line phi-contakt\n${HEAD}`;
    const m = messages(text);
    assert.ok(m.some((x) => /phi-contakt/.test(x)), m.join('\n'));
    assert.ok(m.some((x) => /disable-directive cannot be silenced/.test(x)), m.join('\n'));
    assert.ok(NOT_DISABLEABLE.has('disable-directive'));
  });
});
