// structural comparison: merged tree vs whole parse, on generated docs
const { generateCase } = require('/work/main/out/bench/generate.js');
const inc = require('/work/main/out/server/src/core/incremental.js');
const core = require('/work/main/out/server/src/core/index.js');
const yaml = require('/work/main/node_modules/yaml');
const fs = require('fs');
function walk(n, out, path) {
  if (!n) { out.push(path + ' null'); return; }
  out.push(path + ' ' + (n.constructor.name) + ' ' + JSON.stringify(n.range) + (yaml.isScalar(n) ? ' ' + JSON.stringify(n.value) + n.type : ''));
  if (yaml.isMap(n)) n.items.forEach((p, i) => { walk(p.key, out, path + '/k' + i); walk(p.value, out, path + '/v' + i); });
  else if (yaml.isSeq(n)) n.items.forEach((p, i) => walk(p, out, path + '/' + i));
}
for (const [name, text] of [['ours300', generateCase(2, 300)], ['ours3k', generateCase(1, 3000)], ['peer3k', fs.readFileSync('/tmp/peer-bench/cases/case-l3000-s1.case.yaml', 'utf8')]]) {
  const a = core.lint(text).document.yaml, r = inc.lintIncremental(text), b = r.document.yaml;
  const wa = [], wb = []; walk(a.contents, wa, ''); walk(b.contents, wb, '');
  let diff = wa.findIndex((x, i) => x !== wb[i]);
  console.log(name, JSON.stringify(inc.lastIncrementalStats), wa.length, wb.length, diff === -1 ? 'same' : 'DIFF at ' + diff + '\n ' + wa[diff] + '\n ' + wb[diff], JSON.stringify(a.range), JSON.stringify(b.range));
}
