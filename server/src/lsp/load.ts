/**
 * The language server's loader (bundled alone as dist/server.js, the module
 * that `caselint-language-server` and the VS Code client start): it loads the
 * server bundle, dist/lsp.js, with V8's code cache (node/codeCache.ts), so a
 * new server compiles none of the functions its first lint runs, and calls
 * its `main` with the process's arguments. The build writes the cache
 * (dist/lsp.js.cache, esbuild.mjs); without a valid one, the bundle is
 * compiled from its source as usual.
 */
import * as path from 'path';
import { loadBundle } from '../node/codeCache';

const server = loadBundle(path.join(__dirname, 'lsp.js')).exports as { main(argv: readonly string[]): void };
server.main(process.argv.slice(2));
