/** The data layer: no DOM, no Lit. Usable on Node (the CLI) and in any framework. */
export type * from './model.js';
export type * from './types.js';
export { parse, type ParseOptions } from './parse.js';
export { load, readAny, clearCache, type LoadOptions } from './load.js';
export { read } from './read.js';
export { adapt, detectFormat, type FeedFormat } from './adapters/index.js';
export { safeUrl } from './url.js';
export { localize } from './localize.js';
