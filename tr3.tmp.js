const core = require('/work/main/out/server/src/core/index.js');
const yaml = require('/work/main/node_modules/yaml');
for (const t of ['caselint: 1\nb:\n  - x\n  - y\n# col0\n', 'caselint: 1\nb:\n  - x\n  - y\n  # ind\n', 'caselint: 1\nb:\n- x\n- y\n\n# c\n\n', 'caselint: 1\nb:\n  - x: |\n      t\n  # c\n# d\nc: 1\n# e\n']) {
  const a = core.lint(t).document.yaml, r = core.lintIncremental(t), b = r.document.yaml;
  const sh = (d) => JSON.stringify([d.range, d.contents.range, d.contents.items.map(p => p.value.range)]);
  console.log(core.lastIncrementalStats.whole, sh(a) === sh(b) ? 'same' : 'DIFF ' + sh(a) + ' vs ' + sh(b));
}
