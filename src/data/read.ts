/** `read`: JSON text or a value, in any supported format, into a conference, synchronously (the adapters are bundled). */
import type { ParseResult } from './model.js';
import { adapt, type FeedFormat } from './adapters/index.js';
import { readWith } from './load.js';
import { parseJsonText } from './parse.js';

export function read(input: unknown, options: { baseUrl?: string; format?: FeedFormat; timeZone?: string } = {}): ParseResult {
  if (typeof input === 'string') {
    const r = parseJsonText(input);
    if (!r.ok) return r;
    input = r.value;
  }
  return readWith(adapt, input, options);
}
