// Bundles the entry points; everything from node_modules is inlined so
// the CLI, the language server and the .vsix need no node_modules at run time.
// The production build then writes the code caches of the CLI and of the
// language server, dist/cli.js.cache and dist/lsp.js.cache
// (server/src/node/codeCache.ts): V8's bytecode of every function a lint of
// the samples runs, which each CLI process, lint worker and language server
// loads instead of compiling the bundle again.
//   node esbuild.mjs            production build (minified, with source maps)
//   node esbuild.mjs --watch    rebuild on change (no code cache)
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/cli/load.ts', out: 'cli-load' },
  { in: 'server/src/lsp/main.ts', out: 'lsp' },
  { in: 'server/src/lsp/load.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'extension' },
].filter((e) => existsSync(e.in));

// `yaml` ships the same code twice: a CommonJS build for node and an ES module
// build for everything else (differing only in that the node build reads
// process.env.LOG_TOKENS once per token and warns through process.emitWarning;
// caselint parses with logLevel 'error', so it never warns). Bundled, the ES
// module build is faster: esbuild links its functions directly, where the
// CommonJS build is reached through a getter per property access (`npm run bench`).
const yamlEsm = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser', 'dist', 'index.js');
const yamlAsEsm = {
  name: 'yaml-esm',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: yamlEsm }));
  },
};

const options = {
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode'],
  minify: !watch,
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [yamlAsEsm],
};

const root = dirname(new URL(import.meta.url).pathname);
const cliBundle = join(root, 'dist', 'cli.js');
const lspBundle = join(root, 'dist', 'lsp.js');

/**
 * Run `warmUp` on the new `bundle` in this process and keep the bytecode V8
 * compiled for it (codeCache.ts); without the samples, no cache.
 */
async function writeCodeCache(bundle, warmUp) {
  const { cacheFileOf, produceCodeCache } = createRequire(import.meta.url)('./dist/cli-load.js');
  const samples = join(root, 'samples');
  if (!existsSync(samples)) return rmSync(cacheFileOf(bundle), { force: true });
  await produceCodeCache(bundle, (exports) => warmUp(exports, samples));
}

/** The CLI: lint the samples, in JSON and in the stylish format. */
async function lintSamples(cli, samples) {
  const sink = { write: () => true };
  const io = { stdout: sink, stderr: sink, stdin: [], cwd: root, env: {} };
  for (const format of ['json', 'stylish']) await cli.run(['--threads', '1', '--no-color', '-f', format, '--summary', samples], io);
}

/** The language server: open, edit, hover and complete on each sample (lsp/warmUp.ts). */
function serveSamples(server, samples) {
  const texts = [];
  for (const entry of readdirSync(samples, { recursive: true })) {
    if (/\.case\.ya?ml$/.test(String(entry))) texts.push(readFileSync(join(samples, String(entry)), 'utf8'));
  }
  server.warmUp(texts);
}

if (watch) {
  // A cache made from an older bundle is never used (codeCache.ts checks), but it is clutter.
  for (const bundle of [cliBundle, lspBundle]) rmSync(`${bundle}.cache`, { force: true });
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
  if (existsSync(cliBundle)) await writeCodeCache(cliBundle, lintSamples);
  if (existsSync(lspBundle)) await writeCodeCache(lspBundle, serveSamples);
}
