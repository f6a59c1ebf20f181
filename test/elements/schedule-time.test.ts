import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { pendingTimers } from '../../src/internal/ticker.js';
import { button, generate, item, q, qa, sampleJson, sampleSchedule, schedule, settle, tabs } from './schedule-helpers.js';

const time = (el: Element, id: string) => item(el, id)!.querySelector('time')!.textContent;
const zoneLine = (el: Element) => q(el, '.zn')!.textContent;
const tabLabels = (el: Element) => tabs(el).map((t) => t.textContent!.trim());

describe('<plenary-schedule> time zones and live marks', () => {
  afterEach(() => localStorage.clear());

  describe('time zones', () => {
    it("shows the conference's zone by name and switches to the visitor's in one click", async () => {
      // The test browser is in America/New_York; the conference in Asia/Shanghai.
      const el = await sampleSchedule();
      expect(zoneLine(el)).to.equal('Times in China Standard Time');
      expect(time(el, 's-opening')).to.equal('9:00 AM – 10:00 AM');
      expect(tabLabels(el)).to.deep.equal(['Mon, Nov 6', 'Tue, Nov 7']);
      const toggle = button(el, 'Show in Eastern Standard Time')!;
      toggle.click();
      await settle(el);
      expect(zoneLine(el)).to.equal('Times in Eastern Standard Time');
      // Day boundaries follow the zone shown: 09:00 in Chongqing is 20:00 the evening before in New York,
      // so the first morning is on 5 November and the afternoon on the 6th, with the next morning.
      expect(tabLabels(el)).to.deep.equal(['Sun, Nov 5', 'Mon, Nov 6', 'Tue, Nov 7']);
      expect(time(el, 's-opening')).to.equal('8:00 PM – 9:00 PM');
      tabs(el)[1]!.click();
      await settle(el);
      expect(item(el, 's-forum-medicine')).to.exist;
      expect(item(el, 's-expo')).to.exist;
      button(el, 'Show in China Standard Time')!.click();
      await settle(el);
      expect(tabLabels(el)).to.have.length(2);
    });

    it('names the zone generically when its clocks change during the conference', async () => {
      // 26-28 October 2024 in Berlin: summer time on the first day, standard time on the last.
      const el = await schedule(html`<plenary-schedule .data=${generate({ days: 3, timezone: 'Europe/Berlin', start: '2024-10-26' })}></plenary-schedule>`);
      expect(zoneLine(el)).to.equal('Times in Central European Time');
      // The visitor's New York clocks change a week later: named as usual.
      expect(button(el, 'Show in Eastern Daylight Time')).to.exist;
    });

    it('honours time-zone as the starting zone, and offers the conference zone', async () => {
      const el = await sampleSchedule({ 'time-zone': 'Pacific/Auckland' });
      expect(zoneLine(el)).to.equal('Times in New Zealand Daylight Time');
      expect(time(el, 's-opening')).to.equal('2:00 PM – 3:00 PM');
      expect(button(el, 'Show in China Standard Time')).to.exist;
    });

    it('hides the switch when the zones agree', async () => {
      const el = await sampleSchedule({ 'time-zone': 'Asia/Chongqing' });
      expect(qa(el, '.bar button').some((b) => b.textContent!.startsWith('Show in'))).to.be.false;
    });

    it('follows daylight saving: same wall time in the zone, shifted elsewhere', async () => {
      // New York moves its clocks forward on 10 March 2024.
      const data = generate({ days: 3, perDay: 1, start: '2024-03-09', timezone: 'America/New_York' });
      const el = await schedule(html`<plenary-schedule .data=${data} day="all"></plenary-schedule>`);
      expect(['d0s0', 'd1s0', 'd2s0'].map((id) => time(el, id))).to.deep.equal(['9:00 AM – 9:50 AM', '9:00 AM – 9:50 AM', '9:00 AM – 9:50 AM']);
      expect(item(el, 'd0s0')!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-09T14:00Z');
      expect(item(el, 'd1s0')!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-10T13:00Z');
      el.timeZone = 'Asia/Shanghai';
      await settle(el);
      expect(['d0s0', 'd1s0', 'd2s0'].map((id) => time(el, id))).to.deep.equal(['10:00 PM – 10:50 PM', '9:00 PM – 9:50 PM', '9:00 PM – 9:50 PM']);
    });

    it('moves sessions to the other calendar day across the date line', async () => {
      const data = generate({ days: 2, perDay: 2, timezone: 'Pacific/Kiritimati', start: '2024-03-04' });
      const el = await schedule(html`<plenary-schedule .data=${data}></plenary-schedule>`);
      expect(tabLabels(el)).to.deep.equal(['Mon, Mar 4', 'Tue, Mar 5']);
      el.timeZone = 'Pacific/Pago_Pago';
      await settle(el);
      // UTC+14 to UTC−11: 25 hours back, so 09:00 on Monday is 08:00 on Sunday.
      expect(tabLabels(el)).to.deep.equal(['Sun, Mar 3', 'Mon, Mar 4']);
      expect(time(el, 'd0s0')).to.equal('8:00 AM – 8:50 AM');
      expect(q(el, 'h2')!.textContent).to.equal('Sunday, March 3');
    });

    it('formats with 24-hour time where the language does', async () => {
      const el = await schedule(html`<div lang="fr"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
      expect(time(el, 's-opening')).to.match(/^0?9:00 – 10:00$/);
      expect(zoneLine(el)).to.equal('Heures\u00a0: heure normale de la Chine');
    });

    it('speaks one language on a page in a language it has no messages for', async () => {
      // German: English messages, so English names and dates in them (in Swiss conventions: 24-hour time), and
      // lang="en-CH" for screen readers; before, "Times in Chinesische Normalzeit" under lang="de-CH".
      const el = await schedule(html`<div lang="de-CH"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
      expect(zoneLine(el)).to.equal('Times in China Standard Time');
      expect(time(el, 's-opening')).to.match(/^0?9:00 – 10:00$/);
      expect(tabLabels(el)[0]).to.match(/^Mon\b/);
      expect(q(el, '.root')!.getAttribute('lang')).to.equal('en-CH');
    });

    it('writes a Traditional Chinese page in one script, the Simplified of its messages', async () => {
      // Before: "时间以 中國標準時間 显示" (Simplified message, Traditional zone name from Intl for zh-TW).
      const el = await schedule(html`<div lang="zh-TW"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
      expect(zoneLine(el)).to.contain('中国标准时间');
      expect(zoneLine(el)).to.not.contain('中國');
      expect(q(el, '.root')!.getAttribute('lang')).to.equal('zh-Hans-TW');
    });

    it("still picks the conference's own texts in the page's language", async () => {
      const json = await sampleJson();
      const sessions = json.sessions as { id: string; title: unknown }[];
      sessions.find((x) => x.id === 's-opening')!.title = { en: 'Opening Ceremony', de: 'Eröffnungsfeier' };
      const el = await schedule(html`<div lang="de"><plenary-schedule .data=${json}></plenary-schedule></div>`);
      expect(item(el, 's-opening')!.textContent).to.contain('Eröffnungsfeier');
      // lang="de" names no region: German conventions for the English, so 24-hour times.
      expect(time(el, 's-opening')).to.match(/^0?9:00 – 10:00$/);
    });
  });

  describe('now and next', () => {
    it('marks the sessions on now and the next ones, with text, and offers a jump to now', async () => {
      const el = await sampleSchedule({ now: '2023-11-06T14:10:00' });
      const now = qa(el, '.s.now').map((e) => e.dataset.id).sort();
      const next = qa(el, '.s.next').map((e) => e.dataset.id).sort();
      expect(now).to.deep.equal(['s-industry-2', 's-intergov-2', 's-med-1', 's-min-opening', 's-open-2']);
      expect(next).to.deep.equal(['s-industry-3', 's-intergov-3', 's-med-2', 's-min-dialogue', 's-open-3']);
      expect(item(el, 's-med-1')!.querySelector('.lv')!.textContent).to.equal('Now');
      expect(item(el, 's-med-2')!.querySelector('.lv')!.textContent).to.equal('Next');
      // Sections are not marked, only what is actually on.
      expect(item(el, 's-theme')!.classList.contains('now')).to.be.false;
      const jump = button(el, 'Jump to now')!;
      jump.click();
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.activeElement).to.equal(item(el, 's-min-opening')!.querySelector('.ti'));
    });

    it('jumps to the right day', async () => {
      const el = await sampleSchedule({ now: '2023-11-07T10:00:00' });
      tabs(el)[0]!.click();
      await settle(el);
      button(el, 'Jump to now')!.click();
      await settle(el);
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(qa(el, '.s.now').length).to.be.greaterThan(0);
    });

    it('shows no marks and no jump before or after the event', async () => {
      for (const now of ['2023-10-01T09:00:00', '2023-12-01T09:00:00']) {
        const el = await sampleSchedule({ now });
        expect(qa(el, '.now, .next').length, now).to.equal(0);
        expect(button(el, 'Jump to now')).to.be.undefined;
      }
    });

    it('moves the marks on its own with the shared ticker, and holds no timer with a frozen clock', async () => {
      const clock = sinon.useFakeTimers({ now: Date.UTC(2023, 10, 6, 6, 10), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const el = await sampleSchedule();
        expect(qa(el, '.s.now').map((e) => e.dataset.id)).to.include('s-med-1');
        expect(pendingTimers()).to.equal(1);
        clock.tick(20 * 60_000);
        await settle(el);
        expect(qa(el, '.s.now').map((e) => e.dataset.id)).to.include('s-med-2').and.not.include('s-med-1');
        el.now = '2023-11-06T14:10:00';
        await settle(el);
        expect(pendingTimers()).to.equal(0);
      } finally {
        clock.restore();
      }
    });
  });
});
