/**
 * `caselint init` (cli.md, Other commands): a commented `.caselintrc.yaml`
 * with every setting at its default, and an invented sample case when the
 * folder holds no case file. Refuses (exit 2) when a configuration exists.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES, DEFAULT_MINIMUM_WEEKS, ruleMetas } from '../core';
import { discoverFiles } from './files';

/** The sample shipped in the package (samples.test.ts keeps it clean). */
export const SAMPLE_SOURCE = path.join('samples', 'clean', 'esketamine-care.case.yaml');
export const SAMPLE_NAME = 'example.case.yaml';

export function initConfigText(): string {
  const metas = ruleMetas();
  const width = Math.max(...metas.map((m) => m.id.length + m.defaultSeverity.length));
  const rules = metas.map((m) => `  ${m.id}: ${m.defaultSeverity}${' '.repeat(width - m.id.length - m.defaultSeverity.length)}  # checks that ${m.description}`);
  return [
    '# caselint configuration: every setting at its default. It applies to the case',
    '# files in this folder and below (the nearest .caselintrc.yaml wins).',
    '# Each rule is documented by `caselint --explain <rule-id>`.',
    '',
    '# Severity per rule: off, error (the command line exits 1), warning, info or hint.',
    'rules:',
    ...rules,
    '',
    'adequacy:',
    `  minimum_weeks: ${DEFAULT_MINIMUM_WEEKS}              # the shortest adequate antidepressant trial, in weeks (some definitions use 8)`,
    '',
    'trd:',
    '  require_different_classes: false  # true: a treatment-resistance claim needs 2 failed trials of 2 classes',
    '',
    '# Drugs to add to the knowledge base, or to override by name, e.g.',
    '#   - name: zuranolone',
    '#     class: other',
    '#     min_dose: 50 mg/day',
    '#     max_dose: 50 mg/day',
    'drugs: []',
    '',
    '# Extra framework ids accepted in perspectives[].framework and treatment_history[].therapy.',
    'frameworks: []',
    '',
    'ketamine:',
    '  ceilings: {}                    # per-route ceilings of one ketamine dose, e.g. intramuscular: 150 mg (empty: the knowledge base\'s)',
    '',
    '# Case files to leave out, relative to this folder (like --ignore-pattern), e.g. [drafts/**].',
    'ignores: []',
    '',
    '# true: report `# caselint-disable` comments that silence nothing (like --report-unused-disable-directives).',
    'report_unused_disable_directives: false',
    '',
  ].join('\n');
}

export interface InitIo {
  cwd: string;
  packageRoot: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

export function runInit(io: InitIo): number {
  const existing = CONFIG_FILE_NAMES.find((n) => fs.existsSync(path.join(io.cwd, n)));
  if (existing !== undefined) {
    io.err(`caselint init: ${existing} already exists; nothing was written\n`);
    return 2;
  }
  const configFile = path.join(io.cwd, CONFIG_FILE_NAMES[0]);
  try {
    fs.writeFileSync(configFile, initConfigText(), { flag: 'wx' });
  } catch (e) {
    io.err(`caselint init: cannot write ${CONFIG_FILE_NAMES[0]}: ${(e as { code?: string }).code ?? String(e)}\n`);
    return 2;
  }
  io.out(`wrote ${CONFIG_FILE_NAMES[0]}\n`);
  if (discoverFiles(['.'], io.cwd).files.length === 0) {
    try {
      const sample = fs.readFileSync(path.join(io.packageRoot, SAMPLE_SOURCE), 'utf8');
      fs.writeFileSync(path.join(io.cwd, SAMPLE_NAME), sample, { flag: 'wx' });
      io.out(`wrote ${SAMPLE_NAME}, an invented case that lints clean: run caselint to check it\n`);
    } catch (e) {
      io.err(`caselint init: cannot write ${SAMPLE_NAME}: ${(e as { code?: string }).code ?? String(e)}\n`);
      return 2;
    }
  }
  return 0;
}
