import { defineConfig } from 'vite';

// The demo (npm start): index.html with every widget on the sample conference in public/.
// The library builds are in scripts/build.mjs.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist-demo', target: 'es2022' },
});
