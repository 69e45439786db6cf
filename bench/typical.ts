/**
 * A corpus of typical case documents for the CLI's floor benchmark
 * (cli-floor.bench.ts): `count` files of about 300 lines each, in one
 * folder, from the bench's typical family (generate.ts generateTypicalCase:
 * mostly prose, in the proportions of the peer harness's gen-cases, which
 * the CLI figures were measured on). The same (count, seed) always
 * gives the same files.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateTypicalCase } from './generate';

export const TYPICAL_LINES = 300;

export function typicalCorpus(dir: string, count: number, seed: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `case-${String(i + 1).padStart(4, '0')}.case.yaml`);
    fs.writeFileSync(file, generateTypicalCase(seed * 100003 + i, TYPICAL_LINES));
    files.push(file);
  }
  return files;
}
