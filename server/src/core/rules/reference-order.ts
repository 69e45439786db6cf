import { isSeq, type Node as YamlNode } from 'yaml';
import type { ReferenceEntry } from '../citations';
import type { CaseDocument } from '../document';
import type { Rule } from '../rule';
import type { Fix } from '../types';

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The first cited reference that is out of place: comparing the cited
 * references in list order with the same references in order of first
 * citation. Uncited references are left out (reference-unused reports them).
 */
export function firstOutOfOrder(
  refs: readonly ReferenceEntry[],
  citedKeys: readonly string[],
): { entry: ReferenceEntry; listed: number; expected: number } | undefined {
  const firstEntry = new Map<string, ReferenceEntry>();
  for (const r of refs) if (!firstEntry.has(r.id)) firstEntry.set(r.id, r);
  const byCitation: ReferenceEntry[] = [];
  const seen = new Set<string>();
  for (const key of citedKeys) {
    const r = firstEntry.get(key);
    if (!r || seen.has(key)) continue;
    seen.add(key);
    byCitation.push(r);
  }
  const byList = [...seen].map((k) => firstEntry.get(k) as ReferenceEntry).sort((a, b) => a.index - b.index);
  for (let i = 0; i < byList.length; i++) {
    const entry = byList[i] as ReferenceEntry;
    if (entry !== byCitation[i]) {
      return { entry, listed: i + 1, expected: byCitation.indexOf(entry) + 1 };
    }
  }
  return undefined;
}

/**
 * A fix that rewrites a block-style `references` list with the cited entries
 * in order of first citation, then the rest in their current order. Each
 * entry moves with its lines (comments included). Undefined for flow lists
 * or anything unusual.
 */
export function reorderFix(doc: CaseDocument, citedKeys: readonly string[]): Fix | undefined {
  const seq = doc.node(['references']) as YamlNode | undefined;
  if (!seq || !isSeq(seq) || seq.flow || !seq.range || seq.items.length < 2) return undefined;
  const { lines, text } = doc;
  const starts: number[] = [];
  for (const item of seq.items as YamlNode[]) {
    if (!item?.range) return undefined;
    const lineStart = lines.lineStart(lines.position(item.range[0]).line);
    if (!/^\s*-\s*$/.test(text.slice(lineStart, item.range[0]))) return undefined; // not one item per line
    // Comment lines right above an item travel with it.
    let line = lines.position(lineStart).line;
    while (starts.length > 0 && line > 0 && lines.lineText(line - 1).trim().startsWith('#')) line--;
    starts.push(lines.lineStart(line));
  }
  const lastRange = (seq.items[seq.items.length - 1] as YamlNode).range as [number, number, number];
  const lastLine = lines.position(Math.max(lastRange[1] - 1, lastRange[0])).line;
  const end = lines.lineEnd(lastLine);
  const chunks = starts.map((s, i) => {
    const e = i + 1 < starts.length ? (starts[i + 1] as number) : end;
    const chunk = text.slice(s, e);
    return chunk.endsWith('\n') ? chunk : chunk + '\n';
  });
  const ids = (doc.get(['references']) as unknown[]).map((r) =>
    r && typeof r === 'object' && 'id' in r ? String((r as { id: unknown }).id) : undefined,
  );
  // Each id's first entry, and each entry once: linear in the citations and the entries.
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id !== undefined && !indexOf.has(id)) indexOf.set(id, i);
  });
  const order: number[] = [];
  const placed = new Set<number>();
  for (const key of citedKeys) {
    const i = indexOf.get(key);
    if (i !== undefined && !placed.has(i)) {
      placed.add(i);
      order.push(i);
    }
  }
  for (let i = 0; i < ids.length; i++) if (!placed.has(i)) order.push(i);
  let newText = order.map((i) => chunks[i] as string).join('');
  if (!text.slice(starts[0] as number, end).endsWith('\n')) newText = newText.slice(0, -1);
  return { title: 'Sort references by first citation', edits: [{ start: starts[0] as number, end, newText }] };
}

export const rule: Rule = {
  meta: {
    id: 'reference-order',
    description: 'references are listed in order of first citation',
    defaultSeverity: 'hint',
    category: 'citations',
  },
  check(ctx) {
    const { doc } = ctx;
    const cited = ctx.analyses.citations.citations.map((c) => c.key);
    const out = firstOutOfOrder(ctx.analyses.citations.references, cited);
    if (!out) return;
    const fix = reorderFix(doc, cited);
    ctx.report({
      start: out.entry.start,
      end: out.entry.end,
      message: `reference ${out.entry.id} is listed ${ordinal(out.listed)} but first cited ${ordinal(out.expected)}; in order of first citation it belongs at position ${out.expected}`,
      ...(fix ? { fixes: [fix] } : {}),
      data: { listed: out.listed, expected: out.expected },
    });
  },
};
