import { RULES, severityFor } from '../core';
import type { StatusView } from '../protocol';
import type { DocState } from './state';

/** The language status of a document, from the configuration it was linted with (file and settings merged). */
export function statusOf(state: DocState): StatusView {
  const config = state.result.config;
  const rulesOff = RULES.filter((r) => severityFor(r, config) === 'off').map((r) => r.meta.id).sort();
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of state.result.findings) counts[f.severity]++;
  const view: StatusView = {
    rulesOn: RULES.length - rulesOff.length,
    rulesTotal: RULES.length,
    rulesOff,
    counts,
    lastLintMs: Math.round(state.lintMs),
  };
  if (state.env.configFile) view.configFile = state.env.configFile;
  if (state.env.configProblem) view.configBroken = state.env.configProblem;
  return view;
}
