import { citeLabel, EPSILON } from '../adequacy';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'trial-dose-above-max',
    description: "a trial's daily dose stays within the drug's usual maximum (highest labeled maximum)",
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    for (const t of ctx.analyses.adequacy.trials) {
      const level = t.level;
      const bound = level?.max;
      if (level && bound && t.generic !== undefined) {
        if (level.value <= bound.value + EPSILON) continue;
        const note = bound.uncertain ? '; the figure is uncertain' : '';
        ctx.report({
          ...ctx.doc.span([...t.path, 'dose'], 'value'),
          message: `${t.generic} serum level ${fmt(level.value)} ${level.unit} is above its usual upper level of ${fmt(bound.value)} ${level.unit} (${citeLabel(bound.src)}${note})`,
          data: { level: level.value, unit: level.unit, maxLevel: bound.value },
        });
        continue;
      }
      if (t.doseMg === undefined || t.maxDoseMg === undefined || t.generic === undefined) continue;
      if (t.doseMg <= t.maxDoseMg + EPSILON) continue;
      const written = String(ctx.doc.get([...t.path, 'dose']));
      const unit = t.generic === 'esketamine' ? 'mg per session' : 'mg/day';
      const mg = `${fmt(t.doseMg)} ${unit}`;
      const shown = written === mg ? written : `${written} (${mg})`;
      const kind = (t.role === 'augmentation' && !t.antidepressant ? 'usual maximum as an augmentation agent' : 'usual maximum') + (t.maxDoseBasis ? ` ${t.maxDoseBasis}` : '');
      const note = t.maxDoseUncertain ? '; the figure is uncertain' : '';
      ctx.report({
        ...ctx.doc.span([...t.path, 'dose'], 'value'),
        message: `${t.generic} ${shown} is above its ${kind} of ${fmt(t.maxDoseMg)} ${unit} (${citeLabel(t.maxDoseSrc)}${note})`,
        data: { doseMg: t.doseMg, maxDoseMg: t.maxDoseMg },
      });
    }
  },
};

function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
