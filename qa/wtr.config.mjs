import base from '../web-test-runner.config.mjs';
export default { ...base, groups: [], concurrency: 1, rootDir: new URL('..', import.meta.url).pathname };
