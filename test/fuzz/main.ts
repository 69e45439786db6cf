/**
 * npm run fuzz -- [--iterations N] [--seed S] [--cli-runs N] [--server-docs N] [--minutes M]
 *
 * Mutants of the samples and fixtures through the engine (N documents), the
 * CLI (runs of 8-12 files, every format) and the server (documents with random
 * edits and requests). Prints each failure's seed, target and a minimised
 * input; exits 1 when anything failed. `--seed` with `--replay <doc seed>`
 * prints one mutant again.
 */
import { checkText, minimise } from './check';
import { cliCampaign, engineCampaign, serverCampaign, type Tally } from './campaign';
import { loadCorpus, mutant } from './mutate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const seed = arg('seed', Date.now() % 1_000_000_007);
  const replay = arg('replay', -1);
  if (replay >= 0) {
    const m = mutant(corpus, replay);
    process.stdout.write(`# from ${m.base}, mutations: ${m.kinds.join(', ')}\n${m.text}\n`);
    console.error(checkText(m.text).join('\n') || 'no failure');
    return;
  }
  const iterations = arg('iterations', 2000);
  const cliRuns = arg('cli-runs', Math.max(5, Math.round(iterations / 2000)));
  const engineFrom = arg('engine-from', 0);
  const serverDocs = arg('server-docs', Math.max(5, Math.round(iterations / 500)));
  const deadline = Date.now() + arg('minutes', Infinity) * 60_000;
  const tally: Tally = { documents: 0, requests: 0, failures: [] };
  const t0 = Date.now();
  console.log(`fuzz: seed ${seed}, ${iterations} engine documents, ${cliRuns} CLI runs, ${serverDocs} server documents`);
  for (let done = engineFrom; done < engineFrom + iterations && Date.now() < deadline; done += 1000) {
    const before = tally.failures.length;
    engineCampaign(corpus, seed + done, Math.min(1000, engineFrom + iterations - done), tally, deadline);
    for (const f of tally.failures.slice(before)) console.log(`  FAIL engine seed ${f.seed}: ${f.problems.slice(0, 3).join('; ')}`);
    console.log(`  engine: ${tally.documents} documents, ${tally.failures.length} failures (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  await cliCampaign(corpus, seed, cliRuns, 10, tally);
  console.log(`  cli: ${tally.documents} documents in all, ${tally.failures.length} failures`);
  for (let k = 0; k < serverDocs && Date.now() < deadline; k += 50) {
    await serverCampaign(corpus, seed + k, Math.min(50, serverDocs - k), 20, 20, tally);
    console.log(`  server: ${tally.requests} requests, ${tally.failures.length} failures (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  for (const f of tally.failures.slice(0, 20)) {
    console.log(`FAIL ${f.target} seed ${f.seed}: ${f.problems.slice(0, 5).join('; ')}`);
    if (f.target === 'engine') {
      const text = mutant(corpus, f.seed).text;
      const small = minimise(text, (t) => checkText(t).length > 0);
      console.log(`  replay: npm run fuzz -- --replay ${f.seed}\n  minimised (${small.length} chars): ${JSON.stringify(small.slice(0, 500))}`);
    }
  }
  console.log(`fuzz: ${tally.documents} documents, ${tally.requests} server requests, ${tally.failures.length} failures, ${Math.round((Date.now() - t0) / 1000)} s (seed ${seed})`);
  process.exitCode = tally.failures.length > 0 ? 1 : 0;
}

void main();
