import type { DocumentLink } from 'vscode-languageserver';
import { documentLinks } from '../core';
import type { DocState } from './state';

/** DOIs, PMIDs and URLs of the article and its references, linked to their resolver pages (core/links.ts). */
export function provideDocumentLinks(state: DocState): DocumentLink[] {
  return documentLinks(state.result.document).map((l) => ({
    range: state.positions.range(l),
    target: l.target,
    tooltip: l.kind === 'doi' ? 'Open at doi.org' : l.kind === 'pmid' ? 'Open in PubMed' : 'Open the page',
  }));
}
