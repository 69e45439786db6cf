import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CancellationTokenSource,
  LSPErrorCodes,
  ResponseError,
  type ClientCapabilities,
  type Hover,
  type Position,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver';
import { lint } from '../../server/src/core';
import { CaselintServer } from '../../server/src/lsp/server';
import { HOLD_CAP_MS, TypingPolicy } from '../../server/src/lsp/typing';
import { fakeConnection } from '../support/fakeConnection';
import { DEFAULT_CAPABILITIES, pullCapabilities } from '../support/lspClient';
import { repoRoot } from '../support/paths';

/**
 * When the server lints: a burst of changes costs one lint after its last
 * change, whatever the editor asks meanwhile; requests for a version a
 * change overtook answer without linting it; hover and completion answer
 * for the newest text. Lints are counted through the server's `onLint`.
 */
interface Harness {
  server: CaselintServer;
  published: PublishDiagnosticsParams[];
  lints: { version: number }[];
  /** Messages in the order the server sent them: publishes and request answers. */
  order: string[];
}

function start(capabilities: ClientCapabilities): Harness {
  const published: PublishDiagnosticsParams[] = [];
  const lints: { version: number }[] = [];
  const order: string[] = [];
  const connection = fakeConnection((p) => {
    published.push(p);
    order.push(`publish v${p.version}`);
  });
  const server = new CaselintServer(connection, { info() {}, warn() {}, error() {} }, {
    packageRoot: repoRoot,
    onLint: (_uri, version) => lints.push({ version }),
  }, capabilities);
  return { server, published, lints, order };
}

/** Let the scheduler's turns (and any hold) run out. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 10; j++) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 5));
  }
}

const URI = pathToFileURL(path.join(repoRoot, 'samples', 'clean', 'burst.case.yaml')).toString();
const TEXT = fs.readFileSync(path.join(repoRoot, 'samples', 'clean', 'ketamine-kap-cross-talk.case.yaml'), 'utf8');
const LINES = TEXT.split('\n');

/** The first line matching `re` and the column just after the match. */
function at(re: RegExp, from = 0): Position {
  for (let i = from; i < LINES.length; i++) {
    const m = re.exec(LINES[i]!);
    if (m) return { line: i, character: m.index + m[0].length };
  }
  throw new Error(`no line matches ${re}`);
}

// A prose line inside the first perspective's body, and the end of its first word.
const PROSE = at(/^ {6}[A-Z][a-z]+/, at(/^perspectives:/).line);
// A drug in treatment_history, well outside the perspectives.
const DRUG = at(/^ {2}- drug: sert/);

function open(h: Harness): void {
  h.server.didOpen({ textDocument: { uri: URI, languageId: 'case-report', version: 1, text: TEXT } });
}

/** Type `chars` one at a time at `pos` (versions 2, 3, ...); returns the last version. */
function type(h: Harness, pos: Position, chars: string, firstVersion = 2, between?: (version: number) => void): number {
  let version = firstVersion - 1;
  for (let i = 0; i < chars.length; i++) {
    version++;
    const p = { line: pos.line, character: pos.character + i };
    h.server.didChange({ textDocument: { uri: URI, version }, contentChanges: [{ range: { start: p, end: p }, text: chars[i]! }] });
    between?.(version);
  }
  return version;
}

function insertAt(text: string, pos: Position, s: string): string {
  const lines = text.split('\n');
  const l = lines[pos.line]!;
  lines[pos.line] = l.slice(0, pos.character) + s + l.slice(pos.character);
  return lines.join('\n');
}

async function outcome<T>(p: Promise<T>): Promise<T | string> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof ResponseError) return `error ${e.code}`;
    throw e;
  }
}

describe('language server scheduling', () => {
  it('a burst of 20 changes with requests between them costs one lint, of the last version, and publishes it', async () => {
    const h = start(DEFAULT_CAPABILITIES);
    open(h);
    await settle();
    assert.deepStrictEqual(h.lints.map((l) => l.version), [1]);
    const doc = { textDocument: { uri: URI } };
    const range = { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } };
    const answers: Promise<unknown>[] = [];
    const chars = 'abcdefghijklmnopqrst';
    const last = type(h, PROSE, chars, 2, () => {
      const s = h.server;
      answers.push(
        outcome(s.semanticTokens(doc)), outcome(s.inlayHints({ ...doc, range })), outcome(s.codeLens(doc)),
        outcome(s.documentSymbol(doc)), outcome(s.foldingRanges(doc)), outcome(s.documentLinks(doc)),
        outcome(s.codeAction({ ...doc, range: { start: PROSE, end: PROSE }, context: { diagnostics: [] } })),
        outcome(s.hover({ ...doc, position: DRUG })),
      );
    });
    assert.strictEqual(last, 21);
    const results = await Promise.all(answers);
    await settle();
    assert.deepStrictEqual(h.lints.map((l) => l.version), [1, 21], 'one lint after the burst, of its last version');
    const finalLint = lint(insertAt(TEXT, PROSE, chars));
    assert.deepStrictEqual(h.published.map((p) => p.version), [1, 21], 'intermediate versions are never published');
    assert.deepStrictEqual(
      h.published[1]!.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`),
      finalLint.findings.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.rule}`),
      'the published diagnostics are those of the final text',
    );
    // Requests for overtaken versions answered ContentModified; the last version's ones got answers.
    const perVersion = 8;
    for (let v = 0; v < chars.length - 1; v++) {
      for (let k = 0; k < perVersion - 1; k++) {
        assert.strictEqual(results[v * perVersion + k], `error ${LSPErrorCodes.ContentModified}`, `request ${k} for version ${v + 2}`);
      }
    }
    const lastOnes = results.slice((chars.length - 1) * perVersion);
    assert.ok(lastOnes.every((r) => typeof r !== 'string'), JSON.stringify(lastOnes.map((r) => (typeof r === 'string' ? r : 'answer'))));
    // A hover on a line the burst did not touch was answered every time, from the last lint, as a fresh lint answers it.
    const hovers = results.filter((_, i) => i % perVersion === perVersion - 1) as (Hover | null)[];
    const fresh = await h.server.hover({ ...doc, position: DRUG });
    assert.ok(fresh && JSON.stringify(fresh.contents).includes('sertraline'), JSON.stringify(fresh));
    for (const hv of hovers) assert.deepStrictEqual(hv, fresh);
  });

  it('a hover during a burst answers for the newest text, on the edited line too, without an extra lint', async () => {
    const h = start(DEFAULT_CAPABILITIES);
    open(h);
    await settle();
    // Type a citation of a reference into the prose, then hover on it.
    const refId = /^ {2}- id: (\S+)/.exec(LINES.slice(at(/^references:/).line).find((l) => /^ {2}- id: /.test(l))!)![1]!;
    const cite = ` [@${refId}]`;
    const last = type(h, PROSE, cite);
    const onCite = { line: PROSE.line, character: PROSE.character + 4 };
    const hover = await h.server.hover({ textDocument: { uri: URI }, position: onCite });
    assert.ok(hover && JSON.stringify(hover.contents).includes(`@${refId}`), `the hover describes the typed citation: ${JSON.stringify(hover)}`);
    await settle();
    assert.deepStrictEqual(h.lints.map((l) => l.version), [1, last], 'the hover shared the one lint of the last version');
    assert.deepStrictEqual(h.published.map((p) => p.version), [1, last]);
  });

  it('completion during a burst offers the reference ids after a typed `[@`', async () => {
    const h = start(DEFAULT_CAPABILITIES);
    open(h);
    await settle();
    const last = type(h, PROSE, ' [@');
    const list = await h.server.completion({ textDocument: { uri: URI }, position: { line: PROSE.line, character: PROSE.character + 3 } });
    const refIds = LINES.slice(at(/^references:/).line).filter((l) => /^ {2}- id: /.test(l)).map((l) => l.trim().slice(6));
    assert.ok(refIds.length > 1);
    assert.deepStrictEqual(list.items.map((i) => i.label), refIds);
    await settle();
    assert.deepStrictEqual(h.lints.map((l) => l.version), [1, last]);
  });

  it('hover and completion from the last lint answer exactly as a lint of the newest text, at every line', async () => {
    const h = start(DEFAULT_CAPABILITIES);
    open(h);
    await settle();
    const last = type(h, PROSE, ' and more words');
    const positions: Position[] = [];
    for (let line = 0; line < LINES.length; line++) {
      const text = LINES[line]!;
      const word = /\S/.exec(text);
      if (word) positions.push({ line, character: word.index + 1 }, { line, character: text.length });
    }
    const early = [];
    let firstLintAt: Position | undefined;
    for (const position of positions) {
      const before = h.lints.length;
      early.push(await outcome(h.server.hover({ textDocument: { uri: URI }, position })));
      early.push(await outcome(h.server.completion({ textDocument: { uri: URI }, position, context: { triggerKind: 1 } })));
      if (h.lints.length > before && !firstLintAt) firstLintAt = position;
    }
    // Every line before the perspectives was answered from the last lint, without linting.
    assert.ok(firstLintAt && firstLintAt.line > at(/^perspectives:/).line, `first lint for ${JSON.stringify(firstLintAt)}`);
    const lintsBefore = h.lints.length;
    await settle();
    assert.ok(h.lints.length <= lintsBefore + 1);
    assert.deepStrictEqual(h.lints[h.lints.length - 1], { version: last });
    let i = 0;
    for (const position of positions) {
      assert.deepStrictEqual(early[i++], await h.server.hover({ textDocument: { uri: URI }, position }), `hover at ${position.line}:${position.character}`);
      assert.deepStrictEqual(early[i++], await h.server.completion({ textDocument: { uri: URI }, position, context: { triggerKind: 1 } }), `completion at ${position.line}:${position.character}`);
    }
  });

  it('the first diagnostics after didOpen go out before the answers to requests sent with it', async () => {
    const h = start(DEFAULT_CAPABILITIES);
    const doc = { textDocument: { uri: URI } };
    const range = { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } };
    open(h);
    const s = h.server;
    const asked: [string, Promise<unknown>][] = [
      ['semanticTokens', s.semanticTokens(doc)], ['inlayHints', s.inlayHints({ ...doc, range })], ['codeLens', s.codeLens(doc)],
      ['documentSymbol', s.documentSymbol(doc)], ['foldingRanges', s.foldingRanges(doc)], ['documentLinks', s.documentLinks(doc)],
    ];
    for (const [name, p] of asked) void p.then(() => h.order.push(name));
    await Promise.all(asked.map(([, p]) => p));
    assert.strictEqual(h.order[0], 'publish v1', h.order.join(', '));
    assert.strictEqual(h.order.length, 1 + asked.length);
    assert.deepStrictEqual(h.lints.map((l) => l.version), [1]);
  });

  it('in pull mode a pull overtaken by a change answers ServerCancelled (retrigger) and only the last version is linted', async () => {
    const h = start(pullCapabilities());
    open(h);
    const doc = { textDocument: { uri: URI } };
    const pulls: Promise<unknown>[] = [outcome(h.server.diagnostic(doc))];
    const last = type(h, PROSE, 'abcde', 2, () => pulls.push(outcome(h.server.diagnostic(doc))));
    const results = await Promise.all(pulls);
    for (const r of results.slice(0, -1)) assert.strictEqual(r, `error ${LSPErrorCodes.ServerCancelled}`);
    const final = results[results.length - 1] as { kind: string; items: unknown[] };
    assert.strictEqual(final.kind, 'full');
    assert.deepStrictEqual(h.lints.map((l) => l.version), [last], 'the overtaken versions were never linted');
    assert.deepStrictEqual(h.published, []);
  });

  it('a request cancelled while it waits answers RequestCancelled and lints nothing', async () => {
    const h = start(pullCapabilities());
    open(h);
    const source = new CancellationTokenSource();
    const answer = outcome(h.server.semanticTokens({ textDocument: { uri: URI } }, source.token));
    source.cancel();
    assert.strictEqual(await answer, `error ${LSPErrorCodes.RequestCancelled}`);
    await settle();
    assert.deepStrictEqual(h.lints, []);
  });
});

describe('typing policy (when a lint waits for a pause)', () => {
  const clock = (): { now: () => number; set: (t: number) => void } => {
    let t = 0;
    return { now: () => t, set: (x) => (t = x) };
  };

  it('never holds an isolated edit, nor a lint faster than the typist', () => {
    const c = clock();
    const p = new TypingPolicy(c.now);
    p.linted('u', 400);
    c.set(5000);
    p.changed('u');
    assert.strictEqual(p.holdUntil('u'), 0, 'an isolated edit is linted at once');
    const q = new TypingPolicy(c.now);
    for (let i = 0; i < 10; i++) {
      c.set(10000 + i * 50);
      q.changed('v');
      q.linted('v', 20);
    }
    assert.strictEqual(q.holdUntil('v'), 0, 'a 20 ms lint keeps up with keys 50 ms apart');
    const r = new TypingPolicy(c.now);
    for (let i = 0; i < 10; i++) {
      c.set(20000 + i * 50);
      r.changed('w');
    }
    r.linted('w', 120);
    assert.strictEqual(r.holdUntil('w'), 0, 'a lint of under three gaps is not held: half of it in flight costs less than a hold');
    r.linted('w', 400);
    assert.ok(r.holdUntil('w') > 0, 'a lint of eight gaps is held');
  });

  it('holds a lint of more than three gaps until a pause of one and a half gaps, at most the cap', () => {
    const c = clock();
    const p = new TypingPolicy(c.now);
    c.set(0);
    p.changed('u');
    c.set(400);
    p.linted('u', 400); // the lint of the first key took 400 ms; 8 keys queued during it
    for (let i = 0; i < 8; i++) {
      c.set(400.1 + i * 0.1);
      p.changed('u');
    }
    assert.strictEqual(Math.round(p.holdUntil('u') - 400.8), Math.round(1.5 * 50), 'the gap is the lint time over the queued keys');
    for (let i = 1; i <= 5; i++) {
      c.set(400.8 + i * 60);
      p.changed('u');
    }
    const hold = p.holdUntil('u') - (400.8 + 5 * 60);
    assert.ok(hold > 60 && hold <= 1.5 * 60 + 1, `held ${hold} ms after the last key`);
    c.set(5000);
    p.linted('u', 2000);
    p.changed('u');
    assert.strictEqual(p.holdUntil('u'), 0, 'a new burst starts unheld');
    c.set(5020);
    p.changed('u');
    c.set(5500);
    p.changed('u');
    assert.ok(p.holdUntil('u') - 5500 <= HOLD_CAP_MS);
  });
});
