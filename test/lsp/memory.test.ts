import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CaselintServer } from '../../server/src/lsp/server';
import { fakeConnection } from '../support/fakeConnection';
import { repoRoot } from '../support/paths';

const memoryModule = require.resolve('../../server/src/lsp/memory');

/**
 * The young generation's size in a fresh process after churning through
 * objects that survive a scavenge, with the growth fitYoungGeneration sets
 * for the longest open text: the space stays small for short texts (the RSS
 * with a 3,000-line case open) and may grow for long ones (edit latency at
 * 30,000 lines).
 */
function newSpaceAfterChurn(longest: number): number {
  const script = `
    const { fitYoungGeneration } = require(${JSON.stringify(memoryModule)});
    const v8 = require('v8');
    fitYoungGeneration(${longest});
    const churn = () => { const keep = []; for (let i = 0; i < 2e5; i++) keep.push({ a: i, b: [i] }); return keep.length; };
    for (let i = 0; i < 10; i++) churn();
    console.log(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

describe('the language server\'s young generation (lsp/memory.ts)', () => {
  it('stays at its initial size while only short texts are open, and grows for a long one', () => {
    const short = newSpaceAfterChurn(300_000);
    const long = newSpaceAfterChurn(3_000_000);
    assert.ok(short <= 4 * 1024 * 1024, `short texts: ${short} bytes of new space`);
    assert.ok(long >= 4 * short, `a long text: ${long} bytes of new space, against ${short}`);
  });

  it('is sized before each lint by the longest text open, whichever document is linted', async () => {
    const told: number[] = [];
    const server = new CaselintServer(fakeConnection(), { info() {}, warn() {}, error() {} }, { packageRoot: repoRoot, beforeLint: (n) => told.push(n) }, {});
    const text = fs.readFileSync(path.join(repoRoot, 'samples', 'clean', 'ketamine-kap-cross-talk.case.yaml'), 'utf8');
    const long = `${text}\n# ${'notes '.repeat(200_000)}\n`;
    const uri = (name: string): string => pathToFileURL(path.join(repoRoot, 'samples', `${name}.case.yaml`)).toString();
    const settle = async (): Promise<void> => {
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 20));
    };
    server.didOpen({ textDocument: { uri: uri('short'), languageId: 'case-report', version: 1, text } });
    await settle();
    assert.deepStrictEqual(told, [text.length]);
    server.didOpen({ textDocument: { uri: uri('long'), languageId: 'case-report', version: 1, text: long } });
    await settle();
    server.didChange({ textDocument: { uri: uri('short'), version: 2 }, contentChanges: [{ text: `${text}\n` }] });
    await settle();
    assert.deepStrictEqual(told.slice(1), [long.length, long.length]);
    server.didClose({ textDocument: { uri: uri('long') } });
    server.didChange({ textDocument: { uri: uri('short'), version: 3 }, contentChanges: [{ text }] });
    await settle();
    assert.strictEqual(told[told.length - 1], text.length);
  });
});
