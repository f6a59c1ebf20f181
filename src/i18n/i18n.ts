/**
 * UI strings in the six UN languages, chosen from `lang` with fallback to English; direction follows
 * the language; numbers and plurals through Intl. Each element keeps its own catalogue
 * (`catalog({en, zh, ar, fr, ru, es})`), so a missing translation is a type error and a test failure.
 */

import { intl } from './intl.js';

export const UI_LANGUAGES = ['en', 'zh', 'ar', 'fr', 'ru', 'es'] as const;
export type UILanguage = (typeof UI_LANGUAGES)[number];

/** A message: text with `{name}` placeholders, or plural forms chosen by `{n}` (CLDR categories). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
export type Messages<K extends string = string> = Record<K, Message>;
export type Catalog<K extends string = string> = Record<UILanguage, Messages<K>>;

/** Declare a catalogue: every language must have every key of English. */
export function catalog<K extends string>(c: { en: Messages<K> } & Record<Exclude<UILanguage, 'en'>, Messages<K>>): Catalog<K> {
  return c;
}

export interface Locale {
  /**
   * The BCP 47 tag for Intl and for the widget's own `lang` (`fr-CA`, `zh-Hans-CN`); always valid. A language
   * without a catalogue gets English here too, in its region's conventions (`de-CH` -> `en-CH`), so a widget
   * speaks one language: not "Times in Chinesische Normalzeit", and screen readers read English as English.
   */
  tag: string;
  /** The language asked for (canonical), which picks the conference's own texts (titles, names, bios). */
  lang: string;
  /** Which UI catalogue. */
  ui: UILanguage;
  /**
   * The direction of the widget's own language: right to left for Arabic. A page in Hebrew or Persian gets an
   * English widget, laid out left to right as English is ("9:00 AM", "66 sessions"), not mirrored.
   */
  dir: 'ltr' | 'rtl';
}

const locales = new Map<string, Locale>();

/** Resolve a `lang` value (any case, `_` or `-`) to a locale; unknown or empty -> the browser's, then English. */
export function resolveLocale(lang?: string | null): Locale {
  const key = lang ?? '';
  let l = locales.get(key);
  if (!l) {
    let tag = key.trim().replace(/_/g, '-') || (globalThis.navigator?.language ?? 'en');
    try {
      tag = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    // Canonical tags have a lower-case language subtag.
    const base = tag.split('-')[0]!;
    const ui = (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UILanguage) : 'en';
    // English with whatever follows the language (and script): the region, variants, a calendar; with the
    // language's likely region when it names none (`de` -> `en-DE`: 24-hour times, "Monday, 6 November").
    // The Chinese messages are Simplified: a Traditional page (zh-TW, zh-HK, zh-Hant) gets Simplified from Intl
    // too, in its region's conventions (`zh-Hans-TW`), not "时间：中國標準時間" with two scripts in one line.
    const rest = tag.replace(/^[a-z]+(-[A-Z][a-z]{3})?/, '');
    const region = /^-([A-Z]{2}|\d{3})\b/.test(rest);
    // The likely subtags only where they are used: a page in a language without messages that names no region,
    // and Chinese (its script). Looking them up costs 4-20 ms of ICU loading before the first render, which a
    // page in English, French, Spanish, Russian or Arabic never needs.
    let max: Intl.Locale | undefined;
    if (ui === 'zh' || (ui !== base && !region))
      try {
        max = new Intl.Locale(tag).maximize();
      } catch {
        /* no likely subtags: plain English conventions */
      }
    const r = region || !max?.region ? '' : `-${max.region}`;
    // (Used only where ui is the page's language: with a likely script, that is Chinese.)
    const hant = max?.script === 'Hant';
    l = {
      tag: ui !== base ? `en${r}${rest}` : hant ? `zh-Hans${r}${rest}` : tag,
      lang: tag,
      ui,
      dir: ui === 'ar' ? 'rtl' : 'ltr',
    };
    locales.set(key, l);
  }
  return l;
}

export function formatNumber(n: number, tag: string): string {
  return intl(`n|${tag}`, () => new Intl.NumberFormat(tag)).format(n);
}

/** Look up and fill a message. `{n}` is formatted as a number in the locale and picks the plural form. */
export function translate<K extends string>(cat: Catalog<K>, locale: Locale, key: K, params: Record<string, string | number> = {}): string {
  let m: Message = cat[locale.ui][key] ?? cat.en[key];
  if (typeof m !== 'string') {
    const n = Number(params.n ?? 0);
    // The message's language picks the form: an English message on a Japanese page still has "1 session".
    const rules = intl(`p|${locale.ui}`, () => new Intl.PluralRules(locale.ui));
    m = (n === 0 && m.zero) || m[rules.select(n)] || m.other;
  }
  return m.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return v === undefined ? '' : typeof v === 'number' ? formatNumber(v, locale.tag) : v;
  });
}
