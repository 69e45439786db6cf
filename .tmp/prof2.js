const { generateCase } = require('/work/main/out/bench/generate.js');
const { CaseDocument, lintDocument } = require('/work/main/out/server/src/core');
const text = generateCase(7, 3000);
const doc = new CaseDocument(text);
for (let i = 0; i < 200; i++) lintDocument(doc);
