// Packages the VS Code extension as a .vsix, offline: `npm run package` (= build, then this script).
//
// package.json's "files" list is the npm package's (CLI + server); vsce refuses a "files" list together
// with a .vscodeignore, so the extension is staged in a temporary folder: its own files, a package.json
// without "files", scripts and dependencies (everything is bundled into dist/), and .vscodeignore.
// Then `vsce package --no-dependencies`, and a check of what the .vsix holds and its size.
//
// Usage: node scripts/package.mjs [--out <file.vsix>]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1] : join(root, `${pkg.name}-${pkg.version}.vsix`));
const MAX_BYTES = 2 * 1024 * 1024;

/** What goes into the extension (before .vscodeignore trims it). */
const INCLUDE = ['dist', 'schemas', 'docs', 'syntaxes', 'snippets', 'images', 'language-configuration.json', 'LICENSE', 'CHANGELOG.md', '.vscodeignore'];
/** What the extension cannot run without. */
const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/lsp.js', 'extension/language-configuration.json',
  'extension/syntaxes/case-report.tmLanguage.json', 'extension/snippets/case-report.code-snippets', 'extension/schemas/caselintrc.schema.json'];

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

for (const f of ['dist/extension.js', 'dist/server.js', 'dist/lsp.js']) {
  if (!existsSync(join(root, f))) fail(`${f} is missing; run \`npm run build\` first (npm run package does).`);
}

const stage = mkdtempSync(join(tmpdir(), 'caselint-vsix-'));
try {
  for (const entry of INCLUDE) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(stage, entry), { recursive: true });
  }
  // The Marketplace page: README.md, or the extension section alone while README.md is not written yet.
  const readme = ['README.md', 'docs/EXTENSION.md'].map((f) => join(root, f)).find((f) => existsSync(f));
  if (readme) cpSync(readme, join(stage, 'README.md'));
  const manifest = { ...pkg };
  for (const key of ['files', 'scripts', 'devDependencies', 'dependencies', 'bin', 'private']) delete manifest[key];
  if (manifest.icon && !existsSync(join(stage, manifest.icon))) delete manifest.icon;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!existsSync(vsce)) fail('@vscode/vsce is not installed (it is a devDependency: run npm install).');
  rmSync(out, { force: true });
  try {
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    fail(`vsce package failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const entries = zipEntries(readFileSync(out));
const names = entries.map((e) => e.name);
const missing = REQUIRED.filter((f) => !names.includes(f));
if (missing.length > 0) fail(`the .vsix lacks ${missing.join(', ')}`);
const stray = names.filter((n) => /(^|\/)node_modules\/|\.map$|(^|\/)(src|test|out)\//.test(n));
if (stray.length > 0) fail(`the .vsix holds files it should not: ${stray.slice(0, 10).join(', ')}`);
const manifestEntry = entries.find((e) => e.name === 'extension/package.json');
const packed = JSON.parse(manifestEntry.read().toString('utf8'));
if (packed.main !== './dist/extension.js') fail(`the packaged manifest's main is ${packed.main}`);
const size = statSync(out).size;
if (size > MAX_BYTES) fail(`${out} is ${(size / 1024 / 1024).toFixed(2)} MB; the limit is 2 MB`);
console.log(`package: ${out.startsWith(root) ? out.slice(root.length + 1) : out}: ${names.length} files, ${(size / 1024).toFixed(0)} KB`);

/** The entries of a zip file (central directory), with a reader for stored and deflated ones. */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) fail('the .vsix is not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const list = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    list.push({
      name,
      read() {
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + compressed);
        return method === 0 ? data : inflateRawSync(data);
      },
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return list;
}
