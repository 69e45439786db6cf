/**
 * The language server's own command line, checked before any connection is
 * made: `--version` and `--help` answer and exit 0; an unknown option or no
 * transport prints the usage and exits 2. The transports are those
 * vscode-languageserver's createConnection reads from argv.
 */
export const SERVER_USAGE = [
  'Usage: caselint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name> [--clientProcessId=<pid>]',
  '       caselint-language-server --version | --help',
  '',
  'The caselint language server: editors start it and talk LSP over the chosen transport.',
  '',
].join('\n');

const TRANSPORT = /^(--stdio|--node-ipc|--socket=\d+|--pipe=\S+)$/;
const EXTRA = /^--clientProcessId=\d+$/;

export type ServerArgs = { run: true } | { run: false; exitCode: number; stdout?: string; stderr?: string };

export function checkServerArgs(argv: readonly string[], version: string): ServerArgs {
  if (argv.includes('--version') || argv.includes('-v')) return { run: false, exitCode: 0, stdout: `${version}\n` };
  if (argv.includes('--help') || argv.includes('-h')) return { run: false, exitCode: 0, stdout: SERVER_USAGE };
  let transports = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (TRANSPORT.test(arg)) transports++;
    else if (EXTRA.test(arg)) continue;
    else if ((arg === '--socket' || arg === '--pipe' || arg === '--clientProcessId') && argv[i + 1] !== undefined) {
      if (arg !== '--clientProcessId') transports++;
      i++;
    } else return { run: false, exitCode: 2, stderr: `caselint-language-server: unknown option ${arg.slice(0, 100)}\n${SERVER_USAGE}` };
  }
  if (transports !== 1) return { run: false, exitCode: 2, stderr: `caselint-language-server: ${transports === 0 ? 'no transport given' : 'give one transport'}\n${SERVER_USAGE}` };
  return { run: true };
}
