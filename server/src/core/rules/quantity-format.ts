import { isScalar } from 'yaml';
import type { CaseDocument, Path } from '../document';
import { expectedForm, parseQuantity, type QuantityKind } from '../quantity';
import type { Rule } from '../rule';
import { valueTextSpan } from '../symbols';
import { maskIdentifiers, quoteValue } from '../phi/quote';

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
      if (raw === null || raw === undefined || raw === '') {
        ctx.report({ ...doc.span(field.path, 'value'), message: `${field.label} is empty; expected ${expectedForm(field.kind)}` });
        continue;
      }
      if (typeof raw !== 'string' && typeof raw !== 'number') {
        ctx.report({ ...doc.span(field.path, 'value'), message: `${field.label} ${quoteValue(String(raw))} is not a quantity; expected ${expectedForm(field.kind)}` });
        continue;
      }
      const reading = ctx.analyses.quantity(field.path, field.kind);
      if (reading.ok && reading.canonical === undefined) continue;
      const canonical = reading.ok ? reading.canonical : undefined;
      const range = doc.span(field.path, 'value');
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
        const parsed = reading.ok ? parseQuantity(raw, field.kind) : reading;
        ctx.report({ ...range, message: `${field.label} ${parsed.ok ? 'is not canonical' : maskIdentifiers(parsed.reason)}` });
      }
    }
  },
};
