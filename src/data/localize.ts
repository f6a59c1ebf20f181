import type { LocalizedText } from './types.js';

const base = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** `zh-TW` -> `zh-Hant`, `sr-Latn-RS` -> `sr-Latn`, `zh` -> `zh-Hans`: language and likely script, cached. */
const scripts = new Map<string, string>();
const script = (tag: string): string => {
  let s = scripts.get(tag);
  if (s === undefined) {
    try {
      const l = new Intl.Locale(tag).maximize();
      s = `${l.language}-${l.script}`;
    } catch {
      s = base(tag);
    }
    scripts.set(tag, s);
  }
  return s;
};

/**
 * The language key of `t` that `localize` shows for `lang`; undefined for a plain string (its language is not
 * known) or an empty text.
 */
export function pick(t: LocalizedText | undefined, lang: string, fallback?: string): string | undefined {
  if (t == null || typeof t === 'string') return;
  if (t[lang] != null) return lang;
  const b = base(lang);
  const want = script(lang);
  // The base language when it is written in the script asked for (`en` for `en-GB`), else a text in that
  // script (`zh-Hant` for `zh-TW`, not the `zh` or `zh-Hans` that may come first), then any of the language.
  if (t[b] != null && script(b) === want) return b;
  for (const k in t) if (script(k) === want) return k;
  if (t[b] != null) return b;
  for (const k in t) if (base(k) === b) return k;
  if (t.en != null) return 'en';
  if (fallback && t[fallback] != null) return fallback;
  for (const k in t) return k;
}

/**
 * The text of a LocalizedText for a language: exact tag, then a tag in the same language and script (`zh-Hant`
 * for `zh-TW`), then its base language, then a tag with the same base, then English, then the conference's
 * default language, then the first one given.
 */
export function localize(t: LocalizedText | undefined, lang: string, fallback?: string): string {
  if (typeof t === 'string') return t;
  const k = pick(t, lang, fallback);
  return k === undefined ? '' : t![k]!;
}

/**
 * The language of the text `localize` shows, when it is not the language the widget speaks (`own`, its `lang`):
 * a French widget showing the file's English title. The element holding that text gets it as `lang` (and
 * `dir="auto"`), so a screen reader reads it in its own language (WCAG 3.1.2) and an English title in an
 * Arabic widget keeps its full stop at its end.
 */
export function otherLanguage(t: LocalizedText | undefined, lang: string, own: string, fallback?: string): string | undefined {
  const k = pick(t, lang, fallback);
  return k && base(k) !== base(own) ? k : undefined;
}
