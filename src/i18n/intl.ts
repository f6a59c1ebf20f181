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

/** "A, B and C" in the locale. */
export const listFormat = (tag: string): Intl.ListFormat => intl(`l|${tag}`, () => new Intl.ListFormat(tag, { type: 'unit' }));

/** The locale's collation (pinyin for Chinese). */
export const collator = (tag: string): Intl.Collator => intl(`c|${tag}`, () => new Intl.Collator(tag));
