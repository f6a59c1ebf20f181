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
  const headroom = (budget - gz) / KB;
  rows.push([file, (buf.length / KB).toFixed(1), (gz / KB).toFixed(2), (budget / KB).toFixed(0), (headroom > 0 ? '+' : '') + headroom.toFixed(2), ok ? 'ok' : 'OVER']);
}
const head = ['entry', 'min KB', 'gzip KB', 'budget KB', 'headroom KB', ''];
const w = head.map((h, i) => Math.max(...rows.map((r) => r[i].length), h.length));
const line = (r) => r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
console.log(line(head));
rows.forEach((r) => console.log(line(r)));
if (failed) {
  const over = rows.filter((r) => r[5] === 'OVER').map((r) => `${r[0]} by ${r[4].slice(1)} KB`);
  console.error(`\nSize budget exceeded: ${over.join(', ')}.\n(node bench/run.mjs --only bytes shows which parts of the code base each entry's bytes come from.)`);
  process.exit(1);
}
