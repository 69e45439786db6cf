/**
 * The citation grammar (syntaxes/citation.injection.json), which colours
 * citations before the language server's semantic tokens arrive (and in
 * editors without them). Its regexes are Oniguruma's; those it uses read the
 * same in JavaScript with the `u` flag. A line is scanned as TextMate scans
 * it: at each position the pattern matching earliest wins, the first listed
 * on a tie, and a match is consumed whole.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scanCitations } from '../../server/src/core/citations';
import { repoRoot } from '../support/paths';

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  patterns?: Rule[];
  include?: string;
}

const grammar = JSON.parse(fs.readFileSync(path.join(repoRoot, 'syntaxes', 'citation.injection.json'), 'utf8')) as {
  patterns: Rule[];
  repository: Record<string, Rule>;
};

const resolve = (r: Rule): Rule => (r.include ? (grammar.repository[r.include.slice(1)] as Rule) : r);
const re = (source: string): RegExp => new RegExp(source, 'gu');

/** The citation keys the grammar colours on one line (bracketed and in-text), in order, without `@`, `-` or braces. */
function colouredKeys(line: string): string[] {
  const top = grammar.patterns.map(resolve);
  const keys: string[] = [];
  const keyOf = (token: string): string => token.replace(/^-?@\{?/, '').replace(/\}$/, '');
  let pos = 0;
  while (pos < line.length) {
    let best: { rule: Rule; m: RegExpExecArray } | undefined;
    for (const rule of top) {
      const r = re((rule.match ?? rule.begin) as string);
      r.lastIndex = pos;
      const m = r.exec(line);
      if (m && (!best || m.index < best.m.index)) best = { rule, m };
    }
    if (!best) break;
    const { rule, m } = best;
    pos = m.index + Math.max(1, m[0].length);
    if (rule.match !== undefined) {
      if (rule.name?.includes('entity.name.tag.reference')) keys.push(keyOf(m[0]));
      continue;
    }
    // A begin/end rule: its own patterns until its end.
    const end = re(rule.end as string);
    end.lastIndex = pos;
    const e = end.exec(line);
    const stop = e ? e.index : line.length;
    const inner = line.slice(pos, stop);
    for (const p of rule.patterns ?? []) {
      if (!p.name?.includes('entity.name.tag.reference')) continue;
      for (const k of inner.matchAll(re(p.match as string))) keys.push(keyOf(k[0]));
    }
    pos = e ? stop + Math.max(1, e[0].length) : line.length;
  }
  return keys;
}

describe('the citation grammar (syntaxes/citation.injection.json)', () => {
  it('colours bracketed citations, as before', () => {
    assert.deepStrictEqual(colouredKeys('Resistance is defined [@gaynes-2020; -@thase-1997, p. 12].'), ['gaynes-2020', 'thase-1997']);
  });

  it('colours Pandoc in-text citations, @key and @{key}, at the start or after a space or punctuation', () => {
    const cases: [string, string[]][] = [
      ['As @gaynes-2020 notes, two trials define resistance.', ['gaynes-2020']],
      ['@star-d opens the line', ['star-d']],
      ['(@a; @b) and "@c"', ['a', 'b', 'c']],
      ['see @{weird.key} here', ['weird.key']],
      ['as @a-2019. It ends a sentence; @b: a colon', ['a-2019', 'b']],
      ['[see @gaynes-2020, p. 4] is prose in brackets', ['gaynes-2020']],
    ];
    for (const [line, keys] of cases) assert.deepStrictEqual(colouredKeys(line), keys, line);
  });

  it('colours no @ inside an email, a URL, a path or a word, nor an escaped or lone one', () => {
    for (const line of [
      'Write to jdoe@example.org for the data.',
      'jdoe+list@example.org and j.doe@example.org and j_doe@x.org and j-doe@x.org',
      'The code is at https://example.org/@user and https://example.org/?by=@user too.',
      'at www.example.org/@user',
      'a handle \\@someone, and at @ noon',
      'user/@name and 10@20',
      '@user/repo, @jdoe#2 and @café are not written like reference ids',
    ]) {
      assert.deepStrictEqual(colouredKeys(line), [], line);
    }
  });

  it('colours the in-text citations the engine counts (core/citations.ts scanCitations), line by line', () => {
    const lines = [
      'As @gaynes-2020 notes, and [@spravato-label; see @b, p. 4].',
      'Mail jdoe@example.org or see https://example.org/@user; @c says so.',
      'x @{a.b} y @d. z \\@e f@g (@h) "@i" @j/k @l#2 @m: n',
      '@start, then,@after-comma and ;@after-semicolon',
    ];
    for (const line of lines) {
      assert.deepStrictEqual(colouredKeys(line), scanCitations(line).map((c) => c.key), line);
    }
  });
});
