import type { Hover, Position } from 'vscode-languageserver';
import type { DocState } from './state';

// Placeholder: the hover helper replaces this file.
export function provideHover(_state: DocState, _position: Position): Hover | null {
  return null;
}
