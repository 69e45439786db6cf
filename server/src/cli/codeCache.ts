import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire, wrap } from 'module';
import * as path from 'path';
import * as vm from 'vm';

/**
 * Loading a CommonJS bundle with V8's code cache: the bytecode of the
 * functions it ran at build time, so each process and each lint worker skips
 * compiling them again (the CLI bundle is about 1 MB; each worker thread
 * compiles it anew).
 *
 * The cache lives next to the bundle (`<bundle>.cache`, written by
 * esbuild.mjs after the build). It starts with the SHA-256 of the bundle it
 * was made from: V8 checks only its own version, its flags and the source's
 * length, so a rebuilt bundle of the same length would otherwise run the old
 * bytecode. A cache whose hash differs, that V8 rejects, or that cannot be
 * read is ignored: the bundle is compiled from its source, as without a cache.
 */

const HASH_BYTES = 32;

export function cacheFileOf(bundle: string): string {
  return `${bundle}.cache`;
}

function digest(source: string): Buffer {
  return createHash('sha256').update(source).digest();
}

export interface LoadedBundle {
  exports: unknown;
  /** The script, to make a cache from once it has run (produceCodeCache). */
  script: vm.Script;
  /** 'used': the cache was accepted; 'none': no cache file; 'stale': made from another bundle; 'rejected': V8 refused it (another node version or flags). */
  cache: 'used' | 'none' | 'stale' | 'rejected';
}

/** The cache's bytes for V8 when it was made from exactly `source`, else why not. */
function cachedDataFor(cacheFile: string, source: string): Buffer | 'none' | 'stale' {
  let data: Buffer;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return 'none';
  }
  if (data.length <= HASH_BYTES || !data.subarray(0, HASH_BYTES).equals(digest(source))) return 'stale';
  return data.subarray(HASH_BYTES);
}

/** Run `bundle` as a CommonJS module (as require() would, once) using its code cache when valid. */
export function loadBundle(bundle: string, cacheFile = cacheFileOf(bundle)): LoadedBundle {
  const file = path.resolve(bundle);
  const source = fs.readFileSync(file, 'utf8');
  const cached = cachedDataFor(cacheFile, source);
  const script = new vm.Script(wrap(source), { filename: file, cachedData: typeof cached === 'string' ? undefined : cached });
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
  const loaded = loadBundle(bundle, cacheFile);
  await warmUp(loaded.exports);
  const source = fs.readFileSync(bundle, 'utf8');
  fs.writeFileSync(cacheFile, Buffer.concat([digest(source), loaded.script.createCachedData()]));
}
