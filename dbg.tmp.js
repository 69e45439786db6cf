const { generateCase } = require('/work/main/out/bench/generate.js');
const inc = require('/work/main/out/server/src/core/incremental.js');
const yaml = require('/work/main/node_modules/yaml');
const { PARSE_OPTIONS } = require('/work/main/out/server/src/core/document.js');
const text = generateCase(1, 300);
const starts = inc.pieceStarts(text);
console.log(starts && starts.length);
for (let i = 0; i < starts.length; i++) {
  const s = text.slice(starts[i], starts[i + 1] ?? text.length);
  const docs = yaml.parseAllDocuments(s, PARSE_OPTIONS);
  const d = docs[0]; if (!d) { console.log("nodoc", i, starts[i], JSON.stringify(s.slice(0,100))); continue; }
  if (docs.length !== 1 || d.errors.length || d.warnings.length || !yaml.isMap(d.contents)) { console.log('bad', i, JSON.stringify(s.slice(0, 80)), docs.length, d.errors.map(e=>e.message), d.warnings.map(e=>e.message)); }
}
