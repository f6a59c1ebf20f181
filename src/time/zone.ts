/**
 * Time-zone math with Intl only (no date library, no time-zone service).
 * Instants are epoch milliseconds; wall times are read and written in an IANA zone.
 */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, f);
  }
  return f;
}

/**
 * Temporal, where the browser has it (Chromium 144+, Firefox 139+): it reads a zone's offset in well under a
 * millisecond, where the first Intl.DateTimeFormat of a page costs 30-100 ms of ICU set-up. Widgets that show
 * no times (speaker grid, sponsor strip) then never pay that; the others pay it once, for display, not twice.
 */
type TemporalLike = {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): { offsetNanoseconds: number } } };
  Now: { timeZoneId(): string };
};
const T = (globalThis as { Temporal?: TemporalLike }).Temporal;

/** True when this browser (or Node) knows the IANA zone. */
export function isValidZone(timeZone: string): boolean {
  // Temporal would also take a whole date-time with a [zone] annotation, which Intl then refuses.
  if (typeof timeZone !== 'string' || !/^[\w+\-/:]+$/.test(timeZone)) return false;
  try {
    if (T) T.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
    else partsFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

let local: string | undefined;

/** The visitor's own zone. */
export function localZone(): string {
  return (local ??= T?.Now.timeZoneId() || new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** The fields of an instant's wall time in a zone, by Intl's part type (`year`, `month`, `day`, `hour`…). */
function parts(instant: number, timeZone: string): Record<string, number> {
  const p: Record<string, number> = {};
  for (const { type, value } of partsFormat(timeZone).formatToParts(instant)) p[type] = +value;
  return p;
}

/** The wall-clock fields of an instant in a zone. */
export function wallTime(instant: number, timeZone: string): WallTime {
  const p = parts(instant, timeZone);
  const year = p.year!;
  const month = p.month!;
  const day = p.day!;
  return {
    year,
    month,
    day,
    hour: p.hour!,
    minute: p.minute!,
    second: p.second!,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

const offsets = new Map<string, number>();
const QUARTER = 900_000;

/**
 * Offset of the zone from UTC at that instant, in milliseconds (Asia/Shanghai: +8 h). Cached per
 * quarter hour: every zone changes its offset on a quarter-hour boundary.
 */
export function zoneOffset(instant: number, timeZone: string): number {
  const bucket = Math.floor(instant / QUARTER);
  const key = timeZone + bucket;
  let o = offsets.get(key);
  if (o === undefined) {
    const at = bucket * QUARTER;
    if (T) o = T.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e6;
    else {
      // Without the weekday: the bundles, which use only this, do not carry wallTime.
      const w = parts(at, timeZone);
      o = Date.UTC(w.year!, w.month! - 1, w.day!, w.hour!, w.minute!, w.second!) - at;
    }
    if (offsets.size > 5000) offsets.clear();
    offsets.set(key, o);
  }
  return o;
}

const DAY_MS = 86_400_000;
const steady = new Map<string, number | null>();

/**
 * The zone's offset around a UTC day when it does not change from the day before to the day after
 * (every day but the few around a daylight-saving change); undefined otherwise. One lookup per call.
 */
function steadyOffset(utc: number, timeZone: string): number | undefined {
  const d = Math.floor(utc / DAY_MS);
  const key = timeZone + d;
  let o = steady.get(key);
  if (o === undefined) {
    const a = zoneOffset((d - 1) * DAY_MS, timeZone);
    o = a === zoneOffset((d + 2) * DAY_MS, timeZone) ? a : null;
    if (steady.size > 2000) steady.clear();
    steady.set(key, o);
  }
  return o ?? undefined;
}

/**
 * The instant at which a zone's clocks show this wall time. In a daylight-saving gap the time moves
 * forward by the gap (02:30 becomes 03:30); in an overlap the earlier of the two instants is chosen.
 */
export function wallToInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
  timeZone = 'UTC',
): number {
  return wall(Date.UTC(year, month - 1, day, hour, minute, second, ms), timeZone)[0];
}

/** `wallToInstant` for a wall time written as if in UTC: [instant, 1 in a gap (no such time) or 2 in an overlap (twice)]. */
function wall(utc: number, timeZone: string): [number, (1 | 2)?] {
  const steady = steadyOffset(utc, timeZone);
  if (steady !== undefined) return [utc - steady];
  const before = zoneOffset(utc - DAY_MS, timeZone);
  const after = zoneOffset(utc + DAY_MS, timeZone);
  if (before === after && zoneOffset(utc - before, timeZone) === before) return [utc - before];
  const valid = [utc - before, utc - after].filter((t, i) => zoneOffset(t, timeZone) === (i ? after : before));
  return valid.length ? [Math.min(...valid), valid.length > 1 ? 2 : undefined] : [utc - Math.min(before, after), 1];
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface ParsedDateTime {
  instant: number;
  /** The string had a time part. */
  hasTime: boolean;
  /** A wall time where the zone's clocks change: 1, it does not exist (read as after the change), 2, it happens twice (the first is used). */
  change?: 1 | 2;
  /** The string had an offset (or Z), so the zone was not used. */
  hasOffset: boolean;
}

/**
 * Reads an ISO 8601 date or date-time. With an offset it is that instant; without, it is wall
 * time in `timeZone`. Returns undefined when it is not ISO 8601 or names an impossible date.
 */
export function parseDateTime(value: unknown, timeZone: string): ParsedDateTime | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, off] = m;
  const year = +y!;
  const month = +mo!;
  const day = +d!;
  const hour = h ? +h : 0;
  const minute = mi ? +mi : 0;
  const second = s ? +s : 0;
  const ms = frac ? Math.round(+`0.${frac}` * 1000) : 0;
  // 24:00 is the end of a day; 24:30 is nothing.
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60 || (hour === 24 && minute + second + ms > 0)) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return undefined;
  if (off) {
    let offset = 0;
    if (off.toUpperCase() !== 'Z') {
      const sign = off[0] === '-' ? -1 : 1;
      const digits = off.slice(1).replace(':', '');
      const [oh, om] = [+digits.slice(0, 2), +(digits.slice(2) || 0)];
      if (oh > 23 || om > 59) return undefined;
      offset = sign * (oh * 60 + om) * 60000;
    }
    return { instant: Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset, hasTime: !!h, hasOffset: true };
  }
  const [instant, change] = wall(Date.UTC(year, month - 1, day, hour, minute, second, ms), timeZone);
  return { instant, hasTime: !!h, hasOffset: false, change };
}
