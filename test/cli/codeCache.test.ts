import * as assert from 'assert';
import { createHash } from 'crypto';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { cacheFileOf, loadBundle, produceCodeCache } from '../../server/src/node/codeCache';
import { distDir } from '../support/paths';
import { ensureBuilt, tempDir } from './harness';

const codeCacheModule = require.resolve('../../server/src/node/codeCache');

/**
 * How a fresh process loads `file` (V8 consults a cache only for code it has
 * not compiled yet, so within this process the answer could come from V8's
 * own in-memory cache): the cache state and the bundle's answer().
 */
function loadFresh(file: string): { cache: string; answer: number } {
  const script = `const l = require(${JSON.stringify(codeCacheModule)}).loadBundle(${JSON.stringify(file)}); console.log(JSON.stringify({ cache: l.cache, answer: l.exports.answer() }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { cache: string; answer: number };
}

/** A bundle whose code answers `version`; the same length for every one-digit version. */
function bundle(version: number): string {
  return `'use strict';\nfunction answer() { return ${version}; }\nmodule.exports = { answer, dir: __dirname, builtin: typeof require('path').join };\n`;
}

describe('the bundles\' code cache (node/codeCache.ts)', () => {
  it('a cache made from the bundle is used, and the bundle runs as a CommonJS module', async () => {
    const dir = tempDir({ 'b.js': bundle(1) });
    const file = path.join(dir, 'b.js');
    assert.strictEqual(loadBundle(file).cache, 'none');
    await produceCodeCache(file, (exports) => {
      assert.strictEqual((exports as { answer(): number }).answer(), 1);
    });
    assert.ok(fs.existsSync(cacheFileOf(file)));
    assert.deepStrictEqual(loadFresh(file), { cache: 'used', answer: 1 });
    const exports = loadBundle(file).exports as { answer(): number; dir: string; builtin: string };
    assert.strictEqual(exports.dir, dir);
    assert.strictEqual(exports.builtin, 'function');
  });

  it('a stale cache (the bundle rebuilt, even to the same length) never runs the old code', async () => {
    const dir = tempDir({ 'b.js': bundle(1) });
    const file = path.join(dir, 'b.js');
    await produceCodeCache(file, (exports) => void (exports as { answer(): number }).answer());
    fs.writeFileSync(file, bundle(2));
    assert.strictEqual(fs.statSync(file).size, Buffer.byteLength(bundle(1)), 'same length: V8 alone would take the old bytecode');
    assert.deepStrictEqual(loadFresh(file), { cache: 'invalid', answer: 2 });
    assert.strictEqual((loadBundle(file).exports as { answer(): number }).answer(), 2, 'and in this process, where V8 has compiled the old code');
  });

  it('a damaged or truncated cache is ignored, and one V8 refuses (another node) is compiled from source', async () => {
    const dir = tempDir({ 'b.js': bundle(1) });
    const file = path.join(dir, 'b.js');
    await produceCodeCache(file, () => undefined);
    const good = fs.readFileSync(cacheFileOf(file));
    const damaged = Buffer.from(good);
    for (let i = 40; i < damaged.length; i += 7) damaged[i] = damaged[i]! ^ 0xff;
    fs.writeFileSync(cacheFileOf(file), damaged);
    assert.deepStrictEqual(loadFresh(file), { cache: 'invalid', answer: 1 });
    fs.writeFileSync(cacheFileOf(file), good.subarray(0, 10));
    assert.deepStrictEqual(loadFresh(file), { cache: 'invalid', answer: 1 });
    // V8's data with another version in its header, under a hash that matches: V8 itself refuses it.
    const data = Buffer.from(good.subarray(32));
    data[4] = data[4]! ^ 0xff;
    const hash = createHash('sha256').update(fs.readFileSync(file)).update(data).digest();
    fs.writeFileSync(cacheFileOf(file), Buffer.concat([hash, data]));
    assert.deepStrictEqual(loadFresh(file), { cache: 'rejected', answer: 1 });
  });

  /** The built `bundle` has a cache, and a fresh node loads the bundle with it and finds `entry` exported. */
  function assertBuiltCacheUsed(bundle: string, entry: string): void {
    ensureBuilt();
    const file = path.join(distDir, bundle);
    assert.ok(fs.existsSync(cacheFileOf(file)), `node esbuild.mjs writes dist/${bundle}.cache`);
    const script = `const l = require(${JSON.stringify(codeCacheModule)}).loadBundle(${JSON.stringify(file)}); console.log(l.cache, typeof l.exports.${entry});`;
    assert.strictEqual(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim(), 'used function');
  }

  it('the build writes a cache that the built CLI bundle accepts', () => {
    assertBuiltCacheUsed('cli.js', 'run');
  });

  it('the build writes a cache that the language server bundle accepts, and the server starts through it', () => {
    assertBuiltCacheUsed('lsp.js', 'main');
    // dist/server.js, what editors start, loads that bundle and runs its main.
    const version = execFileSync(process.execPath, [path.join(distDir, 'server.js'), '--version'], { encoding: 'utf8' }).trim();
    assert.strictEqual(version, (JSON.parse(fs.readFileSync(path.join(distDir, '..', 'package.json'), 'utf8')) as { version: string }).version);
  });
});
