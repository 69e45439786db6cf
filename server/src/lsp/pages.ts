import { renderArticle, renderReport, type PageLinks } from '../core';
import { REVEAL_LINE_COMMAND, SHOW_RULE_DOCUMENTATION_COMMAND, type PageKind, type RenderPageView } from '../protocol';
import type { DocState } from './state';

/** A `command:` URI with JSON arguments (what a VS Code webview link runs). */
function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The review report or the article preview of one version, with links the editor follows. */
export function renderPage(state: DocState, kind: PageKind, name: string): RenderPageView {
  const links: PageLinks = {
    line: (line) => commandUri(REVEAL_LINE_COMMAND, [state.uri, line]),
    rule: (id) => commandUri(SHOW_RULE_DOCUMENTATION_COMMAND, [id]),
  };
  const html = kind === 'report' ? renderReport(state.result, 'html', { name, links }) : renderArticle(state.result, 'html', { name, links });
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? name;
  return { html, title, version: state.version };
}
