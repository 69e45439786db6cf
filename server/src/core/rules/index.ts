import type { Rule } from '../rule';
import type { RuleMeta } from '../types';
import { adequacyRules } from './adequacy';
import { citationsRules } from './citations';
import { deidentificationRules } from './deidentification';
import { perspectivesRules } from './perspectives';
import { structureRules } from './structure';

/** Every rule, sorted by id. */
export const RULES: readonly Rule[] = [
  ...structureRules(() => ruleIds),
  ...adequacyRules,
  ...deidentificationRules,
  ...perspectivesRules,
  ...citationsRules,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

const ruleIds: readonly string[] = RULES.map((r) => r.meta.id);
const byId = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export function ruleMetas(): RuleMeta[] {
  return RULES.map((r) => r.meta);
}

/** The rule's documentation page, relative to the package root. */
export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
