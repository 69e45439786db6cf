import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire, wrap } from 'module';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';

/**
 * Loading a CommonJS bundle with V8's code cache: the bytecode of the
 * functions it ran at build time, so each process and each lint worker skips
 * compiling them again (the CLI bundle is about 1 MB; each worker thread
 * compiles it anew).
 *
 * The cache lives next to the bundle (`<bundle>.cache`, written by
 * esbuild.mjs after the build). It starts with the SHA-256 of the bundle it
 * was made from followed by V8's data: V8 checks only its own version, its
 * flags and the source's length (a rebuilt bundle of the same length would
 * otherwise run the old bytecode), and does not check its data for damage.
 * A cache whose hash differs, that V8 rejects, or that cannot be read is
 * ignored: the bundle is compiled from its source, as without a cache.
 */

const HASH_BYTES = 32;

/**
 * V8's optimising compiler runs on a background thread, and inlining makes it
 * slow: linting 500 typical files in one thread, it spent about 3.1 s of CPU
 * on some 240 functions, several over 100 ms each (`--trace-opt`). That time
 * is free while a core is idle, but with a lint thread on each core every
 * thread compiles the same functions again, in time taken from the lint.
 * Inlining only small functions cuts the compiling to about 2.2 s; 1,000 files
 * with the default threads took about 1 s less CPU (four runs interleaved with
 * a build without the flag), and the language server's edits no more time.
 *
 * Set here, when a loader (or the build that writes the caches) first loads
 * this module, before any bundle is compiled: V8 keeps a cache only under the
 * flags it was made with, so the build and every run must set the same ones.
 * V8's flags are the process's, read at each compile, so workers share them.
 */
export const COMPILER_FLAGS = '--max-inlined-bytecode-size=100';
v8.setFlagsFromString(COMPILER_FLAGS);

export function cacheFileOf(bundle: string): string {
  return `${bundle}.cache`;
}

/** The hash that heads a cache: of the bundle's bytes and V8's data. */
function digest(source: Buffer, data: Buffer): Buffer {
  return createHash('sha256').update(source).update(data).digest();
}

export interface LoadedBundle {
  exports: unknown;
  /** The script, to make a cache from once it has run (produceCodeCache). */
  script: vm.Script;
  /** 'used': the cache was accepted; 'none': no cache file; 'invalid': made from another bundle, or damaged; 'rejected': V8 refused it (another node version or flags). */
  cache: 'used' | 'none' | 'invalid' | 'rejected';
}

/** V8's data when the cache was made from exactly `source` and is whole, else why not. */
function cachedDataFor(cacheFile: string, source: Buffer): Buffer | 'none' | 'invalid' {
  let cache: Buffer;
  try {
    cache = fs.readFileSync(cacheFile);
  } catch {
    return 'none';
  }
  if (cache.length <= HASH_BYTES) return 'invalid';
  const data = cache.subarray(HASH_BYTES);
  return cache.subarray(0, HASH_BYTES).equals(digest(source, data)) ? data : 'invalid';
}

/** Run `bundle` as a CommonJS module (as require() would, once) using its code cache when valid. */
export function loadBundle(bundle: string, cacheFile = cacheFileOf(bundle)): LoadedBundle {
  const file = path.resolve(bundle);
  const bytes = fs.readFileSync(file);
  const cached = cachedDataFor(cacheFile, bytes);
  const script = new vm.Script(wrap(bytes.toString('utf8')), { filename: file, cachedData: typeof cached === 'string' ? undefined : cached });
  const cache = typeof cached === 'string' ? cached : script.cachedDataRejected === true ? 'rejected' : 'used';
  const module = { exports: {} as unknown };
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, cache };
}

/**
 * Load `bundle`, let `warmUp` run it (every function it calls is compiled
 * then, and goes into the cache), and write the cache next to it.
 */
export async function produceCodeCache(bundle: string, warmUp: (exports: unknown) => Promise<void> | void, cacheFile = cacheFileOf(bundle)): Promise<void> {
  fs.rmSync(cacheFile, { force: true });
  const source = fs.readFileSync(bundle);
  const loaded = loadBundle(bundle, cacheFile);
  await warmUp(loaded.exports);
  const data = loaded.script.createCachedData();
  // Written whole or not at all: a reader never sees half a cache.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.concat([digest(source, data), data]));
  fs.renameSync(tmp, cacheFile);
}
