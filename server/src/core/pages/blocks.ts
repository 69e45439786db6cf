/**
 * A page as a list of blocks (headings, paragraphs, tables, prose, figures),
 * and its two renderings: self-contained HTML and pandoc-ready Markdown. The
 * review report, the article preview and the index are each built once as
 * blocks, so both formats say the same thing.
 */
import { renderProse } from './prose';

/** Plain text, or text with a link, emphasis or a class. */
export type Inline = string | Span;
export interface Span {
  text: string;
  href?: string;
  strong?: boolean;
  em?: boolean;
  code?: boolean;
  /** An HTML class (a status mark's style); Markdown ignores it. */
  cls?: string;
  /** Superscript (affiliation marks). */
  sup?: boolean;
}

export type Block =
  | { t: 'h'; level: 1 | 2 | 3; text: string; id?: string }
  | { t: 'p'; parts: Inline[]; cls?: string }
  /** CommonMark source written by the author (citations already numbered). */
  | { t: 'prose'; md: string }
  | { t: 'table'; head: string[]; rows: Inline[][][]; cls?: string }
  | { t: 'list'; ordered?: boolean; items: Inline[][]; cls?: string }
  /** An inline SVG figure; Markdown gets `alt` instead. */
  | { t: 'figure'; svg: string; caption: string; alt: Block[] }
  | { t: 'section'; id?: string; cls?: string; blocks: Block[]; htmlOnly?: boolean };

// ---- HTML ----

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

function inlineHtml(parts: readonly Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return esc(p);
      let h = esc(p.text);
      if (p.code) h = `<code>${h}</code>`;
      if (p.em) h = `<em>${h}</em>`;
      if (p.strong) h = `<strong>${h}</strong>`;
      if (p.sup) h = `<sup>${h}</sup>`;
      if (p.href !== undefined) h = `<a href="${esc(p.href)}">${h}</a>`;
      if (p.cls) h = `<span class="${esc(p.cls)}">${h}</span>`;
      return h;
    })
    .join('');
}

export function blocksHtml(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).join('\n');
}

function blockHtml(b: Block): string {
  switch (b.t) {
    case 'h':
      return `<h${b.level}${b.id ? ` id="${esc(b.id)}"` : ''}>${esc(b.text)}</h${b.level}>`;
    case 'p':
      return `<p${b.cls ? ` class="${esc(b.cls)}"` : ''}>${inlineHtml(b.parts)}</p>`;
    case 'prose':
      return `<div class="prose">${renderProse(b.md)}</div>`;
    case 'table': {
      const head = `<thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`).join('\n');
      return `<table${b.cls ? ` class="${esc(b.cls)}"` : ''}>${head}<tbody>\n${rows}\n</tbody></table>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}${b.cls ? ` class="${esc(b.cls)}"` : ''}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'figure':
      return `<figure>${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
    case 'section':
      return `<section${b.id ? ` id="${esc(b.id)}"` : ''}${b.cls ? ` class="${esc(b.cls)}"` : ''}>\n${blocksHtml(b.blocks)}\n</section>`;
  }
}

/** A whole page: inline CSS, a Content-Security-Policy that loads nothing and runs nothing. */
export function htmlPage(title: string, kind: string, blocks: readonly Block[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="caselint">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    `<body class="caselint-${esc(kind)}">`,
    '<main>',
    blocksHtml(blocks),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// Colours come from the editor's theme inside VS Code (its CSS variables) and
// fall back to black on white; print is always black on white. Marks carry
// a symbol and a line style as well as a colour, so they read in grey.
const CSS = `
:root{--fg:var(--vscode-editor-foreground,#1a1a1a);--bg:var(--vscode-editor-background,#fff);--muted:var(--vscode-descriptionForeground,#555);--rule:var(--vscode-panel-border,#c8c8c8);--link:var(--vscode-textLink-foreground,#0b57a4);--code:var(--vscode-textCodeBlock-background,#f2f2f2);--err:var(--vscode-errorForeground,#b00020);--warn:var(--vscode-editorWarning-foreground,#8a5a00);--ok:var(--vscode-testing-iconPassed,#1b7a3a)}
html{background:var(--bg);color:var(--fg)}
body{margin:0;font:15px/1.5 var(--vscode-font-family,system-ui,-apple-system,"Segoe UI",sans-serif);background:var(--bg);color:var(--fg)}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
.caselint-article main{font-family:Georgia,"Times New Roman",serif;font-size:16px}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .4rem}h2{font-size:1.2rem;margin:1.8rem 0 .5rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem}h3{font-size:1.02rem;margin:1.2rem 0 .3rem}
a{color:var(--link)}code{background:var(--code);padding:0 .25em;border-radius:3px;font-size:.92em}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid var(--rule);padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word}td code,td a{overflow-wrap:anywhere}th{background:var(--code)}
.muted,.byline,figcaption{color:var(--muted)}.subtitle{font-size:1.15rem;margin-top:0}
.verdict{font-size:1.15rem;padding:.6rem .8rem;border:2px solid var(--fg);border-radius:4px}
.v-ready{border-color:var(--ok)}.v-changes{border-color:var(--warn);border-style:dashed}.v-unreviewable{border-color:var(--err);border-style:double;border-width:4px}
.m-present,.m-partial,.m-missing,.m-ok,.ln{white-space:nowrap}.s-error,.m-missing{color:var(--err);font-weight:600}.s-warning,.m-partial{color:var(--warn);font-weight:600}.m-present,.m-ok{color:var(--ok);font-weight:600}
figure{margin:1rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto;display:block}
svg text{fill:var(--fg);font:12px var(--vscode-font-family,system-ui,sans-serif)}svg .lane{fill:var(--code)}svg .axis{stroke:var(--rule)}
svg .box{fill:var(--bg);stroke:var(--fg);stroke-width:1.5}svg .box.inadequate{stroke-dasharray:6 3}svg .box.unassessable{stroke-dasharray:2 3}svg .box.not-counted{stroke-width:.8}svg .hatch{stroke:var(--fg);stroke-width:1;opacity:.45}
.prose p{margin:.4rem 0 .8rem}.references li{margin-bottom:.3rem}.sorted{display:none}.sorted:target{display:block}#by-verdict{display:block}.sorted:target~#by-verdict{display:none}
.sort-links a{margin-right:.8rem}
@page{margin:16mm 15mm}
@media print{:root{--fg:#000;--bg:#fff;--muted:#333;--rule:#888;--link:#000;--code:#eee;--err:#000;--warn:#000;--ok:#000}body{font-size:10.5pt}table{font-size:8.5pt}th,td{padding:.15rem .25rem}main{max-width:none;padding:0}a{text-decoration:none}h2,h3{break-after:avoid}tr,figure,.verdict{break-inside:avoid}.sort-links{display:none}.sorted:target{display:none}#by-verdict{display:block!important}}
`.trim();

// ---- Markdown ----

/** Escape text for Markdown (pandoc and CommonMark read it as plain text). */
export function escMd(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~$@^]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}

function inlineMd(parts: readonly Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escMd(p);
      // Emphasis markers hug the text: spaces go outside them (CommonMark).
      const lead = p.code ? '' : (/^\s*/.exec(p.text)?.[0] ?? '');
      const trail = p.code ? '' : (/\s*$/.exec(p.text)?.[0] ?? '');
      const core = p.code ? p.text : p.text.slice(lead.length, p.text.length - trail.length);
      if (core === '') return p.text;
      let m = p.code ? `\`${core.replace(/`/g, "'")}\`` : escMd(core);
      if (p.em) m = `*${m}*`;
      if (p.strong) m = `**${m}**`;
      if (p.sup) m = `^${m.replace(/ /g, '\\ ')}^`;
      if (p.href !== undefined) m = `[${m}](<${p.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      return lead + m + trail;
    })
    .join('');
}

export function blocksMd(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    const s = blockMd(b);
    if (s !== '') out.push(s);
  }
  return out.join('\n\n');
}

function blockMd(b: Block): string {
  switch (b.t) {
    case 'h':
      return `${'#'.repeat(b.level)} ${escMd(b.text)}`;
    case 'p':
      // A paragraph that starts like a list item or a heading would become one.
      return inlineMd(b.parts).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+])/, '\\$1');
    case 'prose':
      return b.md.trim();
    case 'table': {
      const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [line(b.head.map(escMd)), line(b.head.map(() => '---')), ...b.rows.map((r) => line(r.map((c) => inlineMd(c) || ' ')))].join('\n');
    }
    case 'list':
      return b.items.map((i, n) => `${b.ordered ? `${n + 1}.` : '-'} ${inlineMd(i)}`).join('\n');
    case 'figure':
      return blocksMd(b.alt);
    case 'section':
      return b.htmlOnly ? '' : blocksMd(b.blocks);
  }
}
