import type { LocalizedText } from './types.js';

/**
 * The text of a LocalizedText for a language: exact tag, then its base language, then a tag with the same
 * base (`zh-Hans` for `zh`), then English, then the conference's default language, then the first one given.
 */
export function localize(t: LocalizedText | undefined, lang: string, fallback?: string): string {
  if (t == null) return '';
  if (typeof t === 'string') return t;
  if (t[lang] != null) return t[lang]!;
  const base = lang.split('-')[0]!.toLowerCase();
  if (t[base] != null) return t[base]!;
  for (const k in t) if (k.split('-')[0]!.toLowerCase() === base) return t[k]!;
  if (t.en != null) return t.en;
  if (fallback && t[fallback] != null) return t[fallback]!;
  for (const k in t) return t[k]!;
  return '';
}
