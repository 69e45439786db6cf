import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';

/**
 * The part of an LSP connection CaselintServer uses, for in-process tests:
 * every request and notification resolves at once; published diagnostics go
 * to `onPublish`, and settings come from `getConfiguration` (none by default).
 */
export function fakeConnection(
  onPublish: (p: PublishDiagnosticsParams) => void = () => {},
  getConfiguration: () => Promise<unknown> = () => Promise.resolve({}),
): Connection {
  const resolved = (): Promise<void> => Promise.resolve();
  return {
    sendDiagnostics: (p: PublishDiagnosticsParams) => {
      onPublish(p);
      return resolved();
    },
    workspace: { getConfiguration },
    client: { register: resolved },
    languages: { diagnostics: { refresh: resolved }, inlayHint: { refresh: resolved } },
    sendRequest: resolved,
    sendNotification: resolved,
  } as unknown as Connection;
}
