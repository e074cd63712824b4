/**
 * `npm run bench [-- --json] [-- --only <prefix>]`: measures every figure
 * against its baseline in the same process and prints a table, or
 * `{"figures":[…]}` with --json.
 */
import type { Figure, FigureSource } from './figure';
import { caseServiceLoad } from './figures/caseServiceLoad';
import { hostDownload } from './figures/hostDownload';
import { offlineCopy } from './figures/offlineCopy';

const sources: readonly FigureSource[] = [hostDownload, offlineCopy, caseServiceLoad];

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const figures: Figure[] = [];
for (const source of sources) {
  if (only && !source.name.startsWith(only)) continue;
  if (!json) console.error(`measuring ${source.name}…`);
  figures.push(...(await source.measure()));
}

if (json) {
  console.log(JSON.stringify({ figures }));
} else {
  const rows = figures.map((f) => [f.name, `${f.value} ${f.unit}`, `${f.baseline} ${f.unit}`, String(f.ratio), f.goal]);
  const header = ['figure', 'value', 'baseline', 'ratio', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
process.exit(0);
