const core = require('/work/main/out/server/src/core/index.js');
const n = Number(process.argv[3] || 5000);
const keys = 'caselint: 1\n' + Array.from({ length: n }, (_, i) => `k${i}: value ${i}`).join('\n') + '\n';
const which = process.argv[2];
for (let i = 0; i < 1; i++) which === 'inc' ? core.lintIncremental(keys) : core.lint(keys);
