import { isMap, isScalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { CaseDocument } from '../document';
import type { Fix, TextEdit } from '../types';

/*
 * Edits that complete the `deidentification` block: used by the quick fixes
 * of deidentification-missing and consent-missing. Each builder returns
 * undefined when the document's shape leaves no obvious place for the edit
 * (a flow-style root, a deidentification value that is a list...).
 */

/** The statement a quick fix writes; the editor selects it so the author can make it true. */
export const STATEMENT_TEMPLATE =
  'Details that could identify the patient (name, dates, places) have been removed or changed; the changes do not alter the clinical picture.';

export const CONSENT_VALUES = ['obtained', 'waived', 'not-required'] as const;

type AnyPair = Pair<YamlNode | null, YamlNode | null>;

function deidPair(doc: CaseDocument): AnyPair | undefined {
  return doc.pair(['deidentification']) as AnyPair | undefined;
}

function column(doc: CaseDocument, offset: number): number {
  return doc.lines.position(offset).character;
}

/** Offset at the end of the line where a node's content ends (after a trailing comment). */
function endOfLastLine(doc: CaseDocument, end: number): number {
  let e = end;
  while (e > 0 && (doc.text[e - 1] === '\n' || doc.text[e - 1] === '\r')) e--;
  return doc.lines.lineEnd(doc.lines.position(e).line);
}

/** The indentation children of the top-level `deidentification` key get. */
function childIndent(doc: CaseDocument, key: YamlNode): string {
  return ' '.repeat(column(doc, key.range?.[0] ?? 0) + 2);
}

/** Replace a null value (empty, `~` or `null`) of `pair` by lines under its key. */
function fillNullValue(doc: CaseDocument, pair: AnyPair, lines: string[], select?: { line: number; from: number; length: number }): { edits: TextEdit[]; selection?: { start: number; end: number } } | undefined {
  const key = pair.key;
  if (!key?.range) return undefined;
  const value = pair.value;
  const edits: TextEdit[] = [];
  let removed = 0;
  if (value && isScalar(value) && value.range && value.range[1] > value.range[0]) {
    edits.push({ start: value.range[0], end: value.range[1], newText: '' });
    removed = value.range[1] - value.range[0];
  }
  const at = doc.lines.lineEnd(doc.lines.position(key.range[0]).line);
  const indent = childIndent(doc, key);
  const newText = lines.map((l) => `\n${indent}${l}`).join('');
  edits.push({ start: at, end: at, newText });
  if (!select) return { edits };
  let off = at - removed;
  for (let i = 0; i < select.line; i++) off += 1 + indent.length + (lines[i] ?? '').length;
  off += 1 + indent.length + select.from;
  return { edits, selection: { start: off, end: off + select.length } };
}

/** The fix for deidentification-missing, or undefined. */
export function statementFix(doc: CaseDocument): Fix | undefined {
  const title = 'Add a de-identification statement';
  const pair = deidPair(doc);
  const stmtLine = `statement: ${STATEMENT_TEMPLATE}`;
  const consentLine = 'consent: obtained  # or: waived, not-required';
  if (!pair) {
    const root = doc.yaml.contents as YamlNode | null;
    if (!root || !isMap(root) || root.flow) return undefined;
    const text = doc.text;
    const prefix = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    const head = `${prefix}deidentification:\n  statement: `;
    const newText = `${head}${STATEMENT_TEMPLATE}\n  ${consentLine}\n`;
    const start = text.length + head.length;
    return {
      title,
      edits: [{ start: text.length, end: text.length, newText }],
      selection: { start, end: start + STATEMENT_TEMPLATE.length },
      preferred: true,
    };
  }
  const value = pair.value;
  if (!value || (isScalar(value) && value.value === null)) {
    const r = fillNullValue(doc, pair, [stmtLine, consentLine], { line: 0, from: 'statement: '.length, length: STATEMENT_TEMPLATE.length });
    return r && { title, edits: r.edits, selection: r.selection, preferred: true };
  }
  if (!isMap(value)) return undefined;
  const map = value as YAMLMap<YamlNode, YamlNode | null>;
  const stmt = map.items.find((p) => isScalar(p.key) && p.key.value === 'statement') as AnyPair | undefined;
  if (!stmt) {
    if (map.flow) return undefined;
    const first = map.items[0]?.key;
    if (!first?.range) return undefined;
    const at = first.range[0];
    const indent = ' '.repeat(column(doc, at));
    return {
      title,
      edits: [{ start: at, end: at, newText: `${stmtLine}\n${indent}` }],
      selection: { start: at + 'statement: '.length, end: at + 'statement: '.length + STATEMENT_TEMPLATE.length },
      preferred: true,
    };
  }
  const sv = stmt.value;
  const replacement = map.flow ? JSON.stringify(STATEMENT_TEMPLATE) : STATEMENT_TEMPLATE;
  const inner = map.flow ? 1 : 0;
  if (!sv || !isScalar(sv) || !sv.range) {
    const keyEnd = stmt.key?.range?.[1];
    if (keyEnd === undefined) return undefined;
    const at = keyEnd + 1; // after the colon
    return {
      title,
      edits: [{ start: at, end: at, newText: ` ${replacement}` }],
      selection: { start: at + 1 + inner, end: at + 1 + inner + STATEMENT_TEMPLATE.length },
      preferred: true,
    };
  }
  const [s, e] = sv.range;
  if (s === e) {
    const before = doc.text[s - 1] === ' ' ? '' : ' ';
    const after = doc.text[s] === '#' ? ' ' : '';
    const start = s + before.length + inner;
    return {
      title,
      edits: [{ start: s, end: s, newText: `${before}${replacement}${after}` }],
      selection: { start, end: start + STATEMENT_TEMPLATE.length },
      preferred: true,
    };
  }
  // An empty quoted or block scalar: replace it (a block scalar keeps its line break).
  const keepNewline = doc.text[e - 1] === '\n' ? '\n' : '';
  return {
    title,
    edits: [{ start: s, end: e, newText: `${replacement}${keepNewline}` }],
    selection: { start: s + inner, end: s + inner + STATEMENT_TEMPLATE.length },
    preferred: true,
  };
}

/** The fixes for consent-missing (one per allowed value, `obtained` first), or none. */
export function consentFixes(doc: CaseDocument): Fix[] {
  const pair = deidPair(doc);
  if (!pair) return [];
  const value = pair.value;
  return CONSENT_VALUES.map((v, i): Fix | undefined => {
    const title = `Add consent: ${v}`;
    const preferred = i === 0;
    if (!value || (isScalar(value) && value.value === null)) {
      const r = fillNullValue(doc, pair, [`consent: ${v}`]);
      return r && { title, edits: r.edits, preferred };
    }
    if (!isMap(value) || !value.range) return undefined;
    const map = value as YAMLMap<YamlNode, YamlNode | null>;
    const existing = map.items.find((p) => isScalar(p.key) && p.key.value === 'consent') as AnyPair | undefined;
    if (existing) {
      const sv = existing.value;
      if (sv && isScalar(sv) && sv.range && sv.range[0] === sv.range[1]) {
        const s = sv.range[0];
        const before = doc.text[s - 1] === ' ' ? '' : ' ';
        const after = doc.text[s] === '#' ? ' ' : '';
        return { title, edits: [{ start: s, end: s, newText: `${before}${v}${after}` }], preferred };
      }
      if (sv && isScalar(sv) && sv.range) {
        return { title, edits: [{ start: sv.range[0], end: sv.range[1], newText: v }], preferred };
      }
      return undefined;
    }
    if (map.flow) {
      const close = doc.text.lastIndexOf('}', value.range[1]);
      if (close < value.range[0]) return undefined;
      const sep = map.items.length > 0 ? ', ' : ' ';
      return { title, edits: [{ start: close, end: close, newText: `${sep}consent: ${v} ` }], preferred };
    }
    const last = map.items[map.items.length - 1];
    const firstKey = map.items[0]?.key;
    if (!last || !firstKey?.range) return undefined;
    const end = (last.value as YamlNode | null)?.range?.[1] ?? (last.key as YamlNode | null)?.range?.[1];
    if (end === undefined) return undefined;
    const at = endOfLastLine(doc, end);
    const indent = ' '.repeat(column(doc, firstKey.range[0]));
    return { title, edits: [{ start: at, end: at, newText: `\n${indent}consent: ${v}` }], preferred };
  }).filter((f): f is Fix => f !== undefined);
}
