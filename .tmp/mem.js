const { LspClient } = require('/work/main/out/test/support/lspClient.js');
const { generateCase } = require('/work/main/out/bench/generate.js');
const fs = require('fs');
(async () => {
  const c = await LspClient.start({});
  const pid = c.process.pid;
  const rss = () => { try { return (Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096 / 1e6).toFixed(1); } catch (e) { return '?'; } };
  console.log('after init', rss());
  const n = Number(process.argv[2] || 3000);
  const text = generateCase(11, n); const uri = 'file:///tmp/bench.case.yaml';
  await c.open(uri, text); console.log('after open', rss());
  let peak = 0;
  for (let i = 0; i < 30; i++) { await c.change(uri, text.replace('title:', 'title: x' + i + ' ')); peak = Math.max(peak, Number(rss())); }
  console.log('peak during edits', peak, 'final', rss());
  await c.stop();
})();
