/**
 * A small glob matcher for command-line globs and `.gitignore` patterns:
 * `*` (any run of characters but `/`), `?` (one character but `/`),
 * `[abc]`, `[a-z]`, `[!abc]` / `[^abc]`, `\x` (a literal x) and `**` as a
 * whole segment (any number of folders). No regular expressions: matching a
 * segment is the classic wildcard walk with one backtrack point, O(n·m) at
 * worst, and `**` is matched segment by segment with a memo.
 */

/** True when the text holds a glob metacharacter (so it is a pattern, not a path). */
export function hasGlobChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Match one path segment (no `/`) against one pattern segment. */
export function matchSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    if (p < pattern.length) {
      const c = pattern[p]!;
      if (c === '*') {
        starP = ++p;
        starT = t;
        continue;
      }
      const step = matchOne(pattern, p, text[t]!);
      if (step > 0) {
        p += step;
        t++;
        continue;
      }
    }
    if (starP !== -1) {
      p = starP;
      t = ++starT;
      continue;
    }
    return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * Does the pattern element at `p` match the character `ch`? Returns the
 * element's length in the pattern, or 0 when it does not match.
 */
function matchOne(pattern: string, p: number, ch: string): number {
  const c = pattern[p]!;
  if (c === '?') return 1;
  if (c === '\\' && p + 1 < pattern.length) return pattern[p + 1] === ch ? 2 : 0;
  if (c === '[') {
    const cls = parseClass(pattern, p);
    if (cls) return cls.test(ch) ? cls.length : 0;
  }
  return c === ch ? 1 : 0;
}

interface CharClass {
  length: number;
  test(ch: string): boolean;
}

function parseClass(pattern: string, start: number): CharClass | undefined {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  const ranges: [string, string][] = [];
  let first = true;
  while (i < pattern.length && (pattern[i] !== ']' || first)) {
    first = false;
    let lo = pattern[i]!;
    if (lo === '\\' && i + 1 < pattern.length) lo = pattern[++i]!;
    let hi = lo;
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      hi = pattern[i + 2]!;
      if (hi === '\\' && i + 3 < pattern.length) {
        hi = pattern[i + 3]!;
        i++;
      }
      i += 2;
    }
    ranges.push([lo, hi]);
    i++;
  }
  if (i >= pattern.length) return undefined; // no closing `]`: a literal `[`
  return {
    length: i - start + 1,
    test(ch: string): boolean {
      const inside = ranges.some(([lo, hi]) => ch >= lo && ch <= hi);
      return negate ? !inside && ch !== '/' : inside;
    },
  };
}

/** Split a pattern on `/`, dropping empty segments. */
export function splitPattern(pattern: string): string[] {
  return pattern.split('/').filter((s) => s !== '');
}

/**
 * Match a path (segments) against a pattern (segments), where a `**`
 * segment matches zero or more path segments.
 */
export function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const width = path.length + 1;
  const go = (pi: number, si: number): boolean => {
    const key = pi * width + si;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (pi === pattern.length) result = si === path.length;
    else if (pattern[pi] === '**') result = go(pi + 1, si) || (si < path.length && go(pi, si + 1));
    else result = si < path.length && matchSegment(pattern[pi]!, path[si]!) && go(pi + 1, si + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** Match a `/`-separated relative path against a `/`-separated glob. */
export function globMatch(pattern: string, relPath: string): boolean {
  return matchSegments(splitPattern(pattern), splitPattern(relPath));
}
