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

/**
 * One line where values are uncertain: which, and the sources they come from
 * with each source's caveat ("*Uncertain:* the minimum adequate dose
 * (ATRQ-COMP006: a secondary transcription, ...)"). Undefined when no value
 * is uncertain: a caveat is shown where it matters, not on every hover.
 */
export function caveatMarkdown(kb: KnowledgeBase, values: readonly [string, Sourced<number | string> | undefined][]): string | undefined {
  const uncertain = values.filter(([, v]) => v?.uncertain);
  if (uncertain.length === 0) return undefined;
  const keys = [...new Set(uncertain.flatMap(([, v]) => v!.src))];
  const sources = keys.map((k) => {
    const caveat = kb.sourceCaveat(k);
    return caveat ? `${k}: ${caveat}` : k;
  });
  const what = uncertain.map(([label]) => label);
  const list = what.length === 1 ? what[0]! : `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]!}`;
  return `*Uncertain:* the ${list}${sources.length > 0 ? ` (${sources.join('; ')})` : ''}.`;
}
