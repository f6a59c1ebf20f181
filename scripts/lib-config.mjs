// The one Vite library-build config, shared by the build (scripts/build.mjs), the size probe
// (scripts/size-entry.mjs) and the benchmark (bench/build.mjs), so every measured byte is a shipped byte.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { minifyLiterals } from './minify-literals.mjs';
import { privateNames } from './private-names.mjs';

// One-file bundles (plenary.js, the IIFE): an `import('./x.js')` of our own becomes a static import. Inlined as a
// dynamic import, each such module (and what only it imports) is wrapped to be evaluated on first use, which costs
// bytes in every bundle; evaluating them at start-up costs nothing measurable (their top level only declares).
// The promise holds a plain object of the module's exports that the importing file names (`m.toICS`), not the
// module's namespace: a namespace object costs a runtime helper and a getter per export.
const inlineImports = () => ({
  name: 'plenary-inline-imports',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('import(')) return;
    let n = 0;
    const heads = [];
    const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, q, spec) => {
      const names = valueExports(resolve(dirname(id), spec.replace(/\.js$/, '.ts'))).filter((x) => new RegExp(`\\b${x}\\b`).test(code));
      if (!names.length) throw new Error(`plenary-inline-imports: ${id} uses none of ${spec}'s exports`);
      const k = n++;
      heads.push(`import { ${names.map((x) => `${x} as __inline${k}_${x}`).join(', ')} } from ${q}${spec}${q};`);
      return `Promise.resolve({ ${names.map((x) => `${x}: __inline${k}_${x}`).join(', ')} })`;
    });
    return n ? { code: heads.join('') + out, map: null } : undefined;
  },
});

/** The names a module exports as values (`export function|const|let|class x`, `export { x, type T }`). */
export function valueExports(file) {
  const src = readFileSync(file, 'utf8');
  const names = [...src.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm)].map((m) => m[1]);
  for (const m of src.matchAll(/^export\s*\{([^}]*)\}/gm))
    for (const item of m[1].split(',')) {
      const x = item.trim();
      if (x && !x.startsWith('type ')) names.push(x.split(/\s+as\s+/).pop());
    }
  if (/^export\s*\*/m.test(src)) throw new Error(`plenary-inline-imports: ${file} re-exports with *`);
  return names;
}

// privateNames: our classes' private members get short names in the bundles (see scripts/private-names.mjs; the
// type checker picks them, ~2 s once per process).
// `split`: code that loads on demand (`import()`: the feed adapters) goes to its own chunk, named by `chunks`
// (a path relative to outDir, e.g. 'entries/chunks/[name]-[hash].js'); without it, everything is one file.
export function libConfig({ entry, outDir, fileName, formats = ['es'], name, root, banner, sourcemap = false, minify = true, logLevel = 'silent', split = false, chunks = '[name]-[hash].js' }) {
  return {
    root,
    configFile: false,
    logLevel,
    publicDir: false,
    plugins: [privateNames(), minifyLiterals(), ...(split ? [] : [inlineImports()])],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      sourcemap,
      minify,
      reportCompressedSize: false,
      lib: { entry, formats, fileName: () => fileName, name },
      // postBanner: after minification, which would drop it (the licence line must stay).
      // allow-extension: modules the lazy chunk shares with the entry stay in the entry (one request, not three).
      // annotation: false, when minified: the /* @__PURE__ */ marks minification kept (~90 in plenary.js,
      // 150 B gzip) help only a bundler that reads our output, and nobody bundles a minified file again.
      rolldownOptions: {
        preserveEntrySignatures: split ? 'allow-extension' : undefined,
        // The provider's entry imports the loader itself, so the widgets' `import()` of it (a chunk in their own
        // entries) is part of that entry: expected, and not worth a warning on every build.
        onwarn(warning, warn) {
          if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /src\/internal\/loader\.ts/.test(warning.message)) return;
          warn(warning);
        },
        output: { postBanner: banner, codeSplitting: split, chunkFileNames: chunks, minify, comments: minify ? { annotation: false } : undefined },
      },
    },
  };
}
