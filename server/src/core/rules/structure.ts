import type { Rule } from '../rule';
import { rule as affiliationUndefined } from './affiliation-undefined';
import { rule as authorUndefined } from './author-undefined';
import { rule as correspondingAuthor } from './corresponding-author';
import { rule as datesOrder } from './dates-order';
import { rule as doiFormat } from './doi-format';
import { rule as quantityFormat } from './quantity-format';
import { rule as schema } from './schema';
import { rule as yamlSyntax } from './yaml-syntax';

/** The document-structure rules (docs/rules/README.md). One module per rule, named after its id. */
export const structureRules: Rule[] = [
  yamlSyntax,
  schema,
  quantityFormat,
  datesOrder,
  doiFormat,
  authorUndefined,
  affiliationUndefined,
  correspondingAuthor,
];
