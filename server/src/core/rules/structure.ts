import type { Rule } from '../rule';
import { rule as schema } from './schema';
import { rule as yamlSyntax } from './yaml-syntax';

/** The document-structure rules (rules.md). One module per rule, named after its id. */
export const structureRules: Rule[] = [yamlSyntax, schema];
