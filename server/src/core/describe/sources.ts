import type { KnowledgeBase, Sourced } from '../knowledge';

/** "150 mg/day *(uncertain)* (ATRQ-COMP006)": a value with its unit, doubt and source keys. */
export function sourced(v: Sourced<number | string> | undefined, unit = ''): string | undefined {
  if (!v) return undefined;
  const src = v.src.length > 0 ? ` (${v.src.join('; ')})` : '';
  return `${v.value}${unit}${v.uncertain ? ' *(uncertain)*' : ''}${src}`;
}

/** "Sources: KEY — text" lines for the keys the knowledge base can cite. */
export function sourcesBlock(kb: KnowledgeBase, keys: readonly string[]): string[] {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const out = ['', '**Sources**'];
  for (const key of unique) {
    const text = kb.source(key);
    out.push(text ? `- ${key}: ${text}` : `- ${key}`);
  }
  return out;
}
