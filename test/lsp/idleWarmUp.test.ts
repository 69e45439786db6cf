import * as assert from 'assert';
import { lint } from '../../server/src/core';
import { RuleDocs } from '../../server/src/lsp/diagnostics';
import { IdleWarmUp, type WarmUpStats } from '../../server/src/lsp/idleWarmUp';
import { WARM_UP_CASE } from '../../server/src/lsp/warmUpCase';
import { CASE } from '../support/case';
import { LspClient } from '../support/lspClient';
import { repoRoot } from '../support/paths';

const docs = new RuleDocs({ packageRoot: repoRoot });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A warm-up that reports its end through a promise. */
function warmUp(budgetMs: number): { w: IdleWarmUp; ended: Promise<WarmUpStats> } {
  let end!: (s: WarmUpStats) => void;
  const ended = new Promise<WarmUpStats>((r) => (end = r));
  return { w: new IdleWarmUp(docs, end, budgetMs), ended };
}

describe('idle warm-up', function () {
  this.timeout(30000);

  it('lints a valid invented case whose one finding is a short trial (so the parse, every rule and a diagnostic run)', () => {
    const findings = lint(WARM_UP_CASE, {}).findings;
    assert.deepStrictEqual(findings.map((f) => f.rule), ['trial-duration-inadequate']);
    assert.match(WARM_UP_CASE, /@example\.org/);
  });

  it('opens the case, types into its prose, and stops once its budget is spent', async () => {
    const { w, ended } = warmUp(40);
    w.start(0);
    const stats = await ended;
    assert.ok(stats.steps > 1, `an open and at least one keystroke: ${JSON.stringify(stats)}`);
    assert.ok(stats.ms >= 40, `stops only once the budget is spent: ${JSON.stringify(stats)}`);
    await sleep(20);
    assert.strictEqual(w.stats.steps, stats.steps, 'no step after the end');
  });

  it('stops for good when the client sends anything, and never starts once stopped', async () => {
    const early = warmUp(10_000);
    early.w.interrupt(); // bytes before the start (the initialized notification itself) do not count
    early.w.start(0);
    await sleep(30);
    early.w.interrupt();
    const stats = await early.ended;
    await sleep(30);
    assert.ok(stats.steps >= 1, 'it ran until the bytes came');
    assert.strictEqual(early.w.stats.steps, stats.steps, 'and not after them');

    const stopped = warmUp(10_000);
    stopped.w.stop(); // a document opened before the start
    stopped.w.start(0);
    await sleep(30);
    assert.strictEqual(stopped.w.stats.steps, 0);
  });

  it('waits for the client to be quiet after initialized: a step never runs inside the quiet gap', async () => {
    const { w } = warmUp(10_000);
    w.start(200);
    await sleep(60);
    w.interrupt();
    await sleep(250);
    assert.strictEqual(w.stats.steps, 0);
  });

  describe('in the server (stdio)', () => {
    it('runs while the client is quiet and publishes nothing of its own; the document opened later is linted as usual', async () => {
      const client = await LspClient.start();
      try {
        for (let i = 0; i < 100 && !client.logs.some((l) => l.message.startsWith('warmed up while idle')); i++) await sleep(20);
        const line = client.logs.find((l) => l.message.startsWith('warmed up while idle'));
        assert.ok(line, JSON.stringify(client.logs));
        assert.match(line.message, /^warmed up while idle: [1-9]\d* step\(s\), \d+ ms$/);
        const uri = client.uri('later.case.yaml');
        const diags = await client.open(uri, CASE.replace('duration: 12 weeks', 'duration: 2 weeks'));
        assert.ok(diags.some((d) => d.code === 'trial-duration-inadequate'), JSON.stringify(diags));
        assert.deepStrictEqual([...new Set(client.publishes.map((p) => p.uri))], [uri], 'the invented case is never published');
      } finally {
        await client.stop();
      }
    });

    it('never delays a document opened right after initialized: no step runs before it', async () => {
      const client = await LspClient.start();
      try {
        const uri = client.uri('first.case.yaml');
        await client.open(uri, CASE);
        await sleep(300);
        const line = client.logs.find((l) => l.message.startsWith('warmed up while idle'));
        assert.ok(!line || /: 0 step\(s\)/.test(line.message), JSON.stringify(client.logs));
      } finally {
        await client.stop();
      }
    });
  });
});
