import { InlayHintKind, type CodeLens, type InlayHint, type Range } from 'vscode-languageserver';
import type { AdequacySummary } from '../core';
import { before } from './convert';
import type { DocState } from './state';

/** The adequacy summary of one version (computed once; undefined when the text was not parsed). */
export function adequacySummary(state: DocState): AdequacySummary | undefined {
  if (state.result.refused) return undefined;
  return state.result.analyses.adequacy;
}

/** "adequate" or the reasons it is not ("3 < 6 weeks") after each trial's duration (or its period, when the duration is derived from it). */
export function provideInlayHints(state: DocState, range: Range): InlayHint[] {
  if (!state.env.settings.inlayHints) return [];
  const summary = adequacySummary(state);
  if (!summary) return [];
  const doc = state.result.document;
  const hints: InlayHint[] = [];
  for (const trial of summary.trials) {
    const path = trial.path;
    const key = trial.durationFrom === 'period' ? 'period' : 'duration';
    if (!path || !doc.has([...path, key])) continue;
    const span = doc.span([...path, key], 'value');
    const position = state.positions.position(span.end);
    if (before(position, range.start) || before(range.end, position)) continue;
    const label = trial.status === 'adequate' ? 'adequate' : (trial.reasons ?? []).join('; ');
    if (!label) continue; // e.g. a drug that adequacy does not count, with nothing to say
    hints.push({ position, label, kind: InlayHintKind.Parameter, paddingLeft: true });
  }
  return hints;
}

/** "2 adequate trials · Thase-Rush stage II" above `treatment_history`. */
export function provideCodeLenses(state: DocState): CodeLens[] {
  if (!state.env.settings.codeLens) return [];
  const summary = adequacySummary(state);
  const doc = state.result.document;
  if (!summary || !doc.has(['treatment_history'])) return [];
  const keySpan = doc.span(['treatment_history'], 'key');
  const n = summary.adequateCount;
  let title = `${n} adequate trial${n === 1 ? '' : 's'}`;
  if (Array.isArray(summary.steps)) title += ` · ${summary.failedSteps} of ${summary.requiredSteps} failed steps for TRD`;
  if (summary.thaseRush?.label) title += ` · ${summary.thaseRush.label}`;
  return [{ range: state.positions.range(keySpan), command: { title, command: '' } }];
}
