/**
 * docs/rules/README.md, the index of rule pages, is generated from the rule
 * registry: `npm run docs` rewrites it, and a test fails when it is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES, type RuleCategory } from '../server/src/core';

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  structure: 'Document structure',
  adequacy: 'Treatment adequacy',
  deidentification: 'De-identification',
  perspectives: 'Perspectives and discussion',
  citations: 'Citations',
};

export function ruleIndexMarkdown(): string {
  const out = [
    '# Rules',
    '',
    '<!-- Generated from the rule registry by `npm run docs`; do not edit by hand. -->',
    '',
    'Every finding names its rule. Change a rule\'s severity (or turn it off) in `.caselintrc.yaml`',
    '(`rules: { <id>: off }`), with `--rule <id>=<severity>` on the command line, or with the',
    '`caselint.rules` editor setting; silence it for one line with',
    '`# caselint-disable-next-line <id>`.',
  ];
  for (const category of Object.keys(CATEGORY_TITLES) as RuleCategory[]) {
    const rules = RULES.filter((r) => r.meta.category === category);
    if (rules.length === 0) continue;
    out.push('', `## ${CATEGORY_TITLES[category]}`, '', '| rule | default | checks that |', '|---|---|---|');
    for (const r of rules) out.push(`| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.defaultSeverity} | ${r.meta.description} |`);
  }
  return out.join('\n') + '\n';
}

export const RULE_INDEX_PATH = path.join('docs', 'rules', 'README.md');

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  fs.writeFileSync(path.join(root, RULE_INDEX_PATH), ruleIndexMarkdown());
  console.log(`wrote ${RULE_INDEX_PATH}`);
}
