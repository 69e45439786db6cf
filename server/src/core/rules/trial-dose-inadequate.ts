import { citeLabel, EPSILON } from '../adequacy';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'trial-dose-inadequate',
    description: "a trial's daily dose reaches the drug's minimum adequate dose (MGH ATRQ)",
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    for (const t of ctx.analyses.adequacy.trials) {
      const level = t.level;
      const bound = level?.min;
      if (level && bound && t.generic !== undefined) {
        if (level.value >= bound.value - EPSILON) continue;
        const note = bound.uncertain ? '; the figure is uncertain' : '';
        ctx.report({
          ...ctx.doc.span([...t.path, 'dose'], 'value'),
          message: `${t.generic} serum level ${fmt(level.value)} ${level.unit} is below its minimum adequate level of ${fmt(bound.value)} ${level.unit} (${citeLabel(bound.src)}${note})`,
          data: { level: level.value, unit: level.unit, minLevel: bound.value },
        });
        continue;
      }
      if (t.doseMg === undefined || t.minDoseMg === undefined || t.generic === undefined) continue;
      if (t.doseMg >= t.minDoseMg - EPSILON) continue;
      const written = String(ctx.doc.get([...t.path, 'dose']));
      const mg = `${fmt(t.doseMg)} mg/day`;
      const shown = written === mg ? written : `${written} (${mg})`;
      const kind = t.role === 'augmentation' && !t.antidepressant ? 'usual minimum augmentation dose' : 'minimum adequate dose';
      const cite = citeLabel(t.minDoseSrc);
      const note = t.minDoseUncertain ? '; the figure is uncertain' : '';
      ctx.report({
        ...ctx.doc.span([...t.path, 'dose'], 'value'),
        message: `${t.generic} ${shown} is below its ${kind} of ${fmt(t.minDoseMg)} mg/day (${cite}${note})`,
        data: { doseMg: t.doseMg, minDoseMg: t.minDoseMg },
      });
    }
  },
};

function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
