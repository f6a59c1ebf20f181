import type { AdaptResult } from './index.js';

/** frab feed -> Plenary JSON. (Being written; see the interop issue.) */
export function adaptFrab(_input: unknown, _timeZone?: string): AdaptResult {
  return { ok: false, problems: [{ path: '', message: 'the frab format is not supported yet', severity: 'error' }] };
}
