// node bench/bytes-menu.mjs: what each feature and element weighs in plenary.js, for a product decision on
// issue 9's byte targets. Each row builds src/index.ts as `npm run build` does (scripts/lib-config.mjs), with
// some modules replaced by stubs (every export a no-op; the call sites stay, so a row slightly understates the
// saving) or some elements left out of the entry. Estimates: nothing here is a shippable build. Writes nothing
// outside bench/tmp/.
import { build } from 'vite';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { libConfig, valueExports } from '../scripts/lib-config.mjs';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const tmp = fileURLToPath(new URL('./tmp/', import.meta.url));

/** Replace each named module by stubs: a class for a capitalised name, else a function returning its argument. */
const stubs = (files, seen) => ({
  name: 'bytes-menu-stubs',
  enforce: 'pre',
  load(id) {
    if (!files.some((f) => id === src + f)) return;
    seen.add(id.slice(src.length));
    return valueExports(id).map((n) => (/^[A-Z][a-z]/.test(n) ? `export class ${n} {}` : `export const ${n} = (a) => a;`)).join('\n');
  },
});

const ELEMENTS = { countdown: 'elements/countdown/plenary-countdown', schedule: 'elements/schedule/plenary-schedule', 'speaker grid': 'elements/speaker-grid/plenary-speaker-grid', 'sponsor strip': 'elements/sponsor-strip/plenary-sponsor-strip' };
const FEATURES = {
  '.ics export': ['time/ics.ts'],
  'JSON-LD (structured data)': ['context/structured-data.ts'],
  'feed adapters (frab, Sessionize)': ['data/adapters/index.ts', 'data/adapters/detect.ts'],
  "schedule's grid view": ['elements/schedule/schedule.layout.ts'],
};
const rows = [['everything (plenary.js today)', [], []]];
for (const [k, f] of Object.entries(FEATURES)) rows.push([`without ${k}`, f, []]);
for (const k of Object.keys(ELEMENTS)) rows.push([`without the ${k}`, [], [k]]);
const allFeatures = Object.values(FEATURES).flat();
rows.push(['without all four features above', allFeatures, []]);
rows.push(['provider and schedule only', [], ['countdown', 'speaker grid', 'sponsor strip']]);
rows.push(['provider and schedule only, without all four features', allFeatures, ['countdown', 'speaker grid', 'sponsor strip']]);

mkdirSync(tmp, { recursive: true });
const dir = mkdtempSync(tmp + 'bytes-menu-');
let n = 0;
/** One bundle of an entry (a file, or `text` written to one), built as the build builds it, with `files` stubbed: [min KB, gzip KB]. */
async function weigh({ file, text }, { files = [], split = false } = {}) {
  const i = n++;
  const entry = file ?? `${dir}/e${i}.ts`;
  if (text) writeFileSync(entry, text);
  const cfg = libConfig({ entry, outDir: `${dir}/out${i}`, fileName: 'e.js', split });
  const seen = new Set();
  cfg.plugins.unshift(stubs(files, seen));
  await build(cfg);
  const missed = files.filter((f) => !seen.has(f));
  if (missed.length) throw new Error(`bytes-menu: ${missed.join(', ')} not in the bundle (renamed?)`);
  const bytes = readFileSync(`${dir}/out${i}/e.js`);
  return [bytes.length / 1024, gzipSync(bytes, { level: 9 }).length / 1024];
}
const out = [];
const floor = [];
try {
  for (const [label, files, drop] of rows) {
    const keep = Object.entries(ELEMENTS).filter(([k]) => !drop.includes(k)).map(([, m]) => m);
    const text = [`import '${src}internal/prefetch.js';`, `export * from '${src}context/plenary-conference.js';`, ...keep.map((m) => `export * from '${src}${m}.js';`), `export { VERSION } from '${src}internal/version.js';`].join('\n');
    out.push([label, ...(await weigh({ text }, { files }))]);
  }
  // The floor of an element's own entry (target 12 KB, the schedule's 22): an element on the shared base class that
  // renders only the conference's name, bundled alone as `npm run build` bundles dist/entries/*.js (code loaded on
  // demand, the loader and the feed readers, goes to chunks that are not counted), beside the real entries.
  const text = [`import { html } from 'lit';`, `import { PlenaryElement } from '${src}internal/plenary-element.js';`, `import { define } from '${src}internal/define.js';`, `export class Floor extends PlenaryElement { protected renderContent(c: { name: unknown }) { return html\`${'${'}this.text(c.name as never)}\`; } }`, `define('plenary-floor', Floor);`].join('\n');
  floor.push(['an element that renders only the name (the floor)', ...(await weigh({ text }, { split: true }))]);
  for (const [k, m] of Object.entries(ELEMENTS)) floor.push([`the ${k}'s own entry`, ...(await weigh({ file: `${src}${m}.ts` }, { split: true }))]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const base = out[0][2];
console.log('| plenary.js | min KB | gzip KB | saved KB |\n| --- | ---: | ---: | ---: |');
for (const [label, min, gz] of out) console.log(`| ${label} | ${min.toFixed(1)} | ${gz.toFixed(2)} | ${gz === base ? '' : (base - gz).toFixed(2)} |`);
console.log('\nTarget for plenary.js (every element, all six UI languages, the feed adapters): 30 KB gzip.\n');
console.log('| one element alone (dist/entries) | min KB | gzip KB |\n| --- | ---: | ---: |');
for (const [label, min, gz] of floor) console.log(`| ${label} | ${min.toFixed(1)} | ${gz.toFixed(2)} |`);
console.log('\nTargets: 22 KB gzip for the schedule, 12 KB for each other element, Lit included.');
