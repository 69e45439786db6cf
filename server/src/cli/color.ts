/**
 * Whether the report is coloured (cli.md, `--color`): the option wins; else
 * FORCE_COLOR (`0` or `false` turns colours off, any other value on), else
 * NO_COLOR (set and not empty: off), else colours when standard output is a
 * terminal. A report written to a file (-o) is never coloured unless --color.
 */
export function useColor(option: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean, toFile: boolean): boolean {
  if (option !== undefined) return option;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return !toFile && isTTY;
}
