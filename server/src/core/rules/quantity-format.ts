import { isScalar } from 'yaml';
import type { CaseDocument, Path } from '../document';
import { expectedForm, parseQuantity, unitsFor, type QuantityKind } from '../quantity';
import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';
import { maskIdentifiers, quoteValue } from '../phi/quote';

/** Other spellings of accepted units, lower case, mapped to the accepted unit (plural where it matters). */
const SYNONYMS: Record<QuantityKind, Record<string, string>> = {
  dose: {
    'mg/d': 'mg/day', 'mg daily': 'mg/day', 'mg per day': 'mg/day', 'mg/24h': 'mg/day', 'mg/24 h': 'mg/day',
    'mcg/d': 'mcg/day', 'mcg daily': 'mcg/day', 'mcg per day': 'mcg/day',
    'µg': 'mcg', 'μg': 'mcg', 'ug': 'mcg', 'µg/day': 'mcg/day', 'μg/day': 'mcg/day', 'ug/day': 'mcg/day',
    'g/d': 'g/day', 'g daily': 'g/day', 'mg per kg': 'mg/kg', 'meq/l': 'mEq/L',
  },
  time: {
    mins: 'min', minute: 'min', minutes: 'min', 'min.': 'min',
    hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
    d: 'days', wk: 'weeks', wks: 'weeks', w: 'weeks',
    mo: 'months', mos: 'months', mth: 'months', mths: 'months',
    y: 'years', yr: 'years', yrs: 'years',
  },
  weight: { kgs: 'kg', kilograms: 'kg', kilogram: 'kg' },
};

/** Time units that have a singular and a plural form. */
const PLURAL: Record<string, string> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };
const SINGULAR: Record<string, string> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

/**
 * The canonical "<number> <unit>" for a value that is one only in spelling
 * ("60mg/day", "60  mg/day", "8 Weeks", "8 wks"), or undefined when the value
 * is something else (a range, a missing unit, a unit of another kind).
 */
export function canonicalQuantity(raw: string, kind: QuantityKind): string | undefined {
  const text = raw.trim();
  const num = /^\d+(?:\.\d+)?/.exec(text);
  if (!num) return undefined;
  let unit = text.slice(num[0].length).trim().replace(/\s+/g, ' ').replace(/ ?\/ ?/g, '/');
  if (unit === '') return undefined;
  const units = unitsFor(kind);
  const lower = unit.toLowerCase();
  let found = units.find((u) => u === unit) ?? units.find((u) => u.toLowerCase() === lower);
  if (!found) {
    const syn = SYNONYMS[kind][lower];
    if (!syn) return undefined;
    found = syn;
  }
  unit = found;
  const value = Number(num[0]);
  if (kind === 'time') {
    if (value === 1 && SINGULAR[unit]) unit = SINGULAR[unit] as string;
    else if (value !== 1 && PLURAL[unit]) unit = PLURAL[unit] as string;
  }
  const canonical = `${num[0]} ${unit}`;
  return canonical === raw ? undefined : canonical;
}

interface QuantityField {
  path: Path;
  kind: QuantityKind;
  label: string;
}

function quantityFields(doc: CaseDocument): QuantityField[] {
  const out: QuantityField[] = [];
  const add = (path: Path, kind: QuantityKind, label: string): void => {
    if (doc.has(path)) out.push({ path, kind, label });
  };
  for (const t of doc.items(['treatment_history'])) {
    if (!t.value || typeof t.value !== 'object' || Array.isArray(t.value)) continue;
    add([...t.path, 'dose'], 'dose', 'dose');
    add([...t.path, 'duration'], 'time', 'duration');
  }
  for (const iv of doc.items(['interventions'])) {
    for (const s of doc.items([...iv.path, 'sessions'])) {
      for (const a of doc.items([...s.path, 'administrations'])) {
        if (!a.value || typeof a.value !== 'object' || Array.isArray(a.value)) continue;
        add([...a.path, 'dose'], 'dose', 'dose');
        add([...a.path, 'after'], 'time', 'delay `after`');
      }
    }
  }
  add(['patient', 'weight'], 'weight', 'weight');
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'quantity-format',
    description: 'doses, durations, delays and body weight are written "<number> <unit>" with an accepted unit',
    defaultSeverity: 'error',
    category: 'structure',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const field of quantityFields(doc)) {
      const raw = doc.get(field.path);
      if (raw !== null && typeof raw === 'object') continue; // a list or map here is the schema's business
      const range = doc.span(field.path, 'value');
      if (raw === null || raw === undefined || raw === '') {
        ctx.report({ ...range, message: `${field.label} is empty; expected ${expectedForm(field.kind)}` });
        continue;
      }
      if (typeof raw !== 'string' && typeof raw !== 'number') {
        ctx.report({ ...range, message: `${field.label} ${quoteValue(String(raw))} is not a quantity; expected ${expectedForm(field.kind)}` });
        continue;
      }
      const parsed = parseQuantity(raw, field.kind);
      if (parsed.ok) continue;
      const canonical = typeof raw === 'string' ? canonicalQuantity(raw, field.kind) : undefined;
      const node = doc.node(field.path);
      const editSpan = node && isScalar(node) ? valueTextSpan(doc, field.path) : undefined;
      if (canonical && editSpan) {
        ctx.report({
          ...range,
          message: `${field.label} "${quoteValue(String(raw))}" should be written "${canonical}" ("<number> <unit>", one space, an accepted unit)`,
          fixes: [{ title: `Write "${canonical}"`, edits: [{ ...editSpan, newText: canonical }], safe: true, preferred: true }],
          data: { canonical },
        });
      } else {
        ctx.report({ ...range, message: `${field.label} ${maskIdentifiers(parsed.reason)}` });
      }
    }
  },
};
