// npm run size: gzip size of each built entry against its budget (run after npm run build).
// Budgets are the performance issue's: lowering them is welcome; raising one needs a reason in the commit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
// Issue 9's targets (gzip). Not yet met: see the reason below.
const targets = {
  'dist/plenary.js': 30 * KB,
  'dist/plenary.iife.js': 30 * KB,
  'dist/entries/plenary-schedule.js': 22 * KB,
};
const DEFAULT_ENTRY_TARGET = 12 * KB;
// The budgets CI enforces: what each entry measured on 2026-11-30 (second pass) plus about 0.5 KB, so no change
// can add bytes unnoticed. Above the targets, with this reason: with every feature issues 3-8 ask for, each
// element entry carries the shared foundation, ~13 KB before any widget code (Lit 5.5 + @lit/context 0.5,
// data parsing and loading ~4.5, base/loader/lazy/styles ~2.5, time ~1, i18n ~0.9), because each widget also
// works alone with its own src; the schedule's own code, styles and six languages are ~11 KB. The provider,
// which renders no template, meets its target (9.7 KB).
// plenary.js was raised from 46.5 to 47 in that pass, on purpose: its licence line (Lit's notice was being
// lost in minification), the early data request (prefetch.ts), Temporal offsets (no ICU set-up while parsing)
// and the wrappers of the on-demand chunks that took 1-4 KB off every element entry cost 1.4 KB together.
// Third pass: 46.37 -> 46.28 (the minifier's /* @__PURE__ */ marks dropped, -150 B; Trusted Types support, +170 B),
// so plenary.js is back to 46.8 and the countdown to 19.5.
// The sponsor strip was raised from 19.1 to 19.2 on purpose: a provider or widget no longer reads its inline JSON
// while the parser may still be adding to it (a classic script in the head, an async module; e2e streamed.test.mjs),
// ~100 B in every entry, and the strip had 0.09 KB of headroom.
// The speaker grid was raised from 22.9 to 23.0 for the same reason plus one language per widget (a page in a
// language without messages gets English formatting too, and its own language only for the conference's texts),
// which left it 9 B of headroom.
// Fifth pass: every budget but the provider's up by 0.1-0.4 KB for the language of parts (WCAG 3.1.2): a text of
// the conference shown in another language than the widget's (the file's English title in a French widget) gets
// its own lang and dir="auto"; +160-180 B per entry, +300 B in plenary.js, and the entries had 0.02-0.1 KB left.
// Then, from three QA audits (embedding, accessibility, data; each fix with a test that failed before), +0.3 KB in
// every entry and +0.65 KB in plenary.js: warnings for wall times a clock change skips or repeats (a session in
// the gap was dropped as "ends before it starts"), date-only ends and non-id references (+0.17, in parse, shared
// by every entry); a text in the visitor's script first (zh-Hant for zh-TW); no made-up name for a feed without
// one; widgets that follow a runtime lang change and find a provider defined after them (+0.1). Then +0.3 KB in
// every entry for naming attribute mistakes (an unknown track, room, day, tier… is the widget's error, with the
// ids the conference has, not a bare "Nothing to show yet."; unreadable time-zone and now are console warnings),
// and +0.5 KB in the schedule for keyboard focus (kept after unstarring in "My agenda", moved to the new heading
// when the dialog follows a part, not hidden under the grid's sticky headers; WCAG 2.4.3, 2.4.11). Budgets are
// again what each entry measures plus ~0.2 KB.
// Sixth pass: budgets lowered. A widget no longer carries the loader and the parser (src/data, ~5 KB): inside a
// <plenary-conference> the provider has them, and a widget with data of its own loads them as a chunk
// (entries/chunks/loader-*.js, 5.5 KB, on demand; the file is requested beside it, not after it). Every element
// entry -4.5 to -4.75 KB. The one-file bundles turn our import()s into static imports (scripts/lib-config.mjs):
// rolldown wrapped each lazily imported module in an initialiser, and plenary.js is 48.45, -0.15 from 48.60.
// Then the zone code left the base for TimedElement (countdown, schedule, speaker grid): the sponsor strip shows
// no times, 15.58 -> 14.06.
// Then raised on purpose, from a phone QA audit (320-390 px, text at 200 %): CSS so that dialogs stay readable with
// large text and do not scroll the page behind, and the banner, filters and logo boxes fit 320 px (+0.12 KB in
// plenary.js), and Back closing an open speaker as it closes a session (the speaker in the address; the history
// code now shared with the schedule, +0.1): plenary.js 48.45 -> 48.65 (budget 48.6 -> 48.85), schedule 27.6 ->
// 27.75, speaker grid 19.38 -> 19.59.
// Seventh pass: +0.11 KB in every widget entry and plenary.js, on purpose: an error's English detail lines (for the
// webmaster) moved into a closed "Details" disclosure whose summary is in the six UI languages, so a visitor on a
// Chinese or Arabic page reads one sentence in their language, and the lines carry lang="en" for screen readers
// (print QA finding 7). Budgets up by that much: plenary.js 49.0, countdown 16.1, schedule 28.0, speaker grid
// 19.95, sponsor strip 14.35.
// Then +0.18 KB in every widget entry (+0.1 in plenary.js, where the sponsor strip's own probe went) for dark
// backgrounds: a widget reads the lightness of the text colour it inherits and takes its dark colours on a dark
// page that never declares color-scheme (its secondary text was 3.1:1, links 2.8:1, cards white islands), and keeps
// its light ones on a light page that declares `light dark`. Budgets: plenary.js 49.1, countdown 16.25, schedule
// 28.15, speaker grid 20.1, sponsor strip 14.4.
// Then, bytes only (no feature removed): minify-literals reads nested templates (their text lost its indentation
// too: plenary.js -0.17, schedule -0.1); plenary.js's inlined import()s resolve to an object of the exports the
// importer names, not a module namespace (-0.19); parseDuration and dayRange left zone.ts for time/duration.ts and
// load with the loader's chunk (countdown -0.17, schedule -0.16, speaker grid -0.17), and dayKey, dayStart and
// nextDay for time/days.ts, which the speaker grid does not need (-0.13).
// Then, from an i18n QA audit, +0.12 KB in plenary.js and +0.06 in the schedule for punctuation from the catalogue
// (Chinese full-width brackets, semicolons, commas and colons; Arabic ، and ؛; French no-break spaces), counts in
// the visitor's digits, and the countdown's next session with its zone and a one-piece day-and-time.
// Budgets at the end of the seventh pass, each entry plus ~0.1 KB: plenary.js 48.95 (48.84), countdown 16.15
// (16.04), schedule 28.05 (27.97), speaker grid 19.75 (19.66), sponsor strip 14.4 (14.33), provider 10.4 (10.29).
// Then +0.08 KB in plenary.js and +0.05 in the schedule for WCAG 3.1.2: a room or track name shown in another
// language than the widget's (the file's English in a French widget) has its own lang on each session line and in
// the filters: plenary.js 49.05, schedule 28.1.
// Ninth pass, bytes only (no feature removed; two helpers, reviewed): zoneName's option objects made on first use,
// a spread written out, the grid's CSS rules that set nothing, one button helper in the schedule, no space between
// an expression and a block's edge in templates, zoneOffset's fallback without wallTime, readWith taking a parsed
// value, :host no longer setting what .root resets. Budgets lowered to each entry plus ~0.1 KB: plenary.js 48.8
// (48.70), iife 48.85 (48.74), provider 10.3 (10.21), countdown 16.05 (15.96), schedule 28.0 (27.88), speaker grid
// 19.7 (19.59), sponsor strip 14.4 (14.33).
// Tenth pass: the bundles give our classes' private members short names (scripts/private-names.mjs; the minifier
// never renames properties). Budgets lowered to each entry plus ~0.1 KB: plenary.js 48.3 (48.18), iife 48.35
// (48.23), countdown 16.0 (15.88), schedule 27.75 (27.63), speaker grid 19.6 (19.48); the provider (10.20) and the
// sponsor strip (14.28) keep 10.3 and 14.4.
// Eleventh pass: `node bench/bytes-menu.mjs` weighs features and elements for a product decision on the targets
// (bench/README.md, "What the byte targets would cost"): no feature is worth more than 3.4 KB; the provider and
// the schedule alone, without .ics, JSON-LD, feeds and the grid view, are 31.7 KB against plenary.js's 30; an
// element that renders only the conference's name is 11.3 KB against an element's 12.
// `node bench/run.mjs --only bytes` shows where the bytes go. Lower these whenever an entry shrinks; never
// raise one without a reason here.
const budgets = {
  'dist/plenary.js': 48.3 * KB,
  'dist/plenary.iife.js': 48.35 * KB,
  'dist/entries/plenary-conference.js': 10.3 * KB,
  'dist/entries/plenary-countdown.js': 16.0 * KB,
  'dist/entries/plenary-schedule.js': 27.75 * KB,
  'dist/entries/plenary-speaker-grid.js': 19.6 * KB,
  'dist/entries/plenary-sponsor-strip.js': 14.4 * KB,
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
/** Chunks a file imports statically (they load with it, so they count toward its size). */
const staticImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/\bimport\s*(?:[\w${},\s*]+from\s*)?["'](\.[^"']+)["']/g)].map((m) => join(dirname(file), m[1]));
const closure = (file, seen = new Set()) => {
  if (!seen.has(file)) {
    seen.add(file);
    staticImports(file).forEach((f) => closure(f, seen));
  }
  return seen;
};

// The one-file bundles carry Lit: its BSD-3-Clause notice must survive minification (scripts/lib-config.mjs).
for (const f of ['dist/plenary.js', 'dist/plenary.iife.js']) {
  if (existsSync(f) && !/^\/\*! Plenary .*Copyright \d{4} Google LLC, BSD-3-Clause/.test(readFileSync(f, 'utf8'))) {
    console.error(`${f} lost its licence line (the banner naming Lit's BSD-3-Clause notice)`);
    process.exit(1);
  }
}

const files = ['dist/plenary.js', 'dist/plenary.iife.js', ...readdirSync('dist/entries').filter((f) => f.endsWith('.js')).map((f) => `dist/entries/${f}`)];
let failed = false;
const rows = [];
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`missing ${file}: run npm run build first`);
    process.exit(1);
  }
  const parts = [...closure(file)];
  const size = parts.reduce((n, f) => n + gz(f), 0);
  const min = parts.reduce((n, f) => n + readFileSync(f).length, 0);
  const budget = budgets[file] ?? DEFAULT_ENTRY_TARGET;
  const target = targets[file] ?? DEFAULT_ENTRY_TARGET;
  const ok = size <= budget;
  failed ||= !ok;
  const headroom = (budget - size) / KB;
  rows.push([file + (parts.length > 1 ? ` (+${parts.length - 1} chunk)` : ''), (min / KB).toFixed(1), (size / KB).toFixed(2), (target / KB).toFixed(0), (budget / KB).toFixed(1), (headroom > 0 ? '+' : '') + headroom.toFixed(2), ok ? (size <= target ? 'ok' : 'ok (above target)') : 'OVER']);
}
// Chunks no entry imports statically load only when needed (the feed adapters, for a frab or Sessionize feed).
const chunkDir = 'dist/entries/chunks';
const loaded = new Set(files.flatMap((f) => [...closure(f)]));
const lazy = {};
for (const f of existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')) : []) {
  const file = `${chunkDir}/${f}`;
  const name = `${chunkDir}/${f.replace(/-[\w-]{8}\.js$/, '')}-*.js (on demand, one per entry)`;
  if (!loaded.has(file)) lazy[name] = Math.max(lazy[name] ?? 0, gz(file));
}
for (const [name, size] of Object.entries(lazy)) rows.push([name, '', (size / KB).toFixed(2), '', '', '', '']);
const head = ['entry', 'min KB', 'gzip KB', 'target KB', 'budget KB', 'headroom KB', ''];
const w = head.map((h, i) => Math.max(...rows.map((r) => r[i].length), h.length));
const line = (r) => r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
console.log(line(head));
rows.forEach((r) => console.log(line(r)));
if (failed) {
  const over = rows.filter((r) => r[6] === 'OVER').map((r) => `${r[0]} by ${r[5].slice(1)} KB`);
  console.error(`\nSize budget exceeded: ${over.join(', ')}.\n(node bench/run.mjs --only bytes shows which parts of the code base each entry's bytes come from.)`);
  process.exit(1);
}
