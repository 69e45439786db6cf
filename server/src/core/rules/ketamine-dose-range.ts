import { patientWeightKg } from '../adequacy';
import type { KetamineCeiling } from '../knowledge';
import { parseQuantity, toMg } from '../quantity';
import type { Rule } from '../rule';

/**
 * One ketamine administration above the usual ceiling for its route, or an
 * esketamine session above 84 mg (rules.md). Ceilings: knowledge/ketamine.json,
 * overridden per route by `ketamine.ceilings` in the configuration.
 */
export const rule: Rule = {
  meta: {
    id: 'ketamine-dose-range',
    description: 'each ketamine administration stays under the usual ceiling for its route; esketamine at most 84 mg per session',
    defaultSeverity: 'warning',
    category: 'adequacy',
  },
  check(ctx) {
    const ceilings: Record<string, KetamineCeiling> = { ...ctx.kb.ketamine().ceilings };
    for (const [route, text] of Object.entries(ctx.config.ketamine?.ceilings ?? {})) {
      const c = parseCeiling(text);
      if (c) ceilings[route.toLowerCase()] = c;
    }
    const weight = patientWeightKg(ctx.doc);
    for (const iv of ctx.doc.items(['interventions'])) {
      for (const session of ctx.doc.items([...iv.path, 'sessions'])) {
        let esketamineTotal = 0;
        let esketamineReported = false;
        const number = (session.value as Record<string, unknown> | null)?.number;
        const sessionName = typeof number === 'number' || typeof number === 'string' ? `session ${number}` : 'one session';
        for (const adm of ctx.doc.items([...session.path, 'administrations'])) {
          if (!adm.value || typeof adm.value !== 'object') continue;
          const a = adm.value as Record<string, unknown>;
          if (typeof a.drug !== 'string') continue;
          const generic = ctx.kb.drug(a.drug)?.name;
          if (generic !== 'ketamine' && generic !== 'esketamine') continue;
          const q = parseQuantity(a.dose, 'dose');
          if (!q.ok) continue;
          const span = ctx.doc.span([...adm.path, 'dose'], 'value');
          if (generic === 'esketamine') {
            const c = ceilings['esketamine'];
            const mg = toMg(q.quantity, weight);
            if (!c?.mg || mg === undefined) continue;
            esketamineTotal += mg;
            if (esketamineTotal > c.mg && !esketamineReported) {
              esketamineReported = true;
              const total = esketamineTotal === mg ? `${fmt(mg)} mg` : `${fmt(esketamineTotal)} mg in all`;
              ctx.report({
                ...span,
                message: `esketamine ${total} in ${sessionName} is above the usual ceiling of ${fmt(c.mg)} mg per session (Spravato label: 56 or 84 mg)`,
                data: { doseMg: esketamineTotal, ceilingMg: c.mg },
              });
            }
            continue;
          }
          const route = typeof a.route === 'string' ? a.route.toLowerCase() : undefined;
          if (!route) continue;
          const c = ceilings[route];
          if (!c) continue;
          const verdict = judge(q.quantity.value, q.quantity.unit, c, weight);
          if (!verdict) continue;
          ctx.report({
            ...span,
            message: `ketamine ${q.quantity.text}${verdict.doseNote} ${route} is above the usual ceiling of ${verdict.ceiling} for one ${route} administration`,
            data: { route, ceiling: verdict.ceiling },
          });
        }
      }
    }
  },
};

interface Verdict {
  ceiling: string;
  doseNote: string;
}

/** Above the ceiling? Per kg when the weight is known (or the dose is per kg), else the flat ceiling. */
function judge(value: number, unit: string, c: KetamineCeiling, weight: number | undefined): Verdict | undefined {
  const perKgDose = unit === 'mg/kg';
  const mg = toMg({ value, unit, text: '' }, weight);
  if (c.perKgMg !== undefined && weight !== undefined && mg !== undefined) {
    const limit = c.perKgMg * weight;
    if (mg <= limit + 1e-9) return undefined;
    return { ceiling: `${fmt(c.perKgMg)} mg/kg (${fmt(limit)} mg for ${fmt(weight)} kg)`, doseNote: perKgDose ? ` (${fmt(mg)} mg)` : '' };
  }
  if (perKgDose && c.perKgMg !== undefined) {
    return value > c.perKgMg + 1e-9 ? { ceiling: `${fmt(c.perKgMg)} mg/kg`, doseNote: '' } : undefined;
  }
  if (!perKgDose && mg !== undefined && c.mg !== undefined) {
    const reason = c.perKgMg !== undefined ? ' without patient.weight' : '';
    return mg > c.mg + 1e-9 ? { ceiling: `${fmt(c.mg)} mg${reason}`, doseNote: '' } : undefined;
  }
  return undefined;
}

/** "150 mg" -> { mg: 150 }; "1 mg/kg" -> { perKgMg: 1 }. */
function parseCeiling(text: unknown): KetamineCeiling | undefined {
  const q = parseQuantity(text, 'dose');
  if (!q.ok) return undefined;
  if (q.quantity.unit === 'mg/kg') return { perKgMg: q.quantity.value };
  const mg = toMg(q.quantity);
  return mg === undefined ? undefined : { mg };
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
