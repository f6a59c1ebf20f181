/**
 * Sessionize "All" JSON (`{sessions, speakers, questions, categories, rooms}`) -> Plenary JSON.
 * Sessionize names no time zone: times without an offset are wall times in the caller's `timeZone`, else UTC.
 */
import type { AdaptResult } from './index.js';
import type { SessionJSON, SpeakerJSON } from '../types.js';
import { parseDateTime } from '../../time/zone.js';
import { show } from '../parse.js';
import { collector, isObj, list, plain, str, unique, type Obj } from './common.js';

export function adaptSessionize(input: unknown, timeZone?: string): AdaptResult {
  const { problems, origin, note, links, done } = collector({ start: 'startsAt', end: 'endsAt', room: 'roomId', photo: 'profilePicture', position: 'tagLine', name: 'fullName', livestream: 'liveUrl' });
  if (!isObj(input) || !Array.isArray(input.sessions)) return note('sessions', 'missing: not a Sessionize "All" export', true) ?? { ok: false, problems };
  const zone = timeZone ?? 'UTC';
  if (!timeZone) note('', 'Sessionize names no time zone: its times are read as UTC (give the venue\'s zone, e.g. time-zone="Europe/Berlin", or --time-zone)');

  // Category items: "Track" -> track, "Session format" -> type, anything else (Level, Tags...) -> tags.
  const items = new Map<string, [kind: string, name: string]>();
  const tracks: { id: string; name: string }[] = [];
  const rooms: { id: string; name: string }[] = [];
  list(input.categories).forEach((cat, i) => {
    const title = str(isObj(cat) && cat.title) ?? '';
    const kind = /track/i.test(title) ? 'track' : /format|type/i.test(title) ? 'type' : 'tags';
    list(isObj(cat) && cat.items).forEach((it, k) => {
      const id = str(isObj(it) && it.id);
      const name = str(isObj(it) && it.name);
      if (id && name) {
        items.set(id, [kind, name]);
        if (kind === 'track') origin.set(`tracks[${tracks.length}]`, `categories[${i}].items[${k}]`), tracks.push({ id, name });
      }
    });
  });
  list(input.rooms).forEach((r, i) => {
    const id = str(isObj(r) && r.id);
    if (id) origin.set(`rooms[${rooms.length}]`, `rooms[${i}]`), rooms.push({ id, name: str((r as Obj).name) ?? id });
  });

  const speakers: SpeakerJSON[] = [];
  list(input.speakers).forEach((o, i) => {
    const p = `speakers[${i}]`;
    const sv = `speakers[${speakers.length}]`;
    if (!isObj(o)) return;
    const id = str(o.id);
    const name = str(o.fullName) ?? str(`${o.firstName ?? ''} ${o.lastName ?? ''}`);
    if (!id || !name) return note(p, 'missing id or name; this speaker is left out');
    origin.set(sv, p);
    speakers.push({ id, name, position: str(o.tagLine), bio: plain(o.bio), photo: str(o.profilePicture), featured: o.isTopSpeaker === true, links: links(o.links, `${p}.links`, `${sv}.links`) });
  });

  const sessions: SessionJSON[] = [];
  const used = new Set<string>();
  input.sessions.forEach((o: unknown, i) => {
    const p = `sessions[${i}]`;
    const to = `sessions[${sessions.length}]`;
    if (!isObj(o)) return note(p, `expected an object, got ${show(o)}`);
    const title = str(o.title);
    const start = str(o.startsAt);
    const end = str(o.endsAt);
    if (!title) return note(`${p}.title`, 'missing; this session is left out', true);
    if (!start && !end) return note(`${p}.startsAt`, 'not scheduled yet; this session is left out');
    for (const [k, v] of [['startsAt', start], ['endsAt', end]])
      if (!parseDateTime(v, zone)?.hasTime) return note(`${p}.${k}`, `${show(v)} is not an ISO 8601 date-time; this session is left out`, true);
    origin.set(to, p);
    const id = str(o.id) ?? `session-${i}`;
    if (used.has(id)) note(`${p}.id`, `duplicate id ${show(id)}; made unique`);
    const s: SessionJSON = {
      id: unique(used, id),
      title,
      start: start!,
      end,
      room: str(o.roomId),
      description: plain(o.description),
      livestream: str(o.liveUrl),
      type: o.isServiceSession === true ? 'break' : undefined,
      tags: o.isPlenumSession === true ? ['plenum'] : [],
      // Speaker ids (GUIDs); some exports give {id, name}.
      speakers: list(o.speakers).map((sp) => str(isObj(sp) ? sp.id : sp)!),
      links: str(o.recordingUrl) ? [{ url: str(o.recordingUrl)!, label: 'Recording' }] : [],
    };
    origin.set(`${to}.links[0].url`, `${p}.recordingUrl`);
    for (const ci of list(o.categoryItems)) {
      const ref = str(isObj(ci) ? ci.id : ci) ?? '';
      const [kind, name] = items.get(ref) ?? [];
      if (kind === 'track') s.track ??= ref;
      else if (kind === 'type') s.type ??= name!.toLowerCase();
      else if (kind) s.tags!.push(name!);
    }
    sessions.push(s);
  });

  // Sessionize session ids are global and grow: the smallest one names this event stably. Every session in the
  // export counts, scheduled or not: (un)scheduling one must not rename the event (favourites are kept per id).
  const all = list(input.sessions).map((o) => str(isObj(o) && o.id)).filter((x): x is string => !!x);
  const first = all.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0] ?? [...used][0];
  // No name, start or end in the feed: parse() names it by its id and spans the sessions.
  return done('sessionize', { version: 1, id: 'sessionize-' + (first ?? 0), timezone: zone, tracks, rooms, sessions, speakers });
}
