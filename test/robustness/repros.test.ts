import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { lint, MAX_FINDINGS, TOO_DEEP, type LintResult } from '../../server/src/core';
import { caselint, ensureBuilt, parseJson, tempDir, type JsonFile } from '../cli/harness';
import { problemsOf } from '../fuzz/check';
import { LspClient } from '../support/lspClient';
import { repoRoot, samplesDir } from '../support/paths';

const inputsDir = path.join(repoRoot, 'test', 'robustness', 'inputs');
const read = (name: string): string => fs.readFileSync(path.join(inputsDir, name), 'utf8');
const REPROS = fs.readdirSync(inputsDir).filter((f) => f.endsWith('.case.yaml')).sort();
const COMPLEX_KEY_MESSAGE = 'a key must be text, not a list or map';

/** What each stored repro must give (beyond being well formed, with no rule failing). */
const EXPECT: Record<string, (r: LintResult) => void> = {
  'qkey-exponential-28.case.yaml': complexKey,
  'qkey-exponential-30.case.yaml': complexKey,
  'block-nesting-stack-overflow.case.yaml': onlyTooDeep,
  'worker-deep-flow.case.yaml': onlyTooDeep,
  'crlf-range-past-eol.case.yaml': withinLines,
  'crlf-range-past-eol-small.case.yaml': withinLines,
};

function complexKey(r: LintResult): void {
  assert.ok(r.findings.some((f) => f.rule === 'yaml-syntax' && f.message === COMPLEX_KEY_MESSAGE), 'the complex key is reported');
  assert.ok(!r.findings.some((f) => f.message === TOO_DEEP));
}

function onlyTooDeep(r: LintResult): void {
  assert.deepStrictEqual(r.findings.map((f) => [f.rule, f.message]), [['yaml-syntax', TOO_DEEP]]);
}

function withinLines(r: LintResult): void {
  assert.ok(r.findings.some((f) => f.rule === 'yaml-syntax'), 'the syntax error is still reported');
  for (const f of r.findings) {
    assert.ok(f.range.end.character <= r.document.lines.lineText(f.range.end.line).length, `${f.rule} ends past its line`);
  }
}

/** The fastest of three runs, in ms. */
function fastest(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    lint(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('regression inputs (test/robustness/inputs)', function () {
  this.timeout(120_000);
  before(() => ensureBuilt());

  it('has an expectation for every stored input', () => {
    assert.deepStrictEqual(REPROS, Object.keys(EXPECT).sort());
  });

  for (const name of REPROS) {
    it(`${name}: gives what it must, well formed, with no rule failing`, () => {
      const text = read(name);
      const t0 = performance.now();
      const r = lint(text);
      assert.deepStrictEqual(problemsOf(r, performance.now() - t0, text), []);
      EXPECT[name]!(r);
    });
  }

  it('a 1 MB line of quotes: 1,000 findings and one that says how many more there were', () => {
    const r = lint(`x: ${'"'.repeat(1_000_000)}`);
    assert.strictEqual(r.findings.length, MAX_FINDINGS + 1);
    const last = r.findings[r.findings.length - 1]!;
    const m = /^(\d+) more findings from here on are not shown/.exec(last.message);
    assert.ok(m, last.message);
    assert.ok(Number(m[1]) > 400_000, last.message);
    assert.ok(r.findings.filter((f) => f.rule === 'yaml-syntax').length > 990);
  });

  it('a document with lone-CR line breaks reads with the lines of its LF twin', () => {
    const lf = fs.readFileSync(path.join(samplesDir, 'broken', 'cross-talk-problems.case.yaml'), 'utf8');
    const cr = lf.replace(/\n/g, '\r');
    const shape = (r: LintResult): string[] => r.findings.map((f) => `${JSON.stringify(f.range)} ${f.rule} ${f.message}`);
    const a = lint(lf);
    const b = lint(cr);
    assert.ok(a.findings.length > 3);
    assert.deepStrictEqual(shape(b), shape(a));
    // A message quotes at most 40 characters of the document (docs/rules/yaml-syntax.md), never the rest of it.
    const quotesMore = (m: string): boolean => {
      for (let i = 0; i + 41 <= m.length; i++) if (cr.includes(m.slice(i, i + 41)) || lf.includes(m.slice(i, i + 41))) return true;
      return false;
    };
    assert.deepStrictEqual(b.findings.filter((f) => quotesMore(f.message)).map((f) => f.rule), [], 'no message quotes the rest of the document');
  });

  describe('time is linear in size (the fastest of three runs at size n and 4n: linear gives 4, allowed 12)', () => {
    const sample = fs.readFileSync(path.join(samplesDir, 'clean', 'esketamine-care.case.yaml'), 'utf8');
    const families: [string, (n: number) => string, number][] = [
      ['a line of quotes', (n) => `x: ${'"'.repeat(n)}`, 12_000],
      ['keys of one map', (n) => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n'), 250],
      ['a prose line', (n) => `caselint: 1\ntitle: ${'word '.repeat(n / 5)}`, 120_000],
      ['a prose line of names and numbers', (n) => `caselint: 1\nabstract: "${'John Smith 555-123-4567 2020-01-01. '.repeat(n / 36)}"`, 25_000],
      ['explicit keys nested (`? ` x n)', (n) => `${'? '.repeat(n)}x\n`, 10],
      ['block nesting (`: ` x n)', (n) => `${': '.repeat(n)}x\n  a: l\n`, 1_000],
      ['flow nesting', (n) => `x: ${'['.repeat(n)}${']'.repeat(n)}\n`, 1_000],
      ['many entries', (n) => `${sample}\nnotes:\n${Array.from({ length: n }, (_, i) => `  k${i}: [a, {b: c}]`).join('\n')}\n`, 200],
      ['an alias fan-out', (n) => `a: &a [x]\nb: [${Array(n).fill('*a').join(', ')}]\n`, 1_000],
      // Each tag is an error whose message quotes it: the quote check reads the text once for all of them.
      ['syntax errors quoting distinct long tags', (n) => Array.from({ length: n }, (_, i) => `k${i}: !a_long_tag_that_only_line_${i}_of_the_document_has v`).join('\n'), 250],
    ];
    for (const [what, make, n] of families) {
      it(what, () => {
        const small = fastest(make(n));
        const large = fastest(make(4 * n));
        assert.ok(large <= 12 * small + 25, `${what}: ${small.toFixed(1)} ms at n, ${large.toFixed(1)} ms at 4n`);
      });
    }
  });

  describe('in the CLI', () => {
    let dir: string;
    before(() => {
      const files: Record<string, string> = {};
      for (const name of REPROS) files[name] = read(name);
      for (const sub of ['clean', 'broken']) {
        for (const f of fs.readdirSync(path.join(samplesDir, sub))) files[`${sub}-${f}`] = fs.readFileSync(path.join(samplesDir, sub, f), 'utf8');
      }
      files['quotes.case.yaml'] = `x: ${'"'.repeat(200_000)}`;
      dir = tempDir(files);
    });

    const expectRepros = (out: JsonFile[]): void => {
      const byName = new Map(out.map((f) => [path.basename(f.file), f.diagnostics]));
      assert.strictEqual(byName.size, REPROS.length + 5, 'every file is reported');
      for (const name of ['block-nesting-stack-overflow.case.yaml', 'worker-deep-flow.case.yaml']) {
        assert.deepStrictEqual(byName.get(name)!.map((d) => d.message), [TOO_DEEP], name);
      }
      assert.ok(byName.get('clean-esketamine-care.case.yaml'), 'the other files are reported as usual');
      assert.strictEqual(byName.get('quotes.case.yaml')!.length, MAX_FINDINGS + 1);
    };

    it('alone: each input gets its finding, exit code 1 (findings), never 2', async () => {
      for (const name of ['block-nesting-stack-overflow.case.yaml', 'qkey-exponential-30.case.yaml']) {
        const r = await caselint(['--format', 'json', name], { cwd: dir });
        assert.strictEqual(r.code, 1, r.stderr);
        const diags = parseJson(r.stdout)[0]!.diagnostics;
        assert.ok(diags.some((d) => d.rule === 'yaml-syntax'), name);
      }
    });

    it('among other files: on the main thread and in workers the JSON is byte-identical', async () => {
      const main = await caselint(['--format', 'json', '.'], { cwd: dir, env: { CASELINT_WORKERS: '0' } });
      const workers = await caselint(['--format', 'json', '.'], { cwd: dir, env: { CASELINT_WORKERS: '2' } });
      assert.strictEqual(main.code, 1, main.stderr);
      assert.strictEqual(workers.code, 1, workers.stderr);
      expectRepros(parseJson(main.stdout));
      const sorted = (s: string): string => JSON.stringify(parseJson(s).sort((a, b) => a.file.localeCompare(b.file)));
      assert.strictEqual(sorted(workers.stdout), sorted(main.stdout));
    });
  });

  describe('in the server', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start();
    });
    after(async () => {
      await client.stop();
    });

    for (const name of REPROS) {
      it(`${name}: diagnostics are published, as a fresh lint gives them`, async () => {
        const text = read(name);
        const uri = pathToFileURL(path.join(client.rootPath, name)).toString();
        const diags = await client.open(uri, text, 1, 'case-report');
        const fresh = lint(text).findings;
        assert.deepStrictEqual(diags.map((d) => [d.range, d.code, d.message]), fresh.map((f) => [f.range, f.rule, f.message]));
        assert.ok(!client.hasExited);
      });
    }

    it('a hover on another document is answered while the inputs are open', async () => {
      const uri = pathToFileURL(path.join(client.rootPath, 'other.case.yaml')).toString();
      await client.open(uri, fs.readFileSync(path.join(samplesDir, 'clean', 'esketamine-care.case.yaml'), 'utf8'), 1, 'case-report');
      const t0 = Date.now();
      await client.hover(uri, { line: 1, character: 2 });
      assert.ok(Date.now() - t0 < 2000, `${Date.now() - t0} ms`);
    });
  });
});
