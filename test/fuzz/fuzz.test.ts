import * as assert from 'assert';
import { ensureBuilt } from '../cli/harness';
import { cliCampaign, engineCampaign, serverCampaign, type Tally } from './campaign';
import { loadCorpus } from './mutate';

/**
 * The bounded campaign CI runs (about half a minute): fixed seeds, so a failure
 * here is reproducible with `npm run fuzz -- --seed <seed>`. Longer runs:
 * `npm run fuzz -- --iterations 100000`.
 */
describe('fuzzing (bounded campaign)', function () {
  this.timeout(120_000);
  const corpus = loadCorpus();
  const show = (t: Tally): string => t.failures.slice(0, 5).map((f) => `${f.target} seed ${f.seed}: ${f.problems.slice(0, 3).join('; ')}`).join('\n');

  before(() => ensureBuilt());

  it('the engine: 600 mutants of the samples and fixtures, each well formed, in time, with no rule failing', () => {
    const tally: Tally = { documents: 0, requests: 0, failures: [] };
    engineCampaign(corpus, 14, 600, tally);
    assert.strictEqual(tally.documents, 600);
    assert.deepStrictEqual(tally.failures, [], show(tally));
  });

  it('the CLI: runs of 10 mutants per process, in every format, on the main thread and in workers', async () => {
    const tally: Tally = { documents: 0, requests: 0, failures: [] };
    await cliCampaign(corpus, 14, 4, 10, tally);
    assert.strictEqual(tally.documents, 40);
    assert.deepStrictEqual(tally.failures, [], show(tally));
  });

  it('the server: random edits and requests on 10 mutants; final diagnostics equal a fresh lint', async () => {
    const tally: Tally = { documents: 0, requests: 0, failures: [] };
    await serverCampaign(corpus, 14, 10, 20, 20, tally);
    assert.strictEqual(tally.documents, 10);
    assert.ok(tally.requests >= 10 * 40, `${tally.requests} requests`);
    assert.deepStrictEqual(tally.failures, [], show(tally));
  });
});
