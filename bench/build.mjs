// Builds for the benchmark, into bench/tmp only (never dist/, which other people's work uses).
//   buildLibrary(): bench/tmp/dist/plenary.js, src/index.ts as one minified ES module (what partner pages load).
//   entrySizes():   each registering entry bundled alone with Lit, minified, gzip-measured against its budget.
import { build } from 'vite';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifyLiterals } from '../scripts/minify-literals.mjs';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, 'bench/tmp');

const config = (entry, outDir, fileName, minify = true) => ({
  root,
  configFile: false,
  logLevel: 'silent',
  publicDir: false,
  // The same plugins as scripts/build.mjs and scripts/size-entry.mjs, so the bytes are the ones we ship.
  plugins: [minifyLiterals()],
  build: {
    target: 'es2022',
    outDir,
    emptyOutDir: false,
    sourcemap: false,
    minify,
    reportCompressedSize: false,
    lib: { entry: join(root, entry), formats: ['es'], fileName: () => fileName },
    rolldownOptions: { output: { codeSplitting: false, minify } },
  },
});

/**
 * Build src/index.ts into bench/tmp/dist/plenary.js; with `minify: false`, into bench/tmp/dist-dev/plenary.js
 * (readable function names for CPU profiles).
 */
export async function buildLibrary({ minify = true } = {}) {
  const out = join(tmp, minify ? 'dist' : 'dist-dev');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build(config('src/index.ts', out, 'plenary.js', minify));
  return join(out, 'plenary.js');
}

/** The registering entries that exist now: the provider and src/elements/<name>/plenary-<name>.ts. */
export function entries() {
  const list = { 'plenary.js (everything)': 'src/index.ts', 'plenary-conference': 'src/context/plenary-conference.ts' };
  for (const dir of readdirSync(join(root, 'src/elements')).sort()) {
    const file = `src/elements/${dir}/plenary-${dir}.ts`;
    if (existsSync(join(root, file))) list[`plenary-${dir}`] = file;
  }
  return list;
}

/** The budgets of scripts/size.mjs (issue 9): 30 KB everything, 22 KB the schedule, 12 KB any other entry. */
export const budget = (name) => 1024 * (name.startsWith('plenary.js') ? 30 : name === 'plenary-schedule' ? 22 : 12);

/** Bundle each entry alone (with Lit) and return [{name, entry, min, gzip, budget}] in bytes. */
export async function entrySizes() {
  const out = join(tmp, 'entries');
  rmSync(out, { recursive: true, force: true });
  const rows = [];
  for (const [name, entry] of Object.entries(entries())) {
    const file = name.replace(/ .*/, '').replace(/\.js$/, '') + '.js';
    await build(config(entry, out, file));
    const buf = readFileSync(join(out, file));
    rows.push({ name, entry, min: buf.length, gzip: gzipSync(buf, { level: 9 }).length, budget: budget(name) });
  }
  return rows;
}
