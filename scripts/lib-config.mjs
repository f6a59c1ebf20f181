// The one Vite library-build config, shared by the build (scripts/build.mjs), the size probe
// (scripts/size-entry.mjs) and the benchmark (bench/build.mjs), so every measured byte is a shipped byte.
import { minifyLiterals } from './minify-literals.mjs';

export function libConfig({ entry, outDir, fileName, formats = ['es'], name, root, banner, sourcemap = false, minify = true, logLevel = 'silent' }) {
  return {
    root,
    configFile: false,
    logLevel,
    publicDir: false,
    plugins: [minifyLiterals()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      sourcemap,
      minify,
      reportCompressedSize: false,
      lib: { entry, formats, fileName: () => fileName, name },
      rolldownOptions: { output: { banner, codeSplitting: false, minify } },
    },
  };
}
