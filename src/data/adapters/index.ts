/**
 * Feed adapters: each turns another system's export into Plenary conference JSON (version 1), which
 * `parse()` then normalises, so every widget works on every feed and `plenary convert` writes the same thing.
 */
import type { Problem } from '../model.js';
import type { ConferenceJSON } from '../types.js';
import { adaptFrab } from './frab.js';
import { adaptSessionize } from './sessionize.js';
import { detectFormat, type FeedFormat } from './detect.js';

export { detectFormat, type FeedFormat };

export type AdaptResult =
  | {
      ok: true;
      json: ConferenceJSON | unknown;
      problems: Problem[];
      format: Exclude<FeedFormat, 'auto'>;
      /** Maps a path in `json` (as `parse()` reports it) back to the path in the original feed. */
      path?: (path: string) => string;
    }
  | { ok: false; problems: Problem[] };

export type Adapter = (input: unknown, timeZone?: string) => AdaptResult;

const adapters: Record<'frab' | 'sessionize', Adapter> = { frab: adaptFrab, sessionize: adaptSessionize };

export function adapt(input: unknown, format: FeedFormat = 'auto', timeZone?: string): AdaptResult {
  const f = format === 'auto' || !format ? detectFormat(input) : format;
  if (f === 'plenary') return { ok: true, json: input, problems: [], format: f };
  return adapters[f](input, timeZone);
}
