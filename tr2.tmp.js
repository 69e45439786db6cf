const { loadCorpus } = require('/work/main/out/test/fuzz/mutate.js');
const core = require('/work/main/out/server/src/core/index.js');
for (const f of loadCorpus()) {
  if (f.text.length > 20000) continue;
  const a = core.lint(f.text).document.yaml.contents, r = core.lintIncremental(f.text);
  if (core.lastIncrementalStats.whole) continue;
  const b = r.document.yaml.contents;
  if (JSON.stringify(a.range) !== JSON.stringify(b.range)) { console.log(f.name, JSON.stringify(a.range), JSON.stringify(b.range)); console.log(JSON.stringify(f.text.slice(400))); }
}
