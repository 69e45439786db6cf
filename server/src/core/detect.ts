/** format.md, Files: `*.case.yaml` / `*.case.yml`, or any YAML file whose first top-level key is `caselint`. */
export function isCaseFileName(fileName: string): boolean {
  return /\.case\.ya?ml$/i.test(fileName);
}

export function isCaseDocument(fileName: string, text: string): boolean {
  if (isCaseFileName(fileName)) return true;
  if (!/\.ya?ml$/i.test(fileName)) return false;
  return firstKeyIsCaselint(text);
}

/** True when the first top-level key (after comments, blank lines and `---`) is `caselint`. */
export function firstKeyIsCaselint(text: string): boolean {
  let i = 0;
  const n = Math.min(text.length, 64 * 1024);
  while (i < n) {
    const eol = text.indexOf('\n', i);
    const line = text.slice(i, eol === -1 ? n : eol).replace(/\r$/, '');
    const t = line.trim();
    i = eol === -1 ? n : eol + 1;
    if (t === '' || t.startsWith('#') || t === '---' || t.startsWith('%')) continue;
    return /^caselint\s*:/.test(line);
  }
  return false;
}
