/**
 * The editor's review report of one case: verdict first, then the CARE
 * checklist (and the Cross Talk structure), the TRD evidence, the treatment
 * timeline, de-identification and every finding. Built from the lint result
 * (the same analyses the rules read), never from the file system.
 */
import type { LintResult } from '../engine';
import { ruleById } from '../rules';
import { SEVERITIES, type Finding, type RuleCategory, type Severity } from '../types';
import { adequacyView, type AdequacyView } from './adequacyView';
import type { Block, Inline } from './blocks';
import { careChecklist, crossTalkStructure, lineOf, type CheckItem, type CrossTalkItem, type Mark } from './care';
import { safeView } from './safe';
import { timelineItems, timelineSvg, type TimelineItem } from './timeline';

export type Verdict = 'ready' | 'needs-changes' | 'not-reviewable';

/** How a page links a line of the case document and a rule's documentation. */
export interface PageLinks {
  /** A 1-based line of the document. Without it lines are plain text. */
  line?: (line: number) => string;
  /** A rule's page. Without it rule ids are plain text. */
  rule?: (id: string) => string;
}

export interface PageOptions {
  /** The case's name as the reader knows it (a file name). */
  name: string;
  links?: PageLinks;
}

export interface ReviewFinding {
  rule: string;
  severity: Severity;
  category: RuleCategory | 'other';
  line: number;
  message: string;
}

export interface ReviewModel {
  name: string;
  title: string;
  type: string;
  verdict: Verdict;
  /** Why the verdict (one sentence). */
  reason: string;
  counts: Record<Severity, number>;
  top: ReviewFinding[];
  findings: ReviewFinding[];
  care: CheckItem[];
  crossTalk?: CrossTalkItem[];
  adequacy?: AdequacyView;
  claim: { claimed: boolean; line?: number; supported: boolean; required: number };
  timeline: TimelineItem[];
  deid: {
    statement: string;
    statementLine?: number;
    consent: string;
    consentLine?: number;
    /** Identifier findings by category (the phi-* rules), with their lines. */
    categories: { rule: string; label: string; count: number; lines: number[] }[];
    status: 'clean' | 'identifiers' | 'no statement';
  };
}

const DEID_LABELS: Record<string, string> = {
  'phi-name': 'names',
  'phi-location': 'places smaller than a state',
  'phi-date': 'full dates',
  'phi-month-year': 'months with a year (Safe Harbor keeps the year only)',
  'phi-age': 'ages over 89',
  'phi-contact': 'phone numbers, emails, URLs, IP addresses',
  'phi-identifier': 'identification numbers',
};

/** Deidentification first: a leak matters most; then the central claim, then the rest. */
const CATEGORY_WEIGHT: Record<string, number> = { deidentification: 0, adequacy: 1, structure: 2, perspectives: 3, citations: 4, other: 5 };

export function reviewModel(result: LintResult, name: string): ReviewModel {
  const safe = safeView(result);
  const doc = safe.doc;
  const findings: ReviewFinding[] = result.findings.map((f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    category: ruleById(f.rule)?.meta.category ?? 'other',
    line: f.range.start.line + 1,
    message: safe.redact(f.message),
  }));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const readable = !result.refused && doc.value !== null && typeof doc.value === 'object' && !Array.isArray(doc.value);
  let verdict: Verdict;
  let reason: string;
  if (!readable) {
    verdict = 'not-reviewable';
    reason = result.refused ? result.refused.message : 'the file does not hold a case document that can be read (its YAML is not a mapping)';
  } else if (counts.error + counts.warning > 0) {
    verdict = 'needs-changes';
    reason = `${plural(counts.error, 'error')} and ${plural(counts.warning, 'warning')} to resolve before review`;
  } else {
    verdict = 'ready';
    reason = 'no errors and no warnings: the case meets the format and its checks';
  }
  const rank = (f: ReviewFinding): number => SEVERITIES.indexOf(f.severity) * 10 + (CATEGORY_WEIGHT[f.category] ?? 5);
  // The worst finding of each category first (a privacy leak, the claim, the structure...), then the next worst.
  const ranked = [...findings].filter((f) => f.severity !== 'hint').sort((a, b) => rank(a) - rank(b) || a.line - b.line);
  const top: ReviewFinding[] = [];
  for (const distinct of [(f: ReviewFinding) => top.every((t) => t.category !== f.category), (f: ReviewFinding) => top.every((t) => t.rule !== f.rule)]) {
    for (const f of ranked) {
      if (top.length === 3) break;
      if (!top.includes(f) && distinct(f)) top.push(f);
    }
  }
  top.sort((a, b) => rank(a) - rank(b) || a.line - b.line);

  const adequacy = readable ? adequacyView(safe.analyses.adequacy, doc) : undefined;
  const claims = doc.items(['diagnoses']).filter(({ value }) => value !== null && typeof value === 'object' && (value as Record<string, unknown>).treatment_resistant === true);
  const claimLine = claims[0] ? lineOf(doc, [...claims[0].path, 'treatment_resistant']) : undefined;
  const claim = {
    claimed: claims.length > 0,
    supported: adequacy?.trdSupported ?? false,
    required: safe.analyses.adequacy.requiredSteps,
    ...(claimLine !== undefined ? { line: claimLine } : {}),
  };

  const categories = Object.keys(DEID_LABELS).map((rule) => {
    const lines = [...new Set(findings.filter((f) => f.rule === rule).map((f) => f.line))];
    return { rule, label: DEID_LABELS[rule] ?? rule, count: findings.filter((f) => f.rule === rule).length, lines };
  });
  const statement = str(doc.get(['deidentification', 'statement']));
  const consent = str(doc.get(['deidentification', 'consent']));
  const statementLine = lineOf(doc, ['deidentification', 'statement']) ?? lineOf(doc, ['deidentification']);
  const consentLine = lineOf(doc, ['deidentification', 'consent']);
  const identifiers = categories.reduce((n, c) => n + c.count, 0);

  const type = str(doc.get(['type']));
  const model: ReviewModel = {
    name,
    title: str(doc.get(['title'])) || name,
    type,
    verdict,
    reason,
    counts,
    top,
    findings,
    care: readable ? careChecklist(doc) : [],
    claim,
    timeline: readable && adequacy ? timelineItems(doc, adequacy.rows) : [],
    deid: {
      statement,
      consent,
      categories,
      status: !statement ? 'no statement' : identifiers > 0 ? 'identifiers' : 'clean',
      ...(statementLine !== undefined ? { statementLine } : {}),
      ...(consentLine !== undefined ? { consentLine } : {}),
    },
  };
  if (adequacy) model.adequacy = adequacy;
  if (readable && type === 'cross-talk') model.crossTalk = crossTalkStructure(doc, safe.analyses.kb);
  return model;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const VERDICT_TEXT: Record<Verdict, string> = {
  ready: '✓ Ready for review',
  'needs-changes': '✗ Needs changes',
  'not-reviewable': '⚠ Not reviewable',
};
const VERDICT_CLASS: Record<Verdict, string> = { ready: 'v-ready', 'needs-changes': 'v-changes', 'not-reviewable': 'v-unreviewable' };
const MARK_TEXT: Record<Mark, string> = { present: '✓ present', partial: '◐ partial', missing: '✗ missing' };

// ---- blocks ----

export function reviewBlocks(m: ReviewModel, links: PageLinks = {}): Block[] {
  const line = (n: number | undefined): Inline => (n === undefined ? '' : links.line ? { text: `line ${n}`, href: links.line(n), cls: 'ln' } : { text: `line ${n}`, cls: 'ln' });
  const rule = (id: string): Inline => (links.rule ? { text: id, href: links.rule(id), code: true } : { text: id, code: true });
  const mark = (k: Mark): Inline => ({ text: MARK_TEXT[k], cls: `m-${k}` });
  const blocks: Block[] = [];
  blocks.push({ t: 'p', cls: 'muted', parts: [`Review report · ${m.name}${m.type ? ` · ${m.type}` : ''}`] });
  blocks.push({ t: 'h', level: 1, text: m.title });

  // Verdict
  const v: Block[] = [
    { t: 'h', level: 2, text: 'Verdict', id: 'verdict' },
    { t: 'p', cls: `verdict ${VERDICT_CLASS[m.verdict]}`, parts: [{ text: VERDICT_TEXT[m.verdict], strong: true }, ` — ${m.reason}.`] },
    { t: 'p', parts: [SEVERITIES.map((s) => `${m.counts[s]} ${s}${m.counts[s] === 1 || s === 'info' ? '' : 's'}`).join(' · ')] },
  ];
  if (m.top.length > 0) {
    v.push({ t: 'p', parts: [{ text: 'What matters most', strong: true }] });
    v.push({ t: 'list', ordered: true, items: m.top.map((f) => [{ text: f.severity, cls: `s-${f.severity}` }, ' ', line(f.line), ': ', f.message, ' (', rule(f.rule), ')']) });
  }
  blocks.push({ t: 'section', id: 'verdict-section', blocks: v });
  if (m.verdict === 'not-reviewable') {
    blocks.push(...findingsBlocks(m, line, rule));
    return blocks;
  }

  // CARE
  const care: Block[] = [
    { t: 'h', level: 2, text: 'CARE checklist', id: 'care' },
    { t: 'p', cls: 'muted', parts: ['The 13 items of the CARE reporting guideline, read against the keys of the case document.'] },
    { t: 'table', cls: 'care', head: ['Item', 'Status', 'What the case has', 'Where'], rows: m.care.map((c) => [[`${c.item}. ${c.name}`], [mark(c.mark)], [c.note], [{ text: c.path, code: true }, c.line !== undefined ? ', ' : '', line(c.line)]]) },
  ];
  if (m.crossTalk) {
    care.push({ t: 'h', level: 3, text: 'Cross Talk structure', id: 'cross-talk' });
    care.push({ t: 'table', cls: 'cross-talk', head: ['Part', 'Status', 'What the case has', 'Where'], rows: m.crossTalk.map((c) => [[c.name], [mark(c.mark)], [c.note], [line(c.line)]]) });
  }
  blocks.push({ t: 'section', id: 'care-section', blocks: care });

  // TRD evidence
  const a = m.adequacy;
  const trd: Block[] = [{ t: 'h', level: 2, text: 'Treatment-resistance evidence', id: 'trd' }];
  if (a) {
    const steps = (n: number): string => `${n} failed treatment step${n === 1 ? '' : 's'}`;
    const verdictText = m.claim.claimed
      ? m.claim.supported
        ? `The case claims treatment-resistant depression, and ${steps(a.failedSteps)} (at least ${m.claim.required}) support it.`
        : `The case claims treatment-resistant depression, but only ${steps(a.failedSteps)} ${a.failedSteps === 1 ? 'backs' : 'back'} it; the claim needs at least ${m.claim.required}.`
      : `The case does not claim treatment resistance; ${steps(a.failedSteps)}.`;
    trd.push({ t: 'p', parts: [{ text: m.claim.claimed ? (m.claim.supported ? '✓ Claim supported' : '✗ Claim not supported') : 'No claim', strong: true }, ' — ', verdictText, m.claim.line ? ' (' : '', m.claim.line ? line(m.claim.line) : '', m.claim.line ? ')' : ''] });
    trd.push({ t: 'p', cls: 'muted', parts: [`An antidepressant trial is adequate at the drug's minimum adequate dose or more for at least ${a.minimumWeeks} weeks (MGH ATRQ). A failed step is an adequate antidepressant trial with no response or a partial response; the same drug counts once, and a combination or augmentation with overlapping periods is one step: ${a.failedSteps} here.`] });
    if (a.rows.length > 0) {
      trd.push({
        t: 'table',
        cls: 'trials',
        head: ['#', 'Drug', 'Class', 'Dose', 'Duration', 'Outcome', 'Adequate?', 'Failed step?'],
        rows: a.rows.map((r) => [
          [String(r.index + 1), r.line !== undefined ? ', ' : '', line(r.line)],
          [r.drug, r.role !== 'monotherapy' ? ` (${r.role})` : ''],
          [r.className],
          [r.dose],
          [r.duration],
          [r.outcome],
          [{ text: r.mark === 'adequate' ? '✓ ' : r.mark === 'inadequate' ? '✗ ' : r.mark === 'unassessable' ? '? ' : '– ', cls: r.mark === 'adequate' ? 'm-ok' : r.mark === 'inadequate' ? 'm-missing' : 'm-partial' }, r.adequacy],
          [r.counted ? { text: '✓ counted: ', strong: true } : 'not counted: ', r.countedWhy],
        ]),
      });
    } else {
      trd.push({ t: 'p', parts: ['`treatment_history` has no drug trials.'] });
    }
    const staging = (label: string, s: { label: string; restsOn: string[]; missing: string[] }): Block[] => [
      { t: 'p', parts: [{ text: label, strong: true }, ': ', s.label] },
      { t: 'list', items: [...s.restsOn.map((x) => [`rests on ${x}`]), ...s.missing.map((x) => [`missing: ${x}`])] },
    ];
    trd.push(...staging('Thase-Rush stage', a.thaseRush), ...staging('Maudsley points', a.maudsley));
  }
  blocks.push({ t: 'section', id: 'trd-section', blocks: trd });

  // Timeline
  const tl: Block[] = [{ t: 'h', level: 2, text: 'Treatment timeline', id: 'timeline' }];
  if (m.timeline.length === 0) tl.push({ t: 'p', parts: ['No treatments to draw.'] });
  else {
    tl.push({
      t: 'figure',
      svg: timelineSvg(m.timeline),
      caption: 'Steps follow the order of treatment_history; entries with the same period share a step. Periods and ages as written.',
      alt: [{ t: 'table', head: ['Step', 'Lane', 'Treatment', 'Detail', 'When', 'Adequacy'], rows: m.timeline.map((i) => [[String(i.step + 1)], [i.lane], [i.name], [i.detail], [i.when], [i.mark === 'other' ? '' : i.mark.replace('-', ' ')]]) }],
    });
  }
  blocks.push({ t: 'section', id: 'timeline-section', blocks: tl });

  // De-identification
  const d = m.deid;
  const deid: Block[] = [{ t: 'h', level: 2, text: 'De-identification', id: 'deidentification' }];
  deid.push({ t: 'p', parts: [{ text: 'Statement: ', strong: true }, d.statement ? d.statement : { text: '✗ none', cls: 'm-missing' }, d.statementLine ? ' (' : '', line(d.statementLine), d.statementLine ? ')' : ''] });
  deid.push({ t: 'p', parts: [{ text: 'Consent: ', strong: true }, d.consent ? d.consent : { text: '✗ not stated', cls: 'm-missing' }, d.consentLine ? ' (' : '', line(d.consentLine), d.consentLine ? ')' : ''] });
  const total = d.categories.reduce((n, c) => n + c.count, 0);
  deid.push({ t: 'p', parts: [total === 0 ? '✓ No identifier found in patient-facing text.' : `✗ ${total} identifier finding${total === 1 ? '' : 's'} in patient-facing text (the identifiers themselves are not shown):`] });
  if (total > 0) {
    deid.push({
      t: 'table',
      cls: 'deid',
      head: ['Category', 'Rule', 'Findings', 'Lines'],
      rows: d.categories.filter((c) => c.count > 0).map((c) => [[c.label], [rule(c.rule)], [String(c.count)], c.lines.flatMap((l, i) => (i === 0 ? [line(l)] : [', ', line(l)]))]),
    });
  }
  blocks.push({ t: 'section', id: 'deid-section', blocks: deid });
  blocks.push(...findingsBlocks(m, line, rule));
  return blocks;
}

function findingsBlocks(m: ReviewModel, line: (n: number) => Inline, rule: (id: string) => Inline): Block[] {
  const blocks: Block[] = [{ t: 'h', level: 2, text: 'Every finding', id: 'findings' }];
  if (m.findings.length === 0) blocks.push({ t: 'p', parts: ['✓ No findings.'] });
  for (const s of SEVERITIES) {
    const group = m.findings.filter((f) => f.severity === s);
    if (group.length === 0) continue;
    blocks.push({ t: 'h', level: 3, text: `${s === 'info' ? 'Information' : `${s[0]!.toUpperCase()}${s.slice(1)}s`} (${group.length})`, id: `findings-${s}` });
    blocks.push({ t: 'table', cls: `findings ${s}`, head: ['Line', 'Rule', 'Message'], rows: group.map((f) => [[line(f.line)], [rule(f.rule)], [f.message]]) });
  }
  return [{ t: 'section', id: 'findings-section', blocks }];
}
