import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { CaseDocument, PathSegment } from '../document';

/** The YAML tree of a parsed case document, searched by offset (no re-parse). */
export interface NodeHit {
  /** Path of the deepest node containing the offset (for a key: the pair's path). */
  path: PathSegment[];
  node: YamlNode | undefined;
  /** The offset is on the key of the last path segment. */
  onKey: boolean;
  pair?: Pair;
  /** The collections passed on the way down, outermost first, each with its path. */
  collections: { node: YamlNode; path: PathSegment[] }[];
}

function nodeEnd(n: YamlNode | null | undefined): number {
  const r = n?.range;
  return r ? r[2] ?? r[1] ?? r[0] : -1;
}

function keyString(k: unknown): string {
  if (isScalar(k)) return String(k.value);
  return String(k);
}

function pairStart(p: Pair): number {
  const k = p.key as YamlNode | null;
  const v = p.value as YamlNode | null;
  return k?.range?.[0] ?? v?.range?.[0] ?? -1;
}

function pairEnd(p: Pair): number {
  const v = p.value as YamlNode | null;
  const k = p.key as YamlNode | null;
  return Math.max(nodeEnd(v), nodeEnd(k));
}

function itemStart(n: YamlNode): number {
  return isPair(n) ? pairStart(n as unknown as Pair) : n?.range?.[0] ?? -1;
}

function itemEnd(n: YamlNode): number {
  return isPair(n) ? pairEnd(n as unknown as Pair) : nodeEnd(n);
}

/** Index of the last item whose start is <= offset (items are in source order), or -1. */
export function lastStartingBefore<T>(items: readonly T[], start: (t: T) => number, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = start(items[mid] as T);
    if (s >= 0 && s <= offset) {
      found = mid;
      lo = mid + 1;
    } else if (s < 0) {
      // A node without a range: fall back to a linear look around it.
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The deepest node containing `offset` (ends inclusive), by binary search at each level. */
export function nodeAt(doc: CaseDocument, offset: number): NodeHit {
  let node = doc.yaml.contents as YamlNode | null | undefined;
  const path: PathSegment[] = [];
  const collections: NodeHit['collections'] = [];
  for (let depth = 0; depth < 500 && node; depth++) {
    if (isAlias(node)) break;
    if (isMap(node)) {
      collections.push({ node, path: [...path] });
      const items = node.items as Pair[];
      const i = lastStartingBefore(items, pairStart, offset);
      const pair = i >= 0 ? items[i] : undefined;
      if (!pair || offset > pairEnd(pair)) break;
      const k = pair.key as YamlNode | null;
      const key = keyString(k);
      if (k?.range && offset >= k.range[0] && offset <= k.range[1]) {
        return { path: [...path, key], node: k, onKey: true, pair, collections };
      }
      const v = pair.value as YamlNode | null;
      if (!(v?.range && offset >= v.range[0] && offset <= nodeEnd(v))) {
        return { path: [...path, key], node: v ?? undefined, onKey: false, pair, collections };
      }
      path.push(key);
      node = v;
    } else if (isSeq(node)) {
      collections.push({ node, path: [...path] });
      const items = node.items as YamlNode[];
      const i = lastStartingBefore(items, itemStart, offset);
      const item = i >= 0 ? items[i] : undefined;
      if (!item || offset > itemEnd(item)) break;
      path.push(i);
      node = isPair(item) ? ((item as unknown as Pair).value as YamlNode | null) : item;
    } else {
      break;
    }
  }
  return { path, node: node ?? undefined, onKey: false, collections };
}

/** The path of the innermost collection on the way to `offset` that `accept` takes, innermost first. */
export function innermostCollection(hit: NodeHit, accept: (node: YamlNode) => boolean): PathSegment[] | undefined {
  for (let i = hit.collections.length - 1; i >= 0; i--) {
    const c = hit.collections[i]!;
    if (accept(c.node)) return c.path;
  }
  return undefined;
}
