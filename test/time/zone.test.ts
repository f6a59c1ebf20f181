import { expect } from '@open-wc/testing';
import { isValidZone, localZone, parseDateTime, wallToInstant, zoneOffset } from '../../src/time/zone.js';
import { dayKey } from '../../src/time/days.js';
import { parseDuration } from '../../src/time/duration.js';
import { formatTime, zoneName } from '../../src/time/format.js';

describe('time zones', () => {
  it('runs with Temporal, and again without it (the no-temporal group of web-test-runner.config.mjs)', () => {
    // Chromium has Temporal; the group removes it before any module loads, so zone.ts takes the Intl path.
    const noTemporal = (window as { __noTemporal?: boolean }).__noTemporal === true;
    expect(typeof (globalThis as { Temporal?: unknown }).Temporal).to.equal(noTemporal ? 'undefined' : 'object');
  });

  it('reads wall times on ordinary days and around daylight-saving changes', () => {
    const ny = 'America/New_York';
    expect(wallToInstant(2023, 11, 4, 9, 0, 0, 0, ny)).to.equal(Date.parse('2023-11-04T13:00:00Z'));
    expect(wallToInstant(2023, 11, 6, 9, 0, 0, 0, ny)).to.equal(Date.parse('2023-11-06T14:00:00Z'));
    // 01:30 happens twice on 5 November: the earlier (EDT) is taken.
    expect(wallToInstant(2023, 11, 5, 1, 30, 0, 0, ny)).to.equal(Date.parse('2023-11-05T05:30:00Z'));
    // 02:30 does not exist on 12 March 2023: moved forward by the gap, to 03:30 EDT.
    expect(wallToInstant(2023, 3, 12, 2, 30, 0, 0, ny)).to.equal(Date.parse('2023-03-12T07:30:00Z'));
    // A zone with a half-hour offset and one across the date line.
    expect(wallToInstant(2023, 11, 6, 9, 0, 0, 0, 'Asia/Kolkata')).to.equal(Date.parse('2023-11-06T03:30:00Z'));
    expect(wallToInstant(2023, 11, 6, 9, 0, 0, 0, 'Pacific/Kiritimati')).to.equal(Date.parse('2023-11-05T19:00:00Z'));
  });

  it('gives offsets and calendar days in a zone', () => {
    const t = Date.parse('2023-11-06T01:00:00Z');
    expect(zoneOffset(t, 'Asia/Shanghai')).to.equal(8 * 3600e3);
    expect(dayKey(t, 'Asia/Shanghai')).to.equal('2023-11-06');
    expect(dayKey(t, 'America/New_York')).to.equal('2023-11-05');
    expect(dayKey(t, 'Pacific/Kiritimati')).to.equal('2023-11-06');
  });

  it('agrees with Intl on every offset, every six hours over two years, in zones with odd offsets and daylight saving', () => {
    // Offsets come from Temporal where the browser has it; this oracle is the Intl way of reading them.
    // One formatter per zone: made anew for each of the 23,000 readings, the oracle alone took ~10 s on a busy machine.
    const formats = new Map<string, Intl.DateTimeFormat>();
    const oracle = (t: number, timeZone: string) => {
      const p: Record<string, number> = {};
      let f = formats.get(timeZone);
      if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
      for (const { type, value } of f.formatToParts(t)) p[type] = +value;
      return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - t;
    };
    const zones = ['America/New_York', 'Europe/London', 'Asia/Shanghai', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'America/Santiago'];
    const bad: string[] = [];
    for (const z of zones) {
      for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 6 * 3600e3) {
        const want = oracle(t, z);
        if (zoneOffset(t, z) !== want) bad.push(`${z} ${new Date(t).toISOString()}: ${zoneOffset(t, z)} != ${want}`);
      }
    }
    expect(bad.slice(0, 5)).to.deep.equal([]);
  });

  it('knows which zones exist, and the visitor’s own', () => {
    expect(isValidZone('Asia/Shanghai')).to.equal(true);
    expect(isValidZone('UTC')).to.equal(true);
    expect(isValidZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidZone('')).to.equal(false);
    // The test browser runs in New York (web-test-runner.config.mjs).
    expect(localZone()).to.equal('America/New_York');
  });

  it('parses ISO 8601 date-times and durations, and rejects what is not', () => {
    expect(parseDateTime('2023-11-06T09:00:00+08:00', 'UTC')!.instant).to.equal(Date.parse('2023-11-06T01:00:00Z'));
    expect(parseDateTime('2023-11-06T09:00Z', 'Asia/Shanghai')!.instant).to.equal(Date.parse('2023-11-06T09:00:00Z'));
    expect(parseDateTime('2023-11-06', 'Asia/Shanghai')).to.include({ hasTime: false });
    for (const bad of ['2023-11-6 9:00', '2023-02-30T10:00', 'tomorrow', '', 42]) expect(parseDateTime(bad, 'UTC'), String(bad)).to.equal(undefined);
    expect(parseDuration('PT1H30M')).to.equal(5400e3);
    expect(parseDuration('P1DT2H')).to.equal(26 * 3600e3);
    for (const bad of ['P', 'PT', '90 minutes', '1:30']) expect(parseDuration(bad), bad).to.equal(undefined);
  });

  it('formats in the visitor language and names the zone', () => {
    const t = Date.parse('2023-11-06T01:00:00Z');
    expect(formatTime(t + 6 * 3600e3, 'en-GB', 'Asia/Shanghai')).to.equal('15:00');
    expect(formatTime(t + 6 * 3600e3, 'zh', 'Asia/Shanghai')).to.equal('15:00');
    expect(formatTime(t, 'en-US', 'Asia/Shanghai')).to.match(/^9:00\s?AM$/);
    expect(zoneName(t, 'en', 'Asia/Shanghai')).to.equal('China Standard Time');
    expect(zoneName(t, 'zh', 'Asia/Shanghai')).to.equal('中国标准时间');
  });
});
