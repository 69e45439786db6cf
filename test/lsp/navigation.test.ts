import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { provideDefinition, provideReferences, provideRename } from '../../server/src/lsp/navigation';
import { provideSemanticTokens } from '../../server/src/lsp/semanticTokens';
import { stateAtCursor } from '../support/docState';

const SRC = `caselint: 1
type: case-report
introduction: |
  As @fava-2003 notes, two trials define it [@gaynes-2020]; @{fava-2003}
  agrees, and so does "@fava-2003" below. Write to fava-2003@example.org.
course: "(@fava-2003) and https://example.org/@fava-2003"
references:
  - id: fava-2003
    text: An invented reference about staging models. 2003.
  - id: gaynes-2020
    text: An invented reference about definitions of resistance. 2020.
`;

/** The text each location covers, with its line. */
function covered(text: string, locs: Location[] | null): string[] {
  const doc = TextDocument.create('file:///x', 'yaml', 1, text);
  return (locs ?? []).map((l) => `${l.range.start.line}:${text.slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end))}`);
}

describe('navigation: in-text citations (in process)', () => {
  const at = (needle: string, delta: number): string => {
    const i = SRC.indexOf(needle);
    assert.ok(i >= 0, needle);
    return `${SRC.slice(0, i + delta)}$0${SRC.slice(i + delta)}`;
  };

  it('goes from an in-text key, or its @, to the reference', () => {
    for (const [needle, delta] of [['@fava-2003 notes', 3], ['@{fava-2003}', 4], ['(@fava-2003)', 5]] as const) {
      const { state, text, position } = stateAtCursor(at(needle, delta));
      assert.deepStrictEqual(covered(text, provideDefinition(state, position)), ['7:fava-2003'], needle);
    }
  });

  it('finds and renames every use, in-text and bracketed, and no address or URL', () => {
    const { state, text, position } = stateAtCursor(at('id: fava-2003', 6));
    assert.deepStrictEqual(covered(text, provideReferences(state, position, false)), ['3:fava-2003', '3:fava-2003', '4:fava-2003', '5:fava-2003']);
    const edit = provideRename(state, position, 'fava-2004');
    const edits = (edit?.documentChanges?.[0] as TextDocumentEdit).edits as TextEdit[];
    const renamed = TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits);
    assert.ok(renamed.includes('As @fava-2004 notes'), renamed);
    assert.ok(renamed.includes('@{fava-2004}') && renamed.includes('"@fava-2004"') && renamed.includes('(@fava-2004)'), renamed);
    assert.ok(renamed.includes('fava-2003@example.org') && renamed.includes('https://example.org/@fava-2003'), renamed);
  });

  it('marks in-text keys as citations in the semantic tokens', () => {
    const { state } = stateAtCursor(`${SRC}$0`);
    // Each token is 5 numbers: line delta, start delta, length, type, modifiers.
    const data = provideSemanticTokens(state);
    let line = 0;
    const lines: number[] = [];
    for (let i = 0; i < data.length; i += 5) {
      line += data[i] as number;
      if (data[i + 2] === 'fava-2003'.length) lines.push(line);
    }
    assert.deepStrictEqual(lines, [3, 3, 4, 5, 7]);
  });
});
