/**
 * The treatment adequacy summary as text: Markdown (the trials as a table,
 * then the counts and staging), which the server sends and the VS Code client
 * shows in the Markdown preview; and a few plain lines for the command line.
 */
import type { AdequacySummary } from '../adequacy';
import { DEFAULT_MINIMUM_WEEKS } from '../config';
import { formatWeeks } from '../quantity';
import { trialStatusCell, trialStatusText } from './status';

/** Markdown for the server's adequacy summary: the trials as a table, then the counts and staging. */
export function adequacyMarkdown(summary: AdequacySummary | undefined, name: string): string {
  const out = [`# Treatment adequacy: ${name}`, ''];
  if (!summary) {
    out.push('No summary: the document is not a case report, or its YAML does not parse.');
    return out.join('\n') + '\n';
  }
  const s = summary;
  const trials = Array.isArray(s.trials) ? s.trials : [];
  out.push(`An antidepressant trial is adequate at the drug's minimum adequate dose or more, for at least ${cell(s.minimumWeeks)} weeks (${durationBasis(s.minimumWeeks)}).`, '');
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
          adequacy: trialStatusCell(t.status),
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
        verdict: stepVerdict(step),
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

/** The adequacy summary in a few plain lines: every trial with its verdict and why it counts or not, then the steps. */
export function formatAdequacySummary(s: AdequacySummary): string {
  const lines: string[] = [];
  const ad = s.trials.filter((t) => t.antidepressant);
  lines.push(
    `Adequate antidepressant trials: ${s.adequateCount} of ${ad.length} (at least ${formatWeeks(s.minimumWeeks)} at the minimum adequate dose, ${durationBasis(s.minimumWeeks)})`,
  );
  for (const t of s.trials) {
    const why = t.reasons.length > 0 ? ` (${t.reasons.join('; ')})` : '';
    const counts = t.counts ? '; counts toward TRD' : t.notCounted ? `; does not count toward TRD: ${t.notCounted}` : '';
    lines.push(`  ${t.label}: ${trialStatusText(t.status)}${t.status === 'adequate' ? '' : why}${counts}`);
  }
  lines.push(trdLine(s));
  s.steps.forEach((step, i) => {
    lines.push(`  step ${i + 1}: ${step.label} (${step.classes.join(', ')}): ${stepVerdict(step)}`);
  });
  for (const k of s.ketamine) {
    if (k.notJudged) lines.push(`Ketamine: ${k.drug} ${k.route} in ${k.session} not judged (${k.notJudged})`);
  }
  lines.push(s.thaseRush.label + (s.thaseRush.missing ? `; ${s.thaseRush.missing}` : ''));
  const partial = s.maudsley.parts.reduce((n, p) => n + p.points, 0);
  const parts = s.maudsley.parts.map((p) => `${p.dimension} ${p.points}`).join(', ');
  if (s.maudsley.points !== undefined) {
    lines.push(`Maudsley Staging Method: ${s.maudsley.points} points (${s.maudsley.band ?? ''}): ${parts}`);
  } else {
    lines.push(`Maudsley Staging Method: ${partial} points so far (${parts}); missing: ${s.maudsley.missing.join(', ')}`);
  }
  return lines.join('\n');
}

/** "Failed treatment steps: 1 of 2 needed; not enough for a TRD claim" (and the class requirement when configured). */
export function trdLine(s: AdequacySummary): string {
  const classes = s.requireDifferentClasses ? ', in 2 different classes (trd.require_different_classes)' : '';
  const verdict = s.trdSupported ? 'enough for a TRD claim' : 'not enough for a TRD claim';
  return `Failed treatment steps: ${s.failedSteps} of ${s.requiredSteps} needed${classes}; ${verdict}`;
}

function stepVerdict(step: AdequacySummary['steps'][number]): string {
  return step.counts ? 'failed, counts' : step.failed ? 'failed, the same drugs as an earlier step' : 'not failed';
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

/** Whose minimum duration is in force: the ATRQ's 6 weeks, or the configuration's own. */
function durationBasis(weeks: number): string {
  return weeks === DEFAULT_MINIMUM_WEEKS ? 'MGH ATRQ' : 'adequacy.minimum_weeks in the configuration';
}
