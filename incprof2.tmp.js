const { generateCase } = require('/work/main/out/bench/generate.js');
const inc = require('/work/main/out/server/src/core/incremental.js');
const n = Number(process.argv[2] || 3000);
const text = generateCase(1, n);
let prev = inc.lintIncremental(text, {});
const lines = text.split('\n');
const prose = []; let off = 0;
for (const l of lines) { if (/^\s{2,}[A-Z][a-z]+ /.test(l)) prose.push(off + l.search(/\S/) + 2); off += l.length + 1; }
let pos = prose[Math.floor(prose.length / 2)];
let cur = text;
const t0 = performance.now();
const N = 40;
for (let i = 0; i < N; i++) { cur = i % 2 === 0 ? cur.slice(0, pos) + 'a' + cur.slice(pos) : cur.slice(0, pos) + cur.slice(pos + 1); prev = inc.lintIncremental(cur, {}, prev); }
console.log('avg', ((performance.now() - t0) / N).toFixed(1), JSON.stringify(inc.lastIncrementalStats));
