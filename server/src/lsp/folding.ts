import { isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { FoldingRange } from 'vscode-languageserver';
import type { DocState } from './state';

/**
 * Folding for maps, sequences and block scalars that span more than one
 * line: from the line of their key (or `-` item) to their last line with
 * content.
 */
export function provideFoldingRanges(state: DocState): FoldingRange[] {
  if (state.result.refused) return [];
  const doc = state.result.document;
  const positions = state.positions;
  const text = doc.text;
  const out: FoldingRange[] = [];
  const lastContent = (end: number): number => {
    let e = Math.min(end, text.length);
    while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
    return Math.max(0, e - 1);
  };
  const add = (startOffset: number, endOffset: number, minLines = 2): void => {
    const startLine = positions.position(startOffset).line;
    const endLine = positions.position(lastContent(endOffset)).line;
    if (endLine - startLine + 1 >= minLines) out.push({ startLine, endLine });
  };
  const isBlockScalar = (node: YamlNode): boolean =>
    isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  // A block scalar folds when its content (below the `key: |` line) has more than one line.
  const minLinesFor = (node: YamlNode): number => (isBlockScalar(node) ? 3 : 2);
  const foldable = (node: YamlNode): boolean => isMap(node) || isSeq(node) || isBlockScalar(node);

  const visit = (node: YamlNode | null | undefined, depth: number): void => {
    if (!node || depth > 500) return;
    if (!isMap(node) && !isSeq(node)) return;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        const key = item.key as YamlNode | null;
        const value = item.value as YamlNode | null;
        if (value && foldable(value) && value.range) {
          add(key?.range?.[0] ?? value.range[0], value.range[1], minLinesFor(value));
        }
        visit(value, depth + 1);
      } else {
        const n = item as YamlNode | null;
        if (n && foldable(n) && n.range) add(n.range[0], n.range[1], minLinesFor(n));
        visit(n, depth + 1);
      }
    }
  };
  visit(doc.yaml.contents as YamlNode | null, 0);
  return out;
}
