const yaml = require('/work/main/node_modules/yaml');
for (const t of ['a: 1\nb:\n  c: 2\n# trailing\n\n# more\n', 'a: 1\nb:\n- x\n- y\n# trailing\n', 'a: 1\nb:\n  - x\n  - y: 1\n    z: 2\n\n# trailing\n', 'a: 1\nb: |\n  text\n# t\n']) {
  const d = yaml.parseDocument(t);
  const show = (n) => JSON.stringify(n.range);
  const last = d.contents.items.at(-1).value;
  console.log(JSON.stringify(t), 'root', show(d.contents), 'lastval', show(last), yaml.isSeq(last) ? 'lastitem ' + show(last.items.at(-1)) : '');
  const piece = t.slice(t.indexOf('b:'));
  const p = yaml.parseDocument(piece);
  console.log('   piece root', JSON.stringify(p.contents.range.map(x=>x+t.indexOf('b:'))), 'lastval', JSON.stringify(p.contents.items.at(-1).value.range.map(x=>x+t.indexOf('b:'))));
}
