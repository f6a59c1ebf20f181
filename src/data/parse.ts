/**
 * `parse`: unknown JSON (text or value) -> a normalised, typed Conference, or readable problems.
 * Lenient where that is safe (unknown fields ignored, BOM stripped, dangling references dropped with a
 * warning); strict where leniency would mislead (bad times, end not after start, unknown zone).
 */
import type { Conference, Link, ParseResult, Problem, Room, Session, Speaker, Sponsor, Tier, Track, Venue } from './model.js';
import type { LocalizedText } from './types.js';
import { isValidZone, parseDateTime, type ParsedDateTime } from '../time/zone.js';
import { dayKey, dayStart, nextDay } from '../time/days.js';
import { dayRange, parseDuration } from '../time/duration.js';
import { safeUrl } from './url.js';

export interface ParseOptions {
  /** URL the JSON came from; relative photo, logo and link URLs resolve against it. */
  baseUrl?: string;
}

type Obj = Record<string, unknown>;

/** A plain object (not null, not an array): what JSON gives for `{…}`. */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Quote a value for a message, shortened. */
export function show(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/** Strip a UTF-8 byte-order mark and parse JSON text; problems instead of exceptions. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON (${(e as Error).message})`, severity: 'error' }] };
  }
}

export function parse(input: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof input === 'string') {
    const r = parseJsonText(input);
    if (!r.ok) return r;
    input = r.value;
  }
  const problems: Problem[] = [];
  const warn = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });
  const fail = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const base = options.baseUrl;

  if (!isObj(input)) {
    fail('', `expected a conference object, got ${Array.isArray(input) ? 'an array' : show(input)}`);
    return { ok: false, problems };
  }
  const root = input;
  if (root.version !== undefined && root.version !== 1 && root.version !== '1') {
    fail('version', `${show(root.version)} is not a supported version (this library reads version 1)`);
    return { ok: false, problems };
  }

  // Paths are joined only when there is something to report: `at(p, k)` is `p.k` (or `k` at the root).
  const at = (p: string, k: string | number) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k);
  const text = (v: unknown, p: string, k: string | number, required = false): LocalizedText | undefined => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (isObj(v)) {
      // Usually every value is text: then the object is used as it is (no copy per title and description).
      let n = 0;
      for (const key in v) {
        if (typeof v[key] !== 'string') {
          n = -1;
          break;
        }
        n++;
      }
      if (n > 0) return v as Record<string, string>;
      const out: Record<string, string> = {};
      for (const key in v) {
        const s = v[key];
        if (typeof s === 'string') out[key] = s;
        else if (s != null) warn(at(at(p, k), key), `expected text, got ${show(s)}`);
      }
      if (Object.keys(out).length) return out;
    }
    if (v != null || required) (required ? fail : warn)(at(p, k), `expected text or an object of language tags to text, got ${show(v)}`);
    return undefined;
  };
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined);
  const url = (v: unknown, p: string, k: string | number, image = false): string | undefined => {
    if (v == null || v === '') return undefined;
    const u = safeUrl(v, base, image);
    if (!u) warn(at(p, k), `${show(v)} is not an allowed URL (only http(s)${image ? ', data:image' : ' and mailto'}); ignored`);
    return u;
  };
  const links = (v: unknown, p: string): Link[] => {
    const out: Link[] = [];
    if (v == null) return out;
    const path = at(p, 'links');
    if (!Array.isArray(v)) {
      warn(path, `expected a list of links, got ${show(v)}`);
      return out;
    }
    v.forEach((l, i) => {
      const u = isObj(l) ? url(l.url, at(path, i), 'url') : url(l, path, i);
      if (u) out.push({ url: u, label: isObj(l) ? text(l.label, at(path, i), 'label') : undefined });
    });
    return out;
  };
  /** A list, or one string of items separated by `sep` (tags may have spaces: "machine learning, open data"). */
  const strings = (v: unknown, p: string, k: string, sep = /[,;\s]+/): string[] => {
    if (v == null) return [];
    if (typeof v === 'string') return v.split(sep).map((x) => x.trim()).filter(Boolean);
    if (!Array.isArray(v)) {
      warn(at(p, k), `expected a list, got ${show(v)}`);
      return [];
    }
    return v.map(str).filter((s): s is string => !!s);
  };
  /** Items of a list with unique ids; duplicates and id-less items are reported and skipped. */
  const list = <T>(key: string, make: (o: Obj, id: string, path: string) => T | undefined): [T[], Map<string, T>] => {
    const arr = root[key];
    const items: T[] = [];
    const byId = new Map<string, T>();
    if (arr == null) return [items, byId];
    if (!Array.isArray(arr)) {
      fail(key, `expected a list, got ${show(arr)}`);
      return [items, byId];
    }
    arr.forEach((o, i) => {
      const p = at(key, i);
      if (!isObj(o)) return fail(p, `expected an object, got ${show(o)}`);
      const id = str(o.id);
      if (!id) return fail(at(p, 'id'), `missing id; this item is left out`);
      if (byId.has(id)) return fail(at(p, 'id'), `duplicate id ${show(id)}; this item is left out`);
      const item = make(o, id, p);
      if (item) {
        items.push(item);
        byId.set(id, item);
      }
    });
    return [items, byId];
  };

  // Root fields.
  const timezone = str(root.timezone);
  if (!timezone) {
    fail('timezone', 'missing; an IANA time zone such as "Asia/Shanghai" is required');
    return { ok: false, problems };
  }
  if (!isValidZone(timezone)) {
    fail('timezone', `${show(timezone)} is not a known IANA time zone (e.g. "Asia/Shanghai")`);
    return { ok: false, problems };
  }
  // Sessions share start and end times: each distinct one is read once.
  const times = new Map<unknown, ReturnType<typeof parseDateTime>>();
  const when = (v: unknown) => {
    let r = times.get(v);
    if (!r && !times.has(v)) times.set(v, (r = parseDateTime(v, timezone)));
    return r;
  };
  /** A wall time on a night the zone's clocks change: say how it was read, and how to choose. */
  const clocks = (t: ParsedDateTime, v: unknown, p: string, k: string): void => {
    if (t.change)
      warn(at(p, k), `${show(v)} ${t.change > 1 ? 'happens twice' : 'does not exist'} in ${timezone} (the clocks change): read as ${t.change > 1 ? 'the first' : 'after the change'}; add an offset to choose`);
  };
  const id = str(root.id) ?? (warn('id', 'missing; favourites cannot be kept per conference'), 'conference');
  // No name: none is made up (a countdown says "Starts in", not "Until sessionize-424201").
  const name = text(root.name, '', 'name') ?? (warn('name', 'missing'), '');

  const [tracks, tracksById] = list<Track>('tracks', (o, id, p) => ({
    id,
    name: text(o.name, p, 'name') ?? id,
    color: str(o.color),
    description: text(o.description, p, 'description'),
  }));
  const [rooms, roomsById] = list<Room>('rooms', (o, id, p) => ({
    id,
    name: text(o.name, p, 'name') ?? id,
    capacity: typeof o.capacity === 'number' ? o.capacity : undefined,
    description: text(o.description, p, 'description'),
  }));
  let speakerIndex = 0;
  const [speakers, speakersById] = list<Speaker>('speakers', (o, id, p) => {
    const name = text(o.name, p, 'name', true);
    if (!name) return undefined;
    return {
      id,
      name,
      position: text(o.position, p, 'position'),
      affiliation: text(o.affiliation, p, 'affiliation'),
      country: str(o.country)?.toUpperCase(),
      photo: url(o.photo, p, 'photo', true),
      bio: text(o.bio, p, 'bio'),
      honours: Array.isArray(o.honours) ? o.honours.map((h, i) => text(h, at(p, 'honours'), i)).filter((h): h is LocalizedText => !!h) : [],
      featured: o.featured === true,
      links: links(o.links, p),
      sessions: [],
      index: speakerIndex++,
    };
  });

  // Sessions: times first; references after every list is known.
  const raw = new Map<Session, [Obj, string]>();
  const [sessions0, sessionsById] = list<Session>('sessions', (o, id, p) => {
    const title = text(o.title, p, 'title', true);
    if (o.public === false || o.public === 'false') return undefined;
    const start = when(o.start);
    if (!start || !start.hasTime) {
      fail(at(p, 'start'), `${show(o.start)} is not an ISO 8601 date-time; this session is left out`);
      return undefined;
    }
    clocks(start, o.start, p, 'start');
    let end: number | undefined;
    if (o.end != null) {
      const e = when(o.end);
      if (e) clocks(e, o.end, p, 'end');
      if (!e) {
        fail(at(p, 'end'), `${show(o.end)} is not an ISO 8601 date-time; this session is left out`);
        return undefined;
      }
      end = e.instant;
      if (!e.hasTime) warn(at(p, 'end'), `${show(o.end)} has no time: read as 00:00`);
    } else if (o.duration != null) {
      const d = parseDuration(o.duration);
      if (d === undefined) {
        fail(at(p, 'duration'), `${show(o.duration)} is not an ISO 8601 duration such as "PT1H30M"; this session is left out`);
        return undefined;
      }
      end = start.instant + d;
    } else {
      fail(p, 'needs "end" or "duration"; this session is left out');
      return undefined;
    }
    if (!(end > start.instant)) {
      fail(at(p, 'end'), `ends (${show(o.end ?? o.duration)}) before or when it starts (${show(o.start)}); this session is left out`);
      return undefined;
    }
    if (!title) return undefined;
    const s: Session = {
      id,
      title,
      start: start.instant,
      end,
      type: str(o.type)?.toLowerCase(),
      children: [],
      speakers: [],
      moderators: [],
      description: text(o.description, p, 'description'),
      language: str(o.language),
      interpretation: strings(o.interpretation, p, 'interpretation'),
      tags: strings(o.tags, p, 'tags', /[,;]/),
      links: links(o.links, p),
      livestream: url(o.livestream, p, 'livestream'),
      index: 0,
    };
    raw.set(s, [o, p]);
    return s;
  });

  const ref = <T>(map: Map<string, T>, v: unknown, p: string, k: string | number, what: string): T | undefined => {
    const id = str(v);
    if (!id) {
      if (v != null && v !== '') warn(at(p, k), `expected an id, got ${show(v)}; shown without it`);
      return undefined;
    }
    const found = map.get(id);
    if (!found) warn(at(p, k), `no ${what} with id ${show(id)}; shown without it`);
    return found;
  };
  const people = (v: unknown, p: string, k: string): Speaker[] => {
    const out: Speaker[] = [];
    (Array.isArray(v) ? v : v == null ? [] : [v]).forEach((sid, i) => {
      const sp = ref(speakersById, sid, at(p, k), i, 'speaker');
      if (sp) out.push(sp);
    });
    return out;
  };

  sessions0.forEach((s) => {
    const [o, p] = raw.get(s)!;
    s.track = ref(tracksById, o.track, p, 'track', 'track');
    s.room = ref(roomsById, o.room, p, 'room', 'room');
    s.speakers = people(o.speakers, p, 'speakers');
    s.moderators = people(o.moderators, p, 'moderators');
    const parent = ref(sessionsById, o.parent, p, 'parent', 'session');
    // Refuse a parent chain that loops back to this session.
    let a = parent;
    while (a && a !== s) a = a.parent;
    if (a) warn(at(p, 'parent'), `${show(o.parent)} would make a loop; shown at the top level`);
    else s.parent = parent;
  });
  // Array sort is stable: sessions that start and end together keep the file's order.
  const sessions = sessions0.sort((a, b) => a.start - b.start || a.end - b.end);
  sessions.forEach((s, i) => {
    s.index = i;
    s.parent?.children.push(s);
    // Once per person, however often they are named (sessions arrive in order: the last entry tells).
    for (const sp of [...s.speakers, ...s.moderators]) if (sp.sessions[sp.sessions.length - 1] !== s) sp.sessions.push(s);
  });

  // Tiers and sponsors; a sponsor naming an unknown tier gets a tier of that name, least prominent.
  let rank = 0;
  const [tiers, tiersById] = list<Tier>('tiers', (o, id, p) => ({ id, name: text(o.name, p, 'name') ?? id, rank: rank++, sponsors: [] }));
  const [sponsors] = list<Sponsor>('sponsors', (o, id, p) => {
    const name = text(o.name, p, 'name', true);
    if (!name) return undefined;
    const tierId = str(o.tier) ?? 'sponsors';
    let tier = tiersById.get(tierId);
    if (!tier) {
      if (o.tier != null) warn(at(p, 'tier'), `no tier with id ${show(tierId)}; listed under its own heading`);
      tier = { id: tierId, name: tierId, rank: rank++, sponsors: [] };
      tiers.push(tier);
      tiersById.set(tierId, tier);
    }
    const sp: Sponsor = {
      id,
      name,
      tier,
      logo: url(o.logo, p, 'logo', true),
      logoDark: url(o.logoDark, p, 'logoDark', true),
      url: url(o.url, p, 'url'),
      description: text(o.description, p, 'description'),
    };
    tier.sponsors.push(sp);
    return sp;
  });

  // Dates: the conference's own, widened to cover every session.
  let start = parseDateTime(root.start, timezone)?.instant;
  const endParsed = parseDateTime(root.end, timezone);
  let end = endParsed ? (endParsed.hasTime ? endParsed.instant : dayStart(nextDay(dayKey(endParsed.instant, timezone)), timezone)) : undefined;
  if (start === undefined) {
    if (root.start != null || !sessions.length) fail('start', `${show(root.start)} is not an ISO 8601 date or date-time`);
    start = sessions[0]?.start;
  }
  if (end === undefined) {
    if (root.end != null || !sessions.length) fail('end', `${show(root.end)} is not an ISO 8601 date or date-time`);
    end = sessions.reduce((m, s) => Math.max(m, s.end), start ?? 0);
  }
  if (start === undefined || end === undefined) return { ok: false, problems };
  if (end < start) {
    warn('end', 'is before start; start and end are swapped');
    [start, end] = [end, start];
  }
  // Day keys grow with the instant: the first and last day need only the earliest start and the latest end.
  const lastEnd = sessions.reduce((m, s) => Math.max(m, s.end), -Infinity);
  const firstDay = dayKey(Math.min(start, sessions[0]?.start ?? start), timezone);
  const lastDay = dayKey(Math.max(start, end - 1, lastEnd - 1), timezone);

  const v = root.venue;
  const venue: Venue | undefined = isObj(v)
    ? {
        name: text(v.name, '', 'venue.name'),
        address: text(v.address, '', 'venue.address'),
        city: text(v.city, '', 'venue.city'),
        country: str(v.country)?.toUpperCase(),
        url: url(v.url, '', 'venue.url'),
      }
    : undefined;

  const languages = strings(root.languages, '', 'languages');
  const conference: Conference = {
    id,
    name,
    description: text(root.description, '', 'description'),
    organizer: text(root.organizer, '', 'organizer'),
    note: text(root.note, '', 'note'),
    timezone,
    start,
    end,
    days: dayRange(firstDay, lastDay),
    url: url(root.url, '', 'url'),
    venue,
    languages,
    tracks,
    rooms,
    sessions,
    speakers,
    sponsors,
    tiers,
    tracksById,
    roomsById,
    sessionsById,
    speakersById,
    tiersById,
    problems,
    source: base,
  };
  return { ok: true, conference, problems };
}
