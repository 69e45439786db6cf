/**
 * Markdown for what the knowledge base knows: a drug (with the verdict on a
 * trial of it), a class, a route's ketamine bioavailability, a procedure, a
 * mechanism term, a psychotherapy framework. Hover shows these; completion
 * items carry the same text as documentation.
 */

import type { AdequacySummary } from '../adequacy';
import type { DrugInfo, KnowledgeBase } from '../knowledge';
import type { DescribeContext } from './context';
import { caveatMarkdown, sourced, sourcesBlock } from './sources';
import { trialStatusSentence } from './status';

/** A drug's class, mechanisms, doses with sources; with `trialIndex`, the verdict on that treatment_history trial. */
export function drugMarkdown(ctx: Pick<DescribeContext, 'kb' | 'adequacy'>, drug: DrugInfo, written: string, trialIndex?: number): string {
  const kb = ctx.kb;
  const isBrand = written.toLowerCase() !== drug.name.toLowerCase();
  const lines = [isBrand ? `**${written}** — brand of **${drug.name}**` : `**${drug.name}**`];
  lines.push('', ...drugFacts(kb, drug).map((f) => `- ${f}`));
  const caveat = caveatMarkdown(kb, [
    ['minimum adequate dose', drug.minDoseMg],
    ['usual range', drug.usualRange],
    ['usual maximum', drug.maxDoseMg],
    ['augmentation dose', drug.augmentationDose],
  ]);
  if (caveat) lines.push('', caveat);
  if (drug.notes) lines.push('', drug.notes);
  const verdict = trialIndex === undefined ? undefined : trialVerdictMarkdown(ctx.adequacy, trialIndex);
  if (verdict) lines.push('', '---', '', verdict);
  lines.push(...sourcesBlock(kb, drugSources(drug)));
  return lines.join('\n');
}

function drugFacts(kb: KnowledgeBase, drug: DrugInfo): string[] {
  const facts: string[] = [];
  if (drug.brands.length > 0) facts.push(`Brands: ${drug.brands.join(', ')}`);
  facts.push(`Class: ${drug.class}${drug.subclass ? ` (${drug.subclass})` : ''}${drug.antidepressant ? '' : ' — not counted as an antidepressant trial'}`);
  const mechs = drug.mechanisms.map((m) => kb.mechanism(m)?.term ?? m.replace(/_/g, ' ')).filter(Boolean);
  if (mechs.length > 0) facts.push(`Mechanism: ${mechs.join('; ')}`);
  const doses: [string, string | undefined][] = [
    ['Minimum adequate dose', sourced(drug.minDoseMg, ' mg/day')],
    ['Usual range', sourced(drug.usualRange)],
    ['Usual maximum', sourced(drug.maxDoseMg, ' mg/day')],
    ['As augmentation', sourced(drug.augmentationDose)],
  ];
  for (const [label, value] of doses) if (value) facts.push(`${label}: ${value}`);
  return facts;
}

function drugSources(drug: DrugInfo): string[] {
  const keys = new Set<string>();
  for (const s of [drug.minDoseMg, drug.usualRange, drug.maxDoseMg, drug.augmentationDose]) for (const k of s?.src ?? []) keys.add(k);
  for (const k of drug.src) keys.add(k);
  return [...keys];
}

/** "**This trial is not adequate**: sertraline 50 mg/day x 3 weeks" and why, for trial `index` of treatment_history. */
export function trialVerdictMarkdown(summary: AdequacySummary | undefined, index: number): string | undefined {
  const trial = summary?.trials.find((t) => t.index === index);
  if (!summary || !trial) return undefined;
  const lines = [`**${trialStatusSentence(trial.status)}**: ${trial.label}`];
  const why: string[] = [...trial.reasons];
  if (trial.status === 'adequate') {
    if (trial.weeks !== undefined) why.push(`${Math.round(trial.weeks * 10) / 10} weeks ≥ ${summary.minimumWeeks} weeks`);
    if (trial.doseMg !== undefined && trial.minDoseMg !== undefined) {
      why.push(`${trial.doseMg} mg/day ≥ ${trial.minDoseMg} mg/day${trial.minDoseUncertain ? ' *(uncertain minimum)*' : ''}`);
    }
  }
  if (why.length > 0) lines.push('', ...why.map((r) => `- ${r}`));
  return lines.join('\n');
}

/** A class as written (or a synonym): its description and its drugs. */
export function classMarkdown(kb: KnowledgeBase, value: string): string | undefined {
  const id = kb.normalizeClass(value);
  const cls = id ? kb.classes().find((c) => c.id === id) : undefined;
  if (!cls) return undefined;
  const lines = [`**${cls.id}**${value !== cls.id ? ` (written \`${value}\`)` : ''}`, '', cls.description];
  if (cls.synonyms.length > 0) lines.push('', `Also written: ${cls.synonyms.join(', ')}`);
  const members = kb.drugs().filter((d) => d.class === cls.id).map((d) => d.name);
  if (members.length > 0) lines.push('', `Drugs: ${members.join(', ')}`);
  return lines.join('\n');
}

/** A route of administration: ketamine's bioavailability by it, the case article's figure beside the others'. */
export function routeMarkdown(kb: KnowledgeBase, route: string): string | undefined {
  const r = kb.ketamine().routes.find((x) => x.route === route.toLowerCase());
  if (!r) return undefined;
  const lines = [`**${r.route}**: ketamine bioavailability`, ''];
  if (r.article && !r.differs) {
    lines.push(`- ${sourced(r.article)}; other sources agree: ${sourced(r.reported)}`);
  } else {
    if (r.article) lines.push(`- The case article: ${sourced(r.article)}`);
    lines.push(`- Other sources: ${sourced(r.reported)}`);
  }
  if (r.tmax) lines.push(`- Time to peak: ${sourced(r.tmax)}`);
  lines.push(...sourcesBlock(kb, [...(r.article?.src ?? []), ...r.reported.src, ...(r.tmax?.src ?? [])]));
  return lines.join('\n');
}

/** A procedure (ECT, rTMS, ...): typical and adequate course, efficacy, status. */
export function procedureMarkdown(kb: KnowledgeBase, name: string): string | undefined {
  const p = kb.procedure(name);
  if (!p) return undefined;
  const lines = [`**${p.name}** (\`${p.id}\`)`, ''];
  lines.push(`- Typical course: ${sourced(p.typicalCourse)}`);
  if (p.adequacyRule) lines.push(`- Adequate course: ${sourced(p.adequacyRule)}`);
  if (p.efficacy) lines.push(`- Efficacy: ${sourced(p.efficacy)}`);
  if (p.regulatoryStatus) lines.push(`- Status (US): ${sourced(p.regulatoryStatus)}`);
  lines.push(...sourcesBlock(kb, p.src));
  return lines.join('\n');
}

/** A mechanism term (NMDA receptor antagonism, 5-HT2A, ...): what it means, example drugs. */
export function mechanismMarkdown(kb: KnowledgeBase, term: string): string | undefined {
  const m = kb.mechanism(term);
  if (!m) return undefined;
  const lines = [`**${m.term}**${m.uncertain ? ' *(uncertain)*' : ''}`, '', m.summary];
  if (m.exampleDrugs.length > 0) lines.push('', `Examples: ${m.exampleDrugs.join(', ')}`);
  lines.push(...sourcesBlock(kb, m.src));
  return lines.join('\n');
}

/** A psychotherapy framework (including ones the configuration adds): summary, typical course, other names. */
export function frameworkMarkdown(kb: KnowledgeBase, value: string): string | undefined {
  const f = kb.framework(value);
  if (!f) return undefined;
  const lines = [`**${f.name}** (\`${f.id}\`)`, '', f.summary];
  if (f.typicalCourse) lines.push('', `Typical course: ${f.typicalCourse}`);
  if (f.aliases.length > 0) lines.push('', `Also called: ${f.aliases.join(', ')}`);
  lines.push(...sourcesBlock(kb, f.src));
  return lines.join('\n');
}
