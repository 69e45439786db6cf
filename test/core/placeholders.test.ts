import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NEW_CASE_SNIPPET } from '../../client/src/template';
import { lint, PLACEHOLDER_PHRASES } from '../../server/src/core';
import { repoRoot } from '../support/paths';

/**
 * Template and snippet defaults that are realistic example values, not
 * placeholder text: a real report may hold them. Every other default must be
 * in the engine's PLACEHOLDER_PHRASES, so the rule cannot fall behind the
 * template or the snippets.
 */
const EXAMPLE_VALUES = new Set(['J Clin Psychiatry', 'Alex', '45', 'teacher', 'sertraline', '100', '8', 'Cognitive Behavioral Therapy',
  'Details that could identify the patient have been removed or changed.']);

/** The default text of every `${n:default}` tab stop. */
function defaults(snippet: string): string[] {
  return [...snippet.matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]!);
}

function snippetBodies(): string[] {
  const dir = path.join(repoRoot, 'snippets');
  return fs.readdirSync(dir).flatMap((f) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, { body: string | string[] }>;
    return Object.values(json).map((s) => (Array.isArray(s.body) ? s.body.join('\n') : s.body));
  });
}

const HEAD = 'caselint: 1\ntype: case-report\n';
const marks = (text: string): string[] => lint(text).findings.filter((f) => f.rule === 'placeholder-text').map((f) => text.slice(f.start, f.end));

describe('placeholder-text', () => {
  it('knows every placeholder of the new-case template and of the snippets', () => {
    const all = [NEW_CASE_SNIPPET, ...snippetBodies()].flatMap(defaults);
    assert.ok(all.length > 20, 'the template and the snippets have placeholders');
    const unknown = all.filter((d) => !PLACEHOLDER_PHRASES.includes(d) && !EXAMPLE_VALUES.has(d));
    assert.deepStrictEqual(unknown, [], 'add these to PLACEHOLDER_PHRASES (core/rules/placeholder-text.ts) or to EXAMPLE_VALUES here');
  });

  it('reports each phrase as a whole value, and TODO, TBD, <...> and a lone ellipsis', () => {
    for (const phrase of PLACEHOLDER_PHRASES) assert.deepStrictEqual(marks(`${HEAD}title: "${phrase}"\n`), [phrase], phrase);
    assert.deepStrictEqual(marks(`${HEAD}title: Dose TODO later\nsubtitle: TBD\njournal: <journal>\ncourse: …\nabstract: '...'\n`), ['TODO', 'TBD', '<journal>', '…', '...']);
  });

  it('reports a <placeholder> with an apostrophe, a comma or a slash, in any kind of scalar', () => {
    const text = `${HEAD}course: <patient's response>. Mood lifted…\ntitle: "<dose, route>"\nsubtitle: '<patient''s word>'\nabstract: |\n  Then <yes/no> and <the patient’s view>; <occupation>.\n`;
    assert.deepStrictEqual(marks(text), ["<patient's response>", '<dose, route>', "<patient''s word>", '<yes/no>', '<the patient’s view>', '<occupation>']);
  });

  it('leaves HTML tags (also self-closing) and addresses in angle brackets alone', () => {
    const text = `${HEAD}abstract: |\n  One<br/>two<br />three<hr/>, <https://example.org/a-b>, <jdoe@example.org>, a <b>bold</b> claim.\n`;
    assert.deepStrictEqual(marks(text), []);
  });

  it('leaves real prose alone: an ellipsis inside a sentence, lower-case todo, comparisons, HTML tags, a phrase inside a longer text', () => {
    const text = `${HEAD}title: She paused… then went on\nsubtitle: a todo list\nabstract: |\n  Scores fell to <10 and >5; a <br> break... Title of the case study, retold.\n`;
    assert.deepStrictEqual(marks(text), []);
  });
});
