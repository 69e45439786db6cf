#!/usr/bin/env node
'use strict';
// `caselint-language-server --stdio` (or --node-ipc): the bundled language server.
require('../dist/server.js');
