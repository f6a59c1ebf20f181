import { expect } from '@open-wc/testing';
import { parse } from '../../src/data/parse.js';
import type { Conference } from '../../src/data/model.js';
import type { ConferenceJSON } from '../../src/data/types.js';
import { escapeText, fold, icsDataUrl, toICS } from '../../src/time/ics.js';

const json = (over: Partial<ConferenceJSON> = {}): ConferenceJSON => ({
  version: 1,
  id: 'brstec-2023',
  name: { zh: '一带一路科技交流大会', en: 'Belt and Road Conference' },
  timezone: 'Asia/Shanghai',
  start: '2023-11-06',
  end: '2023-11-07',
  url: 'https://example.org/brstec',
  venue: { name: { en: 'Yuelai International Convention Center', zh: '悦来国际会议中心' }, city: { en: 'Chongqing', zh: '重庆' } },
  languages: ['zh', 'en'],
  tracks: [
    { id: 'main', name: { en: 'Main, plenary; forum', zh: '主论坛' } },
    { id: 'med', name: 'Future Medicine' },
  ],
  rooms: [{ id: 'hall', name: { en: 'Hall A', zh: 'A厅' } }],
  speakers: [
    { id: 'li', name: { en: 'Li Wei', zh: '李伟' } },
    { id: 'ok', name: 'Ada Okafor' },
  ],
  sessions: [
    {
      id: 'open',
      title: { en: 'Opening Ceremony', zh: '开幕式' },
      start: '2023-11-06T09:00',
      end: '2023-11-06T10:30',
      track: 'main',
      room: 'hall',
      speakers: ['li'],
      moderators: ['ok'],
      description: { en: 'Welcome; speeches, and a \\ backslash.\nSecond line', zh: '欢迎' },
      links: [{ url: 'https://example.org/open' }],
    },
    { id: 'med-1', title: 'Medicine of tomorrow', start: '2023-11-07T14:00', duration: 'PT1H', track: 'med' },
    { id: 'med-2', title: 'Genomics', start: '2023-11-07T15:00', duration: 'PT45M', track: 'med' },
  ],
  ...over,
});

const conf = (over: Partial<ConferenceJSON> = {}): Conference => {
  const r = parse(json(over));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.conference;
};

const STAMP = Date.UTC(2023, 9, 1, 12, 0, 0);
const utf8 = (s: string) => new TextEncoder().encode(s).length;

/** Unfolded content lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);

/** VEVENTs as maps of property (with parameters) -> value. */
function events(ics: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let cur: Map<string, string> | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') cur = new Map();
    else if (line === 'END:VEVENT') {
      out.push(cur!);
      cur = undefined;
    } else if (cur) {
      const i = line.indexOf(':');
      cur.set(line.slice(0, i), line.slice(i + 1));
    }
  }
  return out;
}

/** Reads a DTSTART/DTEND (UTC or TZID with the file's VTIMEZONE offsets) back into an instant. */
function instantOf(ics: string, ev: Map<string, string>, name: string): number {
  for (const [k, v] of ev) {
    if (k !== name && !k.startsWith(name + ';')) continue;
    const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z?)$/.exec(v)!;
    const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
    if (m[7]) return wall;
    // Apply the VTIMEZONE observance in force: the last one whose DTSTART (local) is <= the wall time.
    const lines = unfold(ics);
    let offset: number | undefined;
    for (let i = 0; i < lines.length; i++) {
      const d = /^DTSTART:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)$/.exec(lines[i]!);
      if (!d) continue;
      const at = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +d[4]!, +d[5]!, +d[6]!);
      const to = /^TZOFFSETTO:([+-])(\d\d)(\d\d)$/.exec(lines[i + 2]!)!;
      if (at <= wall) offset = (to[1] === '-' ? -1 : 1) * (+to[2]! * 60 + +to[3]!) * 60000;
    }
    return wall - offset!;
  }
  throw new Error('no ' + name);
}

describe('toICS', () => {
  it('writes a calendar with the required properties, CRLF lines and one VEVENT per session', () => {
    const c = conf();
    const ics = toICS(c, c.sessions, { stamp: STAMP });
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    for (const l of ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:一带一路科技交流大会']) expect(lines).to.include(l);
    expect(lines.some((l) => l.startsWith('PRODID:'))).to.equal(true);
    const evs = events(ics);
    expect(evs).to.have.length(3);
    const open = evs[0]!;
    expect(open.get('UID')).to.equal('open@brstec-2023.plenary');
    expect(open.get('DTSTAMP')).to.equal('20231001T120000Z');
    expect(open.get('SUMMARY')).to.equal('开幕式');
    expect(open.get('LOCATION')).to.equal('A厅\\, 悦来国际会议中心\\, 重庆');
    expect(open.get('URL')).to.equal('https://example.org/open');
    expect(open.get('CATEGORIES')).to.equal('主论坛');
    expect(evs[1]!.get('URL')).to.equal('https://example.org/brstec');
    expect(evs[1]!.get('LOCATION')).to.equal('悦来国际会议中心\\, 重庆');
    expect(events(toICS(conf({ venue: undefined }), conf().sessions.slice(1, 2)))[0]!.has('LOCATION')).to.equal(false);
    // The schedule passes its language's separator: a Chinese calendar entry reads "A厅，悦来国际会议中心，重庆".
    expect(events(toICS(conf(), conf().sessions, { sep: '，' }))[0]!.get('LOCATION')).to.equal('A厅，悦来国际会议中心，重庆');
    // Components nest and close in order.
    const stack: string[] = [];
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).to.equal(l.slice(4));
    }
    expect(stack).to.deep.equal([]);
  });

  it('uses the requested language and names speakers and moderators in the description', () => {
    const c = conf();
    const ev = events(toICS(c, c.sessions, { lang: 'en', name: 'My picks', stamp: STAMP }))[0]!;
    expect(ev.get('SUMMARY')).to.equal('Opening Ceremony');
    expect(ev.get('DESCRIPTION')).to.equal('Li Wei\\, Ada Okafor\\n\\nWelcome\\; speeches\\, and a \\\\ backslash.\\nSecond line');
    expect(ev.get('CATEGORIES')).to.equal('Main\\, plenary\\; forum');
    expect(unfold(toICS(c, [], { name: 'My picks' }))).to.include('X-WR-CALNAME:My picks');
    // No name (a Sessionize feed has none): no calendar name, rather than an empty one or the id.
    expect(unfold(toICS({ ...c, name: '' }, []))).to.not.include('X-WR-CALNAME');
    expect(unfold(toICS({ ...c, name: '' }, []))).to.include('METHOD:PUBLISH');
  });

  it('writes times in the conference zone with a VTIMEZONE, and they read back to the same instants', () => {
    const c = conf();
    const ics = toICS(c, c.sessions, { stamp: STAMP });
    const ev = events(ics)[0]!;
    expect(ev.get('DTSTART;TZID=Asia/Shanghai')).to.equal('20231106T090000');
    expect(ev.get('DTEND;TZID=Asia/Shanghai')).to.equal('20231106T103000');
    expect(unfold(ics).join('\n')).to.contain('BEGIN:VTIMEZONE\nTZID:Asia/Shanghai\nBEGIN:STANDARD\nDTSTART:20230101T080000\nTZOFFSETFROM:+0800\nTZOFFSETTO:+0800\nEND:STANDARD\nEND:VTIMEZONE');
    events(ics).forEach((e, i) => {
      expect(instantOf(ics, e, 'DTSTART')).to.equal(c.sessions[i]!.start);
      expect(instantOf(ics, e, 'DTEND')).to.equal(c.sessions[i]!.end);
    });
    expect(instantOf(ics, ev, 'DTSTART')).to.equal(Date.UTC(2023, 10, 6, 1, 0));
  });

  it('derives daylight-saving observances for a zone that has them, and writes ambiguous times in UTC', () => {
    const c = conf({
      timezone: 'America/New_York',
      start: '2023-11-04',
      end: '2023-11-05',
      sessions: [
        { id: 'before', title: 'Before', start: '2023-11-04T10:00', duration: 'PT1H' },
        // 01:30 happens twice on 5 November 2023 in New York: this is the second one (EST).
        { id: 'second', title: 'Second 1:30', start: '2023-11-05T01:30:00-05:00', duration: 'PT30M' },
        { id: 'after', title: 'After', start: '2023-11-05T10:00', duration: 'PT1H' },
      ],
    });
    const ics = toICS(c, c.sessions, { stamp: STAMP });
    const text = unfold(ics).join('\n');
    expect(text).to.contain('BEGIN:DAYLIGHT\nDTSTART:20230312T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nEND:DAYLIGHT');
    expect(text).to.contain('BEGIN:STANDARD\nDTSTART:20231105T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nEND:STANDARD');
    const evs = events(ics);
    expect(evs[0]!.get('DTSTART;TZID=America/New_York')).to.equal('20231104T100000');
    expect(evs[1]!.get('DTSTART')).to.equal('20231105T063000Z');
    expect(evs[2]!.get('DTSTART;TZID=America/New_York')).to.equal('20231105T100000');
    evs.forEach((e, i) => expect(instantOf(ics, e, 'DTSTART')).to.equal(c.sessions[i]!.start));
  });

  it('handles a southern-hemisphere zone that starts the year in daylight time', () => {
    const c = conf({ timezone: 'Australia/Sydney', start: '2024-03-01', end: '2024-03-02', sessions: [{ id: 'x', title: 'X', start: '2024-03-01T09:00', duration: 'PT1H' }] });
    const text = unfold(toICS(c, c.sessions)).join('\n');
    expect(text).to.contain('BEGIN:DAYLIGHT\nDTSTART:20240101T110000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1100\nEND:DAYLIGHT');
    expect(text).to.contain('BEGIN:STANDARD\nDTSTART:20240407T030000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1000\nEND:STANDARD');
    expect(text).to.contain('BEGIN:DAYLIGHT\nDTSTART:20241006T020000\nTZOFFSETFROM:+1000\nTZOFFSETTO:+1100\nEND:DAYLIGHT');
  });

  it('keeps UIDs stable across calls and selections', () => {
    const c = conf();
    const a = events(toICS(c, c.sessions)).map((e) => e.get('UID'));
    const b = events(toICS(conf(), [c.sessions[2]!, c.sessions[0]!])).map((e) => e.get('UID'));
    expect(a).to.deep.equal(['open@brstec-2023.plenary', 'med-1@brstec-2023.plenary', 'med-2@brstec-2023.plenary']);
    expect(b).to.deep.equal(['med-2@brstec-2023.plenary', 'open@brstec-2023.plenary']);
    expect(new Set(a).size).to.equal(3);
  });

  it('exports one track or any selection', () => {
    const c = conf();
    const track = c.sessions.filter((s) => s.track?.id === 'med');
    const evs = events(toICS(c, track));
    expect(evs.map((e) => e.get('SUMMARY'))).to.deep.equal(['Medicine of tomorrow', 'Genomics']);
    expect(evs.every((e) => e.get('CATEGORIES') === 'Future Medicine')).to.equal(true);
    expect(events(toICS(c, [c.sessions[1]!]))).to.have.length(1);
    const empty = toICS(c, []);
    expect(events(empty)).to.have.length(0);
    expect(empty).to.contain('BEGIN:VTIMEZONE');
  });

  it('folds long lines at 75 octets without splitting a character (CJK, emoji)', () => {
    const long = '一带一路科技交流大会开幕式暨主旨演讲：面向未来的开放科学、数据共享与国际合作🌏🚀'.repeat(4);
    const c = conf({ sessions: [{ id: 's', title: long, description: 'x'.repeat(300), start: '2023-11-06T09:00', duration: 'PT1H' }] });
    const ics = toICS(c, c.sessions);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const l of physical) {
      expect(utf8(l)).to.be.at.most(75);
      expect(l).not.to.contain('\uFFFD');
      // No lone surrogate: the emoji stay whole.
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(l)).to.equal(false);
    }
    expect(physical.filter((l) => l.startsWith(' ')).length).to.be.greaterThan(5);
    expect(events(ics)[0]!.get('SUMMARY')).to.equal(long);
    expect(events(ics)[0]!.get('DESCRIPTION')).to.equal('x'.repeat(300));
  });

  it('fold and escapeText follow RFC 5545', () => {
    expect(fold('a'.repeat(75))).to.equal('a'.repeat(75));
    expect(fold('a'.repeat(76))).to.equal('a'.repeat(75) + '\r\n a');
    expect(fold('a'.repeat(74) + '中')).to.equal('a'.repeat(74) + '\r\n 中');
    expect(fold('a'.repeat(72) + '中')).to.equal('a'.repeat(72) + '中');
    expect(escapeText('a\\b;c,d\r\ne\nf\rg\u0007h\ti')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('makes a data URL for a download link', () => {
    const url = icsDataUrl('BEGIN:VCALENDAR\r\nX:中,#\r\n');
    expect(url.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).to.equal('BEGIN:VCALENDAR\r\nX:中,#\r\n');
  });
});
