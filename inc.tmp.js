const { generateCase, rng } = require('/work/main/out/bench/generate.js');
const core = require('/work/main/out/server/src/core/index.js');
const inc = require('/work/main/out/server/src/core/incremental.js');
const fs = require('fs');
const strip = (r) => JSON.stringify({ f: r.findings, s: r.suppressed });
for (const [name, text] of [['ours3k', generateCase(1, 3000)], ['peer30k', fs.readFileSync('/tmp/peer-bench/cases/case-l30000-s1.case.yaml', 'utf8')], ['ours30k', generateCase(1, 30000)]]) {
  let t = performance.now();
  const full = core.lint(text);
  const fullMs = performance.now() - t;
  t = performance.now();
  let prev = inc.lintIncremental(text, {});
  const firstMs = performance.now() - t;
  console.log(name, 'full', fullMs.toFixed(0), 'first inc', firstMs.toFixed(0), JSON.stringify(inc.lastIncrementalStats), 'equal', strip(full) === strip(prev));
  // edits in prose: find a perspective text line
  let cur = text;
  const at = cur.indexOf('perspectives:');
  let pos = cur.indexOf('\n', cur.indexOf('|', at) + 1) + 20;
  const times = [];
  for (let i = 0; i < 10; i++) {
    cur = cur.slice(0, pos) + 'x' + cur.slice(pos); pos++;
    t = performance.now();
    prev = inc.lintIncremental(cur, {}, prev);
    times.push(performance.now() - t);
  }
  const check = core.lint(cur);
  times.sort((a, b) => a - b);
  console.log('  edit p50', times[5].toFixed(1), JSON.stringify(inc.lastIncrementalStats), 'equal', strip(check) === strip(prev));
}
