#!/usr/bin/env node
'use strict';
// A dumb wrapper: the CLI's run() returns the exit code.
const { run } = require('../dist/cli.js');
run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    // The message of an unexpected error may quote the document: show it only when debugging.
    const detail = process.env.CASELINT_DEBUG ? `\n${err && err.stack ? err.stack : err}` : ' (set CASELINT_DEBUG=1 for details)';
    process.stderr.write(`caselint: internal error: ${err && err.name ? err.name : 'error'}${detail}\n`);
    process.exitCode = 2;
  },
);
