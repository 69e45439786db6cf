const inc = require('/work/main/out/server/src/core/incremental.js');
const fs = require('fs');
const t = fs.readFileSync('/tmp/peer-bench/cases/case-l30000-s1.case.yaml', 'utf8');
const cuts = inc.cuts(t);
const sizes = cuts.map((c, i) => [(cuts[i + 1]?.start ?? t.length) - c.start, c.kind, t.slice(c.start, c.start + 30).replace(/\n/g, '⏎')]);
sizes.sort((a, b) => b[0] - a[0]);
console.log(cuts.length, sizes.slice(0, 12));
