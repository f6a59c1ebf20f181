/**
 * iCalendar (RFC 5545) output for the whole conference, one track or any selection of sessions.
 * No DOM: the schedule (and anyone else) turns the text into a download.
 *
 * Times are written as wall times in the conference's zone (`DTSTART;TZID=Asia/Shanghai:20231106T090000`)
 * with a `VTIMEZONE` generated from Intl for the years the sessions span, so calendar apps keep the event
 * in the conference's zone. A time that falls in a daylight-saving overlap (ambiguous as a wall time) is
 * written in UTC instead (`20231105T053000Z`), which is always exact.
 */
import type { Conference, Session } from '../data/model.js';
import { localize } from '../data/localize.js';
import { parseDateTime, zoneOffset } from './zone.js';

export interface ICSOptions {
  /** Language for titles and descriptions (default: the conference's first language, then English). */
  lang?: string;
  /** Calendar name (`X-WR-CALNAME`); default: the conference's name. */
  name?: string;
  /** DTSTAMP instant (epoch ms); default now. */
  stamp?: number;
  /** Between the parts of a location and between people: `', '` (default), `'，'` in Chinese. */
  sep?: string;
}

/** TEXT value escaping (RFC 5545 3.3.11); other control characters are dropped. */
export const escapeText = (s: string): string =>
  s
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');

/** Fold a content line at 75 octets of UTF-8, never inside a character (RFC 5545 3.1). */
export function fold(line: string): string {
  let out = '';
  let n = 0;
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (n + size > 75) {
      out += '\r\n ';
      n = 1;
    }
    out += ch;
    n += size;
  }
  return out;
}

/** `20231106T010000Z` (UTC) or, with an offset, the wall time `20231106T090000`. */
const stamp = (t: number, offset?: number) => new Date(t + (offset ?? 0)).toISOString().replace(/[-:]|\.\d+/g, '').slice(0, offset === undefined ? 16 : 15);

const hhmm = (o: number) => {
  const m = Math.abs(o) / 60000;
  return (o < 0 ? '-' : '+') + String(Math.floor(m / 60) * 100 + (m % 60)).padStart(4, '0');
};

const DAY = 86_400_000;

/** A VTIMEZONE for `zone` covering the whole years from `from` to `to`, read from Intl. */
function vtimezone(zone: string, from: number, to: number): string[] {
  const y0 = Date.UTC(new Date(from).getUTCFullYear(), 0, 1);
  const y1 = Date.UTC(new Date(to).getUTCFullYear() + 1, 0, 1);
  // [instant, offset before, offset after], starting with the offset in force on 1 January.
  const first = zoneOffset(y0, zone);
  const changes: [number, number, number][] = [[y0, first, first]];
  for (let t = y0, o = first; t < y1; t += DAY) {
    const next = zoneOffset(t + DAY, zone);
    if (next !== o) {
      // Zones change on quarter-hour boundaries: find the first quarter hour with the new offset.
      let lo = t;
      let hi = t + DAY;
      while (hi - lo > 900_000) {
        const mid = lo + Math.floor((hi - lo) / 1_800_000) * 900_000;
        if (zoneOffset(mid, zone) === o) lo = mid;
        else hi = mid;
      }
      changes.push([hi, o, next]);
      o = next;
    }
  }
  const min = Math.min(...changes.map((c) => c[2]));
  return [
    'BEGIN:VTIMEZONE',
    'TZID:' + zone,
    ...changes.flatMap(([t, a, b]) => {
      const kind = b > min ? 'DAYLIGHT' : 'STANDARD';
      return [`BEGIN:${kind}`, 'DTSTART:' + stamp(t, a), 'TZOFFSETFROM:' + hhmm(a), 'TZOFFSETTO:' + hhmm(b), `END:${kind}`];
    }),
    'END:VTIMEZONE',
  ];
}

/**
 * An iCalendar file (CRLF lines) with one VEVENT per session. UIDs are `<session id>@<conference id>.plenary`,
 * so importing an updated file updates the events instead of duplicating them.
 */
export function toICS(conference: Conference, sessions: Session[], options: ICSOptions = {}): string {
  const lang = options.lang ?? conference.languages[0] ?? 'en';
  const fallback = conference.languages[0];
  const t = (v: Parameters<typeof localize>[0]) => localize(v, lang, fallback);
  const zone = conference.timezone;
  const now = stamp(options.stamp ?? Date.now());
  const when = (name: string, at: number) => {
    const offset = zoneOffset(at, zone);
    // The wall time, read back in the zone: not the same instant in an overlap (or for a time with milliseconds).
    const wall = new Date(at + offset).toISOString().slice(0, 19);
    return parseDateTime(wall, zone)?.instant === at ? `${name};TZID=${zone}:${stamp(at, offset)}` : `${name}:${stamp(at)}`;
  };
  const venue = conference.venue;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Plenary//Plenary Conference Widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-TIMEZONE:' + zone,
  ];
  const calName = options.name ?? t(conference.name);
  if (calName) lines.splice(5, 0, 'X-WR-CALNAME:' + escapeText(calName));
  lines.push(...vtimezone(zone, Math.min(conference.start, ...sessions.map((s) => s.start)), Math.max(conference.end, ...sessions.map((s) => s.end))));
  const sep = options.sep ?? ', ';
  for (const s of sessions) {
    const people = [...s.speakers, ...s.moderators].map((p) => t(p.name));
    const description = [[...new Set(people)].join(sep), t(s.description)].filter(Boolean).join('\n\n');
    const location = [t(s.room?.name), t(venue?.name), t(venue?.city)].filter(Boolean).join(sep);
    const url = s.links[0]?.url ?? conference.url;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(s.id)}@${escapeText(conference.id)}.plenary`,
      'DTSTAMP:' + now,
      when('DTSTART', s.start),
      when('DTEND', s.end),
      'SUMMARY:' + escapeText(t(s.title)),
    );
    if (description) lines.push('DESCRIPTION:' + escapeText(description));
    if (location) lines.push('LOCATION:' + escapeText(location));
    if (url) lines.push('URL:' + url);
    if (s.track) lines.push('CATEGORIES:' + escapeText(t(s.track.name)));
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A `data:` URL of the calendar text, for `<a download="x.ics" href>`. */
export const icsDataUrl = (ics: string): string => 'data:text/calendar;charset=utf-8,' + encodeURIComponent(ics);
