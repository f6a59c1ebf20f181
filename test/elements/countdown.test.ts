import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/countdown/plenary-countdown.js';
import '../../src/context/plenary-conference.js';
import type { PlenaryCountdown } from '../../src/elements/countdown/countdown.js';
import { pendingTimers } from '../../src/internal/ticker.js';

// Sample conference: first session (opening) 2023-11-06 09:00 Asia/Shanghai = 01:00Z; closing ends
// 2023-11-07 17:30 = 09:30Z. The ministerial meeting runs 14:00–17:30 on the first day (06:00Z–09:30Z).
const OPENING = Date.UTC(2023, 10, 6, 1);
const D = 86_400_000;
const H = 3_600_000;
const M = 60_000;
const S = 1000;

let json: unknown;

const root = (el: Element) => el.shadowRoot!.querySelector('.root')!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const timerText = (el: Element) => q(el, '[role="timer"] .visually-hidden')!.textContent!.trim();
const values = (el: Element) => qa(el, '[part="value"]').map((v) => v.textContent);
const labels = (el: Element) => qa(el, '[part="label"]').map((v) => v.textContent);
const iso = (t: number) => new Date(t).toISOString();

/** What Intl says, so the tests do not hand-type translations. */
const unit = (tag: string, u: string, display: 'long' | 'short' | 'narrow', n: number) =>
  new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: display }).formatToParts(n);
const label = (tag: string, u: string, display: 'long' | 'short' | 'narrow', n: number) => {
  const parts = unit(tag, u, display, n).some((p) => p.type === 'integer') ? unit(tag, u, display, n) : unit(tag, u, display, 0);
  return parts
    .filter((p) => p.type === 'unit')
    .map((p) => p.value)
    .join('');
};
const sentence = (tag: string, list: [string, number][]) =>
  new Intl.ListFormat(tag, { type: 'unit', style: 'long' }).format(
    list.map(([u, n]) => new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'long' }).format(n)),
  );

async function settle(el: PlenaryCountdown) {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

describe('<plenary-countdown>', () => {
  before(async () => {
    json = await (await fetch('/public/conference.json')).json();
  });

  it('is accessible', async () => {
    const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} now="2023-10-01T00:00:00Z">Chongqing</plenary-countdown>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible while live, with links to the schedule', async () => {
    const el = await fixture<PlenaryCountdown>(
      html`<div><plenary-schedule></plenary-schedule><plenary-countdown .data=${json} now="2023-11-06T06:10:00Z"></plenary-countdown></div>`,
    );
    await expect(el.querySelector('plenary-countdown')).to.be.accessible();
  });

  describe('before', () => {
    it('counts to the first session of a date-only conference start, far ahead', async () => {
      const now = OPENING - 36 * D - 1 * H;
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} now=${iso(now)}></plenary-countdown>`);
      expect(q(el, '.head')!.textContent).to.equal('Until Belt and Road Conference on Science and Technology Exchange');
      expect(timerText(el)).to.equal('36 days, 1 hour');
      expect(values(el)).to.deep.equal(['36', '01', '00', '00']);
      expect(labels(el)).to.deep.equal(['days', 'hour', 'minutes', 'seconds']);
      const timer = q(el, '[role="timer"]')!;
      expect(timer.getAttribute('aria-live')).to.equal('off');
      expect(q(el, '.units')!.getAttribute('aria-hidden')).to.equal('true');
      const time = q(el, '.when time')!;
      expect(time.getAttribute('datetime')).to.equal('2023-11-06T01:00Z');
      // The conference's zone, written out in the visitor's language.
      expect(time.textContent).to.contain('9:00').and.contain('China Standard Time').and.contain('2023');
      expect(q(el, '[role="status"]')!.textContent).to.equal('');
    });

    it('keeps its four units on one row on a 320 px phone (304 px of widget), in English and Russian', async () => {
      for (const lang of ['en', 'ru']) {
        const box = await fixture<HTMLElement>(
          html`<div style="inline-size: 304px; font-size: 16px"><plenary-countdown lang=${lang} .data=${json} now=${iso(OPENING - 4 * D - 21 * H)}></plenary-countdown></div>`,
        );
        const el = box.firstElementChild as PlenaryCountdown;
        await el.updateComplete;
        const tops = [...el.shadowRoot!.querySelectorAll('[part="unit"]')].map((u) => Math.round(u.getBoundingClientRect().top));
        // With 4.5em units they wrapped 3 + 1, a lone "seconds" on a row of its own.
        expect(tops.length, lang).to.equal(4);
        expect(new Set(tops).size, `${lang}: rows`).to.equal(1);
      }
    });

    it('says "Starts in" for a conference without a name (a Sessionize feed has none), not its id', async () => {
      const { name: _, ...nameless } = json as Record<string, unknown>;
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${nameless} now=${iso(OPENING - D)}></plenary-countdown>`);
      expect(q(el, '.head')!.textContent).to.equal('Starts in');
    });

    it('drops leading zero units when near', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} now=${iso(OPENING - 30 * S)}></plenary-countdown>`);
      expect(values(el)).to.deep.equal(['30']);
      expect(timerText(el)).to.equal('30 seconds');
    });

    it('keeps zero units inside the display but leaves them out of the sentence', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} now=${iso(OPENING - 2 * D - 5 * S)}></plenary-countdown>`);
      expect(values(el)).to.deep.equal(['2', '00', '00', '05']);
      expect(timerText(el)).to.equal('2 days, 5 seconds');
    });

    it('counts to a session', async () => {
      const el = await fixture<PlenaryCountdown>(
        html`<plenary-countdown .data=${json} session="s-ministerial" precision="minute" now="2023-11-06T05:00:00Z"></plenary-countdown>`,
      );
      expect(q(el, '.head')!.textContent).to.contain('Until Belt and Road Ministerial Meeting');
      expect(timerText(el)).to.equal('1 hour');
      expect(q(el, '.when time')!.getAttribute('datetime')).to.equal('2023-11-06T06:00Z');
    });

    it('lets the before slot replace the heading and shows the caption', async () => {
      const el = await fixture<PlenaryCountdown>(
        html`<plenary-countdown to="2023-11-06T09:00:00+08:00" now="2023-11-01T01:00:00Z"
          ><b slot="before">Doors open in</b>6 November 2023, Chongqing</plenary-countdown
        >`,
      );
      const before = q<HTMLSlotElement>(el, 'slot[name="before"]')!;
      expect(before.assignedElements()[0]!.textContent).to.equal('Doors open in');
      const caption = q<HTMLSlotElement>(el, 'slot:not([name])')!;
      expect(caption.assignedNodes().map((n) => n.textContent).join('')).to.equal('6 November 2023, Chongqing');
      const range = document.createRange();
      range.selectNodeContents(el.lastChild!);
      expect(range.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('live', () => {
    it('shows what is on now: the innermost running sessions, three and a count', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} now="2023-11-06T06:10:00Z"></plenary-countdown>`);
      const live = q(el, '[part="live"]')!;
      expect(live.querySelector('.head')!.textContent).to.equal('Happening now');
      const items = [...live.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal([
        'Statements by heads of delegation',
        'Water, energy and food: a research agenda for dry lands',
        'Affordable industrial IoT for small manufacturers',
        'and 2 more',
      ]);
      expect(!!live.querySelector('a')).to.equal(false);
      expect(!!q(el, '[role="timer"]')).to.equal(false);
    });

    it('links the titles to the schedule when one is on the page', async () => {
      const wrap = await fixture(
        html`<div><plenary-schedule></plenary-schedule><plenary-countdown .data=${json} now="2023-11-06T06:10:00Z"></plenary-countdown></div>`,
      );
      const el = wrap.querySelector('plenary-countdown')!;
      const a = qa(el, '[part="live"] a');
      expect(a.length).to.equal(3);
      expect(a[0]!.getAttribute('href')).to.equal('#plenary-session=s-min-opening');
    });

    it('says what is next between sessions', async () => {
      // 04:00 on the second day in Chongqing.
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} now="2023-11-06T20:00:00Z"></plenary-countdown>`);
      const p = q(el, '[part="live"] p:last-child')!;
      expect(p.previousElementSibling!.textContent).to.equal('Next');
      expect(p.textContent).to.equal('9:00 AM GMT+8 Science for health equity');
      expect(p.querySelector('time')!.textContent).to.equal('9:00 AM GMT+8');
      expect(p.querySelector('time')!.getAttribute('datetime')).to.equal('2023-11-07T01:00Z');
    });

    it('names the day when what is next is on another day', async () => {
      // 20:00 on the first day in Chongqing.
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} now="2023-11-06T12:00:00Z"></plenary-countdown>`);
      // With its zone, as the countdown's date line before the conference has it (i18n QA finding 7).
      expect(q(el, '[part="live"] time')!.textContent).to.equal('Tue, Nov 7, 9:00 AM GMT+8');
    });

    it('scopes a session countdown to that session and its children', async () => {
      const el = await fixture<PlenaryCountdown>(
        html`<plenary-countdown .data=${json} session="s-ministerial" now="2023-11-06T06:40:00Z"></plenary-countdown>`,
      );
      const items = qa(el, '[part="live"] li').map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(['Ministerial dialogue: science and innovation for sustainable development']);
    });

    it('uses the live slot', async () => {
      const el = await fixture<PlenaryCountdown>(
        html`<plenary-countdown .data=${json} now="2023-11-06T06:10:00Z"><span slot="live">On air</span></plenary-countdown>`,
      );
      expect(q<HTMLSlotElement>(el, 'slot[name="live"]')!.assignedElements().length).to.equal(1);
    });
  });

  describe('ended', () => {
    it('says Ended after the last session of a date-only end', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} now="2023-11-07T10:00:00Z"></plenary-countdown>`);
      expect(q(el, '.head')!.textContent).to.equal('Ended');
      expect(!!q(el, '[part="live"]')).to.equal(false);
    });

    it('shows the ended slot instead', async () => {
      const el = await fixture<PlenaryCountdown>(
        html`<plenary-countdown .data=${json} now="2024-01-01T00:00:00Z"><p slot="ended">See you in 2024</p></plenary-countdown>`,
      );
      const slot = q<HTMLSlotElement>(el, 'slot[name="ended"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('See you in 2024');
    });

    it('ends a session countdown when the session ends', async () => {
      const el = await fixture<PlenaryCountdown>(
        html`<plenary-countdown .data=${json} session="s-ministerial" now="2023-11-06T09:30:00Z"></plenary-countdown>`,
      );
      expect(q(el, '.head')!.textContent).to.equal('Ended');
    });
  });

  describe('precision and format', () => {
    const left = 3 * D + 4 * H + 5 * M + 6 * S;
    const now = '2023-11-01T00:00:00Z';
    const to = iso(Date.parse(now) + left);
    const cases: [string, [string, number][]][] = [
      ['second', [['day', 3], ['hour', 4], ['minute', 5], ['second', 6]]],
      ['minute', [['day', 3], ['hour', 4], ['minute', 6]]],
      ['hour', [['day', 3], ['hour', 5]]],
      ['day', [['day', 4]]],
    ];
    for (const [precision, expected] of cases) {
      it(`rounds up to the ${precision}`, async () => {
        const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${to} now=${now} precision=${precision}></plenary-countdown>`);
        expect(timerText(el)).to.equal(sentence('en', expected));
        expect(qa(el, '[part="unit"]').length).to.equal(expected.length);
      });
    }

    it('reads like a person in English, Russian and Chinese', async () => {
      const en = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${to} now=${now} format="narrow"></plenary-countdown>`);
      expect(timerText(en)).to.equal('3 days, 4 hours, 5 minutes, 6 seconds');
      expect(labels(en)).to.deep.equal(['d', 'h', 'm', 's']);
      const ru = await fixture<PlenaryCountdown>(html`<plenary-countdown lang="ru" to=${to} now=${now}></plenary-countdown>`);
      expect(timerText(ru)).to.equal('3 дня 4 часа 5 минут 6 секунд');
      expect(labels(ru)[0]).to.equal('дня');
      const zh = await fixture<PlenaryCountdown>(html`<plenary-countdown lang="zh" to=${to} now=${now}></plenary-countdown>`);
      expect(labels(zh)).to.deep.equal(['天', '小时', '分钟', '秒钟']);
    });

    for (const tag of ['en', 'zh', 'ar', 'ru']) {
      for (const display of ['long', 'short', 'narrow'] as const) {
        it(`formats ${display} units in ${tag} as Intl does`, async () => {
          const el = await fixture<PlenaryCountdown>(
            html`<plenary-countdown lang=${tag} to=${to} now=${now} precision="minute" format=${display}></plenary-countdown>`,
          );
          const expected: [string, number][] = [['day', 3], ['hour', 4], ['minute', 6]];
          expect(labels(el)).to.deep.equal(expected.map(([u, n]) => label(tag, u, display, n)));
          const nf = (n: number, d: number) => new Intl.NumberFormat(tag, { minimumIntegerDigits: d }).format(n);
          expect(values(el)).to.deep.equal([nf(3, 1), nf(4, 2), nf(6, 2)]);
          // The accessible text is always the long form.
          expect(timerText(el)).to.equal(sentence(tag, expected));
          expect(root(el).getAttribute('lang')).to.equal(tag);
        });
      }
    }

    it('writes Arabic one and two as Intl does, with a numeral in the display', async () => {
      const el = await fixture<PlenaryCountdown>(
        html`<plenary-countdown lang="ar" to=${iso(Date.parse(now) + 2 * D + 1 * H)} now=${now} precision="hour"></plenary-countdown>`,
      );
      expect(timerText(el)).to.equal(sentence('ar', [['day', 2], ['hour', 1]]));
      expect(values(el)).to.deep.equal([new Intl.NumberFormat('ar').format(2), new Intl.NumberFormat('ar', { minimumIntegerDigits: 2 }).format(1)]);
      expect(labels(el)[0]).to.equal(label('ar', 'day', 'long', 0));
      expect(root(el).getAttribute('dir')).to.equal('rtl');
    });

    it('treats unknown precision and format as second and long', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${to} now=${now} precision="week" format="tiny"></plenary-countdown>`);
      expect(labels(el)).to.deep.equal(['days', 'hours', 'minutes', 'seconds']);
    });

    it('keeps format apart from the feed format', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} format="narrow" now="2023-10-01T00:00:00Z"></plenary-countdown>`);
      expect(el.conference?.id).to.equal('bri-stec-2023');
      expect(labels(el)[0]).to.equal('d');
    });
  });

  describe('standalone and bad input', () => {
    it('counts to `to` with no conference data at all, in the visitor zone', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to="2023-11-06T09:00:00+08:00" now="2023-11-05T01:00:00Z"></plenary-countdown>`);
      expect(!!q(el, '[part="error"]')).to.equal(false);
      expect(q(el, '.head')!.textContent).to.equal('Starts in');
      expect(timerText(el)).to.equal('1 day');
      // The test browser is in New York: 8 pm Eastern Standard Time the evening before.
      expect(q(el, '.when time')!.textContent).to.contain('8:00').and.contain('Eastern Standard Time');
    });

    it('renders a `to` countdown far below the fold at once (nothing to load)', async () => {
      const wrap = await fixture(
        html`<div><div style="block-size: 20000px"></div><plenary-countdown to="2023-11-06T09:00:00+08:00" now="2023-11-06T00:00:00Z"></plenary-countdown></div>`,
      );
      const el = wrap.querySelector('plenary-countdown')!;
      await settle(el);
      expect(!!q(el, '[part="loading"]')).to.equal(false);
      expect(timerText(el)).to.equal('1 hour');
    });

    it('reads a `to` without offset in `time-zone` when there is no data', async () => {
      const el = await fixture<PlenaryCountdown>(
        html`<plenary-countdown to="2023-11-06T09:00" time-zone="Asia/Shanghai" now="2023-11-06T00:00:00Z"></plenary-countdown>`,
      );
      expect(timerText(el)).to.equal('1 hour');
    });

    it('reads a `to` without offset in the conference zone', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} to="2023-11-06T14:00" now="2023-11-06T05:00:00Z"></plenary-countdown>`);
      expect(timerText(el)).to.equal('1 hour');
      expect(q(el, '.head')!.textContent).to.equal('Starts in');
    });

    it('shows a readable message for a bad `to`', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to="next tuesday"></plenary-countdown>`);
      const alert = q(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('The programme could not be shown.');
      expect(alert.querySelector('li')!.textContent).to.equal('to: "next tuesday" is not an ISO 8601 date-time (such as 2023-11-06T09:00+08:00)');
      expect(pendingTimers()).to.equal(0);
    });

    it('shows a readable message for an unknown session', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} session="s-nope"></plenary-countdown>`);
      expect(q(el, '[role="alert"] li')!.textContent).to.equal('session: no session has the id "s-nope"');
    });

    it('asks for data when it has neither `to` nor a source', async () => {
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown></plenary-countdown>`);
      expect(q(el, '[role="alert"]')!.textContent).to.contain('src');
    });

    it('counts to `to` inside a <plenary-conference> that has no source', async () => {
      const wrap = await fixture(
        html`<plenary-conference now="2023-11-06T00:00:00Z"><plenary-countdown to="2023-11-06T09:00:00+08:00"></plenary-countdown></plenary-conference>`,
      );
      const el = wrap.querySelector('plenary-countdown')!;
      await settle(el);
      expect(timerText(el)).to.equal('1 hour');
    });

    it('reads the conference from <plenary-conference>', async () => {
      const wrap = await fixture(
        html`<plenary-conference .data=${json} now="2023-11-06T06:10:00Z"><plenary-countdown></plenary-countdown></plenary-conference>`,
      );
      const el = wrap.querySelector('plenary-countdown')!;
      await settle(el);
      expect(!!q(el, '[part="live"]')).to.equal(true);
    });

    it('shows its light-DOM text before it is defined', async () => {
      const el = await fixture(html`<plenary-countdown-undefined to="2023-11-06T09:00:00+08:00">6 November 2023, Chongqing</plenary-countdown-undefined>`);
      expect((el as HTMLElement).innerText).to.equal('6 November 2023, Chongqing');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('with a running clock', () => {
    let clock: sinon.SinonFakeTimers;
    const start = (now: number) => (clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
    afterEach(() => {
      fixtureCleanup();
      clock?.restore();
      delete (document as { visibilityState?: string }).visibilityState;
    });
    const TO = '2023-11-06T09:00:00+08:00';

    it('ticks every second, crosses zero once and announces only that', async () => {
      start(OPENING - 2500);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO}></plenary-countdown>`);
      const ends: CustomEvent[] = [];
      el.addEventListener('plenary-countdown-end', (e) => ends.push(e));
      expect(timerText(el)).to.equal('3 seconds');
      expect(clock.countTimers()).to.equal(1);
      clock.tick(500);
      await settle(el);
      expect(timerText(el)).to.equal('2 seconds');
      expect(q(el, '[role="status"]')!.textContent).to.equal('');
      clock.tick(1000);
      await settle(el);
      expect(timerText(el)).to.equal('1 second');
      clock.tick(999);
      await settle(el);
      expect(ends.length).to.equal(0);
      clock.tick(1);
      await settle(el);
      expect(ends.length).to.equal(1);
      expect(ends[0]!.detail).to.deep.equal({ target: OPENING });
      expect(ends[0]!.bubbles && ends[0]!.composed).to.equal(true);
      expect(q(el, '.head')!.textContent).to.equal('Ended');
      expect(q(el, '[role="status"]')!.textContent).to.equal('Ended');
      expect(pendingTimers()).to.equal(0);
      clock.tick(60_000);
      el.requestUpdate();
      await settle(el);
      expect(ends.length).to.equal(1);
    });

    it('goes live at the opening, then follows the sessions', async () => {
      start(OPENING - 1000);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${json} precision="minute"></plenary-countdown>`);
      let ends = 0;
      el.addEventListener('plenary-countdown-end', () => ends++);
      expect(timerText(el)).to.equal('1 minute');
      clock.tick(1000);
      await settle(el);
      expect(ends).to.equal(1);
      expect(q(el, '[role="status"]')!.textContent).to.equal('Happening now');
      expect(qa(el, '[part="live"] li').map((li) => li.textContent!.trim())).to.deep.equal(['Opening Ceremony']);
      // The next change is the end of the opening ceremony, an hour later; nothing renders before.
      clock.tick(H - 1);
      await settle(el);
      expect(qa(el, '[part="live"] li')[0]!.textContent).to.contain('Opening Ceremony');
      clock.tick(1);
      await settle(el);
      expect(qa(el, '[part="live"] li')[0]!.textContent).to.contain('Coffee break');
      expect(ends).to.equal(1);
    });

    it('announces the custom ended text', async () => {
      start(OPENING - 1000);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO}><span slot="ended">Doors are open</span></plenary-countdown>`);
      clock.tick(1000);
      await settle(el);
      expect(q(el, '[role="status"]')!.textContent).to.equal('Doors are open');
    });

    it('fires nothing when the page opens after the target', async () => {
      start(OPENING + 1000);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO}></plenary-countdown>`);
      let ends = 0;
      el.addEventListener('plenary-countdown-end', () => ends++);
      clock.tick(5000);
      el.requestUpdate();
      await settle(el);
      expect(ends).to.equal(0);
      expect(q(el, '[role="status"]')!.textContent).to.equal('');
    });

    it('does not tick or fire with a frozen clock', async () => {
      start(OPENING - 5000);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO} now=${iso(OPENING - 1000)}></plenary-countdown>`);
      let ends = 0;
      el.addEventListener('plenary-countdown-end', () => ends++);
      expect(pendingTimers()).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
      el.now = iso(OPENING + 1000);
      await settle(el);
      expect(q(el, '.head')!.textContent).to.equal('Ended');
      expect(ends).to.equal(0);
    });

    it('does not fire when `to` is changed to the past', async () => {
      start(OPENING - 5000);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO}></plenary-countdown>`);
      let ends = 0;
      el.addEventListener('plenary-countdown-end', () => ends++);
      el.to = '2020-01-01T00:00:00Z';
      await settle(el);
      expect(q(el, '.head')!.textContent).to.equal('Ended');
      expect(ends).to.equal(0);
    });

    it('ticks once a minute, on the minute, at minute precision', async () => {
      start(OPENING - 10 * M - 30 * S);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO} precision="minute"></plenary-countdown>`);
      expect(timerText(el)).to.equal('11 minutes');
      const spy = sinon.spy(el, 'requestUpdate');
      clock.tick(29_999);
      expect(spy.callCount).to.equal(0);
      clock.tick(1);
      await settle(el);
      expect(timerText(el)).to.equal('10 minutes');
      clock.tick(M);
      await settle(el);
      expect(timerText(el)).to.equal('9 minutes');
      expect(spy.callCount).to.equal(2);
    });

    it('stops while the tab is hidden and catches up on return', async () => {
      start(OPENING - 10 * S);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO}></plenary-countdown>`);
      expect(pendingTimers()).to.equal(1);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(pendingTimers()).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
      clock.tick(5000);
      await settle(el);
      expect(timerText(el)).to.equal('10 seconds');
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      expect(timerText(el)).to.equal('5 seconds');
      expect(pendingTimers()).to.equal(1);
    });

    it('fires the end on return to a tab that was hidden when the target passed', async () => {
      start(OPENING - 2000);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO}></plenary-countdown>`);
      let ends = 0;
      el.addEventListener('plenary-countdown-end', () => ends++);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      clock.tick(10_000);
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(el);
      expect(ends).to.equal(1);
    });

    it('leaves no timer behind when removed', async () => {
      start(OPENING - 10 * S);
      const el = await fixture<PlenaryCountdown>(html`<plenary-countdown to=${TO}></plenary-countdown>`);
      expect(pendingTimers()).to.equal(1);
      el.remove();
      expect(pendingTimers()).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
    });

    it('shares one timer among twenty countdowns', async () => {
      start(OPENING - 10 * M);
      const precisions = ['second', 'minute', 'hour', 'day'];
      const wrap = await fixture(
        html`<div>${Array.from({ length: 20 }, (_, i) => html`<plenary-countdown to=${TO} precision=${precisions[i % 4]!}></plenary-countdown>`)}</div>`,
      );
      const all = [...wrap.querySelectorAll('plenary-countdown')];
      expect(all.length).to.equal(20);
      expect(pendingTimers()).to.equal(1);
      expect(clock.countTimers()).to.equal(1);
      clock.tick(1000);
      await Promise.all(all.map(settle));
      expect(timerText(all[0]!)).to.equal('9 minutes, 59 seconds');
      expect(timerText(all[1]!)).to.equal('10 minutes');
      expect(clock.countTimers()).to.equal(1);
    });
  });
});
