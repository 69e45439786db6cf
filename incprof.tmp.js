const { generateCase } = require('/work/main/out/bench/generate.js');
const inc = require('/work/main/out/server/src/core/incremental.js');
const fs = require('fs');
const text = process.argv[2] === 'ours' ? generateCase(1, 30000) : fs.readFileSync('/tmp/peer-bench/cases/case-l30000-s1.case.yaml', 'utf8');
let prev = inc.lintIncremental(text, {});
let cur = text;
const at = cur.indexOf('perspectives:');
let pos = cur.indexOf('\n', cur.indexOf('|', at) + 1) + 20;
const t0 = performance.now();
for (let i = 0; i < 40; i++) { cur = cur.slice(0, pos) + 'x' + cur.slice(pos); pos++; prev = inc.lintIncremental(cur, {}, prev); }
console.log('avg', ((performance.now() - t0) / 40).toFixed(1));
