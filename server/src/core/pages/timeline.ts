/**
 * The treatment timeline as inline SVG: one row per step of the history
 * (entries with the same period share a step; the order of
 * `treatment_history` is the order of care), lanes for drugs, procedures,
 * therapies and the interventions. Inadequate trials are dashed and hatched,
 * trials that cannot be judged dotted: readable in black and white.
 */
import type { CaseDocument } from '../document';
import type { TrialMark, TrialRow } from './adequacyView';
import { esc } from './blocks';
import { lineOf } from './care';

export type Lane = 'drug' | 'procedure' | 'therapy' | 'intervention';
export const LANES: { lane: Lane; title: string }[] = [
  { lane: 'drug', title: 'Drugs' },
  { lane: 'procedure', title: 'Procedures' },
  { lane: 'therapy', title: 'Therapies' },
  { lane: 'intervention', title: 'Interventions' },
];

export interface TimelineItem {
  lane: Lane;
  /** Column (step) index. */
  step: number;
  name: string;
  detail: string;
  /** "2018/2023", "age 46", or "". */
  when: string;
  mark: TrialMark | 'other';
  line?: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

export function timelineItems(doc: CaseDocument, rows: readonly TrialRow[]): TimelineItem[] {
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const items: TimelineItem[] = [];
  let step = -1;
  let lastWhen: string | undefined;
  for (const { path, value } of doc.items(['treatment_history'])) {
    if (!value || typeof value !== 'object') continue;
    const e = value as Record<string, unknown>;
    const when = str(e.period) || (str(e.age) ? `age ${str(e.age)}` : '');
    if (!(when !== '' && when === lastWhen)) step++;
    lastWhen = when;
    const index = typeof path[1] === 'number' ? path[1] : -1;
    const line = lineOf(doc, path);
    const base = { step, when, ...(line !== undefined ? { line } : {}) };
    if (str(e.drug)) {
      const row = byIndex.get(index);
      const detail = [row?.dose ?? str(e.dose), str(e.duration)].filter(Boolean).join(', ');
      items.push({ ...base, lane: 'drug', name: str(e.drug), detail, mark: row?.mark ?? 'other' });
    } else if (str(e.procedure)) {
      items.push({ ...base, lane: 'procedure', name: str(e.procedure), detail: str(e.sessions) ? `${str(e.sessions)} sessions` : str(e.duration), mark: 'other' });
    } else if (str(e.therapy)) {
      items.push({ ...base, lane: 'therapy', name: str(e.therapy), detail: str(e.duration), mark: 'other' });
    }
  }
  for (const { path, value } of doc.items(['interventions'])) {
    if (!value || typeof value !== 'object') continue;
    const e = value as Record<string, unknown>;
    step++;
    const sessions = doc.items([...path, 'sessions']).length;
    const line = lineOf(doc, path);
    items.push({
      lane: 'intervention',
      step,
      name: str(e.kind) || 'intervention',
      detail: sessions > 0 ? `${sessions} session${sessions === 1 ? '' : 's'}` : '',
      when: 'this case',
      mark: 'other',
      ...(line !== undefined ? { line } : {}),
    });
  }
  return items;
}

const LABEL_W = 118;
const LANE_W = 172;
const BOX_H = 44;
const HEAD = 26;

/**
 * The SVG, or '' when there is nothing to draw: steps run down the page, one
 * column per lane (only lanes with entries), so it fits the width of a page
 * whatever the length of the history. Text is escaped; the SVG loads nothing.
 */
export function timelineSvg(items: readonly TimelineItem[]): string {
  if (items.length === 0) return '';
  const lanes = LANES.filter((l) => items.some((i) => i.lane === l.lane));
  const steps = Math.max(...items.map((i) => i.step)) + 1;
  // Concurrent entries of one lane in one step stack inside the step's row.
  const slot = new Map<TimelineItem, number>();
  const perCell = new Map<string, number>();
  const stepRows = new Array<number>(steps).fill(1);
  const stepWhen = new Array<string>(steps).fill('');
  for (const it of items) {
    const key = `${it.step}:${it.lane}`;
    const n = perCell.get(key) ?? 0;
    perCell.set(key, n + 1);
    slot.set(it, n);
    stepRows[it.step] = Math.max(stepRows[it.step] ?? 1, n + 1);
    if (!stepWhen[it.step]) stepWhen[it.step] = it.when;
  }
  const stepTop: number[] = [];
  let y = HEAD;
  for (let s = 0; s < steps; s++) {
    stepTop.push(y);
    y += (stepRows[s] ?? 1) * BOX_H + 8;
  }
  const legendY = y + 10;
  const width = LABEL_W + lanes.length * LANE_W + 4;
  const height = legendY + 54;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="Treatment timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`);
  out.push('<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>');
  lanes.forEach((l, i) => {
    const x = LABEL_W + i * LANE_W;
    out.push(`<rect class="lane" x="${x + 1}" y="${HEAD - 4}" width="${LANE_W - 2}" height="${legendY - HEAD - 2}" opacity="0.5"/>`);
    out.push(`<text class="lane-title" x="${x + 6}" y="16" font-weight="bold">${esc(l.title)}</text>`);
  });
  for (let s = 0; s < steps; s++) {
    const top = stepTop[s] ?? HEAD;
    out.push(`<line class="axis" x1="0" y1="${top - 4}" x2="${width}" y2="${top - 4}"/>`);
    out.push(`<text x="4" y="${top + 15}" font-weight="bold">Step ${s + 1}</text>`);
    if (stepWhen[s]) out.push(`<text x="4" y="${top + 30}">${esc(clip(stepWhen[s] ?? '', 17))}</text>`);
  }
  for (const it of items) {
    const lane = lanes.findIndex((l) => l.lane === it.lane);
    const x = LABEL_W + lane * LANE_W + 5;
    const yTop = (stepTop[it.step] ?? HEAD) + (slot.get(it) ?? 0) * BOX_H;
    const w = LANE_W - 10;
    const h = BOX_H - 6;
    const cls = it.mark === 'other' ? 'box' : `box ${it.mark}`;
    const mark = it.mark === 'inadequate' ? '✗ ' : it.mark === 'unassessable' ? '? ' : it.mark === 'adequate' ? '✓ ' : '';
    out.push(`<g class="item ${esc(it.lane)}${it.mark === 'other' ? '' : ` ${it.mark}`}"${it.line ? ` data-line="${it.line}"` : ''}>`);
    out.push(`<title>${esc(`${it.name}${it.detail ? `, ${it.detail}` : ''}${it.when ? ` (${it.when})` : ''}${it.mark === 'other' ? '' : `: ${it.mark.replace('-', ' ')}`}`)}</title>`);
    out.push(`<rect class="${cls}" x="${x}" y="${yTop}" width="${w}" height="${h}" rx="3"/>`);
    if (it.mark === 'inadequate') out.push(`<rect x="${x + w - 16}" y="${yTop}" width="16" height="${h}" fill="url(#hatch)"/>`);
    out.push(`<text x="${x + 5}" y="${yTop + 15}" font-weight="bold">${esc(clip(mark + it.name, 22))}</text>`);
    out.push(`<text x="${x + 5}" y="${yTop + 30}">${esc(clip(it.detail, 25))}</text>`);
    out.push('</g>');
  }
  const legend: [string, string][] = [
    ['box adequate', '✓ adequate trial'],
    ['box inadequate', '✗ inadequate (dashed, hatched)'],
    ['box unassessable', '? cannot be judged (dotted)'],
    ['box not-counted', 'not counted, or not a drug'],
  ];
  legend.forEach(([cls, text], i) => {
    const x = 6 + (i % 2) * 330;
    const ly = legendY + Math.floor(i / 2) * 22;
    out.push(`<rect class="${cls}" x="${x}" y="${ly}" width="22" height="14" rx="2"/>`);
    if (cls.includes('inadequate')) out.push(`<rect x="${x + 12}" y="${ly}" width="10" height="14" fill="url(#hatch)"/>`);
    out.push(`<text x="${x + 30}" y="${ly + 12}">${esc(text)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
