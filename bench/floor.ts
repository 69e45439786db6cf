/**
 * The CLI's floor: one thread of a bare script that, for each file, reads it,
 * parses it with `yaml` (parseDocument) and validates it with ajv against the
 * project's case schema (schemas/case-report.schema.json, compiled once, at
 * start-up, as a naive script would). No rules, no positions, no report. The
 * CLI target of issue 13 is measured against it (cli-floor.bench.ts):
 *   node out/bench/floor.js [--quiet] FILE|DIR...
 * Folders are searched recursively for *.case.yaml / *.case.yml.
 * Prints one line per invalid file (unless --quiet) and a summary; exit 1 when any file is invalid.
 */
import Ajv2020 from 'ajv/dist/2020';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';

const repoRoot = path.resolve(__dirname, '..', '..');

function collect(p: string, out: string[]): void {
  if (!fs.statSync(p).isDirectory()) {
    out.push(p);
    return;
  }
  const names = fs.readdirSync(p).sort();
  for (const name of names) {
    const abs = path.join(p, name);
    if (fs.statSync(abs).isDirectory()) collect(abs, out);
    else if (/\.case\.ya?ml$/.test(name)) out.push(abs);
  }
}

function main(argv: readonly string[]): number {
  const quiet = argv.includes('--quiet');
  const files: string[] = [];
  for (const a of argv) if (a !== '--quiet') collect(a, files);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'case-report.schema.json'), 'utf8')) as object);
  let bad = 0;
  let problems = 0;
  for (const f of files) {
    const doc = parseDocument(fs.readFileSync(f, 'utf8'));
    if (doc.errors.length) {
      bad++;
      problems += doc.errors.length;
      if (!quiet) console.log(`${f}: ${doc.errors.length} YAML errors`);
      continue;
    }
    if (!validate(doc.toJS())) {
      bad++;
      problems += validate.errors?.length ?? 0;
      if (!quiet) console.log(`${f}: ${ajv.errorsText(validate.errors)}`);
    }
  }
  console.log(`${files.length} files, ${files.length - bad} valid, ${bad} invalid, ${problems} problems`);
  return bad ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
