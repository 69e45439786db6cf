const { generateCase } = require('/work/main/out/bench/generate.js');
const { lint, CaseDocument } = require('/work/main/out/server/src/core');
const yaml = require('/work/main/node_modules/yaml');
const n = Number(process.argv[2] || 30000);
const text = generateCase(7, n);
for (let i = 0; i < 3; i++) lint(text);
const t = (f, k = 5) => { const xs = []; for (let i = 0; i < k; i++) { const s = process.hrtime.bigint(); f(); xs.push(Number(process.hrtime.bigint() - s) / 1e6); } xs.sort((a, b) => a - b); return xs[k >> 1].toFixed(1); };
console.log('parseDocument', t(() => yaml.parseDocument(text)));
console.log('parseDocument+toJS', t(() => yaml.parseDocument(text).toJS()));
console.log('parseAll+LC', t(() => yaml.parseAllDocuments(text, { lineCounter: new yaml.LineCounter(), prettyErrors: false })));
console.log('CaseDocument', t(() => new CaseDocument(text)));
console.log('lint', t(() => lint(text)));
// per rule
const { RULES } = require('/work/main/out/server/src/core');
const doc = new CaseDocument(text);
const { lintDocument } = require('/work/main/out/server/src/core');
const rows = [];
for (const r of RULES) { rows.push([r.meta.id, t(() => lintDocument(doc, { rules: [r] }), 5)]); }
rows.sort((a, b) => b[1] - a[1]); console.log(rows.slice(0, 14).map(r => r.join(' ')).join('\n'));
console.log('empty lintDocument', t(() => lintDocument(doc, { rules: [] })));
const phi = RULES.filter(r => r.meta.id.startsWith('phi-'));
console.log('all phi', t(() => lintDocument(doc, { rules: phi })));
const adeq = RULES.filter(r => r.meta.category === 'adequacy');
console.log('all adequacy', t(() => lintDocument(doc, { rules: adeq })));
console.log('all but phi', t(() => lintDocument(doc, { rules: RULES.filter(r => !r.meta.id.startsWith('phi-')) })));
console.log('schema', t(() => lintDocument(doc, { rules: RULES.filter(r => r.meta.id==='schema') })));
console.log('all rules on parsed doc', t(() => lintDocument(doc)));
