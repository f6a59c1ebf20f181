/** What the feed adapters share: problems with paths back into the original feed, small readers. */
import type { Problem } from '../model.js';
import type { LinkJSON } from '../types.js';
import type { AdaptResult } from './index.js';
import { isObj } from '../parse.js';

export type Obj = Record<string, unknown>;

/** From the parser, which every bundle that reads feeds has (one copy, not three). */
export { isObj };

/** A trimmed non-empty string (numbers become strings), else undefined. */
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined;

export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** `"Ethics, Society & Politics"` -> `ethics-society-politics`. */
export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'x';

const ENTITIES: Obj = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Plain text from a feed's HTML-ish text: block tags become line breaks, other tags go, basic entities decoded. */
export const plain = (v: unknown): string | undefined =>
  str(
    (str(v) ?? '')
      .replace(/<\/?(p|div|br|li|h\d)\b[^>]*>/gi, '\n')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/&(\w+|#39);/g, (m, e: string) => (ENTITIES[e] as string) ?? m)
      .replace(/\n\s*\n\s*\n\s*/g, '\n\n'),
  );

/** An id not used yet (`a`, then `a-2`, ...). */
export function unique(used: Set<string>, id: string): string {
  let u = id;
  for (let n = 2; used.has(u); n++) u = `${id}-${n}`;
  used.add(u);
  return u;
}

/** Resolve a relative URL against the feed's own base URL, if it has one. */
export function abs(v: unknown, base?: string): string | undefined {
  const s = str(v);
  try {
    return base && s ? new URL(s, base).href : s;
  } catch {
    return s;
  }
}

/**
 * Problems, and where each produced Plenary item came from (`origin.set('sessions[3]', 'days[0]...')`), so
 * that `parse()`'s problems can be reported at paths in the original feed. `renames`: Plenary field -> feed's.
 */
export function collector(renames: Record<string, string>) {
  const problems: Problem[] = [];
  const origin = new Map<string, string>();
  const note = (path: string, message: string, error?: boolean): undefined => void problems.push({ path, message, severity: error ? 'error' : 'warning' });
  const path = (p: string): string => {
    for (let q = p; q; q = q.replace(/(\.[^.[]*|\[[^\]]*\]|^[^.[]+)$/, '')) {
      const o = origin.get(q);
      if (o != null) {
        const rest = p.slice(q.length);
        const f = /^\.(\w+)/.exec(rest)?.[1];
        return o + (f && renames[f] ? '.' + renames[f] + rest.slice(f.length + 1) : rest);
      }
    }
    return p;
  };
  /** Links from `[{url, title}]` (or plain URLs), appended to `out`, each mapped to where it came from. */
  const links = (v: unknown, from: string, to: string, out: LinkJSON[] = [], base?: string): LinkJSON[] => {
    list(v).forEach((l, i) => {
      const url = abs(isObj(l) ? l.url : l, base);
      if (url) origin.set(`${to}[${out.length}]`, `${from}[${i}]`), out.push({ url, label: isObj(l) ? str(l.title ?? l.label) : undefined });
    });
    return out;
  };
  const done = (format: 'frab' | 'sessionize', json: unknown): AdaptResult => ({ ok: true, format, json, problems, path });
  return { problems, origin, note, links, done };
}
