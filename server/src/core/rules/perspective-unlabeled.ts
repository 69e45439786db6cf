import { isMap, isScalar, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { CaseDocument, PathSegment } from '../document';
import type { KnowledgeBase } from '../knowledge';
import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';
import type { Fix, TextEdit } from '../types';
import { quoteValue } from '../phi/quote';

/** A perspective's name for messages: its label, or its position. */
export function perspectiveName(value: unknown, index: number): string {
  const label = value && typeof value === 'object' ? (value as Record<string, unknown>).label : undefined;
  return typeof label === 'string' && label.trim() !== '' ? `"${quoteValue(label.trim())}"` : `${index + 1}`;
}

function blank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** The label a quick fix writes for a framework id: its name plus "Perspective". */
export function defaultLabel(kb: KnowledgeBase, frameworkId: unknown): string | undefined {
  if (typeof frameworkId !== 'string') return undefined;
  const f = kb.framework(frameworkId) ?? kb.frameworks().find((x) => x.id.toLowerCase() === frameworkId.trim().toLowerCase());
  return f ? `${f.name} Perspective` : undefined;
}

/** An edit that gives the perspective at `path` the label `label` (the key missing, empty or blank). */
export function labelEdit(doc: CaseDocument, path: PathSegment[], label: string): TextEdit | undefined {
  const map = doc.node(path) as YamlNode | undefined;
  if (!map || !isMap(map)) return undefined;
  const pair = doc.pair([...path, 'label']);
  if (pair) {
    const value = pair.value as YamlNode | null;
    if (value && isScalar(value) && (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE')) {
      const inner = valueTextSpan(doc, [...path, 'label']);
      return inner ? { ...inner, newText: label } : undefined;
    }
    if (value && isScalar(value) && value.range && value.range[1] > value.range[0]) {
      // A blank plain scalar cannot have width; anything else is not blank.
      return undefined;
    }
    const key = pair.key as YamlNode | null;
    if (!key?.range) return undefined;
    const colon = doc.text.indexOf(':', key.range[1]);
    if (colon === -1) return undefined;
    return { start: colon + 1, end: colon + 1, newText: ` ${label}` };
  }
  const first = (map as YAMLMap).items[0];
  const firstKey = first?.key as YamlNode | null | undefined;
  if (!firstKey?.range) return undefined;
  const at = firstKey.range[0];
  if (map.flow) return { start: at, end: at, newText: `label: ${label}, ` };
  const column = doc.lines.position(at).character;
  return { start: at, end: at, newText: `label: ${label}\n${' '.repeat(column)}` };
}

export const rule: Rule = {
  meta: {
    id: 'perspective-unlabeled',
    description: 'every perspective has a label (its heading) and a framework',
    defaultSeverity: 'error',
    category: 'perspectives',
  },
  check(ctx) {
    const { doc, kb } = ctx;
    for (const p of doc.items(['perspectives'])) {
      if (!p.value || typeof p.value !== 'object' || Array.isArray(p.value)) continue;
      const v = p.value as Record<string, unknown>;
      const labelBlank = blank(v.label);
      const frameworkBlank = blank(v.framework);
      if (!labelBlank && !frameworkBlank) continue;
      const index = p.path[p.path.length - 1] as number;
      const hasLabelKey = doc.has([...p.path, 'label']);
      const range = labelBlank && hasLabelKey ? doc.span([...p.path, 'label'], 'value') : doc.span(p.path, 'key');
      const by = typeof v.author === 'string' && v.author !== '' ? ` by ${v.author}` : '';
      const suggested = labelBlank ? defaultLabel(kb, v.framework) : undefined;
      let message: string;
      if (labelBlank && frameworkBlank) {
        message = `perspective ${index + 1}${by} has no label and no framework; give it a heading and a framework id such as psychodynamic or cbt`;
      } else if (labelBlank) {
        const what = hasLabelKey ? 'an empty label' : 'no label';
        message = `perspective ${index + 1}${by} has ${what}; readers need a heading${suggested ? ` such as "${suggested}"` : ''}`;
      } else {
        message = `perspective ${perspectiveName(v, index)}${by} has no framework; name a framework id such as psychodynamic or cbt`;
      }
      const fixes: Fix[] = [];
      if (suggested) {
        const edit = labelEdit(doc, p.path, suggested);
        // The label from the framework is a safe fix (cli.md): it writes the heading the framework id already says.
        if (edit) fixes.push({ title: `Label it "${suggested}"`, edits: [edit], preferred: true, safe: true });
      }
      ctx.report({ ...range, message, ...(fixes.length > 0 ? { fixes } : {}), ...(suggested ? { data: { label: suggested } } : {}) });
    }
  },
};
