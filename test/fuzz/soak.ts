/**
 * npm run soak -- [--edits N] [--seed S]
 *
 * 10,000 random edits on a 3,000-line document through the server. Holds when
 * the server's peak RSS grows less than 10% between edit 2,000 and the end, no
 * edit takes more than 1 s to be answered (every 10th edit is followed by a
 * diagnostics pull, timed; the others by nothing), and the final diagnostics
 * equal a fresh lint of the final text. Not part of `npm test`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { DocumentDiagnosticReport, Position } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/core';
import { LspClient, pullCapabilities } from '../support/lspClient';
import { samplesDir } from '../support/paths';
import { random } from './mutate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

/** The server's peak resident set (VmHWM), in MB. */
function peakRss(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  const edits = arg('edits', 10_000);
  const r = random(arg('seed', 14));
  let text = fs.readFileSync(path.join(samplesDir, 'clean', 'esketamine-care.case.yaml'), 'utf8');
  for (let i = 0; text.split('\n').length < 3000; i++) text += `  - id: soak-${i}\n    text: An invented reference number ${i} about depression care. 2020.\n`;
  const client = await LspClient.start({ capabilities: pullCapabilities() });
  const pid = client.process.pid!;
  const uri = pathToFileURL(path.join(client.rootPath, 'soak.case.yaml')).toString();
  client.openNoWait(uri, text, 1, 'case-report');
  const pull = (): Promise<DocumentDiagnosticReport> => client.request('textDocument/diagnostic', { textDocument: { uri } });
  await pull();
  let slowest = 0;
  let atEdit2000 = NaN;
  const t0 = Date.now();
  for (let e = 1; e <= edits; e++) {
    const cur = client.text(uri) ?? '';
    const lines = cur.split('\n');
    const line = Math.floor(r() * lines.length);
    const character = Math.floor(r() * ((lines[line]?.length ?? 0) + 1));
    const at: Position = { line, character };
    // Alternate inserting and deleting a few characters, so the size stays near 3,000 lines.
    if (e % 2 === 1) client.editNoWait(uri, { start: at, end: at }, ['x', ' ', ':', '\n  ', '- ', '"', 'ketamine', '#'][Math.floor(r() * 8)]!);
    else client.editNoWait(uri, { start: at, end: { line, character: Math.min(character + 1 + Math.floor(r() * 3), lines[line]?.length ?? 0) } }, '');
    if (e % 10 === 0) {
      const s = Date.now();
      await pull();
      slowest = Math.max(slowest, Date.now() - s);
    }
    if (e === 2000) atEdit2000 = peakRss(pid);
    if (e % 1000 === 0) console.log(`  edit ${e}: peak RSS ${peakRss(pid).toFixed(1)} MB, slowest answer ${slowest} ms (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  const final = await pull();
  const got = ('items' in final ? final.items : []).map((d) => JSON.stringify([d.range, d.code, d.message])).sort();
  const want = lint(client.text(uri) ?? '').findings.map((f) => JSON.stringify([f.range, f.rule, f.message])).sort();
  const atEnd = peakRss(pid);
  await client.stop();
  const growth = (atEnd - atEdit2000) / atEdit2000;
  const same = JSON.stringify(got) === JSON.stringify(want);
  console.log(`soak: ${edits} edits on ${text.split('\n').length} lines; peak RSS ${atEdit2000.toFixed(1)} MB at edit 2000, ${atEnd.toFixed(1)} MB at the end (${(growth * 100).toFixed(1)}%); slowest answer ${slowest} ms; final diagnostics ${same ? 'equal' : 'DIFFER from'} a fresh lint (${got.length} vs ${want.length})`);
  process.exitCode = growth < 0.1 && slowest <= 1000 && same ? 0 : 1;
}

void main();
