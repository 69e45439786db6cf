/**
 * What completion offers first, from what the document already says: a
 * trial's own class, the route and dose units a drug is given by, the
 * frameworks a perspective has not used yet. Read from the knowledge base's
 * dose texts (knowledge/drugs.json), so a drug added there needs no code.
 */
import type { DrugInfo, KnowledgeBase } from '../knowledge';

/** The drug's class id, to put first after `class:`. */
export function preferredClass(kb: KnowledgeBase, drugName: string | undefined): string | undefined {
  const drug = drugName ? kb.drug(drugName) : undefined;
  return drug ? kb.normalizeClass(drug.class) ?? drug.class : undefined;
}

function doseTexts(drug: DrugInfo): string {
  return [drug.usualRange, drug.augmentationDose].map((v) => (v ? String(v.value) : '')).join(' ');
}

const ROUTE_WORDS: [RegExp, string][] = [
  [/\bintranasal\b|\bnasal\b/i, 'intranasal'],
  [/\bIV\b|\bintravenous/i, 'intravenous'],
  [/\bIM\b|\bintramuscular/i, 'intramuscular'],
  [/\bsublingual/i, 'sublingual'],
  [/\bsubcutaneous/i, 'subcutaneous'],
];

/** The routes a drug is given by, most usual first (a drug whose doses name no route: oral). */
export function preferredRoutes(kb: KnowledgeBase, drugName: string | undefined): string[] {
  const drug = drugName ? kb.drug(drugName) : undefined;
  if (!drug) return [];
  const text = doseTexts(drug);
  const named = ROUTE_WORDS.filter(([re]) => re.test(text)).map(([, r]) => r);
  return named.length > 0 ? named : ['oral'];
}

const UNIT_IN_TEXT = /\d\s*(mcg\/day|mg\/kg|mg\/day|g\/day|mcg|mg)\b/g;

/**
 * The dose units a drug's doses are written in, in the order its
 * knowledge-base dose texts use them; a weight-based dose (mg/kg) only for
 * an intravenous route or none stated.
 */
export function preferredDoseUnits(kb: KnowledgeBase, drugName: string | undefined, route?: string): string[] {
  const drug = drugName ? kb.drug(drugName) : undefined;
  if (!drug) return [];
  const out: string[] = [];
  for (const m of doseTexts(drug).matchAll(UNIT_IN_TEXT)) if (!out.includes(m[1]!)) out.push(m[1]!);
  if (out.length === 0 && drug.minDoseMg) out.push('mg/day');
  return route && route !== 'intravenous' ? out.filter((u) => u !== 'mg/kg') : out;
}
