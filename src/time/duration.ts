/**
 * Time values only the data layer reads (ISO durations, the days a conference spans): apart from zone.ts, which
 * every widget with times carries, so that they load with the parser's chunk, not with each widget.
 */
import { nextDay } from './days.js';

const DURATION = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** ISO 8601 duration (weeks, days, hours, minutes, seconds) in milliseconds; undefined if unreadable. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DURATION.exec(value.trim());
  if (!m || value.trim() === 'P' || /T$/i.test(value.trim())) return undefined;
  const [, w, d, h, mi, s] = m;
  return ((+(w ?? 0) * 7 + +(d ?? 0)) * 86400 + +(h ?? 0) * 3600 + +(mi ?? 0) * 60 + +(s ?? 0)) * 1000;
}

/** Every day key from `first` to `last` inclusive (capped at 366 days). */
export function dayRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last && out.length < 366; d = nextDay(d)) out.push(d);
  return out;
}
