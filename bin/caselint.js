#!/usr/bin/env node
'use strict';
// A dumb wrapper: the CLI's run() returns the exit code.
const { run } = require('../dist/cli.js');
run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`caselint: internal error: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
