/**
 * The treatment adequacy summary as Markdown: the trials as a table, then the
 * counts and staging. The server sends it with the summary; the VS Code client
 * shows it in the Markdown preview.
 */
import { trdLine, type AdequacySummary } from '../adequacy';

/** Markdown for the server's adequacy summary: the trials as a table, then the counts and staging. */
export function adequacyMarkdown(summary: AdequacySummary | undefined, name: string): string {
  const out = [`# Treatment adequacy: ${name}`, ''];
  if (!summary) {
    out.push('No summary: the document is not a case report, or its YAML does not parse.');
    return out.join('\n') + '\n';
  }
  const s = summary;
  const trials = Array.isArray(s.trials) ? s.trials : [];
  out.push(`An antidepressant trial is adequate at the drug's minimum adequate dose or more, for at least ${cell(s.minimumWeeks)} weeks (MGH ATRQ).`, '');
  if (trials.length === 0) {
    out.push('`treatment_history` has no drug trials.');
  } else {
    out.push(
      table(
        trials.map((t) => ({
          trial: t.label || t.drug,
          class: t.class ?? '',
          role: t.role,
          counted: t.antidepressant ? 'antidepressant' : 'not counted',
          adequacy: statusText(t.status),
          why: (t.reasons ?? []).join('; '),
          outcome: t.outcome ?? '',
          TRD: t.counts ? 'counts' : t.notCounted ? `does not count: ${t.notCounted}` : '',
        })),
      ),
    );
  }
  out.push('', '## Counts', '');
  out.push(`- **Adequate antidepressant trials**: ${cell(s.adequateCount)}`);
  out.push(`- **Failed adequate trials** (no response or partial response): ${cell(s.failedCount)}`);
  if (Array.isArray(s.steps)) {
    out.push(`- **${cell(trdLine(s))}**`);
    if (s.steps.length > 0) {
      out.push('', table(s.steps.map((step, i) => ({
        step: i + 1,
        trials: step.label,
        classes: step.classes,
        verdict: step.counts ? 'failed, counts' : step.failed ? 'failed, the same drugs as an earlier step' : 'not failed',
      }))));
    }
    const unjudged = (s.ketamine ?? []).filter((k) => k.notJudged);
    if (unjudged.length > 0) {
      out.push('', ...unjudged.map((k) => `- Ketamine ${cell(k.route)} in ${cell(k.session)} not judged: ${cell(k.notJudged)}`));
    }
  }
  if (s.thaseRush) {
    out.push(`- **Thase-Rush staging**: ${cell(s.thaseRush.label)}${s.thaseRush.missing ? ` (${cell(s.thaseRush.missing)})` : ''}`);
  }
  if (s.maudsley) {
    const m = s.maudsley;
    const score = m.points === undefined ? 'not computable' : `${cell(m.points)} points${m.band ? `, ${cell(m.band)}` : ''}`;
    out.push(`- **Maudsley Staging Method**: ${score}`);
    if (Array.isArray(m.parts) && m.parts.length > 0) out.push('', table(m.parts.map((p) => ({ dimension: p.dimension, points: p.points }))));
    if (Array.isArray(m.missing) && m.missing.length > 0) out.push('', `Missing for a full Maudsley score: ${m.missing.map(cell).join(', ')}.`);
  }
  return out.join('\n') + '\n';
}

function statusText(status: string): string {
  switch (status) {
    case 'adequate':
      return '✓ adequate';
    case 'inadequate':
      return '✗ inadequate';
    case 'unassessable':
      return '? cannot be judged';
    default:
      return status.replace(/-/g, ' ');
  }
}

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns: string[] = [];
  for (const row of rows) for (const k of Object.keys(row)) if (!columns.includes(k)) columns.push(k);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(columns.map(humanize)),
    line(columns.map(() => '---')),
    ...rows.map((row) => line(columns.map((c) => cell(row[c])))),
  ].join('\n');
}

function cell(v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(1);
  if (typeof v === 'string') return v.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  if (Array.isArray(v)) return v.map(cell).join(', ');
  return JSON.stringify(v).replace(/\|/g, '\\|');
}

function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
