import * as assert from 'assert';
import { expandSnippetDefaults, NEW_CASE_SNIPPET } from '../../client/src/template';
import { lint } from '../../server/src/core/engine';
import { PLACEHOLDER_PHRASES } from '../../server/src/core';

// The end-to-end suite checks the same in a real editor; this is the fast check of the template itself.
describe('"caselint: New case report" template', () => {
  const text = expandSnippetDefaults(NEW_CASE_SNIPPET);

  it('expands every placeholder', () => {
    assert.doesNotMatch(text, /\$\{?\d/);
    assert.match(text, /^caselint: 1\ntype: cross-talk\ntitle: Title of the case\n/);
    assert.match(text, /\n {2}sex: female\n/);
    assert.match(text, /\n {2}consent: obtained\n/);
    assert.match(text, /\n {4}author: second-author\n/, 'a mirrored placeholder takes the default of its first occurrence');
  });

  it('is not clean until filled: placeholder-text marks its placeholder phrases, and nothing else fires', () => {
    const { findings, failures } = lint(text);
    assert.deepStrictEqual(findings.filter((f) => f.rule !== 'placeholder-text').map((f) => `${f.rule} ${f.range.start.line + 1}: ${f.message}`), []);
    assert.deepStrictEqual(failures, []);
    const marked = findings.map((f) => text.slice(f.start, f.end));
    assert.ok(marked.includes('Title of the case'), marked.join(' | '));
    assert.ok(marked.includes('Where the perspectives agree and differ.'), marked.join(' | '));
    assert.ok(marked.every((m) => PLACEHOLDER_PHRASES.includes(m)), marked.join(' | '));
  });

  it('has two labeled perspectives, a de-identification statement and consent', () => {
    const { document } = lint(text);
    const perspectives = document.get(['perspectives']) as { label: string; framework: string; author: string }[];
    assert.strictEqual(perspectives.length, 2);
    for (const p of perspectives) assert.ok(p.label && p.framework && p.author);
    assert.ok(document.get(['deidentification', 'statement']));
    assert.strictEqual(document.get(['deidentification', 'consent']), 'obtained');
  });
});
