// npm run size: gzip size of each built entry against its budget (run after npm run build).
// Budgets are the performance issue's: lowering them is welcome; raising one needs a reason in the commit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = {
  'dist/plenary.js': 30 * KB,
  'dist/plenary.iife.js': 30 * KB,
  'dist/entries/plenary-schedule.js': 22 * KB,
};
const DEFAULT_ENTRY_BUDGET = 12 * KB;

const files = ['dist/plenary.js', 'dist/plenary.iife.js', ...readdirSync('dist/entries').filter((f) => f.endsWith('.js')).map((f) => `dist/entries/${f}`)];
let failed = false;
const rows = [];
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`missing ${file}: run npm run build first`);
    process.exit(1);
  }
  const buf = readFileSync(file);
  const gz = gzipSync(buf, { level: 9 }).length;
  const budget = budgets[file] ?? DEFAULT_ENTRY_BUDGET;
  const ok = gz <= budget;
  failed ||= !ok;
  rows.push([file, (buf.length / KB).toFixed(1), (gz / KB).toFixed(2), (budget / KB).toFixed(0), ok ? 'ok' : 'OVER']);
}
const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length), ['entry', 'min KB', 'gzip KB', 'budget KB', ''][i].length));
const line = (r) => r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
console.log(line(['entry', 'min KB', 'gzip KB', 'budget KB', '']));
rows.forEach((r) => console.log(line(r)));
if (failed) {
  console.error('\nSize budget exceeded.');
  process.exit(1);
}
