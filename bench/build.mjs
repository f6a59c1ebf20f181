// Builds for the benchmark, into bench/tmp only (never dist/, which other people's work uses).
//   buildLibrary(): bench/tmp/dist/plenary.js, src/index.ts as one minified ES module (what partner pages load).
//   entrySizes():   each registering entry bundled alone with Lit, minified, gzip-measured against its budget.
import { build } from 'vite';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { libConfig } from '../scripts/lib-config.mjs';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, 'bench/tmp');

// The same config as scripts/build.mjs and scripts/size-entry.mjs, so the bytes are the ones we ship.
const config = (entry, outDir, fileName, minify = true, split = false) => libConfig({ root, entry: join(root, entry), outDir, fileName, minify, split });

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

/**
 * Build src/index.ts as it is at the git revision `ref` into bench/tmp/ref/plenary.js, with that revision's own
 * scripts/lib-config.mjs (for `--compare`). Its sources go to bench/tmp/ref-src, beside this checkout's
 * node_modules; with its tsconfig.json, whose class-field setting Lit's reactive properties depend on.
 */
export async function buildRef(ref) {
  const src = join(tmp, 'ref-src');
  const out = join(tmp, 'ref');
  rmSync(src, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  const has = (path) => {
    try {
      execSync(`git cat-file -e ${JSON.stringify(`${ref}:${path}`)}`, { cwd: root, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (!has('')) throw new Error(`${ref} is not a git revision here`);
  if (!has('scripts/lib-config.mjs')) throw new Error(`${ref} has no scripts/lib-config.mjs (it is older than the sixth pass): --compare cannot build it`);
  const extra = ['package.json', 'tsconfig.json', 'tsconfig.build.json'].filter(has).join(' '); // tsconfig.build.json: scripts/private-names.mjs reads it
  execSync(`git archive --format=tar ${JSON.stringify(ref)} src scripts ${extra} | tar -x -C ${JSON.stringify(src)}`, { cwd: root, shell: '/bin/sh', stdio: ['ignore', 'ignore', 'pipe'] });
  symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'));
  const { libConfig: refConfig } = await import(pathToFileURL(join(src, 'scripts/lib-config.mjs')).href);
  await build(refConfig({ root: src, entry: join(src, 'src/index.ts'), outDir: out, fileName: 'plenary.js', minify: true }));
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

/** Which part of the code base a bundled module belongs to, for "where the bytes go". */
export function group(id) {
  const f = id.replace(/\\/g, '/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(f)) return 'Lit';
  if (f.includes('node_modules/@lit/context/')) return '@lit/context';
  const m = f.match(/\/src\/(.*)$/);
  if (!m) return 'other (helpers)';
  const p = m[1];
  if (p.startsWith('data/adapters/')) return 'src/data/adapters (feeds)';
  if (p.startsWith('elements/')) {
    const [, name, file] = p.split('/');
    return file.endsWith('.strings.ts') ? `${name}: strings` : file.endsWith('.styles.ts') ? `${name}: styles` : `${name}: code`;
  }
  if (p.startsWith('i18n/')) return 'src/i18n';
  return 'src/' + p.split('/')[0];
}

/**
 * Bundle each entry alone (with Lit) and return [{name, entry, min, gzip, budget, groups}] in bytes; `groups`
 * maps a part of the code base to its minified bytes in that bundle (gzip does not split by module: the
 * gzip share of a part is estimated in proportion to its minified bytes).
 */
export async function entrySizes() {
  const out = join(tmp, 'entries');
  rmSync(out, { recursive: true, force: true });
  const rows = [];
  for (const [name, entry] of Object.entries(entries())) {
    const file = name.replace(/ .*/, '').replace(/\.js$/, '') + '.js';
    // Element entries as scripts/build.mjs builds them: the feed adapters in a chunk loaded on demand (not counted).
    const result = await build(config(entry, out, file, true, !entry.endsWith('index.ts')));
    const chunk = (Array.isArray(result) ? result[0] : result).output.find((o) => o.type === 'chunk' && o.isEntry);
    const groups = {};
    for (const [id, m] of Object.entries(chunk?.modules ?? {})) groups[group(id)] = (groups[group(id)] ?? 0) + m.renderedLength;
    const buf = readFileSync(join(out, file));
    rows.push({ name, entry, min: buf.length, gzip: gzipSync(buf, { level: 9 }).length, budget: budget(name), groups });
  }
  return rows;
}
