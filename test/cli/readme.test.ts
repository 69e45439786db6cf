import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from './harness';
import { repoRoot } from '../support/paths';

/** The README's quick start shows what `npx caselint samples` prints; these tests keep that true. */
describe("the README's quick start", () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  /** The code block that follows "`npx caselint samples` prints". */
  const example = (() => {
    const at = readme.indexOf('`npx caselint samples` prints');
    assert.ok(at !== -1, 'the README shows what `npx caselint samples` prints');
    const open = readme.indexOf('```\n', at) + 4;
    return readme.slice(open, readme.indexOf('```', open)).split('\n').filter((l) => l.trim() !== '');
  })();

  it('prints every line the README shows, in that order, and its summary exactly', async () => {
    const { code, stdout } = await runCli(['samples'], repoRoot);
    assert.strictEqual(code, 1, 'samples/broken has errors: exit 1');
    const printed = stdout.split('\n').map((l) => l.trimEnd());
    let from = 0;
    for (const line of example.filter((l) => l.trim() !== '...')) {
      const i = printed.indexOf(line.trimEnd(), from);
      assert.ok(i !== -1, `the README shows a line caselint does not print (in this order): ${line}`);
      from = i + 1;
    }
    // The summary lines are the last ones shown: the count of problems and of fixable ones.
    const summary = example.filter((l) => /problems \(|fixable/.test(l));
    assert.strictEqual(summary.length, 2, summary.join('\n'));
    assert.deepStrictEqual(
      printed.filter((l) => /problems \(|fixable/.test(l)),
      summary.map((l) => l.trimEnd()),
    );
  });

  it('says the clean samples exit 0 with no findings', async () => {
    const { code, stdout } = await runCli(['samples/clean'], repoRoot);
    assert.match(readme, /npx caselint samples\/clean +# exits 0/);
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout.trim(), '');
  });
});
