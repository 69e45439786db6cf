import * as fs from 'fs';
import * as path from 'path';
import { lint, type LintResult } from '../../server/src/core';
import { samplesDir } from './paths';

export const KAP = path.join(samplesDir, 'clean', 'ketamine-kap-cross-talk.case.yaml');
export const CARE = path.join(samplesDir, 'clean', 'esketamine-care.case.yaml');
export const PROBLEMS = path.join(samplesDir, 'broken', 'cross-talk-problems.case.yaml');
export const ONE_VOICE = path.join(samplesDir, 'broken', 'cross-talk-one-perspective.case.yaml');

export function lintFile(file: string): LintResult {
  return lint(fs.readFileSync(file, 'utf8'));
}

/** What a reader sees of an HTML page: the text without tags, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<\/?(a|span|code|strong|em|sup)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The HTML of one `<section id="...">` (sections do not nest in these pages, but for the report's own). */
export function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start === -1) return '';
  const end = html.indexOf('</section>', start);
  return html.slice(start, end === -1 ? undefined : end);
}

/** The identifiers the de-identification scan finds in a document, as written (whitespace collapsed). */
export function identifiers(result: LintResult): string[] {
  const text = result.document.text;
  return [...new Set(result.analyses.deidentification.map((f) => text.slice(f.start, f.end).replace(/\s+/g, ' ').trim()))];
}

/** True when `needle` occurs in `hay` as a whole word where it starts or ends with one. */
export function containsWord(hay: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = /^[A-Za-z0-9]/.test(needle) ? '(?<![A-Za-z0-9])' : '';
  const end = /[A-Za-z0-9]$/.test(needle) ? '(?![A-Za-z0-9])' : '';
  return new RegExp(`${start}${escaped}${end}`).test(hay.replace(/\s+/g, ' '));
}
