import type { KnowledgeBase } from '../knowledge';
import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';
import type { Fix } from '../types';
import { defaultLabel } from './perspective-unlabeled';
import { quoteValue } from '../phi/quote';

/**
 * Aliases too general to say which framework a heading means ("mindfulness"
 * is part of DBT and ACT as well as MBCT); they never make a label a mismatch.
 */
const GENERIC = new Set(['mindfulness', 'integrated', 'problem solving', 'exposure therapy', 'integrative discussion']);

/** Hyphens, underscores and runs of spaces count as one space. */
function normalize(s: string): string {
  return s.replace(/[-_\s]+/g, ' ').trim();
}

interface Mention {
  id: string;
  start: number;
  end: number;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

/** A framework name or alias as a label is searched for it. */
interface Phrase {
  id: string;
  needle: string;
  /** All-capital aliases (ACT) match case and all; the others are searched in the lower-cased label. */
  caseSensitive: boolean;
}

/** Per knowledge base: its phrases, and the answers for labels already asked about (labels repeat from case to case). */
interface LabelTable {
  phrases: Phrase[];
  answers: Map<string, readonly string[]>;
}

const tables = new WeakMap<KnowledgeBase, LabelTable>();
/** Answers kept per knowledge base, and the longest label kept (both only bound the memory). */
const MAX_ANSWERS = 4096;
const MAX_KEPT_LABEL = 200;

function tableFor(kb: KnowledgeBase): LabelTable {
  let table = tables.get(kb);
  if (!table) {
    const phrases: Phrase[] = [];
    for (const f of kb.frameworks()) {
      if (f.id === 'other') continue;
      for (const phrase of [f.name, ...f.aliases]) {
        const p = normalize(phrase);
        if (p === '' || GENERIC.has(p.toLowerCase())) continue;
        const caseSensitive = p === p.toUpperCase() && /[A-Z]/.test(p);
        phrases.push({ id: f.id, needle: caseSensitive ? p : p.toLowerCase(), caseSensitive });
      }
    }
    table = { phrases, answers: new Map() };
    tables.set(kb, table);
  }
  return table;
}

/** Where the label names each framework (whole words; all-capital aliases such as ACT match case and all). */
function mentions(label: string, phrases: readonly Phrase[]): Mention[] {
  const text = normalize(label);
  const lower = text.toLowerCase();
  const found: Mention[] = [];
  for (const { id, needle, caseSensitive } of phrases) {
    const hay = caseSensitive ? text : lower;
    let at = hay.indexOf(needle);
    while (at !== -1) {
      const end = at + needle.length;
      if (!isWordChar(hay[at - 1]) && !isWordChar(hay[end])) found.push({ id, start: at, end });
      at = hay.indexOf(needle, at + 1);
    }
  }
  // The longest phrase wins: "Mindfulness-Based Cognitive Therapy" is not "cognitive therapy".
  return found.filter((m) => !found.some((o) => o.id !== m.id && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/** The frameworks a label names, when it names others but not `frameworkId`; else []. */
export function labelMismatch(kb: KnowledgeBase, label: string, frameworkId: string): string[] {
  const table = tableFor(kb);
  const key = label.length <= MAX_KEPT_LABEL ? `${frameworkId}\u0000${label}` : undefined;
  let answer = key === undefined ? undefined : table.answers.get(key);
  if (answer === undefined) {
    answer = computeMismatch(table.phrases, label, frameworkId);
    if (key !== undefined) {
      if (table.answers.size >= MAX_ANSWERS) table.answers.clear();
      table.answers.set(key, answer);
    }
  }
  // A copy: the caller's finding keeps it.
  return answer.length === 0 ? [] : answer.slice();
}

function computeMismatch(phrases: readonly Phrase[], label: string, frameworkId: string): string[] {
  const named = [...new Set(mentions(label, phrases).map((m) => m.id))];
  if (named.length === 0 || named.includes(frameworkId)) return [];
  // The declared id written in the label ("kap perspective") is a match too.
  if (new RegExp(`(^|[^a-z0-9])${frameworkId.replace(/[^a-z0-9]/gi, '.')}([^a-z0-9]|$)`, 'i').test(normalize(label).replace(/ /g, '-'))) return [];
  return named;
}

export const rule: Rule = {
  meta: {
    id: 'perspective-label-mismatch',
    description: "a perspective's label names the framework its `framework` says",
    defaultSeverity: 'info',
    category: 'perspectives',
  },
  check(ctx) {
    const { doc, kb } = ctx;
    for (const p of doc.items(['perspectives'])) {
      if (!p.value || typeof p.value !== 'object' || Array.isArray(p.value)) continue;
      const { label, framework } = p.value as Record<string, unknown>;
      if (typeof label !== 'string' || typeof framework !== 'string') continue;
      const declared = kb.framework(framework);
      if (!declared) continue;
      const named = labelMismatch(kb, label, framework);
      if (named.length === 0) continue;
      const names = named.map((id) => kb.framework(id)?.name ?? id);
      const fixes: Fix[] = [];
      const labelSpan = valueTextSpan(doc, [...p.path, 'label']);
      const relabel = defaultLabel(kb, framework);
      if (labelSpan && relabel) fixes.push({ title: `Relabel as "${relabel}"`, edits: [{ ...labelSpan, newText: relabel }] });
      const fwSpan = valueTextSpan(doc, [...p.path, 'framework']);
      if (fwSpan && named.length === 1) {
        fixes.push({ title: `Set framework to ${named[0]}`, edits: [{ ...fwSpan, newText: named[0] as string }] });
      }
      ctx.report({
        ...doc.span([...p.path, 'label'], 'value'),
        message: `label "${quoteValue(label)}" names ${names.join(' and ')}, but framework is ${framework} (${declared.name})`,
        related: [{ ...doc.span([...p.path, 'framework'], 'value'), message: `framework: ${framework}` }],
        ...(fixes.length > 0 ? { fixes } : {}),
        data: { named },
      });
    }
  },
};
