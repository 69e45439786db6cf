import { matchSegment, matchSegments, splitPattern } from './glob';

/**
 * The common part of `.gitignore`: blank lines and `#` comments, `\#` and
 * `\!` escapes, `!` negation (the last matching pattern wins), a trailing `/`
 * (folders only), a leading or inner `/` (anchored to the .gitignore's folder,
 * otherwise the pattern matches a name at any depth), `*`, `?`, `[...]` and
 * `**`. Not supported: trailing-space escapes and core.excludesFile.
 */
export interface IgnoreRule {
  negate: boolean;
  dirOnly: boolean;
  anchored: boolean;
  segments: string[];
}

export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split('\n')) {
    let line = trimEnd(raw, ' \t\r');
    if (line === '' || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
      line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith('/')) {
      dirOnly = true;
      line = trimEnd(line, '/');
    }
    if (line === '') continue;
    const anchored = line.includes('/');
    const segments = splitPattern(line);
    if (segments.length === 0) continue;
    rules.push({ negate, dirOnly, anchored, segments });
  }
  return rules;
}

/** The rules of one `.gitignore`, relative to the folder that holds it. */
export interface IgnoreFile {
  /** The folder, as `/`-separated segments relative to the walk's root (may be empty). */
  base: readonly string[];
  rules: IgnoreRule[];
}

/**
 * Is `path` (segments relative to the walk's root) ignored by these files?
 * Files are in order from the outermost folder inwards; within and across
 * files the last matching rule decides.
 */
export function isIgnored(files: readonly IgnoreFile[], path: readonly string[], isDir: boolean): boolean {
  let ignored = false;
  for (const file of files) {
    if (file.base.length > path.length) continue;
    let inside = true;
    for (let i = 0; i < file.base.length; i++) {
      if (file.base[i] !== path[i]) {
        inside = false;
        break;
      }
    }
    if (!inside) continue;
    const rel = path.slice(file.base.length);
    for (const rule of file.rules) {
      if (rule.dirOnly && !isDir) continue;
      if (ruleMatches(rule, rel)) ignored = !rule.negate;
    }
  }
  return ignored;
}

function ruleMatches(rule: IgnoreRule, rel: readonly string[]): boolean {
  if (rel.length === 0) return false;
  if (!rule.anchored) {
    return rule.segments.length === 1
      ? matchSegment(rule.segments[0]!, rel[rel.length - 1]!)
      : matchSegments(['**', ...rule.segments], rel);
  }
  return matchSegments(rule.segments, rel);
}

function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
