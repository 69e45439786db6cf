const core = require('/work/main/out/server/src/core/index.js');
const { generateCase } = require('/work/main/out/bench/generate.js');
const fs = require('fs');
const docs = { peer30k: fs.readFileSync('/tmp/peer-bench/cases/case-l30000-s1.case.yaml', 'utf8'), peer3k: fs.readFileSync('/tmp/peer-bench/cases/case-l3000-s1.case.yaml', 'utf8'), dense3k: generateCase(1, 3000) };
const cpu = (f) => { const a = []; for (let i = 0; i < 5; i++) { const s = process.cpuUsage(); f(); const d = process.cpuUsage(s); a.push((d.user + d.system) / 1000); } a.sort((x, y) => x - y); return a[2].toFixed(0); };
for (const [n, t] of Object.entries(docs)) { core.lint(t); core.lintIncremental(t); console.log(n, 'lint', cpu(() => core.lint(t)), 'incremental first', cpu(() => core.lintIncremental(t)), 'ms cpu'); }
