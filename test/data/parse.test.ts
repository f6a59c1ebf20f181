import { expect } from '@open-wc/testing';
import { parse } from '../../src/data/parse.js';
import type { ConferenceJSON } from '../../src/data/types.js';

const base = (over: Partial<ConferenceJSON> = {}): ConferenceJSON => ({
  version: 1,
  id: 'c',
  name: { zh: '会议', en: 'Conference' },
  timezone: 'Asia/Shanghai',
  start: '2023-11-06',
  end: '2023-11-07',
  tracks: [{ id: 't', name: 'Track' }],
  rooms: [{ id: 'r', name: 'Room' }],
  speakers: [{ id: 'sp', name: 'Li', photo: 'img/li.svg' }],
  sessions: [
    { id: 'b', title: 'Second', start: '2023-11-06T10:00', duration: 'PT1H', room: 'r', speakers: ['sp'] },
    { id: 'a', title: 'First', start: '2023-11-06T09:00:00', end: '2023-11-06T10:00:00', track: 't' },
  ],
  ...over,
});

describe('parse', () => {
  it('normalises a good file: sorted sessions, resolved references, instants in the conference zone', () => {
    const r = parse(base(), { baseUrl: 'https://example.org/data/conf.json' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const c = r.conference;
    expect(c.sessions.map((s) => s.id)).to.deep.equal(['a', 'b']);
    expect(c.sessions[0]!.start).to.equal(Date.parse('2023-11-06T01:00:00Z'));
    expect(c.sessions[1]!.end).to.equal(Date.parse('2023-11-06T03:00:00Z'));
    expect(c.sessions[0]!.track?.id).to.equal('t');
    expect(c.sessions[1]!.room?.id).to.equal('r');
    expect(c.sessions[1]!.speakers[0]!.id).to.equal('sp');
    expect(c.speakersById.get('sp')!.sessions.map((s) => s.id)).to.deep.equal(['b']);
    expect(c.speakersById.get('sp')!.photo).to.equal('https://example.org/data/img/li.svg');
    expect(c.days).to.deep.equal(['2023-11-06', '2023-11-07']);
    expect(c.start).to.equal(Date.parse('2023-11-05T16:00:00Z'));
    expect(c.end).to.equal(Date.parse('2023-11-07T16:00:00Z'));
    expect(r.problems).to.deep.equal([]);
  });

  it('keeps the file order of sessions that start and end together, and lists each person once per session', () => {
    const r = parse(
      base({
        speakers: [{ id: 'sp', name: 'Li' }, { id: 'mo', name: 'Okafor' }],
        sessions: [
          { id: 'z', title: 'Z', start: '2023-11-06T09:00', duration: 'PT1H', speakers: ['sp', 'sp'], moderators: ['sp', 'mo'] },
          { id: 'y', title: 'Y', start: '2023-11-06T09:00', duration: 'PT1H', moderators: ['mo'] },
          { id: 'x', title: 'X', start: '2023-11-06T08:00', duration: 'PT2H', speakers: ['mo'] },
        ],
      }),
    );
    if (!r.ok) throw new Error('not ok');
    const c = r.conference;
    expect(c.sessions.map((s) => s.id)).to.deep.equal(['x', 'z', 'y']);
    expect(c.speakersById.get('sp')!.sessions.map((s) => s.id)).to.deep.equal(['z']);
    expect(c.speakersById.get('mo')!.sessions.map((s) => s.id)).to.deep.equal(['x', 'z', 'y']);
    expect(c.days).to.deep.equal(['2023-11-06', '2023-11-07']);
  });

  it('names the exact path of a problem deep in a list', () => {
    const r = parse(
      base({
        speakers: [{ id: 'sp', name: 'Li', links: [{ url: 'javascript:alert(1)' }, 'ftp://x' as unknown as { url: string }], honours: ['ok', 5 as unknown as string] }],
        sessions: [{ id: 'a', title: { en: 'A', zh: 7 as unknown as string }, start: '2023-11-06T09:00', duration: 'PT1H', speakers: ['sp', 'nobody'], room: 'none' }],
      }),
    );
    const paths = r.problems.map((p) => p.path);
    expect(paths).to.include.members(['speakers[0].links[0].url', 'speakers[0].links[1]', 'sessions[0].title.zh', 'sessions[0].speakers[1]', 'sessions[0].room']);
  });

  it('reads the sample conference with no problems at all', async () => {
    const text = await (await fetch('/public/conference.json')).text();
    const r = parse(text, { baseUrl: new URL('/public/conference.json', location.href).href });
    expect(r.problems).to.deep.equal([]);
    if (!r.ok) return;
    const c = r.conference;
    expect(c.sessions.length).to.be.greaterThan(40);
    expect(c.rooms.length).to.be.at.least(6);
    expect(new Set(c.speakers.map((s) => s.country)).size).to.be.at.least(15);
    expect(c.tiers[0]!.sponsors.length).to.equal(6);
    expect(c.days).to.deep.equal(['2023-11-06', '2023-11-07']);
  });

  it('reads text with a byte-order mark', () => {
    const r = parse('\uFEFF' + JSON.stringify(base()));
    expect(r.ok).to.equal(true);
  });

  it('reports malformed JSON with a message, not an exception', () => {
    const r = parse('{"version": 1, "id": ');
    expect(r.ok).to.equal(false);
    expect(r.problems[0]!.message).to.match(/not valid JSON/);
  });

  it('takes a date-time with an offset as that instant, ignoring the zone', () => {
    const r = parse(base({ sessions: [{ id: 'x', title: 'X', start: '2023-11-06T09:00:00+02:00', duration: 'PT30M' }] }));
    expect(r.ok && r.conference.sessions[0]!.start).to.equal(Date.parse('2023-11-06T07:00:00Z'));
  });

  it('reads wall times in a zone with daylight saving on both sides of the change', () => {
    const r = parse(
      base({
        timezone: 'America/New_York',
        start: '2023-11-04',
        end: '2023-11-06',
        sessions: [
          { id: 'before', title: 'Before', start: '2023-11-04T09:00', duration: 'PT1H' },
          { id: 'after', title: 'After', start: '2023-11-06T09:00', duration: 'PT1H' },
          { id: 'overnight', title: 'Overnight', start: '2023-11-05T00:30', end: '2023-11-05T03:30' },
        ],
      }),
    );
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const by = r.conference.sessionsById;
    expect(by.get('before')!.start).to.equal(Date.parse('2023-11-04T13:00:00Z')); // EDT, UTC-4
    expect(by.get('after')!.start).to.equal(Date.parse('2023-11-06T14:00:00Z')); // EST, UTC-5
    // 00:30 EDT to 03:30 EST spans the repeated hour: four hours.
    expect(by.get('overnight')!.end - by.get('overnight')!.start).to.equal(4 * 3600e3);
  });

  it('reports a bad start with its path and leaves only that session out', () => {
    const r = parse(base({ sessions: [{ id: 'bad', title: 'Bad', start: '2023-11-6 9:00', duration: 'PT1H' }, ...base().sessions!] }));
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.conference.sessions.map((s) => s.id)).to.deep.equal(['a', 'b']);
    const p = r.problems.find((x) => x.path === 'sessions[0].start')!;
    expect(p.severity).to.equal('error');
    expect(p.message).to.contain('"2023-11-6 9:00" is not an ISO 8601 date-time');
  });

  it('leaves out a session whose end is not after its start', () => {
    const r = parse(base({ sessions: [{ id: 'x', title: 'X', start: '2023-11-06T10:00', end: '2023-11-06T09:00' }] }));
    expect(r.ok && r.conference.sessions.length).to.equal(0);
    expect(r.problems[0]!.path).to.equal('sessions[0].end');
  });

  it('fails on an unknown time zone, naming it', () => {
    const r = parse(base({ timezone: 'Mars/Olympus_Mons' }));
    expect(r.ok).to.equal(false);
    expect(r.problems[0]).to.include({ path: 'timezone', severity: 'error' });
    expect(r.problems[0]!.message).to.contain('Mars/Olympus_Mons');
  });

  it('keeps a session that points at a missing speaker or room, with a warning', () => {
    const r = parse(base({ sessions: [{ id: 'x', title: 'X', start: '2023-11-06T10:00', duration: 'PT1H', room: 'nowhere', speakers: ['ghost', 'sp'] }] }));
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const s = r.conference.sessions[0]!;
    expect(s.room).to.equal(undefined);
    expect(s.speakers.map((x) => x.id)).to.deep.equal(['sp']);
    expect(r.problems.map((p) => [p.path, p.severity])).to.deep.equal([
      ['sessions[0].room', 'warning'],
      ['sessions[0].speakers[0]', 'warning'],
    ]);
  });

  it('nests sessions under their parent and refuses loops', () => {
    const r = parse(
      base({
        sessions: [
          { id: 'section', title: 'Section', start: '2023-11-06T13:00', end: '2023-11-06T18:00' },
          { id: 'forum', title: 'Forum', start: '2023-11-06T13:00', end: '2023-11-06T15:00', parent: 'section' },
          { id: 'loop1', title: 'L1', start: '2023-11-06T13:00', end: '2023-11-06T15:00', parent: 'loop2' },
          { id: 'loop2', title: 'L2', start: '2023-11-06T13:00', end: '2023-11-06T15:00', parent: 'loop1' },
        ],
      }),
    );
    if (!r.ok) throw new Error('parse failed');
    const by = r.conference.sessionsById;
    expect(by.get('section')!.children.map((s) => s.id)).to.deep.equal(['forum']);
    expect(by.get('forum')!.parent?.id).to.equal('section');
    expect(by.get('loop2')!.parent).to.equal(undefined);
    expect(r.problems.some((p) => p.path === 'sessions[3].parent')).to.equal(true);
  });

  it('never makes a link of javascript: or data: URLs, and allows only http(s) and mailto', () => {
    const r = parse(
      base({
        speakers: [
          {
            id: 'sp',
            name: 'X',
            photo: 'javascript:alert(1)',
            links: [{ url: 'javascript:alert(1)' }, { url: ' JAVA\tSCRIPT:alert(1)' }, { url: 'data:text/html,<script>alert(1)</script>' }, { url: 'mailto:a@example.org' }, { url: 'https://example.org/' }],
          },
        ],
      }),
    );
    if (!r.ok) throw new Error('parse failed');
    const sp = r.conference.speakersById.get('sp')!;
    expect(sp.photo).to.equal(undefined);
    expect(sp.links.map((l) => l.url)).to.deep.equal(['mailto:a@example.org', 'https://example.org/']);
  });

  it('rejects what is not a conference', () => {
    for (const bad of [null, 42, [], 'null']) expect(parse(bad).ok).to.equal(false);
    expect(parse({ ...base(), version: 2 }).problems[0]!.path).to.equal('version');
  });

  it('puts a sponsor of an unknown tier under its own heading', () => {
    const r = parse(base({ tiers: [{ id: 'gold', name: 'Gold' }], sponsors: [{ id: 's1', name: 'S1', tier: 'gold' }, { id: 's2', name: 'S2', tier: 'tin' }] }));
    if (!r.ok) throw new Error('parse failed');
    expect(r.conference.tiers.map((t) => [t.id, t.rank, t.sponsors.length])).to.deep.equal([
      ['gold', 0, 1],
      ['tin', 1, 1],
    ]);
  });

  describe('times and values the data QA found read silently or wrongly', () => {
    const berlin = (sessions: ConferenceJSON['sessions']) => parse(base({ timezone: 'Europe/Berlin', start: '2024-03-30', end: '2024-10-28', sessions }));
    const msgs = (r: ReturnType<typeof parse>) => r.problems.map((p) => `${p.path}: ${p.message}`);

    it('says when a wall time does not exist, or happens twice, on a night the clocks change', () => {
      const gap = berlin([{ id: 'a', title: 'Gap', start: '2024-03-31T02:30', end: '2024-03-31T03:15' }]);
      expect(msgs(gap)[0]).to.equal('sessions[0].start: "2024-03-31T02:30" does not exist in Europe/Berlin (the clocks change): read as after the change; add an offset to choose');
      const twice = berlin([{ id: 'b', title: 'Twice', start: '2024-10-27T02:30', duration: 'PT30M' }]);
      expect(msgs(twice)).to.deep.equal([
        'sessions[0].start: "2024-10-27T02:30" happens twice in Europe/Berlin (the clocks change): read as the first; add an offset to choose',
      ]);
      expect(twice.ok && twice.conference.sessions[0]!.start).to.equal(Date.UTC(2024, 9, 27, 0, 30));
      // An ordinary time, and one with an offset, say nothing.
      expect(berlin([{ id: 'c', title: 'Fine', start: '2024-10-27T02:30+01:00', duration: 'PT30M' }]).problems).to.deep.equal([]);
    });

    it('refuses 24:30 and offsets beyond 23:59', () => {
      const r = parse(base({ sessions: [{ id: 'c', title: 'Bad', start: '2023-11-06T24:30', duration: 'PT30M' }, { id: 'd', title: 'Off', start: '2023-11-06T10:00+99:00', duration: 'PT30M' }] }));
      expect(r.problems.map((p) => [p.path, p.severity])).to.deep.equal([
        ['sessions[0].start', 'error'],
        ['sessions[1].start', 'error'],
      ]);
      expect(parse(base({ sessions: [{ id: 'e', title: 'Midnight', start: '2023-11-06T23:00', end: '2023-11-06T24:00' }] })).problems).to.deep.equal([]);
    });

    it('keeps multi-word tags given as one string, warns about a date-only end and a reference that is not an id', () => {
      const r = parse(base({ sessions: [{ id: 'e', title: 'T', start: '2023-11-06T10:00', end: '2023-11-07', tags: 'machine learning, open data' as never, track: ['t'] as never }] }));
      expect(r.ok && r.conference.sessions[0]!.tags).to.deep.equal(['machine learning', 'open data']);
      expect(msgs(r)).to.deep.equal([
        'sessions[0].end: "2023-11-07" has no time: read as 00:00',
        'sessions[0].track: expected an id, got ["t"]; shown without it',
      ]);
      // The same for a parent given as an object; "public": "false" as a string hides the session too.
      const r2 = parse(
        base({
          sessions: [
            { id: 'f', title: 'Forum', start: '2023-11-06T10:00', end: '2023-11-06T12:00' },
            { id: 'g', title: 'Talk', start: '2023-11-06T10:00', end: '2023-11-06T10:30', parent: { id: 'f' } as never },
            { id: 'h', title: 'Hidden', start: '2023-11-06T11:00', end: '2023-11-06T11:30', public: 'false' as never },
          ],
        }),
      );
      expect(msgs(r2)).to.deep.equal(['sessions[1].parent: expected an id, got {"id":"f"}; shown without it']);
      expect(r2.ok && r2.conference.sessions.map((x) => x.id).sort()).to.deep.equal(['f', 'g']);
    });
  });
});
