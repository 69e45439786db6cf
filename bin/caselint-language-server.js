#!/usr/bin/env node
'use strict';
// `caselint-language-server --stdio` (or --node-ipc): dist/server.js loads the
// bundled language server (dist/lsp.js) with its code cache and runs it.
require('../dist/server.js');
