/**
 * A small glob matcher for `.gitignore` patterns (command-line globs go
 * through picomatch, globs.ts, after expandBraces below):
 * `*` (any run of characters but `/`), `?` (one character but `/`),
 * `[abc]`, `[a-z]`, `[!abc]` / `[^abc]`, `\x` (a literal x) and `**` as a
 * whole segment (any number of folders). No regular expressions: matching a
 * segment is the classic wildcard walk with one backtrack point, O(n·m) at
 * worst, and `**` is matched segment by segment with a memo. Also the brace
 * expansion of command-line arguments (expandBraces).
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

/** How many patterns one argument's braces may expand to. */
export const MAX_BRACE_EXPANSIONS = 1024;

/**
 * Brace expansion as bash does it, before any matching: `a{b,c}d` -> `abd`,
 * `acd`; nested (`{a,b{c,d}}` -> `a`, `bc`, `bd`); sequences (`{1..3}`,
 * `{01..10}`, `{a..e}`, `{1..9..2}`); several groups multiply, left to right.
 * A brace with neither a top-level comma nor a sequence (`{a}`), an
 * unmatched one, and an escaped one (`\{`) stay as written. Undefined when
 * the expansion would give more than MAX_BRACE_EXPANSIONS patterns.
 */
export function expandBraces(pattern: string): string[] | undefined {
  const out: string[] = [];
  const go = (text: string, from: number): boolean => {
    const group = findBraceGroup(text, from);
    if (group === 'too-long') return false;
    if (!group) {
      out.push(text);
      return out.length <= MAX_BRACE_EXPANSIONS;
    }
    const head = text.slice(0, group.start);
    const tail = text.slice(group.end + 1);
    for (const alt of group.alternatives) {
      // What the group became is expanded again (nested braces), then the rest of the text.
      if (!go(head + alt + tail, group.start)) return false;
    }
    return true;
  };
  return go(pattern, 0) ? out : undefined;
}

interface BraceGroup {
  start: number;
  end: number;
  alternatives: string[];
}

/** The first brace group at or after `from` that expands: a `{` with its matching `}` and a top-level comma, or a sequence. */
function findBraceGroup(text: string, from: number): BraceGroup | 'too-long' | undefined {
  const closing = matchingBraces(text);
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    const end = closing.get(i);
    if (end === undefined) continue; // not a `{`, or one that no `}` closes: a literal
    const commas: number[] = [];
    let depth = 0;
    for (let j = i + 1; j < end; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === '{' && closing.has(j)) depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (c === ',' && depth === 0) commas.push(j);
    }
    if (commas.length > 0) {
      const bounds = [i, ...commas, end];
      return { start: i, end, alternatives: bounds.slice(0, -1).map((b, k) => text.slice(b + 1, bounds[k + 1])) };
    }
    const sequence = braceSequence(text.slice(i + 1, end));
    if (sequence === 'too-long') return sequence;
    if (sequence) return { start: i, end, alternatives: sequence };
    // `{a}` stays as written; a group inside it or after it may still expand.
  }
  return undefined;
}

/** Each `{` that a `}` closes, with the offset of that `}` (escaped braces are neither). */
function matchingBraces(text: string): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === '}' && open.length > 0) closing.set(open.pop()!, i);
  }
  return closing;
}

/** `1..5`, `05..10`, `a..e`, `1..10..3` (bash's sequence expressions); undefined for anything else. */
function braceSequence(body: string): string[] | 'too-long' | undefined {
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  const chr = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  const m = num ?? chr;
  if (!m) return undefined;
  const step = Math.abs(Number(m[3] ?? 1)) || 1;
  const from = num ? Number(m[1]) : m[1]!.charCodeAt(0);
  const to = num ? Number(m[2]) : m[2]!.charCodeAt(0);
  if (Math.abs(to - from) / step >= MAX_BRACE_EXPANSIONS) return 'too-long';
  // bash pads every number to the longer end's width when either end has a leading zero.
  const pad = num && (/^-?0\d/.test(m[1]!) || /^-?0\d/.test(m[2]!)) ? Math.max(m[1]!.length, m[2]!.length) : 0;
  const out: string[] = [];
  const dir = to >= from ? 1 : -1;
  for (let v = from; dir > 0 ? v <= to : v >= to; v += dir * step) {
    if (!num) out.push(String.fromCharCode(v));
    else out.push(v < 0 ? `-${String(-v).padStart(pad - 1, '0')}` : String(v).padStart(pad, '0'));
  }
  return out;
}
