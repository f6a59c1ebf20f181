/**
 * frab / c3voc / pretalx `schedule.json` -> Plenary JSON.
 * `schedule.conference.days[].rooms{room name: events[]}`; events have `date` (ISO with offset) or the day's
 * date plus `start` "HH:MM", and `duration` "HH:MM[:SS]" instead of an end.
 */
import type { AdaptResult } from './index.js';
import type { LinkJSON, RoomJSON, SessionJSON, SpeakerJSON, TrackJSON } from '../types.js';
import { isValidZone, parseDateTime } from '../../time/zone.js';
import { nextDay } from '../../time/days.js';
import { parseDuration } from '../../time/duration.js';
import { show } from '../parse.js';
import { abs, collector, isObj, list, plain, slug, str, unique, type Obj } from './common.js';

const OFFSET = /(Z|([+-])(\d\d):?(\d\d))$/i;

export function adaptFrab(input: unknown, timeZone?: string): AdaptResult {
  const { problems, origin, note, links, done } = collector({ start: 'date', end: 'duration', speakers: 'persons', description: 'abstract', bio: 'biography', photo: 'avatar', name: 'public_name' });
  const wrapped = isObj(input) && isObj(input.schedule);
  const root = (wrapped ? input.schedule : input) as Obj;
  const cp = wrapped ? 'schedule.conference' : 'conference';
  const conf = root?.conference;
  if (!isObj(conf)) return note(cp, 'missing: not a frab/pretalx schedule.json', true) ?? { ok: false, problems };
  const base = str(root.base_url);
  const days = list(conf.days);

  // Zones: the feed's own, else the caller's, else a fixed zone from the offset its times carry.
  const zp = `${cp}.time_zone_name`;
  let own = str(conf.time_zone_name);
  if (own && !isValidZone(own)) own = note(zp, `${show(own)} is not a known IANA time zone; ignored`);
  let zone = own ?? timeZone;
  if (!zone) {
    const m = OFFSET.exec(str(isObj(days[0]) && days[0].day_start) ?? '');
    const h = m?.[2] && m[4] === '00' ? (m[2] === '-' ? 1 : -1) * +m[3]! : 0;
    // Whole hours: Etc/GMT∓h. Others (India's +05:30, Nepal's +05:45): the offset itself, where the engine
    // takes offset zones (Chromium does, Node 20 does not), else UTC, saying why.
    const off = m?.[2] && +(m[3]! + m[4]) ? `${m[2]}${m[3]}:${m[4]}` : '';
    zone = h ? `Etc/GMT${h > 0 ? '+' : ''}${h}` : off && isValidZone(off) ? off : 'UTC';
    note(zp, `missing; shown in ${zone}, ${off && zone === 'UTC' ? `as this engine has no zone for the times' offset ${off}` : "from the times' offset"} (set the time-zone attribute or --time-zone)`);
  }
  const readZone = timeZone ?? zone;
  let checked = !own;

  const tracks: TrackJSON[] = [];
  const rooms: RoomJSON[] = [];
  const speakers: SpeakerJSON[] = [];
  const sessions: SessionJSON[] = [];
  const ids = new Map<string, string>();
  const used = new Set<string>();
  /** Track or room id for a name, made on first sight. */
  const named = (kind: 'track' | 'room', all: (TrackJSON | RoomJSON)[], name: string, from: string, extra?: Partial<RoomJSON & TrackJSON>) => {
    let id = ids.get(kind + name);
    if (!id) {
      origin.set(`${kind}s[${all.length}]`, from);
      ids.set(kind + name, (id = unique(used, kind + '-' + slug(name))));
      all.push({ id, name, ...extra });
    }
    return id;
  };
  list(conf.tracks).forEach((t, i) => isObj(t) && str(t.name) && named('track', tracks, str(t.name)!, `${cp}.tracks[${i}]`, { color: str(t.color) }));
  list(conf.rooms).forEach(
    (r, i) =>
      isObj(r) &&
      str(r.name) &&
      named('room', rooms, str(r.name)!, `${cp}.rooms[${i}]`, { description: plain(r.description), capacity: typeof r.capacity === 'number' ? r.capacity : undefined }),
  );

  days.forEach((day, d) => {
    const dp = `${cp}.days[${d}]`;
    if (!isObj(day) || !isObj(day.rooms)) return note(dp, `expected a day with rooms, got ${show(day)}`);
    const dayStart = parseDateTime(day.day_start, readZone)?.instant;
    for (const [roomName, events] of Object.entries(day.rooms)) {
      const rp = `${dp}.rooms[${JSON.stringify(roomName)}]`;
      if (!Array.isArray(events)) note(rp, `expected a list, got ${show(events)}`);
      else
        events.forEach((e: unknown, i) => {
          const p = `${rp}[${i}]`;
          const out = (f: string, what: string) => note(p + f, what + '; this session is left out', true);
          if (!isObj(e)) return note(p, `expected an object, got ${show(e)}`);
          const title = str(e.title);
          if (!title) return out('.title', 'missing');

          // Start: `date` with a time, else the day's date with `start` (before the day starts: the next date).
          let start = str(e.date);
          let at = parseDateTime(start, readZone);
          let sp = `${p}.date`;
          if (!at?.hasTime) {
            const hm = /^(\d\d?):(\d\d)$/.exec(str(e.start) ?? '');
            let date = (at ? start : str(day.date))?.slice(0, 10);
            sp = `${p}.start`;
            const wall = () => parseDateTime((start = `${date}T${hm![1]!.padStart(2, '0')}:${hm![2]}`), readZone);
            if (!hm || !date || !(at = wall())) return out('.start', `${show(e.start)} is not a time such as "09:30"`);
            if (dayStart! > at.instant) (date = nextDay(date)), (at = wall()!);
          }
          if (!checked && at.hasOffset && parseDateTime(start!.replace(OFFSET, ''), zone)!.instant !== at.instant) {
            checked = true;
            note(sp, `${show(start)}: its offset is not ${zone}'s (time_zone_name); the offsets are followed`);
          }
          if (!at.hasOffset && readZone !== zone) start = new Date(at.instant).toISOString();

          const s: SessionJSON = { id: '', title, start: start!, speakers: [] };
          // Duration "HH:MM[:SS]" (or ISO), else an `end`.
          const dm = /^(\d+):(\d\d)(:\d\d)?$/.exec(str(e.duration) ?? '');
          if (dm) s.duration = `PT${+dm[1]!}H${+dm[2]!}M${dm[3] ? +dm[3].slice(1) + 'S' : ''}`;
          else if (parseDuration(e.duration) !== undefined) s.duration = str(e.duration);
          else if (parseDateTime(e.end, readZone)) s.end = str(e.end);
          else return out('.duration', `${show(e.duration)} is not a duration such as "01:30"`);

          const to = `sessions[${sessions.length}]`;
          origin.set(to, p);
          const key = ['guid', 'id', 'code'].find((k) => str(e[k]));
          const id = key ? str(e[key])! : `${d}-${i}-${roomName}`;
          if (used.has(id)) note(`${p}.${key}`, `duplicate id ${show(id)}; made unique`);
          s.id = unique(used, id);
          if (str(e.track)) s.track = named('track', tracks, str(e.track)!, `${p}.track`);
          s.room = named('room', rooms, str(e.room) ?? roomName, rp);
          s.type = str(e.type);
          // "de, en": the first language; null is none.
          s.language = str(e.language)?.split(/[\s,;/]+/)[0];
          s.description = [str(e.subtitle), plain(e.abstract), plain(e.description)].filter((x, k, a) => x && a.indexOf(x) === k).join('\n\n') || undefined;
          const ls: LinkJSON[] = [];
          const url = abs(e.url, base);
          if (url) ls.push({ url }), origin.set(`${to}.links[0].url`, `${p}.url`);
          links(e.links, `${p}.links`, `${to}.links`, ls, base);
          links(e.attachments, `${p}.attachments`, `${to}.links`, ls, base);
          s.links = ls;

          list(e.persons).forEach((person, k) => {
            const pp = `${p}.persons[${k}]`;
            const o = isObj(person) ? person : { name: person };
            const name = str(o.public_name ?? o.name ?? o.full_public_name);
            if (!name) return note(pp, 'missing name; this person is left out');
            const sid = 'p' + (str(o.guid ?? o.code ?? o.id) ?? name);
            if (!ids.has(sid)) {
              const sv = `speakers[${speakers.length}]`;
              origin.set(sv, pp);
              ids.set(sid, sid.slice(1));
              speakers.push({ id: sid.slice(1), name, bio: plain(o.biography), photo: abs(o.avatar ?? o.image, base), links: links(o.links, `${pp}.links`, `${sv}.links`, [], base) });
            }
            if (!s.speakers!.includes(sid.slice(1))) s.speakers!.push(sid.slice(1));
          });
          sessions.push(s);
        });
    }
  });

  for (const [k, v] of [['id', 'acronym'], ['name', 'title'], ['start'], ['end'], ['url'], ['description']]) origin.set(k!, `${cp}.${v ?? k}`);
  const id = str(conf.acronym) ?? slug(str(conf.title) ?? 'conference');
  return done('frab', {
    version: 1,
    id,
    name: str(conf.title) ?? id,
    description: plain(conf.description),
    timezone: zone,
    // The days listed, not `end` (frab writes the day after the last, pretalx the last day).
    start: str(isObj(days[0]) && days[0].date) ?? str(conf.start),
    end: str(isObj(days.at(-1)) && (days.at(-1) as Obj).date) ?? str(conf.end),
    url: abs(conf.url ?? base, base),
    tracks,
    rooms,
    sessions,
    speakers,
  });
}
