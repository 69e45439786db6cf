/**
 * Incremental linting is a cache, never a second opinion: after any edit,
 * `lintIncremental` must give what `lint` gives for the same text. Seeded
 * random edit sequences (insertions, deletions, pastes, line moves and
 * re-indents, aimed at piece boundaries as often as anywhere) check it on
 * every sample, fixture and regression input plus generated documents.
 * CASELINT_INCREMENTAL_SEQUENCES sets how many (default 5,000), and
 * CASELINT_INCREMENTAL_SEED the seed.
 */
import * as assert from 'assert';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { generateCase } from '../../bench/generate';
import { lastIncrementalStats, lint, lintIncremental, ruleRecords, type LintResult } from '../../server/src/core';
import { lineCuts } from '../../server/src/core/incremental';
import { loadCorpus, random, type Random } from '../fuzz/mutate';

const SEQUENCES = Number(process.env.CASELINT_INCREMENTAL_SEQUENCES ?? 5000);
const SEED = Number(process.env.CASELINT_INCREMENTAL_SEED ?? 20261201);

const int = (r: Random, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

/** What a user sees of a lint (findings, silenced findings, refusal, rule failures) and what hover and completion read (the data, the block scalars). */
function seen(result: LintResult): string {
  return JSON.stringify({
    findings: result.findings,
    suppressed: result.suppressed,
    refused: result.refused,
    failures: result.failures.map((f) => f.rule),
    value: result.document.value,
    blocks: result.document.blockScalarSpans,
    problems: result.document.problems,
  });
}

/** The tree as hover, outline and fixes read it: every node's kind, range and scalar value. */
function tree(result: LintResult): string[] {
  const out: string[] = [];
  const walk = (n: YamlNode | null | undefined, at: string): void => {
    if (!n) return void out.push(`${at} -`);
    out.push(`${at} ${n.constructor.name} ${JSON.stringify(n.range)}${isScalar(n) ? ` ${String(n.type)} ${JSON.stringify(n.value)}` : ''}`);
    if (isMap(n)) n.items.forEach((p, i) => (walk(p.key as YamlNode, `${at}/k${i}`), walk(p.value as YamlNode, `${at}/v${i}`)));
    else if (isSeq(n)) n.items.forEach((item, i) => walk(item as YamlNode, `${at}/${i}`));
  };
  walk(result.document.yaml.contents as YamlNode | null, '');
  return out;
}

const SNIPPETS = [
  'x', ' ', 'a ', '\n', '\n\n', '  ', '- ', '-', ':', ': ', '#', ' # note', '"', "'", '[', ']', '{', '}', ',', '|', '>', '\t', '\r\n', '\r',
  '&a ', '*a', '---\n', '...\n', '%YAML 1.2\n', '? ', '!!str ', '\ufeff', 'é', '\u00a0',
  'key: value\n', 'notes: |\n  free text\n', '  - item\n', '- id: x\n', 'dates:\n  submitted: 2024-01-02\n',
  'He met Dr. Jane Smith on March 3, 2021 at jsmith@example.org.\n', '[@ref-1]', '[@missing]', 'TODO',
  '# caselint-disable-next-line phi-name -- invented\n', '# caselint-disable-line\n', 'perspectives:\n', 'references:\n- id: r\n',
  '  text: >\n    folded\n    prose\n', 'dose: 20 mg/day', 'weeks: 2', '{ drug: sertraline, dose: 50 mg }',
];

/** Offsets where pieces start or end (line starts, top-level keys, list items), or anywhere. */
function position(text: string, r: Random): number {
  const roll = r();
  if (roll < 0.35 || text.length === 0) return int(r, text.length + 1);
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1 && starts.length < 5000; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const line = pick(r, starts);
  if (roll < 0.7) return line;
  if (roll < 0.85) {
    const nl = text.indexOf('\n', line);
    return nl === -1 ? text.length : nl;
  }
  // Just inside the line's content (after its indentation and a `- `).
  let i = line;
  while (text[i] === ' ' || text[i] === '-') i++;
  return Math.min(text.length, i + int(r, 3));
}

/** One random edit of `text`. */
function edit(text: string, r: Random): string {
  const at = position(text, r);
  const kind = int(r, 8);
  switch (kind) {
    case 0:
    case 1:
      return text.slice(0, at) + pick(r, SNIPPETS) + text.slice(at);
    case 2: {
      const n = r() < 0.7 ? 1 + int(r, 3) : 1 + int(r, 300);
      return text.slice(0, at) + text.slice(Math.min(text.length, at + n));
    }
    case 3: {
      // Paste a copy of another stretch of the text (across pieces, often).
      const from = position(text, r);
      const to = Math.min(text.length, from + 1 + int(r, 400));
      return text.slice(0, at) + text.slice(from, to) + text.slice(at);
    }
    case 4: {
      const n = 1 + int(r, 40);
      return text.slice(0, at) + pick(r, SNIPPETS) + text.slice(Math.min(text.length, at + n));
    }
    case 5: {
      // Re-indent the line at `at` (a piece's edge moves).
      const start = text.lastIndexOf('\n', at - 1) + 1;
      if (text.startsWith('  ', start) && r() < 0.5) return text.slice(0, start) + text.slice(start + 2);
      return text.slice(0, start) + '  ' + text.slice(start);
    }
    case 6: {
      // Type a word one key at a time (each key is its own version).
      return text.slice(0, at) + 'w' + text.slice(at);
    }
    default: {
      // Move a line elsewhere.
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const nl = text.indexOf('\n', at);
      const end = nl === -1 ? text.length : nl + 1;
      const line = text.slice(start, end);
      const rest = text.slice(0, start) + text.slice(end);
      const to = position(rest, r);
      return rest.slice(0, to) + line + rest.slice(to);
    }
  }
}


describe('incremental linting', function () {
  this.timeout(0);
  const corpus = [
    // The samples and rule fixtures (the adversarial regression inputs have their own tests).
    ...loadCorpus().filter((f) => !f.name.includes('robustness') && f.text.length < 20_000),
    ...[1, 2, 3].map((seed) => ({ name: `generated-${seed}`, text: generateCase(seed, 120 + 60 * seed) })),
  ];

  it('reuses the pieces an edit did not touch, and parses the one it did', () => {
    const text = generateCase(7, 600);
    const first = lintIncremental(text);
    assert.strictEqual(lastIncrementalStats.whole, false);
    const pieces = lastIncrementalStats.parsed;
    assert.ok(pieces > 20, `a 600-line case is cut into many pieces (${pieces})`);
    const at = text.indexOf('\n', text.indexOf('body: |', text.indexOf('perspectives:'))) + 12;
    const next = lintIncremental(text.slice(0, at) + 'word ' + text.slice(at), {}, first);
    // Typing inside a line of a literal block scalar patches that scalar's value: the piece is not parsed again.
    assert.deepStrictEqual({ ...lastIncrementalStats }, { parsed: 1, reused: pieces - 1, whole: false, patched: 1 });
    assert.strictEqual(seen(next), seen(lint(text.slice(0, at) + 'word ' + text.slice(at))));
  });

  it('reads a patched scalar afresh after an edit that keeps the length (a phone number typed, then one digit overtyped)', () => {
    const text = generateCase(7, 300);
    const at = text.indexOf('\n', text.indexOf('body: |', text.indexOf('perspectives:'))) + 12;
    const v1 = `${text.slice(0, at)}call 555-867-5309 ${text.slice(at)}`;
    const r1 = lintIncremental(v1, {}, lintIncremental(text));
    assert.strictEqual(lastIncrementalStats.patched, 1);
    assert.ok(r1.findings.some((f) => f.rule === 'phi-contact'), 'the typed phone number is found');
    // Overtype its last digit with a letter: the same length, so every range stays where it was.
    const nine = v1.indexOf('5309') + 3;
    const v2 = `${v1.slice(0, nine)}x${v1.slice(nine + 1)}`;
    const r2 = lintIncremental(v2, {}, r1);
    assert.strictEqual(lastIncrementalStats.patched, 1);
    assert.strictEqual(seen(r2), seen(lint(v2)));
    assert.ok(!r2.findings.some((f) => f.rule === 'phi-contact'), 'no phone number is left');
  });

  it('reads a CR typed at a block line\'s end as a line break, and patches lines of a CRLF text', () => {
    const text = generateCase(7, 300);
    const end = text.indexOf('\n', text.indexOf('\n', text.indexOf('body: |', text.indexOf('perspectives:'))) + 1);
    const withCr = `${text.slice(0, end)}\r${text.slice(end)}`;
    assert.strictEqual(seen(lintIncremental(withCr, {}, lintIncremental(text))), seen(lint(withCr)));
    assert.strictEqual(lastIncrementalStats.patched, 0);
    const crlf = text.replace(/\n/g, '\r\n');
    const at = crlf.indexOf('\n', crlf.indexOf('body: |', crlf.indexOf('perspectives:'))) + 12;
    const typed = `${crlf.slice(0, at)}word ${crlf.slice(at)}`;
    const next = lintIncremental(typed, {}, lintIncremental(crlf));
    assert.strictEqual(lastIncrementalStats.patched, 1);
    assert.strictEqual(seen(next), seen(lint(typed)));
    assert.deepStrictEqual(tree(next), tree(lintIncremental(typed)));
  });

  it('patches a literal block scalar for Enter, a joined line and a pasted paragraph, and parses a blank line left at its end', () => {
    const text = generateCase(7, 300);
    const body = text.indexOf('\n', text.indexOf('body: |', text.indexOf('perspectives:'))) + 1;
    const lead = /^ */.exec(text.slice(body))![0];
    const lineEnd = text.indexOf('\n', body);
    const last = (() => {
      // The block's last line: the next line indented less ends it.
      let at = body;
      for (;;) {
        const nl = text.indexOf('\n', at);
        const next = text.slice(nl + 1, text.indexOf('\n', nl + 1));
        if (!next.startsWith(lead)) return nl;
        at = nl + 1;
      }
    })();
    const edits: [string, string, number][] = [
      ['Enter in the middle of a line', `${text.slice(0, body + 12)}\n${lead}${text.slice(body + 12)}`, 1],
      ['Enter at the end of a line, before more prose', `${text.slice(0, lineEnd)}\n${lead}${text.slice(lineEnd)}`, 1],
      ['Backspace that joins two lines', `${text.slice(0, lineEnd)}${text.slice(lineEnd + 1)}`, 1],
      ['a pasted paragraph with a blank line', `${text.slice(0, body + 12)}one.\n\n${lead}Jane Doe called 555-867-5309.\n${lead}${text.slice(body + 12)}`, 1],
      ['Enter at the end of the last line (blank lines at the end are the chomping\'s)', `${text.slice(0, last)}\n${lead}${text.slice(last)}`, 0],
      ['a line indented less, which ends the scalar', `${text.slice(0, body + 12)}\nnot: indented\n${lead}${text.slice(body + 12)}`, 0],
    ];
    for (const [what, edited, patched] of edits) {
      // A lint takes the previous version's tree over: each edit starts from a version of its own.
      const next = lintIncremental(edited, {}, lintIncremental(text));
      assert.strictEqual(lastIncrementalStats.patched, patched, what);
      assert.strictEqual(seen(next), seen(lint(edited)), what);
      assert.deepStrictEqual(tree(next), tree(lintIncremental(edited)), `${what}: the tree`);
    }
  });

  it('patches a literal block scalar edited inside its content exactly as a parse reads it: findings, tree, ranges and values', () => {
    const r = random(SEED + 2);
    // Keys typed one at a time, deletions, words with spaces, a line's end, an identifier pasted in prose.
    const typed = ['x', ' ', 'word ', '#', ': ', ' # not a comment', '"', '|', '- ', '\t', 'é', '\u00a0', 'Jane Doe ', 'jdoe@example.org ', '555-867-5309', '[@ref-1]', '@fava-2003 ', '\r'];
    let patched = 0;
    let patchedCrlf = 0;
    let lineBreaks = 0;
    let breakEdits = 0;
    let edits = 0;
    // Each text as written and, for every third, with CRLF line breaks (a CR typed before an LF ends the line there).
    const texts = corpus.flatMap((file, i) => (i % 3 === 0 ? [file, { name: `${file.name} (CRLF)`, text: file.text.replace(/\r?\n/g, '\r\n') }] : [file]));
    for (const file of texts) {
      let text = file.text;
      let previous = lintIncremental(text);
      for (let n = 0; n < 25; n++) {
        // A line inside a `|` block: after its header line, indented more than the header's line.
        const headers = [...text.matchAll(/^( *)(?:- )?[\w-]+: \|[+-]?\r?\n/gm)];
        if (headers.length === 0) break;
        const h = pick(r, headers);
        const first = (h.index ?? 0) + h[0].length;
        const lines: number[] = [];
        for (let at = first; at < text.length && lines.length < 40; ) {
          const nl = text.indexOf('\n', at);
          const line = text.slice(at, nl === -1 ? text.length : nl);
          if (line.trim() !== '' && line.search(/\S/) <= (h[1] ?? '').length) break;
          lines.push(at);
          if (nl === -1) break;
          at = nl + 1;
        }
        if (lines.length === 0) continue;
        const start = pick(r, lines);
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        const lead = /^ */.exec(text.slice(start, end))![0];
        // Enter (a line break and the line's indentation, or none), lines pasted, a line more or less indented.
        const breaks = [`\n${lead}`, `\n${lead}Then a new line. `, `\n\n${lead}`, `\n${lead}two\n${lead}three `, '\n', `\n${lead}  more indented `, `\n${lead.slice(1)}less `, `\n${lead}\t`];
        // Anywhere on the line: in its indentation, at its first character, in its middle, at its end.
        let at = start + int(r, end - start + 1);
        let cut = r() < 0.3 ? Math.min(end, at + 1 + int(r, 4)) : at;
        // Backspace at the next line's start, or a deletion across the line break into the next line's indentation.
        if (r() < 0.15 && nl !== -1) [at, cut] = [end, Math.min(text.length, end + 1 + int(r, lead.length + 2))];
        const insert = cut > at && r() < 0.5 ? '' : r() < 0.35 ? pick(r, breaks) : pick(r, typed);
        text = text.slice(0, at) + insert + text.slice(cut);
        const next = lintIncremental(text, {}, previous);
        edits++;
        patched += lastIncrementalStats.patched;
        if (insert.includes('\n') || cut > end) {
          lineBreaks += lastIncrementalStats.patched;
          breakEdits++;
        }
        if (file.name.endsWith('(CRLF)')) patchedCrlf += lastIncrementalStats.patched;
        const full = lint(text);
        assert.strictEqual(seen(next), seen(full), `${file.name}, edit ${n} at ${at}`);
        // The tree is the one the pieces parsed afresh make (a piece's last node can end before the next
        // item's indentation, where a whole parse ends it after: `seen` covers what that changes).
        if (!lastIncrementalStats.whole) assert.deepStrictEqual(tree(next), tree(lintIncremental(text)), `${file.name}, edit ${n} at ${at}: the tree`);
        previous = next;
      }
    }
    // Many such edits are patched; those in the indentation, that type a CR or leave a line more indented, a blank line last, or a line that ends the scalar are parsed.
    assert.ok(patched > edits / 8, `${patched} of ${edits} edits inside block lines were patched`);
    assert.ok(patchedCrlf > 0, 'edits in CRLF texts are patched too');
    assert.ok(lineBreaks > breakEdits / 20, `${lineBreaks} of ${breakEdits} edits that add or remove a line break were patched`);
  });

  it('replays the rules whose sections an edit did not touch, and runs the others', () => {
    const text = generateCase(7, 600);
    const first = lintIncremental(text);
    const at = text.indexOf('\n', text.indexOf('body: |', text.indexOf('perspectives:'))) + 12;
    const edited = text.slice(0, at) + 'Jane Doe ' + text.slice(at);
    const next = lintIncremental(edited, {}, first);
    const replayed = ruleRecords(next)?.replayed ?? [];
    // The trials were not touched: their rules are replayed; the scan of patient text runs again.
    assert.ok(replayed.includes('trial-dose-inadequate') && replayed.includes('trd-criteria-unmet'), replayed.join(' '));
    assert.ok(!replayed.includes('phi-name') && !replayed.includes('schema'), replayed.join(' '));
    assert.strictEqual(seen(next), seen(lint(edited)));
  });

  it('runs every rule again when the options change', () => {
    const text = generateCase(7, 300);
    const first = lintIncremental(text);
    const config = { rules: { 'trial-dose-inadequate': 'error' as const } };
    const next = lintIncremental(`${text}\n`, { config }, first);
    assert.deepStrictEqual(ruleRecords(next)?.replayed, []);
    assert.strictEqual(seen(next), seen(lint(`${text}\n`, { config })));
  });

  it('parses the whole text where pieces would not be sound (a document marker, an alias)', () => {
    const text = generateCase(7, 200);
    lintIncremental(`${text}\n---\nsecond: doc\n`);
    assert.strictEqual(lastIncrementalStats.whole, true);
    lintIncremental(text.replace('type: cross-talk', 'type: &t cross-talk\nother: *t'));
    assert.strictEqual(lastIncrementalStats.whole, true);
  });

  it('finds the same piece starts whether it reads every line or only those a native search finds', () => {
    const r = random(SEED + 1);
    let texts = 0;
    let items = 0;
    for (const file of [...corpus, { name: 'generated-3000', text: generateCase(4, 3000) }]) {
      let text = file.text;
      for (let n = 0; n < 40; n++) {
        const fast = lineCuts(text);
        assert.deepStrictEqual(fast, lineCuts(text, true), `${file.name} after ${n} edit(s)`);
        texts++;
        items += fast?.filter((c) => c.kind === 'item').length ?? 0;
        text = edit(text, r);
      }
    }
    assert.ok(items > texts, `the texts hold top-level lists (${items} items in ${texts} texts)`);
  });

  it('builds the same tree as a whole parse: every node, range and value', () => {
    for (const file of corpus) {
      const result = lintIncremental(file.text);
      if (lastIncrementalStats.whole) continue;
      assert.deepStrictEqual(tree(result), tree(lint(file.text)), file.name);
    }
  });

  it(`gives what a full lint gives after every edit of ${SEQUENCES} random edit sequences`, () => {
    const r = random(SEED);
    let incremental = 0;
    let edits = 0;
    for (let s = 0; s < SEQUENCES; s++) {
      const base = pick(r, corpus);
      let text = base.text;
      const steps: string[] = [];
      let previous = lintIncremental(text);
      for (let n = 1 + int(r, 4); n > 0; n--) {
        text = edit(text, r);
        steps.push(JSON.stringify(text.length));
        const next = lintIncremental(text, {}, previous);
        if (!lastIncrementalStats.whole) incremental++;
        edits++;
        const full = lint(text);
        if (seen(next) !== seen(full)) {
          assert.fail(`sequence ${s} (seed ${SEED}) from ${base.name}, after ${steps.length} edit(s): incremental and full lint differ\n` +
            `incremental: ${seen(next).slice(0, 2000)}\nfull:        ${seen(full).slice(0, 2000)}\ntext:\n${text.slice(0, 4000)}`);
        }
        previous = next;
      }
    }
    // The sequences must exercise reuse, not only the fallback.
    assert.ok(incremental > edits / 5, `${incremental} of ${edits} edits were served from pieces`);
  });
});
