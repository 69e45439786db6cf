import type { Rule } from '../rule';
import { disableDirectiveRule } from './disable-directive';
import { rule as affiliationUndefined } from './affiliation-undefined';
import { rule as authorUndefined } from './author-undefined';
import { rule as correspondingAuthor } from './corresponding-author';
import { rule as datesOrder } from './dates-order';
import { rule as doiFormat } from './doi-format';
import { rule as placeholderText } from './placeholder-text';
import { rule as quantityFormat } from './quantity-format';
import { rule as schema } from './schema';
import { rule as yamlSyntax } from './yaml-syntax';

/** The document-structure rules (docs/rules/README.md). One module per rule, named after its id. */
/** `ruleIds` lists every registered rule (the disable-directive rule checks ids against it). */
export function structureRules(ruleIds: () => readonly string[]): Rule[] {
  return [
    yamlSyntax,
    schema,
    quantityFormat,
    datesOrder,
    doiFormat,
    authorUndefined,
    affiliationUndefined,
    correspondingAuthor,
    disableDirectiveRule(ruleIds),
    placeholderText,
  ];
}
