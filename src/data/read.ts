/** `read`: JSON text or a value, in any supported format, into a conference, synchronously (the adapters are bundled). */
import type { ParseResult } from './model.js';
import { adapt, type FeedFormat } from './adapters/index.js';
import { readWith } from './load.js';

export function read(input: unknown, options: { baseUrl?: string; format?: FeedFormat; timeZone?: string } = {}): ParseResult {
  return readWith(adapt, input, options);
}
