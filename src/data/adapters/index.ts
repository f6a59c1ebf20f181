/**
 * Feed adapters: each turns another system's export into Plenary conference JSON (version 1), which
 * `parse()` then normalises, so every widget works on every feed and `plenary convert` writes the same thing.
 */
import type { Problem } from '../model.js';
import type { ConferenceJSON } from '../types.js';
import { adaptFrab } from './frab.js';
import { adaptSessionize } from './sessionize.js';

export type FeedFormat = 'auto' | 'plenary' | 'frab' | 'sessionize';

export type AdaptResult = { ok: true; json: ConferenceJSON | unknown; problems: Problem[]; format: Exclude<FeedFormat, 'auto'> } | { ok: false; problems: Problem[] };

export type Adapter = (input: unknown, timeZone?: string) => AdaptResult;

const adapters: Record<'frab' | 'sessionize', Adapter> = { frab: adaptFrab, sessionize: adaptSessionize };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Which format a parsed JSON value looks like. */
export function detectFormat(input: unknown): Exclude<FeedFormat, 'auto'> {
  if (isObj(input)) {
    if (isObj(input.schedule) && isObj((input.schedule as Record<string, unknown>).conference)) return 'frab';
    if (Array.isArray(input.sessions) && Array.isArray(input.speakers) && (Array.isArray(input.categories) || Array.isArray(input.rooms)) && !('timezone' in input))
      return 'sessionize';
  }
  return 'plenary';
}

export function adapt(input: unknown, format: FeedFormat = 'auto', timeZone?: string): AdaptResult {
  const f = format === 'auto' || !format ? detectFormat(input) : format;
  if (f === 'plenary') return { ok: true, json: input, problems: [], format: f };
  return adapters[f](input, timeZone);
}
