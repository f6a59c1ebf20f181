import type { AdaptResult } from './index.js';

/** sessionize feed -> Plenary JSON. (Being written; see the interop issue.) */
export function adaptSessionize(_input: unknown, _timeZone?: string): AdaptResult {
  return { ok: false, problems: [{ path: '', message: 'the sessionize format is not supported yet', severity: 'error' }] };
}
