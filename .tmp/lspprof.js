const { LspClient } = require('/work/main/out/test/support/lspClient.js');
const { generateCase } = require('/work/main/out/bench/generate.js');
(async () => {
  const c = await LspClient.start({});
  const text = generateCase(11, 3000);
  const uri = c.uri ? c.uri('bench.case.yaml') : 'file:///tmp/bench.case.yaml';
  await c.open(uri, text);
  for (let i = 0; i < 40; i++) { await c.change(uri, text.replace('title:', 'title: x' + i + ' ')); }
  await c.stop();
})().catch(e => { console.error(e); process.exit(1); });
