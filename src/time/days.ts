/**
 * Calendar days (`YYYY-MM-DD`) in a zone. Apart from zone.ts so that a widget that shows no days (the speaker grid)
 * does not carry them.
 */
import { wallToInstant, zoneOffset } from './zone.js';

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Calendar day `YYYY-MM-DD` of an instant in a zone. */
export function dayKey(instant: number, timeZone: string): string {
  return ymd(new Date(instant + zoneOffset(instant, timeZone)));
}

/** The instant a calendar day `YYYY-MM-DD` starts in a zone. */
export function dayStart(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return wallToInstant(y!, m!, d!, 0, 0, 0, 0, timeZone);
}

/** The next calendar day key after `day`. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return ymd(new Date(Date.UTC(y!, m! - 1, d! + 1)));
}
