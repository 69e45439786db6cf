import { DEFAULT_MINIMUM_WEEKS } from './config';
import { RULES } from './rules';

/**
 * The `.caselintrc.yaml` that `caselint init` and the editor's "caselint:
 * Create configuration" write (README, `caselint init`): every setting at its
 * default, commented, so that the file changes nothing until an author edits
 * it. One function, so that both front ends write the same text.
 */
export const INIT_CONFIG_FILE_NAME = '.caselintrc.yaml';

export function initConfigText(): string {
  const rules = [...RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  const lines = [
    '# caselint configuration (docs/rules/ lists every rule; `caselint --explain <id>` explains one).',
    '# Every setting below is at its default. Severity: off, error, warning, info or hint.',
    'rules:',
    ...rules.map((r) => `  ${`${r.meta.id}:`.padEnd(width + 1)} ${r.meta.defaultSeverity}`),
    '',
    'adequacy:',
    `  minimum_weeks: ${DEFAULT_MINIMUM_WEEKS}   # minimum adequate antidepressant trial, in weeks`,
    '',
    '# Drugs the knowledge base does not know, or overrides of those it knows:',
    '# drugs:',
    '#   - name: exampledrug',
    '#     class: SSRI',
    '#     min_dose: 20 mg',
    '#     max_dose: 60 mg',
    '',
    '# Framework ids accepted besides the built-in ones:',
    '# frameworks: [my-framework]',
    '',
    '# Per-route ceilings for one ketamine administration:',
    '# ketamine:',
    '#   ceilings:',
    '#     intramuscular: 150 mg',
    '',
  ];
  return lines.join('\n');
}
