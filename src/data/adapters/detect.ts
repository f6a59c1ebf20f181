/** Which feed a parsed JSON value is: small, so every bundle can decide without loading the adapters. */

import { isObj } from '../parse.js';

export type FeedFormat = 'auto' | 'plenary' | 'frab' | 'sessionize';

/**
 * Which format a parsed JSON value looks like: frab/pretalx (`schedule.conference`, or a bare
 * `{conference: {days}}`), Sessionize (`sessions` without Plenary's `version`/`timezone`, beside `categories` or
 * `questions` or with `startsAt` times), else Plenary.
 */
export function detectFormat(input: unknown): Exclude<FeedFormat, 'auto'> {
  if (!isObj(input)) return 'plenary';
  const sched = isObj(input.schedule) ? input.schedule : input;
  if (isObj(sched.conference) && (sched !== input || Array.isArray(sched.conference.days))) return 'frab';
  const first: unknown = Array.isArray(input.sessions) ? input.sessions[0] : undefined;
  return input.version == null && input.timezone == null && Array.isArray(input.sessions) && (input.categories || input.questions || (isObj(first) && 'startsAt' in first))
    ? 'sessionize'
    : 'plenary';
}

