import * as assert from 'assert';
import { maskDigitRuns, quoteName } from '../../server/src/core/phi';
import { findingsOf as findings } from '../support/phiSeen';

/**
 * Tags, anchors, aliases and keys that hold a run of digits, in yaml-syntax
 * messages (docs/rules/yaml-syntax.md): masked, never quoted. 555 numbers only.
 */

describe('known misses: tags and anchors that hold a run of digits, in yaml-syntax messages', () => {
  const PHONE_DIGITS = /\d{3}\D{0,3}\d{3}\D{0,3}\d{4}|555\D{0,3}0142/;
  const TAGS = ['617_555_0142', '617/555/0142', '617%2E555%2E0142', '5550142', '555_0142', '+1.617.555.0142', '617.555.0142'];
  for (const tag of TAGS) {
    it(`masks the tag !${tag} in "unresolved tag"`, () => {
      const text = `caselint: 1\ntitle: !${tag} A case\n`;
      const syntax = findings(text, 'yaml-syntax');
      assert.strictEqual(syntax.length, 1, JSON.stringify(syntax));
      const [f] = syntax;
      assert.ok(f);
      assert.match(f.message, /^unresolved tag: .*…/);
      assert.ok(!PHONE_DIGITS.test(f.message), f.message);
      assert.deepStrictEqual([f.range.start.line, f.range.start.character], [1, 7]);
    });
    it(`masks the alias *${tag} in "names no anchor"`, () => {
      const text = `caselint: 1\ntitle: *${tag}\n`;
      const [f] = findings(text, 'yaml-syntax');
      assert.ok(f);
      assert.match(f.message, /^the alias \*\S*… names no anchor; set &\S*… on a value before it/);
      assert.ok(!PHONE_DIGITS.test(f.message), f.message);
      assert.deepStrictEqual([f.range.start.line, f.range.start.character], [1, 7]);
    });
  }
  it('masks a repeated key that holds a run of digits', () => {
    const text = 'caselint: 1\n617_555_0142: a\n617_555_0142: b\n';
    const [f] = findings(text, 'yaml-syntax');
    assert.ok(f);
    assert.strictEqual(f.message, 'the key `…` is repeated in this map; each key may appear once');
  });
  it('keeps a tag with fewer digits, or digits apart by letters, as written', () => {
    assert.deepStrictEqual(findings('caselint: 1\ntitle: !v2_step_10 A case\n', 'yaml-syntax').map((f) => f.message), ['unresolved tag: !v2_step_10']);
    assert.strictEqual(quoteName('a_tag_only_line_1234_of_this'), 'a_tag_only_line_1234_of_this');
    assert.strictEqual(maskDigitRuns('ab617c555d0142'), 'ab617c555d0142');
  });
  it('maskDigitRuns masks each run of seven digits or more, whatever separates them, and reads each text once', () => {
    assert.strictEqual(maskDigitRuns('!617_555_0142 and &555-0142 and *12-34'), '!… and &… and *12-34');
    const long = '1_'.repeat(200_000);
    const t0 = Date.now();
    assert.strictEqual(maskDigitRuns(long), '…_');
    assert.strictEqual(maskDigitRuns('12_34 '.repeat(100_000)).length, 600_000);
    assert.ok(Date.now() - t0 < 2000, `${Date.now() - t0} ms`);
  });
});
