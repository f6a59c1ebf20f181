/**
 * One cache for every Intl object the widgets make. The first of each kind on a page costs milliseconds of ICU
 * set-up (tens for a Collator or DisplayNames), a cached one a key lookup; `prepare()` warms these same objects.
 */
const made = new Map<string, object>();

/** The object stored under `key`, made by `make` the first time. Keys start with a letter for the kind. */
export function intl<T extends object>(key: string, make: () => T): T {
  let v = made.get(key) as T | undefined;
  if (!v) made.set(key, (v = make()));
  return v;
}

/** A language or region name in the locale; the code itself where the engine has none. */
export function displayName(tag: string, type: 'language' | 'region', code: string): string {
  try {
    return intl(`d|${tag}|${type}`, () => new Intl.DisplayNames(tag, { type })).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A list in the locale: `conjunction` for things ("English, Russian and Arabic", "英语、俄语和阿拉伯语"), `unit` for
 * the parts of a duration ("4 days, 21 hours", "4天21小时"; a list of things would have no separators in Chinese).
 */
export const listFormat = (tag: string, type: Intl.ListFormatType = 'conjunction'): Intl.ListFormat =>
  intl(`l|${tag}|${type}`, () => new Intl.ListFormat(tag, { type }));

/** The locale's collation (pinyin for Chinese). */
export const collator = (tag: string): Intl.Collator => intl(`c|${tag}`, () => new Intl.Collator(tag));
