/**
 * URL safety: data from a conference file is only ever a link when it is http(s) or mailto, and only
 * ever an image when it is http(s) or a data:image. Everything else is shown as text or dropped.
 */

/** Absolute URL if `value` is allowed, resolved against `base`; otherwise undefined. */
export function safeUrl(value: unknown, base?: string, image = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!v) return undefined;
  let u: URL;
  try {
    u = base ? new URL(v, base) : new URL(v);
  } catch {
    // No base and no scheme: a relative URL, which the page resolves; it cannot carry a scheme.
    return base || /[\0-\x1f\\]|^\/\//.test(v) ? undefined : v;
  }
  const p = u.protocol;
  if (p === 'http:' || p === 'https:' || (image ? p === 'data:' && /^data:image\//i.test(u.href) : p === 'mailto:')) return u.href;
  return undefined;
}
