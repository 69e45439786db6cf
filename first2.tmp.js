const core = require('/work/main/out/server/src/core/index.js');
const { generateCase } = require('/work/main/out/bench/generate.js');
const t = generateCase(1, 3000);
for (let i = 0; i < 15; i++) core.lintIncremental(t);
