// npm run build: the library in every shape users need.
//   dist/plenary.js        one self-registering ES module (every element + Lit), for <script type="module">
//   dist/plenary.iife.js   the same as a classic script, for CMSs that only allow <script src>
//   dist/**/*.js + .d.ts   unbundled ES modules and types for npm users (tsc)
//   dist/entries/*.js      each element alone, bundled with Lit: what one widget costs (size budgets);
//                          code it loads only on demand in dist/entries/chunks/ (the loader and parser, for a
//                          widget with data of its own; the feed adapters; .ics; JSON-LD)
//   custom-elements.json   the manifest (cem analyze)
import { build } from 'vite';
import { libConfig } from './lib-config.mjs';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx tsc -p tsconfig.build.json');

const banner = `/*! Plenary ${pkg.version} | MIT | includes Lit and @lit/context, Copyright 2017 Google LLC, BSD-3-Clause */`;
const common = (entry, fileName, formats, name, split = false) =>
  libConfig({ entry, outDir: 'dist', fileName, formats, name, banner, sourcemap: true, logLevel: 'warn', split, chunks: 'entries/chunks/[name]-[hash].js' });

await build(common('src/index.ts', 'plenary.js', ['es']));
await build(common('src/index.ts', 'plenary.iife.js', ['iife'], 'Plenary'));

// Every registering entry: the provider and each src/elements/<name>/plenary-<name>.ts.
const entries = { 'plenary-conference': 'src/context/plenary-conference.ts' };
for (const dir of readdirSync('src/elements')) {
  const file = `src/elements/${dir}/plenary-${dir}.ts`;
  if (existsSync(file)) entries[`plenary-${dir}`] = file;
}
for (const [name, entry] of Object.entries(entries)) {
  await build(common(entry, `entries/${name}.js`, ['es'], undefined, true));
}

run('npx cem analyze --litelement --globs "src/**/*.ts" --quiet');
console.log('built dist/plenary.js, dist/plenary.iife.js, dist/entries/*, unbundled modules, types and custom-elements.json');
run('node scripts/build-cli.mjs');
