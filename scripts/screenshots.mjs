// `npm run screenshots`: copies the README screenshots that the last `npm run test:e2e` took
// (.e2e/screenshots/, or $E2E_ROOT/screenshots) into docs/images/. The e2e run itself never writes
// tracked files.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(process.env.E2E_ROOT ? resolve(process.env.E2E_ROOT) : join(root, '.e2e'), 'screenshots');
const to = join(root, 'docs', 'images');
const shots = existsSync(from) ? readdirSync(from).filter((f) => f.endsWith('.png')).sort() : [];
if (shots.length === 0) {
  console.error(`screenshots: none in ${from}; run \`npm run test:e2e\` first`);
  process.exit(1);
}
for (const f of shots) {
  copyFileSync(join(from, f), join(to, f));
  console.log(`screenshots: docs/images/${f}`);
}
