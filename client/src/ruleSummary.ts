/** The one-paragraph summary of a rule page: its first line after the generated header (not a heading, the severity line or a comment). */
export function pageSummary(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t.startsWith('Default severity') || t.startsWith('<!--')) continue;
    return t.length > 160 ? t.slice(0, 157) + '...' : t;
  }
  return '';
}
