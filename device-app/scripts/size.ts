/**
 * Reports what the panel page costs a printer's panel to download: every asset the built page loads
 * (scripts, preloaded chunks, stylesheets), gzipped at level 9, against the budget (issue: panel size
 * budget, 35 KB). Exits 1 when over budget. Run after `npm run build`: `npm run size`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 35 * 1024;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const page = path.join(dist, 'device-app/index.html');

if (!fs.existsSync(page)) {
  process.stderr.write('dist/device-app/index.html is missing: run `npm run build` first.\n');
  process.exit(2);
}
const html = fs.readFileSync(page, 'utf8');
const assets = [...new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!))];
const rows = assets.map((asset) => {
  const bytes = fs.readFileSync(path.join(dist, asset));
  return { asset, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
for (const r of rows)
  process.stdout.write(`${r.asset.padEnd(36)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip\n`);
process.stdout.write(
  `${'panel total'.padEnd(36)} ${''.padStart(13)} ${kb(total).padStart(9)} gzip (budget ${kb(BUDGET_BYTES)})\n`,
);
if (total > BUDGET_BYTES) {
  process.stderr.write(`Over budget by ${kb(total - BUDGET_BYTES)}.\n`);
  process.exit(1);
}
