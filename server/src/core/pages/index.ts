/**
 * Pages people read: the editor's review report, the author's article
 * preview and the index of a folder of submissions, as self-contained HTML
 * or pandoc-ready Markdown. Text in (a lint result), text out: the CLI writes
 * the pages to files, the language server sends them to the editor.
 */
import type { LintResult } from '../engine';
import { articleBlocks } from './article';
import { blocksMd, escMd, htmlPage, type Block, type Inline } from './blocks';
import { reviewBlocks, reviewModel, VERDICT_TEXT, type PageLinks, type PageOptions, type ReviewModel, type Verdict } from './review';

export type PageFormat = 'html' | 'md';
export const PAGE_FORMATS: readonly PageFormat[] = ['html', 'md'];
export type { PageLinks, PageOptions, ReviewModel, Verdict };
export { reviewModel };

function page(format: PageFormat, title: string, kind: string, blocks: Block[]): string {
  return format === 'html' ? htmlPage(title, kind, blocks) : `${blocksMd(blocks)}\n`;
}

/** The review report of one case (from its model, so a folder's index can reuse the model). */
export function renderReviewModel(model: ReviewModel, format: PageFormat, links: PageLinks = {}): string {
  return page(format, `Review: ${model.title}`, 'report', reviewBlocks(model, links));
}

export function renderReport(result: LintResult, format: PageFormat, options: PageOptions): string {
  return renderReviewModel(reviewModel(result, options.name), format, options.links);
}

/** The article preview. Markdown starts with a pandoc title block (YAML metadata). */
export function renderArticle(result: LintResult, format: PageFormat, options: PageOptions): string {
  const { blocks, meta } = articleBlocks(result, options.name);
  if (format === 'html') return htmlPage(meta.title, 'article', blocks);
  const head = ['---', `title: ${JSON.stringify(escMd(meta.title))}`];
  if (meta.subtitle) head.push(`subtitle: ${JSON.stringify(escMd(meta.subtitle))}`);
  if (meta.authors.length) head.push('author:', ...meta.authors.map((a) => `  - ${JSON.stringify(escMd(a))}`));
  if (meta.date) head.push(`date: ${JSON.stringify(meta.date)}`);
  head.push('---');
  // The title block carries the title and subtitle; the body starts after them.
  const body = blocks.filter((b) => !(b.t === 'h' && b.level === 1) && !(b.t === 'p' && b.cls === 'subtitle'));
  return `${head.join('\n')}\n\n${blocksMd(body)}\n`;
}

export interface IndexEntry {
  model: ReviewModel;
  /** The page's address relative to the index. */
  href: string;
}

const VERDICT_ORDER: Verdict[] = ['not-reviewable', 'needs-changes', 'ready'];

/**
 * The index of a folder: one row per submission, sorted by verdict (the
 * cases that need attention first). HTML offers the other orders as
 * sections reached by anchors (`#by-name`, ...), shown with `:target`: no script.
 */
export function renderIndex(entries: readonly IndexEntry[], format: PageFormat, title = 'Submissions'): string {
  const byVerdict = [...entries].sort((a, b) => VERDICT_ORDER.indexOf(a.model.verdict) - VERDICT_ORDER.indexOf(b.model.verdict) || b.model.counts.error - a.model.counts.error || a.model.name.localeCompare(b.model.name));
  const orders: { id: string; label: string; rows: IndexEntry[] }[] = [
    { id: 'by-name', label: 'name', rows: [...entries].sort((a, b) => a.model.name.localeCompare(b.model.name)) },
    { id: 'by-errors', label: 'errors', rows: [...entries].sort((a, b) => b.model.counts.error - a.model.counts.error || a.model.name.localeCompare(b.model.name)) },
    { id: 'by-warnings', label: 'warnings', rows: [...entries].sort((a, b) => b.model.counts.warning - a.model.counts.warning || a.model.name.localeCompare(b.model.name)) },
    { id: 'by-verdict', label: 'verdict', rows: byVerdict },
  ];
  const counts = VERDICT_ORDER.map((v) => `${entries.filter((e) => e.model.verdict === v).length} ${VERDICT_TEXT[v].replace(/^\S+ /, '').toLowerCase()}`).join(' · ');
  const head = ['Submission', 'Verdict', 'Errors', 'Warnings', 'TRD claim', 'De-identification'];
  const row = (e: IndexEntry): Inline[][] => {
    const m = e.model;
    const claim = !m.claim.claimed ? 'no claim' : m.claim.supported ? '✓ supported' : '✗ not supported';
    const found = m.deid.categories.reduce((n, c) => n + c.count, 0);
    const deid = [m.deid.statement ? '' : 'no statement', found > 0 ? `${found} identifier finding${found === 1 ? '' : 's'}` : ''].filter(Boolean).join('; ');
    return [[{ text: m.name, href: e.href }, m.title !== m.name ? ` — ${m.title}` : ''], [VERDICT_TEXT[m.verdict]], [String(m.counts.error)], [String(m.counts.warning)], [claim], [deid ? `✗ ${deid}` : '✓ statement, no identifiers']];
  };
  const blocks: Block[] = [
    { t: 'h', level: 1, text: title },
    { t: 'p', parts: [`${entries.length} submission${entries.length === 1 ? '' : 's'}: ${counts}.`] },
  ];
  if (format === 'md') {
    blocks.push({ t: 'table', cls: 'index', head, rows: byVerdict.map(row) });
    return `${blocksMd(blocks)}\n`;
  }
  blocks.push({ t: 'p', cls: 'sort-links', parts: ['Sort by: ', ...orders.flatMap((o, i) => [i > 0 ? ' ' : '', { text: o.label, href: `#${o.id}` }])] });
  for (const o of orders) {
    blocks.push({ t: 'section', id: o.id, cls: 'sorted', blocks: [{ t: 'p', cls: 'muted', parts: [`Sorted by ${o.label}`] }, { t: 'table', cls: 'index', head, rows: o.rows.map(row) }] });
  }
  return htmlPage(title, 'index', blocks);
}

