import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, lint, type Finding } from '../../server/src/core';
import { Citer } from '../../server/src/core/pages/prose';
import { repoRoot } from '../support/paths';

const REFS = `references:
  - id: fava-2003
    text: An invented reference about staging models. 2003.
  - id: gaynes-2020
    text: An invented reference about definitions of resistance. 2020.
`;

function findings(text: string, rule: string): Finding[] {
  return lint(text).findings.filter((f) => f.rule === rule);
}

function covered(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}

describe('citation rules and Pandoc in-text citations', () => {
  it('citation-undefined: an in-text key that names no reference offers the nearest id, and its fix cites it', () => {
    const text = `caselint: 1\nintroduction: |\n  As @fava-2004 notes, staging models count failed trials [@gaynes-2020].\n${REFS}`;
    const [f, ...rest] = findings(text, 'citation-undefined');
    assert.ok(f);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(f.message, 'citation @fava-2004 names no reference; did you mean fava-2003?');
    assert.strictEqual(covered(text, f), 'fava-2004');
    const fix = f.fixes?.find((x) => x.preferred);
    assert.strictEqual(fix?.title, 'Cite fava-2003');
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('As @fava-2003 notes'));
    assert.deepStrictEqual(findings(fixed, 'citation-undefined'), []);
  });

  it('reference-unused: a reference cited only in the text counts as cited', () => {
    const text = `caselint: 1\nintroduction: |\n  As @fava-2003 notes, staging models count failed trials; @{gaynes-2020} agrees.\n${REFS}`;
    assert.deepStrictEqual(findings(text, 'reference-unused'), []);
    assert.deepStrictEqual(findings(text, 'citation-undefined'), []);
    // An address or a URL that holds the id is no citation.
    const notCited = `caselint: 1\nintroduction: |\n  Write to fava-2003@example.org or see https://example.org/@gaynes-2020.\n${REFS}`;
    assert.deepStrictEqual(findings(notCited, 'reference-unused').map((f) => covered(notCited, f)), ['fava-2003', 'gaynes-2020']);
  });

  it('reference-order: an in-text citation sets the order of first citation', () => {
    const text = `caselint: 1\nintroduction: |\n  As @gaynes-2020 notes, two trials define it; staging counts them [@fava-2003].\n${REFS}`;
    const [f] = findings(text, 'reference-order');
    assert.ok(f);
    assert.strictEqual(f.message, 'reference fava-2003 is listed 1st but first cited 2nd; in order of first citation it belongs at position 2');
    const sorted = applyEdits(text, f.fixes?.[0]?.edits ?? []);
    assert.ok(sorted.indexOf('id: gaynes-2020') < sorted.indexOf('id: fava-2003'));
    assert.deepStrictEqual(findings(sorted, 'reference-order'), []);
  });

  it('a handle is read as a citation, but its message does not repeat it and a fix escapes the @', () => {
    for (const [value, escaped] of [
      ['|\n  Updates come from @clinic42 each week.\n', '\\@clinic42'],
      ['Updates come from @clinic42 each week.\n', '\\@clinic42'],
      ["'Updates come from @clinic42 each week.'\n", '\\@clinic42'],
      ['"Updates come from @clinic42 each week."\n', '\\\\@clinic42'],
    ] as const) {
      const text = `caselint: 1\ncourse: ${value}${REFS}`;
      const [f, ...rest] = findings(text, 'citation-undefined');
      assert.ok(f, value);
      assert.deepStrictEqual(rest, []);
      assert.ok(!f.message.includes('clinic42'), f.message);
      const literal = escaped.slice(0, -'clinic42'.length);
      assert.strictEqual(f.message, `this @ starts an in-text citation that names no reference; add it to references, or write ${literal} if it is not a citation`);
      const fix = f.fixes?.find((x) => x.title === 'Escape the @ (not a citation)');
      assert.ok(fix && !fix.safe, value);
      const fixed = applyEdits(text, fix.edits);
      assert.ok(fixed.includes(escaped), fixed);
      const after = lint(fixed).findings;
      assert.deepStrictEqual(after.filter((x) => x.rule === 'citation-undefined' || x.rule === 'yaml-syntax'), [], fixed);
    }
    const none = `caselint: 1\ncourse: Updates come from @clinic42.\n`;
    assert.match(findings(none, 'citation-undefined')[0]?.message ?? '', /^this @ starts an in-text citation, but the document has no references list; write \\@ if it is not a citation$/);
  });

  it('a bracketed key that names nothing keeps its message', () => {
    const text = `caselint: 1\ncourse: Improvement was brief [@mathai-2022].\n${REFS}`;
    assert.deepStrictEqual(findings(text, 'citation-undefined').map((f) => f.message), ['citation @mathai-2022 names no reference; add it to references']);
  });

  it('the article numbers in-text citations with the bracketed ones, in reading order', () => {
    const c = new Citer(new Set(['a', 'b', 'c']));
    assert.strictEqual(c.numbered('As @b notes [@a; @c], @a and @{c} agree; @jdoe42 does not, nor x@a.', false), 'As [1] notes [2, 3], [2] and [3] agree; @jdoe42 does not, nor x@a.');
    assert.deepStrictEqual(c.order(), ['b', 'a', 'c']);
    assert.strictEqual(new Citer(new Set(['a'])).numbered('As @a notes.', true), 'As \\[1\\] notes.');
  });
});

/** The Incorrect examples of a rule's page, each with the messages written under it. */
function incorrectExamples(id: string): { yaml: string; messages: string[] }[] {
  const page = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${id}.md`), 'utf8');
  const section = /^## Incorrect\n([\s\S]*?)^## /m.exec(page)?.[1] ?? '';
  const out: { yaml: string; messages: string[] }[] = [];
  for (const part of section.split(/^```yaml\n/m).slice(1)) {
    const [yaml = '', after = ''] = part.split(/^```\n/m);
    const messages = [...after.matchAll(/^`(.+)`$/gm)].map((m) => m[1] as string);
    out.push({ yaml, messages });
  }
  return out;
}

describe('rule pages: the Incorrect examples get the messages they show', () => {
  for (const id of ['citation-undefined', 'reference-unused', 'reference-order', 'placeholder-text']) {
    it(id, () => {
      const examples = incorrectExamples(id);
      assert.ok(examples.length > 0 && examples.every((e) => e.messages.length > 0), `${id}: an Incorrect example with its message`);
      for (const { yaml, messages } of examples) {
        const got = lint(`caselint: 1\n${yaml}`).findings.filter((f) => f.rule === id).map((f) => f.message);
        for (const m of messages) assert.ok(got.includes(m), `${id}: "${m}" not among ${JSON.stringify(got)}`);
      }
    });
  }
});
