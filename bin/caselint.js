#!/usr/bin/env node
'use strict';
// A dumb wrapper: the CLI's run() returns the exit code. The bundle is loaded
// through dist/cli-load.js, with V8's code cache when it matches the bundle
// (server/src/cli/codeCache.ts); lint workers run that loader too.
const path = require('path');
const dist = path.join(__dirname, '..', 'dist');
const { loadBundle } = require('../dist/cli-load.js');
const { run } = loadBundle(path.join(dist, 'cli.js')).exports;
run(process.argv.slice(2), { workerScript: path.join(dist, 'cli-load.js') }).then(
  (code) => { process.exitCode = code; },
  (err) => {
    // The message of an unexpected error may quote the document: show it only when debugging.
    const detail = process.env.CASELINT_DEBUG ? `\n${err && err.stack ? err.stack : err}` : ' (set CASELINT_DEBUG=1 for details)';
    process.stderr.write(`caselint: internal error: ${err && err.name ? err.name : 'error'}${detail}\n`);
    process.exitCode = 2;
  },
);
