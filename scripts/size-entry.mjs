// node scripts/size-entry.mjs <entry.ts> [...]: bundle one entry (with Lit) into a private temp folder and
// print its minified and gzip size. Safe to run while someone else runs `npm run build`.
import { build } from 'vite';
import { libConfig } from './lib-config.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { gzipSync } from 'node:zlib';

for (const entry of process.argv.slice(2)) {
  const out = mkdtempSync(join(tmpdir(), 'plenary-size-'));
  // Element entries as scripts/build.mjs builds them: code loaded on demand in its own chunk (printed apart).
  const split = !entry.endsWith('index.ts');
  const result = await build(libConfig({ entry, outDir: out, fileName: 'out.js', split }));
  for (const o of (Array.isArray(result) ? result[0] : result).output) {
    if (o.type !== 'chunk') continue;
    const buf = readFileSync(join(out, o.fileName));
    const what = o.isEntry ? basename(entry) : `  ${o.isDynamicEntry ? 'on demand' : 'loaded with it'}: ${o.name}`;
    console.log(`${what}: ${(buf.length / 1024).toFixed(1)} KB min, ${(gzipSync(buf, { level: 9 }).length / 1024).toFixed(2)} KB gzip`);
  }
  rmSync(out, { recursive: true, force: true });
}
