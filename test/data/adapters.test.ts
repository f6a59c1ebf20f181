import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { formatTime } from '../../src/time/format.js';
import { read } from '../../src/data/read.js';
import { adapt, detectFormat } from '../../src/data/adapters/index.js';
import type { Conference, ParseResult, Problem } from '../../src/data/model.js';
import type { PlenaryConference } from '../../src/context/plenary-conference.js';
import '../../src/context/plenary-conference.js';

const text = async (name: string) => (await fetch(`/test/fixtures/${name}`)).text();
const json = async (name: string) => JSON.parse((await text(name)).replace(/^\uFEFF/, '')) as Record<string, unknown>;

function ok(r: ParseResult): Conference {
  if (!r.ok) throw new Error('not ok: ' + JSON.stringify(r.problems));
  return r.conference;
}
const iso = (t: number) => new Date(t).toISOString();
const find = (c: Conference, title: string) => c.sessions.find((s) => s.title === title)!;
const problem = (ps: Problem[], path: string) => ps.find((p) => p.path === path);

/** Follows a problem's JSON path (`a.b[1]["Saal 1"][3].c`) into a value; undefined if it leads nowhere. */
function at(value: unknown, path: string): unknown {
  let v = value;
  for (const m of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    const key = m[1] ?? (m[2] !== undefined ? +m[2] : JSON.parse(m[3]!));
    if (v == null || typeof v !== 'object' || !(key in (v as object))) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

const FIXTURES = ['pretalx-democon.json', 'frab-camp2019.json', 'pretalx-rc3.json', 'sessionize-all-bom.json', 'sessionize-utc.json', 'sessionize-minimal.json'];

describe('detectFormat', () => {
  it('recognises every fixture and the Plenary sample', async () => {
    expect(detectFormat(await json('pretalx-democon.json'))).to.equal('frab');
    expect(detectFormat(await json('frab-camp2019.json'))).to.equal('frab');
    expect(detectFormat(await json('pretalx-rc3.json'))).to.equal('frab');
    expect(detectFormat(await json('sessionize-all-bom.json'))).to.equal('sessionize');
    expect(detectFormat(await json('sessionize-utc.json'))).to.equal('sessionize');
    expect(detectFormat(await json('sessionize-minimal.json'))).to.equal('sessionize');
    expect(detectFormat(await (await fetch('/public/conference.json')).json())).to.equal('plenary');
  });

  it('tells Plenary files with sessions and speakers from Sessionize, and handles odd values', async () => {
    expect(detectFormat({ version: 1, timezone: 'UTC', sessions: [], speakers: [], rooms: [] })).to.equal('plenary');
    expect(detectFormat({ id: 'x', sessions: [{ id: 'a', start: '2023-01-01T09:00' }], speakers: [] })).to.equal('plenary');
    expect(detectFormat({ sessions: [], speakers: [], categories: [] })).to.equal('sessionize');
    // A bare frab schedule object (without the outer {schedule}) and one with a version string.
    expect(detectFormat({ version: 'v1.1', conference: { title: 'x', days: [] } })).to.equal('frab');
    for (const v of [null, 1, 'x', [], [1], {}]) expect(detectFormat(v)).to.equal('plenary');
  });

  it('an explicit format wins over detection', () => {
    const r = adapt({ version: 1 }, 'sessionize');
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.path).to.equal('sessions');
  });
});

describe('frab / pretalx adapter on real feeds', () => {
  it('pretalx DemoCon: 36 events, 2 rooms, 3 days in UTC; flags offsets that disagree with the zone', async () => {
    const feed = await json('pretalx-democon.json');
    const r = read(feed);
    const c = ok(r);
    expect(c.sessions).to.have.length(36);
    expect(c.rooms.map((x) => x.name)).to.deep.equal(['Gray Room', 'Tan Room']);
    expect(c.days).to.deep.equal(['2020-12-14', '2020-12-15', '2020-12-16']);
    expect(c.timezone).to.equal('UTC');
    expect(c.id).to.equal('democon');
    expect(c.name).to.equal('DemoCon');
    expect(c.speakers).to.have.length(27);
    expect(c.tracks.map((t) => [t.id, t.name])).to.deep.equal([
      ['track-phased', 'Phased'],
      ['track-horizontal', 'Horizontal'],
    ]);
    const s = find(c, 'Focused 5thgeneration hardware');
    // "2020-12-14T09:00:00+01:00", 30 minutes: the offset is followed.
    expect(iso(s.start)).to.equal('2020-12-14T08:00:00.000Z');
    expect(iso(s.end)).to.equal('2020-12-14T08:30:00.000Z');
    expect(s.id).to.equal('8079583e-8321-506c-95af-fd2903a5f075');
    expect(s.room!.name).to.equal('Gray Room');
    expect(s.track!.name).to.equal('Phased');
    expect(s.type).to.equal('talk');
    expect(s.language).to.equal('en');
    expect(s.speakers.map((p) => [p.id, p.name])).to.deep.equal([['NQTF8Y', 'Brian Robinson']]);
    expect(s.speakers[0]!.bio).to.match(/^Break through direction/);
    expect(s.description).to.match(/^Brand back-end models!\n\nStation provide/);
    expect(s.links[0]!.url).to.equal('http://localhost/democon/talk/G9JGWY/');
    expect(c.sessions.filter((x) => x.type === 'workshop')).to.have.length(9);
    const w = r.problems.find((p) => /offset/.test(p.message))!;
    expect(w.severity).to.equal('warning');
    expect(w.path).to.equal('schedule.conference.days[0].rooms["Gray Room"][0].date');
    expect(at(feed, w.path)).to.equal('2020-12-14T09:00:00+01:00');
    expect(r.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('frab Camp 2019: 79 events, 90 persons, 5 days in Europe/Berlin, a talk past midnight, an event without persons', async () => {
    const c = ok(read(await json('frab-camp2019.json')));
    expect(c.sessions).to.have.length(79);
    expect(c.speakers).to.have.length(90);
    expect(c.rooms.map((x) => x.name)).to.deep.equal(['Curie', 'Meitner']);
    expect(c.timezone).to.equal('Europe/Berlin');
    expect(c.days).to.deep.equal(['2019-08-21', '2019-08-22', '2019-08-23', '2019-08-24', '2019-08-25']);
    expect(c.tracks).to.have.length(7);
    expect(c.tracksById.get('track-ethics-society-politics')!.name).to.equal('Ethics, Society & Politics');
    // 23:00 CEST + 1:30 ends at 00:30 the next day.
    const late = find(c, 'Achtung, Datenpannen!');
    expect(iso(late.start)).to.equal('2019-08-22T21:00:00.000Z');
    expect(iso(late.end)).to.equal('2019-08-22T22:30:00.000Z');
    expect(find(c, 'Infrastructure Review').speakers).to.deep.equal([]);
    expect(c.sessions.filter((s) => s.language === 'de')).to.have.length(24);
    const edri = c.sessions.find((s) => s.links.some((l) => l.url === 'https://edri.org/'))!;
    expect(edri.links[0]!.url).to.match(/^https:\/\/fahrplan\.events\.ccc\.de\/camp\/2019\/Fahrplan\/events\/\d+\.html$/);
    expect(edri.links[1]).to.deep.equal({ url: 'https://edri.org/', label: 'EDRi Website' });
    // Numeric frab ids become strings; people in several talks are one speaker.
    expect(c.speakers.every((p) => typeof p.id === 'string')).to.equal(true);
    expect(c.speakers.some((p) => p.sessions.length > 1)).to.equal(true);
  });

  it('no time_zone_name and a half-hour offset (India): the offset itself as the zone, not UTC', async () => {
    const feed = JSON.parse(JSON.stringify(await json('pretalx-rc3.json')).replace(/\+01:00/g, '+05:30'));
    const r = read(feed);
    const c = ok(r);
    // Chromium takes offset zones; the talks keep their 11:30 wall times instead of moving to 06:00 UTC.
    expect(c.timezone).to.equal('+05:30');
    expect(problem(r.problems, 'schedule.conference.time_zone_name')!.message).to.contain("shown in +05:30, from the times' offset");
    const first = c.sessions.reduce((a, b) => (a.start <= b.start ? a : b));
    // The first event keeps the wall time the feed wrote for it (not that time minus 5:30).
    const rooms = Object.values(feed.schedule.conference.days[0].rooms) as { start: string }[][];
    expect(formatTime(first.start, 'en-GB', c.timezone)).to.equal(rooms[0]![0]!.start);
  });

  it('pretalx rC3: 48 events, 5 rooms, 4 days; no time_zone_name: a fixed zone from the offsets, or the caller’s zone', async () => {
    const feed = await json('pretalx-rc3.json');
    const r = read(feed);
    const c = ok(r);
    expect(c.sessions).to.have.length(48);
    expect(c.rooms).to.have.length(5);
    expect(c.days).to.deep.equal(['2020-12-27', '2020-12-28', '2020-12-29', '2020-12-30']);
    expect(c.timezone).to.equal('Etc/GMT-1');
    expect(c.speakers).to.have.length(56);
    const w = problem(r.problems, 'schedule.conference.time_zone_name')!;
    expect(w.severity).to.equal('warning');
    // HTML in descriptions becomes plain text.
    expect(c.sessions.some((s) => /<\/?(p|h\d|li)\b/i.test(String(s.description)))).to.equal(false);
    const berlin = ok(read(feed, { timeZone: 'Europe/Berlin' }));
    expect(berlin.timezone).to.equal('Europe/Berlin');
    expect(berlin.sessions.map((s) => s.start)).to.deep.equal(c.sessions.map((s) => s.start));
    expect(berlin.problems.some((p) => p.path.endsWith('time_zone_name'))).to.equal(false);
  });
});

describe('frab adapter on faulty feeds', () => {
  const feed = () => ({
    schedule: {
      version: '1',
      base_url: 'https://fahrplan.example.org/2023/',
      conference: {
        acronym: 'test23',
        title: 'Test 23',
        start: '2023-11-06',
        end: '2023-11-08',
        time_zone_name: 'Asia/Shanghai',
        tracks: [{ name: 'Future Medicine', color: '#c0392b' }],
        rooms: [{ name: 'Saal 1', guid: 'same' }, { name: 'Saal 2', guid: 'same', capacity: 300 }],
        days: [
          {
            index: 1,
            date: '2023-11-06',
            day_start: '2023-11-06T09:00:00+08:00',
            day_end: '2023-11-07T04:00:00+08:00',
            rooms: {
              'Saal 1': [
                // No `date`: the day's date and `start`.
                { id: 1, guid: null, code: null, title: 'Start only', start: '10:00', duration: '01:30:00', track: 'Future Medicine', language: 'de, en', persons: [] },
                // After midnight but listed on the 6th: the 7th.
                { id: 2, title: 'After midnight', start: '01:00', duration: '00:45', track: 'Night Owls', language: null, persons: [{ name: 'Only A Name' }, { public_name: '  ' }] },
                // A date-time without offset: the feed's zone.
                { id: 3, title: 'No offset', date: '2023-11-06T14:00:00', start: '14:00', duration: '01:00', persons: [{ guid: 'g-1', public_name: 'Li Wei', avatar: '/media/li.jpg' }] },
                { id: 4, title: 'Bad duration', date: '2023-11-06T15:00:00+08:00', start: '15:00', duration: 'long', persons: [] },
                { id: 5, title: 'Bad link', date: '2023-11-06T16:00:00+08:00', start: '16:00', duration: '00:30', links: [{ url: 'https://ok.example.org', title: 'OK' }, { url: 'javascript:alert(1)', title: 'Bad' }], persons: [{ guid: 'g-1', public_name: 'Li Wei' }] },
              ],
              'Saal 2': 'not a list',
            },
          },
          {
            index: 2,
            date: '2023-11-07',
            day_start: '2023-11-07T09:00:00+08:00',
            day_end: '2023-11-08T04:00:00+08:00',
            rooms: {
              'Saal 2': [
                { id: 1, title: 'Duplicate id', date: '2023-11-07T09:00:00+08:00', start: '09:00', duration: '00:30', room: 'Saal 2', persons: [] },
                { id: 7, title: 'Bad start', start: '9 o’clock', duration: '00:30', persons: [] },
                'nonsense',
                { id: 8, start: '10:00', duration: '00:30' },
              ],
            },
          },
        ],
      },
    },
  });

  it('reads start + duration, crosses midnight, splits language lists, makes track ids from names', () => {
    const r = read(feed());
    const c = ok(r);
    expect(c.timezone).to.equal('Asia/Shanghai');
    expect(c.sessions.map((s) => s.title)).to.deep.equal(['Start only', 'No offset', 'Bad link', 'After midnight', 'Duplicate id']);
    const a = find(c, 'Start only');
    expect(iso(a.start)).to.equal('2023-11-06T02:00:00.000Z');
    expect(iso(a.end)).to.equal('2023-11-06T03:30:00.000Z');
    expect(a.id).to.equal('1');
    expect(a.language).to.equal('de');
    expect(a.track).to.include({ id: 'track-future-medicine', name: 'Future Medicine', color: '#c0392b' });
    const night = find(c, 'After midnight');
    expect(iso(night.start)).to.equal('2023-11-06T17:00:00.000Z');
    expect(night.language).to.equal(undefined);
    expect(night.track!.id).to.equal('track-night-owls');
    expect(night.speakers.map((p) => p.name)).to.deep.equal(['Only A Name']);
    expect(iso(find(c, 'No offset').start)).to.equal('2023-11-06T06:00:00.000Z');
    // Rooms with the same guid stay two rooms; one room's capacity is kept.
    expect(c.rooms.map((x) => [x.id, x.capacity])).to.deep.equal([
      ['room-saal-1', undefined],
      ['room-saal-2', 300],
    ]);
    expect(find(c, 'Duplicate id').id).to.equal('1-2');
    const li = c.speakersById.get('g-1')!;
    expect(li.photo).to.equal('https://fahrplan.example.org/media/li.jpg');
    expect(li.sessions.map((s) => s.title)).to.deep.equal(['No offset', 'Bad link']);
    expect(c.url).to.equal('https://fahrplan.example.org/2023/');
  });

  it('reports what it cannot use at paths into the original feed, and the rest still renders', () => {
    const f = feed();
    const r = read(f);
    ok(r);
    const d0 = 'schedule.conference.days[0]';
    const d1 = 'schedule.conference.days[1]';
    const expected: [string, Problem['severity'], RegExp][] = [
      [`${d0}.rooms["Saal 1"][1].persons[1]`, 'warning', /missing name/],
      [`${d0}.rooms["Saal 1"][3].duration`, 'error', /"long" is not a duration/],
      [`${d0}.rooms["Saal 2"]`, 'warning', /expected a list/],
      [`${d1}.rooms["Saal 2"][0].id`, 'warning', /duplicate id "1"/],
      [`${d1}.rooms["Saal 2"][1].start`, 'error', /"9 o’clock" is not a time such as/],
      [`${d1}.rooms["Saal 2"][2]`, 'warning', /expected an object/],
      [`${d1}.rooms["Saal 2"][3].title`, 'error', /missing/],
      // Found by parse() in the converted file, reported at the link in the feed.
      [`${d0}.rooms["Saal 1"][4].links[1].url`, 'warning', /javascript:alert\(1\).*not an allowed URL/],
    ];
    for (const [path, severity, message] of expected) {
      const p = problem(r.problems, path);
      expect(p, path).to.exist;
      expect(p!.severity).to.equal(severity);
      expect(p!.message).to.match(message);
    }
    expect(r.problems).to.have.length(expected.length);
    // Every path leads into the feed (a missing field: to the object it is missing from).
    for (const p of r.problems) expect(at(f, /missing/.test(p.message) ? p.path.replace(/\.\w+$/, '') : p.path), p.path).not.to.equal(undefined);
  });

  it('reads times without offset in the caller’s zone when given, and keeps the feed’s zone for the conference', () => {
    const c = ok(read(feed(), { timeZone: 'Europe/Berlin' }));
    expect(c.timezone).to.equal('Asia/Shanghai');
    expect(iso(find(c, 'No offset').start)).to.equal('2023-11-06T13:00:00.000Z');
    expect(iso(find(c, 'Start only').start)).to.equal('2023-11-06T09:00:00.000Z');
    // With an offset the zone does not matter.
    expect(iso(find(c, 'Bad link').start)).to.equal('2023-11-06T08:00:00.000Z');
  });

  it('an unknown zone name is ignored with a warning; no zone at all falls back to UTC', () => {
    const f = feed();
    f.schedule.conference.time_zone_name = 'Mars/Olympus';
    const r = read(f);
    expect(ok(r).timezone).to.equal('Etc/GMT-8');
    expect(problem(r.problems, 'schedule.conference.time_zone_name')!.message).to.match(/Mars\/Olympus/);
    const g = feed() as { schedule: { conference: Record<string, unknown> } };
    delete g.schedule.conference.time_zone_name;
    for (const d of g.schedule.conference.days as Record<string, unknown>[]) delete d.day_start;
    const u = ok(read(g));
    expect(u.timezone).to.equal('UTC');
    expect(iso(find(u, 'Start only').start)).to.equal('2023-11-06T10:00:00.000Z');
  });

  it('fails readably when there is no conference', () => {
    const r = read({ schedule: { version: '1' } }, { format: 'frab' });
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.path).to.equal('schedule.conference');
  });
});

describe('Sessionize adapter', () => {
  it('keeps the conference id (and so favourites and calendar UIDs) when the first session is unscheduled (QA)', async () => {
    const json = JSON.parse((await text('sessionize-all-bom.json')).replace(/^\uFEFF/, ''));
    const before = ok(read(json, { timeZone: 'Asia/Shanghai' })).id;
    const first = json.sessions.find((s: { id: string }) => s.id === '424201');
    first.startsAt = first.endsAt = null;
    expect(ok(read(json, { timeZone: 'Asia/Shanghai' })).id).to.equal(before);
  });

  it('reads the "All" export with a byte-order mark, in the zone it is given', async () => {
    // fetch().text() would drop the mark: keep it, as a file read on Node would.
    const t = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch('/test/fixtures/sessionize-all-bom.json')).arrayBuffer());
    expect(t.charCodeAt(0)).to.equal(0xfeff);
    const r = read(t, { timeZone: 'Asia/Shanghai' });
    const c = ok(r);
    expect(c.timezone).to.equal('Asia/Shanghai');
    expect(c.id).to.equal('sessionize-424201');
    expect(c.sessions.map((s) => s.id)).to.deep.equal(['424201', 'sz-coffee-1', '424202', '424203', '424206']);
    const k = c.sessionsById.get('424201')!;
    expect(iso(k.start)).to.equal('2023-11-06T01:00:00.000Z');
    expect(iso(k.end)).to.equal('2023-11-06T02:00:00.000Z');
    expect(k.track!.name).to.equal('Open Science');
    expect(k.type).to.equal('keynote');
    expect(k.tags).to.deep.equal(['plenum', 'Intermediate']);
    expect(k.room!.name).to.equal('Main Hall');
    expect(k.livestream).to.equal('https://live.example.org/keynote');
    expect(k.description).to.equal('Welcome.\n\nWhy open science matters.');
    expect(c.sessionsById.get('sz-coffee-1')!.type).to.equal('break');
    // Across midnight in Chongqing.
    const panel = c.sessionsById.get('424203')!;
    expect(iso(panel.start)).to.equal('2023-11-06T15:30:00.000Z');
    expect(panel.speakers.map((p) => p.name)).to.deep.equal(['Li Wei', 'Леся Українка']);
    expect(panel.type).to.equal('panel');
    const li = c.speakersById.get('00000001-1f2e-4a3b-9c8d-0123456789ab')!;
    expect(li).to.include({ name: 'Li Wei', position: 'Professor, Chongqing University', photo: 'https://sessionize.com/image/aaaa-400o400o2-li.jpg', featured: true });
    expect(li.bio).to.equal('Professor of materials science & engineering.');
    expect(li.links).to.deep.equal([{ url: 'https://www.linkedin.com/in/liwei', label: 'LinkedIn' }]);
    expect(c.tracks.map((x) => x.name)).to.deep.equal(['Open Science', 'Big Data']);
    expect(c.rooms.map((x) => x.name)).to.deep.equal(['Main Hall', 'Room 2']);
    expect(c.days).to.deep.equal(['2023-11-06', '2023-11-07']);
  });

  it('reports problems at paths into the Sessionize file', async () => {
    const feed = await json('sessionize-all-bom.json');
    const r = read(feed, { timeZone: 'Asia/Shanghai' });
    const expected: [string, Problem['severity']][] = [
      ['speakers[3]', 'warning'],
      ['sessions[4].startsAt', 'warning'],
      ['sessions[5].startsAt', 'error'],
      ['speakers[0].links[1].url', 'warning'],
      ['sessions[6].roomId', 'warning'],
      ['sessions[6].speakers[0]', 'warning'],
    ];
    expect(r.problems.map((p) => [p.path, p.severity])).to.have.deep.members(expected);
    // Each at a place in the feed (no "name: missing": a Sessionize export has no event name to mend).
    for (const p of r.problems) expect(at(feed, p.path), p.path).not.to.equal(undefined);
    // No name made up from the id either (a countdown said "Until sessionize-424201").
    expect(ok(r).name).to.equal('');
  });

  it('without a zone: UTC and a warning; times with Z are exact whatever the zone', async () => {
    const all = await json('sessionize-all-bom.json');
    const r = read(all);
    expect(ok(r).timezone).to.equal('UTC');
    expect(iso(ok(r).sessionsById.get('424201')!.start)).to.equal('2023-11-06T09:00:00.000Z');
    expect(problem(r.problems, '')!.message).to.match(/no time zone/);
    const utc = await json('sessionize-utc.json');
    for (const timeZone of [undefined, 'Asia/Shanghai', 'America/New_York']) {
      const c = ok(read(utc, { timeZone }));
      expect(iso(c.sessionsById.get('510001')!.start)).to.equal('2023-11-06T01:00:00.000Z');
      expect(c.sessionsById.get('510001')!.type).to.equal('ceremony');
      expect(c.sessionsById.get('510003')!.track!.name).to.equal('Future Medicine');
      expect(c.sessionsById.get('510003')!.speakers.map((p) => p.name)).to.deep.equal(['张梅', 'عمر حداد']);
      expect(c.sessionsById.get('510002')!.type).to.equal('break');
    }
    const u = read(utc, { timeZone: 'Asia/Shanghai' });
    expect(ok(u).days).to.deep.equal(['2023-11-06', '2023-11-07']);
    expect(problem(u.problems, 'sessions[3].id')!.message).to.match(/duplicate/);
    expect(ok(u).sessions).to.have.length(4);
  });

  it('reads a minimal export (no categories or rooms; speakers given as objects)', async () => {
    const c = ok(read(await json('sessionize-minimal.json'), { timeZone: 'America/New_York' }));
    expect(c.sessions).to.have.length(1);
    // 01:30 New York on 10 March 2024 (EST), the night clocks go forward.
    expect(iso(c.sessions[0]!.start)).to.equal('2024-03-10T06:30:00.000Z');
    expect(iso(c.sessions[0]!.end)).to.equal('2024-03-10T07:30:00.000Z');
    expect(c.sessions[0]!.speakers.map((p) => p.name)).to.deep.equal(['Sam Rivera']);
  });

  it('fails readably on a file without sessions', () => {
    const r = read({ speakers: [] }, { format: 'sessionize' });
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.path).to.equal('sessions');
  });
});

describe('every fixture renders through <plenary-conference>', () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const el = await fixture<PlenaryConference>(html`<plenary-conference src=${`/test/fixtures/${name}`} time-zone="Asia/Shanghai"></plenary-conference>`);
      const ev = el.conference ? undefined : await oneEvent(el, 'plenary-load');
      const c = el.conference ?? (ev as CustomEvent<Conference>).detail;
      expect(c.sessions.length).to.be.greaterThan(0);
      for (const p of c.problems) expect(p.path === '' || p.path.length > 0).to.equal(true);
    });
  }

  it('the format attribute picks the adapter', async () => {
    const el = await fixture<PlenaryConference>(html`<plenary-conference src="/test/fixtures/sessionize-utc.json" format="sessionize"></plenary-conference>`);
    const c = el.conference ?? ((await oneEvent(el, 'plenary-load')) as CustomEvent<Conference>).detail;
    expect(c.id).to.equal('sessionize-510001');
    const bad = await fixture(html`<plenary-conference src="/test/fixtures/sessionize-utc.json" format="frab"></plenary-conference>`);
    const err = (await oneEvent(bad, 'plenary-error')) as CustomEvent<Problem[]>;
    expect(err.detail[0]!.path).to.equal('conference');
  });
});
