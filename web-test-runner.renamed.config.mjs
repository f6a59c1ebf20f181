// The whole browser suite again, on the sources as the bundles have them: scripts/private-names.mjs gives our
// classes' private members short names in plenary.js, the IIFE and dist/entries, while `npm test` loads the
// sources as written. A member read some way the renaming does not see (destructuring, a string, an untyped
// access) would break only the bundles; here it fails a test (checked: with the destructuring rule taken out,
// the sponsor strip's tests hang and the run fails). Run by CI as `npm run test:renamed`.
import base from './web-test-runner.config.mjs';
import { renamedSource } from './scripts/private-names.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
let served = 0;
const renamed = {
  name: 'plenary-private-names',
  serve(context) {
    if (!/^\/src\/.*\.ts$/.test(context.path)) return undefined;
    const body = renamedSource(root + context.path);
    if (body === undefined) return undefined;
    served++;
    return { body, type: 'ts' };
  },
  serverStop() {
    console.log(`renamed sources served: ${served}`);
    // Nothing renamed would mean this run tested nothing the first did not.
    if (!served) throw new Error('web-test-runner.renamed.config.mjs: no renamed source was served');
  },
};

export default { ...base, rootDir: root, plugins: [renamed, ...base.plugins] };
