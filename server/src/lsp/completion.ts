import type { CompletionContext, CompletionList, Position } from 'vscode-languageserver';
import type { DocState } from './state';

// Placeholder: the completion helper replaces this file.
export function provideCompletion(_state: DocState, _position: Position, _context?: CompletionContext): CompletionList {
  return { isIncomplete: false, items: [] };
}
