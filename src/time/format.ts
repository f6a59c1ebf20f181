/**
 * Date and time formatting with Intl, cached per locale, zone and style (formatters are costly to make,
 * cheap to reuse). Every widget formats through here so times read the same everywhere.
 */

import { intl } from '../i18n/intl.js';

/** Options object -> (locale|zone -> formatter); equal options objects share one map, through their JSON. */
const formats = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** A cached Intl.DateTimeFormat (fastest with a constant options object; a fresh literal costs a JSON key). */
export function dateFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byKey = formats.get(options);
  if (!byKey) formats.set(options, (byKey = intl(`f|${JSON.stringify(options)}`, () => new Map<string, Intl.DateTimeFormat>())));
  const key = locale + '|' + timeZone;
  let f = byKey.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    byKey.set(key, f);
  }
  return f;
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const DAY_SHORT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };
// Written out: a spread of the two above is kept by the minifier (as if it had side effects) in entries that never use it.
const DAY_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
type ZoneStyle = 'long' | 'short' | 'shortOffset' | 'longGeneric';
/** One options object per zone-name style, made on first use (see dateFormat). */
const ZONE_NAME: Partial<Record<ZoneStyle, Intl.DateTimeFormatOptions>> = {};

/** "09:00" / "9:00 AM", as the language writes it. */
export function formatTime(instant: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, TIME).format(instant);
}

/** "09:00 – 10:30" as one localised range. */
export function formatTimeRange(start: number, end: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, TIME).formatRange(start, end);
}

/**
 * "Mon, Nov 6, 2:00 – 3:30 PM" as one localised range; across midnight "Sun, Nov 5, 10:30 PM – Mon, Nov 6, 12:30 AM"
 * (a day and a time range put side by side named the first day only, and Intl then added both dates in numbers).
 */
export function formatDayTimeRange(start: number, end: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, DAY_TIME).formatRange(start, end);
}

/** "Tue, Nov 7, 9:00 AM": a short day and a time. */
export function formatDayTime(instant: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, DAY_TIME).format(instant);
}

/** "Monday, 6 November" (or the short form). */
export function formatDay(instant: number, locale: string, timeZone: string, short = false): string {
  return dateFormat(locale, timeZone, short ? DAY_SHORT : DAY).format(instant);
}

/** "Monday, 6 November 2023 at 09:00". */
export function formatDateTime(instant: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, DATE_TIME).format(instant);
}

/**
 * The zone's name in the visitor's language at that instant: "China Standard Time" (long) or
 * "GMT+8" (short), falling back to the IANA id.
 */
export function zoneName(instant: number, locale: string, timeZone: string, style: ZoneStyle = 'long'): string {
  const part = dateFormat(locale, timeZone, (ZONE_NAME[style] ??= { timeZoneName: style }))
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** The ISO form of an instant for `<time datetime>`: UTC, to the minute. */
export function isoInstant(instant: number): string {
  return new Date(instant).toISOString().replace(/:00\.000Z$/, 'Z');
}
