/**
 * What a rule read of a document: the top-level keys of the paths it looked
 * up. Incremental linting (core/incremental.ts) replays a rule's reports
 * instead of running it again when nothing it read has changed, so the
 * record must over-approximate: any way of reading the document other than a
 * path lookup (its text, its tree, its plain value, every scalar, an analysis
 * that walks the whole document) counts as reading everything.
 */
import type { CaseDocument, Path } from './document';

/** Read everything. */
export const ALL = '\u0000all';
/** Read where the document's first content starts (a span that falls back to the first line). */
export const START = '\u0000start';

export type Reads = Set<string>;

/** The key a path lookup reads: its first segment, or everything for the root. */
export function keyOf(path: Path): string {
  return path.length === 0 ? ALL : String(path[0]);
}

/** Path lookups: each reads the top-level key its path starts with. */
const BY_PATH = new Set(['get', 'node', 'pair', 'has', 'items']);

/**
 * `doc`, recording into `reads` what is read through it. Methods are bound to
 * the document itself, so what they call inside is not recorded twice.
 */
export function recordingDoc(doc: CaseDocument, reads: Reads): CaseDocument {
  return new Proxy(doc, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof prop === 'string' && BY_PATH.has(prop)) {
        return (path: Path, ...rest: unknown[]) => {
          reads.add(keyOf(path));
          return (value as (p: Path, ...r: unknown[]) => unknown).call(target, path, ...rest);
        };
      }
      if (prop === 'span') {
        // A path that does not exist falls back to an ancestor, then to the first line.
        return (path: Path, ...rest: unknown[]) => {
          reads.add(keyOf(path));
          reads.add(START);
          return (value as (p: Path, ...r: unknown[]) => unknown).call(target, path, ...rest);
        };
      }
      if (prop === 'firstLineSpan') {
        reads.add(START);
        return (value as () => unknown).bind(target);
      }
      reads.add(ALL);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
