// node scripts/build-cli.mjs [outfile]: bundle the `plenary` command line (src/cli/cli.ts and the data code
// it shares with the widgets) into one Node 20 ES module, dist/cli.js by default, with a shebang.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = process.argv[2] ?? 'dist/cli.js';
await build({
  entryPoints: ['src/cli/cli.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`built ${outfile}`);
