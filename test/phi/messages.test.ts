import * as assert from 'assert';
import * as path from 'path';
import { lint } from '../../server/src/core';
import { limitQuotes, maskIdentifiers } from '../../server/src/core/phi';
import { rng } from '../../bench/generate';
import { caselint, CLEAN, ensureBuilt, tempDir } from '../cli/harness';
import { LspClient } from '../support/lspClient';

/**
 * No message repeats an identifier, whatever the rule (docs/rules/README.md):
 * identifiers fed through every rule that quotes a value, then looked for in
 * every CLI output format, the server's diagnostics and its log.
 */

const IDENTIFIERS = ['7730215', '617-555-0142', 'jane.doe@example.org', 'Smith', '2022-03-14', 'Keller'];

/** The clean sample with identifiers where rules quote values. */
function leaky(): string {
  let text = CLEAN;
  const swap = (from: string, to: string): void => {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
  };
  // schema: an enum slip and an unknown key
  swap('    status: confirmed', '    status: confirmed by Dr. Smith on 2022-03-14\n    MRN 7730215: yes');
  // drug-unknown
  swap('  - drug: sertraline\n    class: SSRI', '  - drug: sertraline MRN 7730215\n    class: SSRI');
  // drug-class-mismatch
  swap('  - drug: escitalopram\n    class: SSRI', '  - drug: escitalopram\n    class: per Dr. Smith 617-555-0142');
  // quantity-format
  swap('    dose: 225 mg/day', '    dose: call 617-555-0142');
  // framework-unknown and perspective-label-mismatch
  swap('    framework: family-systems', '    framework: jane.doe@example.org');
  // author-undefined
  swap('    author: abara', '    author: Dr. Smith 617-555-0142');
  return text;
}

const RULES_THAT_QUOTE = ['schema', 'drug-unknown', 'drug-class-mismatch', 'quantity-format', 'framework-unknown', 'author-undefined'];

/** A file the YAML parser rejects, with identifiers after the fault. */
const BROKEN = `caselint: 1\ntitle: "Dr. Smith 617-555-0142 jane.doe@example.org MRN 7730215 on 2022-03-14 with Tom Keller and more text to quote\nMRN 7730215: x\nMRN 7730215: y\n`;

function assertNoIdentifier(where: string, text: string): void {
  for (const id of IDENTIFIERS) assert.ok(!text.includes(id), `${where} holds ${id}:\n${text.slice(0, 2000)}`);
}

describe('no message repeats an identifier', () => {
  it('in the engine: every rule that quotes a value reports, and masks the value', () => {
    const { findings } = lint(leaky());
    for (const rule of RULES_THAT_QUOTE) assert.ok(findings.some((f) => f.rule === rule), `${rule} did not report`);
    for (const f of findings) {
      assertNoIdentifier(f.rule, JSON.stringify({ m: f.message, r: f.related?.map((x) => x.message), fixes: f.fixes?.map((x) => x.title) }));
    }
    const quoted = findings.filter((f) => RULES_THAT_QUOTE.includes(f.rule) && f.message.includes('…'));
    assert.ok(quoted.length >= 4, 'values are quoted with their identifiers masked');
  });

  it('in a yaml-syntax message: at most 40 characters of the document', () => {
    const { findings } = lint(BROKEN);
    const syntax = findings.filter((f) => f.rule === 'yaml-syntax');
    assert.ok(syntax.length > 0);
    for (const f of syntax) {
      assertNoIdentifier('yaml-syntax', f.message);
      for (let i = 0; i + 41 <= f.message.length; i++) assert.ok(!BROKEN.includes(f.message.slice(i, i + 41)), f.message);
    }
  });

  it('in hundreds of yaml-syntax messages that quote distinct tags: each quotes at most 40 characters, and keeps its own words', () => {
    const text = `caselint: 1\n${Array.from({ length: 1500 }, (_, i) => `k${i}: !a_tag_only_line_${i}_of_this_document_has_ever_used v`).join('\n')}\n`;
    const syntax = lint(text).findings.filter((f) => f.rule === 'yaml-syntax' && !/more findings/.test(f.message));
    assert.ok(syntax.length >= 400, `${syntax.length} syntax findings`);
    for (const f of syntax) {
      assert.match(f.message, /^unresolved tag: !a_tag_only_line_\d+_of_th.*…$/);
      for (let i = 0; i + 41 <= f.message.length; i++) assert.ok(!text.includes(f.message.slice(i, i + 41)), f.message);
    }
  });

  it('limitQuotes cuts each message where the one-message check (search the source for each stretch) cuts it', () => {
    // The plain algorithm, one source search per stretch, as the reference.
    const plain = (message: string, source: string): string => {
      const m = maskIdentifiers(message);
      for (let i = 0; i + 40 < m.length; i++) {
        if (i > 0 && !' "\':…'.includes(m[i - 1]!)) continue;
        if (source.includes(m.slice(i, i + 41))) return `${m.slice(0, i + 39)}…`;
      }
      return m;
    };
    const r = rng(7);
    const words = ['the', 'value', 'never', 'closed', 'tag:', '"quoted', "it's", 'a', 'long_token_without_spaces_here', 'x'];
    const sentence = (n: number): string => Array.from({ length: n }, () => words[Math.floor(r() * words.length)]).join(' ');
    for (let round = 0; round < 200; round++) {
      const source = sentence(20 + Math.floor(r() * 200));
      const messages = Array.from({ length: 1 + Math.floor(r() * 6) }, () => {
        if (r() < 0.5) return sentence(5 + Math.floor(r() * 25));
        // A message quoting a stretch of the source, with words of its own around it.
        const from = Math.floor(r() * source.length);
        return `${sentence(2)}: ${source.slice(from, from + 20 + Math.floor(r() * 80))} ${sentence(2)}`;
      });
      // Broken documents repeat their messages.
      if (r() < 0.4) messages.push(messages[0]!, messages[messages.length - 1]!);
      assert.deepStrictEqual(limitQuotes(messages, source), messages.map((m) => plain(m, source)), JSON.stringify({ source, messages }));
    }
  });

  describe('in every CLI output format', function () {
    this.timeout(60000);
    before(() => ensureBuilt());
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      it(format, async () => {
        const dir = tempDir({ 'leaky.case.yaml': leaky(), 'broken.case.yaml': BROKEN });
        const run = await caselint(['-f', format, '.'], { cwd: dir });
        assert.strictEqual(run.code, 1, run.stderr);
        assert.ok(run.stdout.length > 200, run.stdout);
        assertNoIdentifier(`${format} stdout`, run.stdout);
        assertNoIdentifier(`${format} stderr`, run.stderr);
      });
    }
  });

  describe('in the language server', function () {
    this.timeout(60000);
    let client: LspClient;
    before(async () => {
      ensureBuilt();
      client = await LspClient.start();
    });
    after(async () => client.stop());

    it('diagnostics and log', async () => {
      for (const [name, text] of [['leaky.case.yaml', leaky()], ['broken.case.yaml', BROKEN]] as const) {
        const diags = await client.open(client.uri(path.join('phi', name)), text);
        assert.ok(diags.length > 0);
        // What the editor shows: messages and related messages (a diagnostic's data is for its code actions).
        assertNoIdentifier(`${name} diagnostics`, JSON.stringify(diags.map((d) => [d.message, d.relatedInformation?.map((r) => r.message)])));
      }
      assertNoIdentifier('server log', JSON.stringify(client.logs));
    });
  });
});
