import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { button, generate, item, q, qa, sampleJson, sampleSchedule, schedule, settle, status, visible, type PlenarySchedule } from './schedule-helpers.js';

const KEY = 'plenary:favorites:bri-stec-2023';
const star = (el: PlenarySchedule, id: string) => item(el, id)!.querySelector<HTMLButtonElement>('.st')!;
const dialog = (el: PlenarySchedule) => q<HTMLDialogElement>(el, 'dialog');
const clean = () => history.replaceState(null, '', location.pathname + location.search);
const popstate = (el: PlenarySchedule) => new Promise<void>((r) => window.addEventListener('popstate', () => settle(el).then(() => r()), { once: true }));

/** Capture downloads: the anchor's file name and the downloaded text. */
function captureDownloads() {
  const got: { name: string; href: string }[] = [];
  const stub = sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
    if (this.download) got.push({ name: this.download, href: this.href });
  });
  return { got, restore: () => stub.restore(), text: (i = 0) => fetch(got[i]!.href).then((r) => r.text()) };
}

describe('<plenary-schedule> my agenda, dialog and links', () => {
  afterEach(() => {
    localStorage.clear();
    clean();
  });

  describe('favourites', () => {
    it('stars a session with a labelled toggle, saves it per conference and tells the page', async () => {
      const el = await sampleSchedule();
      const b = star(el, 's-opening');
      expect(b.getAttribute('aria-label')).to.equal('Add Opening Ceremony to my agenda');
      expect(b.getAttribute('aria-pressed')).to.equal('false');
      setTimeout(() => b.click());
      const e = await oneEvent(document, 'plenary-favorites-change');
      expect(e.detail).to.deep.equal(['s-opening']);
      expect(e.bubbles && e.composed).to.be.true;
      await settle(el);
      expect(star(el, 's-opening').getAttribute('aria-pressed')).to.equal('true');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['s-opening']);
      expect(button(el, 'My agenda')!.textContent).to.contain('(1)');
      // A new page load keeps it.
      const again = await sampleSchedule();
      expect(star(again, 's-opening').getAttribute('aria-pressed')).to.equal('true');
      expect(again.favorites).to.deep.equal(['s-opening']);
    });

    it('fires no event when the favourites are set by script, and updates other schedules on the page', async () => {
      const wrap = await schedule(html`<div><plenary-schedule .data=${await sampleJson()}></plenary-schedule><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
      const [a, b] = [...wrap.parentElement!.querySelectorAll('plenary-schedule')] as PlenarySchedule[];
      await settle(b!);
      const spy = sinon.spy();
      document.addEventListener('plenary-favorites-change', spy);
      a!.favorites = ['s-keynote-li'];
      await settle(a!);
      await settle(b!);
      document.removeEventListener('plenary-favorites-change', spy);
      expect(spy.called).to.be.false;
      expect(star(a!, 's-keynote-li').getAttribute('aria-pressed')).to.equal('true');
      expect(star(b!, 's-keynote-li').getAttribute('aria-pressed')).to.equal('true');
    });

    it('keeps working when localStorage throws', async () => {
      const get = sinon.stub(Storage.prototype, 'getItem').throws(new Error('denied'));
      const set = sinon.stub(Storage.prototype, 'setItem').throws(new Error('full'));
      try {
        const el = await sampleSchedule();
        star(el, 's-opening').click();
        await settle(el);
        expect(star(el, 's-opening').getAttribute('aria-pressed')).to.equal('true');
      } finally {
        get.restore();
        set.restore();
      }
    });

    it('filters to my agenda, and says how to fill an empty one', async () => {
      const el = await sampleSchedule();
      button(el, 'My agenda')!.click();
      await settle(el);
      expect(visible(el)).to.have.length(0);
      expect(q(el, '[part=empty]')!.textContent).to.equal('Star sessions to add them to your agenda.');
      el.favorites = ['s-med-2', 's-keynote-li'];
      await settle(el);
      expect(visible(el)).to.deep.equal(['s-keynote-li', 's-theme', 's-forum-medicine', 's-med-2']);
      expect(status(el)).to.equal('Matching: 2 sessions');
    });

    it('writes the calendar entry’s place in the visitor’s language, with its punctuation', async () => {
      // A Chinese entry read "主会场, 重庆国际博览中心, 重庆" with Latin commas (i18n QA finding 13).
      const el = await sampleSchedule({ lang: 'zh' });
      el.favorites = ['s-opening'];
      await settle(el);
      const d = captureDownloads();
      try {
        button(el, '添加到日历：我的日程')!.click();
        await waitUntil(() => d.got.length > 0);
        const ics = (await d.text(0)).replace(/\r\n /g, '');
        expect(ics).to.match(/\r\nLOCATION:[^\r\n,]+，重庆国际博览中心，/);
      } finally {
        d.restore();
      }
    });

    it('downloads an .ics of all starred sessions and of one session', async () => {
      const el = await sampleSchedule();
      el.favorites = ['s-opening', 's-med-1'];
      await settle(el);
      const d = captureDownloads();
      try {
        button(el, 'Add to calendar: My agenda')!.click();
        // The calendar writer loads on demand: the download may come a moment after the click.
        await waitUntil(() => d.got.length > 0);
        expect(d.got[0]!.name).to.equal('bri-stec-2023-agenda.ics');
        expect(d.got[0]!.href).to.match(/^blob:/);
        const ics = await d.text(0);
        expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
        expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
        expect(ics).to.contain('DTSTART;TZID=Asia/Shanghai:20231106T090000');
        expect(ics).to.contain('SUMMARY:Opening Ceremony');
        item(el, 's-med-1')!.querySelector<HTMLElement>('.ti')!.click();
        await settle(el);
        qa(el, 'dialog button').find((b) => b.textContent === 'Add to calendar')!.click();
        await waitUntil(() => d.got.length > 1);
        expect(d.got[1]!.name).to.equal('bri-stec-2023-s-med-1.ics');
        const one = await d.text(1);
        expect(one.match(/BEGIN:VEVENT/g)).to.have.length(1);
        expect(one).to.contain('DTSTART;TZID=Asia/Shanghai:20231106T140000');
      } finally {
        d.restore();
        dialog(el)?.close();
      }
    });

    it('shares the agenda as a link that, opened elsewhere, shows it and offers to import it', async () => {
      let el = await sampleSchedule();
      el.favorites = ['s-opening', 's-med-1'];
      await settle(el);
      button(el, 'Share my agenda')!.click();
      await settle(el);
      const url = q<HTMLInputElement>(el, 'input.url')!;
      expect(url.getAttribute('aria-label')).to.equal('Share my agenda');
      expect(url.value).to.equal(location.href.split('#')[0] + '#plenary-agenda=s-opening,s-med-1');
      // Someone else opens it.
      localStorage.clear();
      history.replaceState(null, '', '#plenary-agenda=s-opening,s-med-1,s-unknown');
      el = await sampleSchedule();
      expect(q(el, '.shared p')!.textContent).to.equal('Someone shared their agenda with you: 2 sessions');
      expect(visible(el)).to.deep.equal(['s-opening', 's-theme', 's-forum-medicine', 's-med-1']);
      setTimeout(() => button(el, 'Add them to my agenda')!.click());
      const e = await oneEvent(el, 'plenary-favorites-change');
      expect(e.detail).to.deep.equal(['s-opening', 's-med-1']);
      await settle(el);
      expect(q(el, '.shared')).to.be.null;
      expect(location.hash).to.equal('');
      expect(visible(el).length).to.be.greaterThan(20);
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['s-opening', 's-med-1']);
    });
  });

  describe('session dialog', () => {
    it('opens on click with full details and fires plenary-session-select', async () => {
      const el = await sampleSchedule();
      setTimeout(() => item(el, 's-opening')!.querySelector<HTMLElement>('.ti')!.click());
      const e = await oneEvent(el, 'plenary-session-select');
      expect(e.detail).to.equal('s-opening');
      await settle(el);
      const d = dialog(el)!;
      expect(d.open).to.be.true;
      expect(d.getAttribute('part')).to.equal('dialog');
      expect(d.querySelector('h2')!.textContent).to.equal('Opening Ceremony');
      const text = d.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Monday, November 6, 2023').and.contain('China Standard Time');
      expect(text).to.contain('The conference opens.');
      expect(text).to.contain('Main Hall').and.contain('Opening ceremony').and.contain('Chinese, interpretation: English, Russian, and Arabic');
      expect(text).to.contain('Speakers').and.contain('Moderators');
      const img = d.querySelector('.people img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('');
      expect(qa(el, 'dialog a').map((a) => a.getAttribute('href'))).to.include('https://example.org/live/main-hall');
      expect(location.hash).to.equal('#plenary-session=s-opening');
      expect(el.shadowRoot!.activeElement?.closest('dialog')).to.equal(d);
      // Escape (the browser's cancel) closes it and restores the address.
      const back = popstate(el);
      d.close();
      await back;
      expect(location.hash).to.equal('');
      expect(dialog(el)).to.be.null;
    });

    it('gives focus back to the title that opened it', async () => {
      const el = await sampleSchedule();
      const title = item(el, 's-keynote-li')!.querySelector<HTMLElement>('.ti')!;
      title.focus();
      title.click();
      await settle(el);
      expect(el.shadowRoot!.activeElement?.closest('dialog')).to.exist;
      const back = popstate(el);
      dialog(el)!.close();
      await back;
      expect(el.shadowRoot!.activeElement).to.equal(title);
    });

    it('goes to the parent and the parts from inside the dialog', async () => {
      const el = await sampleSchedule();
      item(el, 's-med-1')!.querySelector<HTMLElement>('.ti')!.click();
      await settle(el);
      button(el, 'Future Medicine Forum')!.click();
      await settle(el);
      expect(dialog(el)!.querySelector('h2')!.textContent).to.equal('Future Medicine Forum');
      expect(qa(el, 'dialog ul button').map((b) => b.textContent!.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim())).to.include('2:00 PM Shared vaccine platforms for the Global South');
      expect(location.hash).to.equal('#plenary-session=s-forum-medicine');
      const back = popstate(el);
      dialog(el)!.close();
      await back;
      expect(location.hash).to.equal('');
    });

    it('opens from the address on load, without an event, and closes without leaving the page', async () => {
      history.replaceState(null, '', '#plenary-session=s-med-2');
      const spy = sinon.spy();
      document.addEventListener('plenary-session-select', spy);
      const el = await sampleSchedule();
      document.removeEventListener('plenary-session-select', spy);
      expect(dialog(el)!.open).to.be.true;
      expect(dialog(el)!.querySelector('h2')!.textContent).to.equal('Bioresorbable devices and regenerative medicine');
      expect(spy.called).to.be.false;
      const length = history.length;
      const closed = oneEvent(dialog(el)!, 'close');
      dialog(el)!.close();
      await closed;
      await settle(el);
      expect(location.hash).to.equal('');
      expect(history.length).to.equal(length);
    });

    it('opens in one schedule only when the page has several, preferring a visible one', async () => {
      history.replaceState(null, '', '#plenary-session=s-med-2');
      const json = await sampleJson();
      const wrap = await schedule(
        html`<div><plenary-schedule hidden .data=${json}></plenary-schedule><plenary-schedule .data=${json}></plenary-schedule><plenary-schedule .data=${json}></plenary-schedule></div>`,
      );
      const all = [...wrap.parentElement!.querySelectorAll('plenary-schedule')] as PlenarySchedule[];
      for (const x of all) await settle(x);
      expect(all.map((x) => !!dialog(x))).to.deep.equal([false, true, false]);
      dialog(all[1]!)!.close();
    });

    it('follows back and forward, and hashchange', async () => {
      const el = await sampleSchedule();
      item(el, 's-opening')!.querySelector<HTMLElement>('.ti')!.click();
      await settle(el);
      let nav = popstate(el);
      history.back();
      await nav;
      expect(dialog(el)).to.be.null;
      nav = popstate(el);
      history.forward();
      await nav;
      expect(dialog(el)!.open).to.be.true;
      expect(dialog(el)!.querySelector('h2')!.textContent).to.equal('Opening Ceremony');
      location.hash = '#plenary-session=s-keynote-li';
      await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
      await settle(el);
      expect(dialog(el)!.querySelector('h2')!.textContent).to.equal('Building Open Research Infrastructure for the Belt and Road');
      dialog(el)!.close();
      await settle(el);
    });

    it('opens a session from script with openSession, without an event', async () => {
      const el = await sampleSchedule();
      const spy = sinon.spy();
      el.addEventListener('plenary-session-select', spy);
      el.openSession('s-med-4');
      await settle(el);
      expect(dialog(el)!.open).to.be.true;
      expect(location.hash).to.equal('#plenary-session=s-med-4');
      expect(spy.called).to.be.false;
      el.openSession('no-such-session');
      await settle(el);
      expect(dialog(el)!.querySelector('h2')!.textContent).to.equal('Panel: sharing clinical data across borders');
      const back = popstate(el);
      dialog(el)!.close();
      await back;
    });

    it('stars from the dialog', async () => {
      const el = await sampleSchedule();
      el.openSession('s-med-4');
      await settle(el);
      const b = qa(el, 'dialog button[aria-pressed]')[0]!;
      b.click();
      await settle(el);
      expect(el.favorites).to.deep.equal(['s-med-4']);
      expect(star(el, 's-med-4').getAttribute('aria-pressed')).to.equal('true');
      const back = popstate(el);
      dialog(el)!.close();
      await back;
    });
  });
});

// Keyboard focus after actions that move or remove what had it (QA a11y). In this file, not its own: run in a
// second page at the same time as the agenda tests, it made that page never report its end (1 run in 3-7).
/** The focused element inside the schedule, or the page's (e.g. <body>) when focus has left it. */
/** Waits (up to 2 s: a loaded machine may take a while) until the focused element is the expected one, then checks it. */
const focusOn = async (el: PlenarySchedule, want: string) => {
  await waitUntil(() => focused(el) === want, '', { timeout: 2000 }).catch(() => {});
  expect(focused(el)).to.equal(want);
};
const focused = (el: PlenarySchedule) => describe_(el.shadowRoot!.activeElement ?? document.activeElement);
/** A short description of an element (chai would otherwise print whole DOM trees on failure). */
const describe_ = (e: Element | null | undefined) => (e ? `<${e.localName} class="${e.className}"> ${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}` : 'nothing');
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('<plenary-schedule> keeps keyboard focus (QA a11y)', () => {
  // Test files run two at a time in pages of one origin: another file's localStorage.clear() reaches this page as a
  // storage event, and the schedule (rightly) reloads its agenda from it, emptying "My agenda" mid-test.
  const block = (e: Event) => e.stopImmediatePropagation();
  before(() => addEventListener('storage', block, true));
  after(() => removeEventListener('storage', block, true));
  afterEach(() => {
    localStorage.clear();
    clean();
  });

  it('tabs through the bar in the order it is drawn: agenda, Clear all, Filters (WCAG 2.4.3)', async () => {
    const el = await schedule(html`<div style="inline-size: 1100px"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
    const row = q(el, '.bar .row')!;
    const stops = [...row.querySelectorAll<HTMLElement>('button, summary')].filter((b) => b.checkVisibility());
    expect(stops.map((b) => b.textContent!.trim().replace(/\s*\(.*$/, ''))).to.deep.equal(['My agenda', 'Clear all', 'Filters']);
    const xs = stops.map((b) => b.getBoundingClientRect().left);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
  });

  /** A schedule showing "My agenda" with these favourites, after the keyboard unstars s-opening. */
  async function unstarInAgenda(favorites: string[]): Promise<PlenarySchedule> {
    const el = await sampleSchedule({ view: 'list' });
    el.favorites = favorites;
    await settle(el);
    button(el, 'My agenda')!.click();
    await settle(el);
    const star = item(el, 's-opening')!.querySelector<HTMLButtonElement>('.st')!;
    star.focus();
    star.click();
    await settle(el);
    await frame();
    return el;
  }

  it('unstarring a session while "My agenda" is shown moves focus to the next session shown, not <body>', async () => {
    const el = await unstarInAgenda(['s-opening', 's-keynote-li']);
    expect(item(el, 's-opening')!.hidden).to.be.true;
    await focusOn(el, describe_(item(el, 's-keynote-li')!.querySelector('.ti')));
  });

  it('unstarring the last session of "My agenda" moves focus to the "My agenda" toggle', async () => {
    const el = await unstarInAgenda(['s-opening']);
    await focusOn(el, describe_(button(el, 'My agenda')));
  });

  it('closing the shared-agenda banner with its buttons keeps focus in the schedule', async () => {
    history.replaceState(null, '', '#plenary-agenda=s-opening,s-med-1');
    const el = await sampleSchedule({ view: 'list' });
    const add = button(el, 'Add them to my agenda')!;
    add.focus();
    add.click();
    await settle(el);
    expect(q(el, '.shared')).to.be.null;
    await focusOn(el, describe_(button(el, 'My agenda')));
  });

  it('following a part or "Part of" inside the session dialog focuses the new heading', async () => {
    const el = await sampleSchedule({ view: 'list' });
    el.openSession('s-forum-medicine');
    await settle(el);
    const part = q(el, 'dialog ul:not(.people) .lk')!;
    part.focus();
    part.click();
    await settle(el);
    await settle(el);
    const h = q(el, 'dialog h2')!;
    expect(h.textContent).to.not.contain('Forum');
    await focusOn(el, describe_(h));
    const up = q(el, 'dialog dd .lk')!;
    up.focus();
    up.click();
    await settle(el);
    await settle(el);
    await focusOn(el, describe_(q(el, 'dialog h2')));
    q<HTMLDialogElement>(el, 'dialog')!.close();
    await settle(el);
  });

  it('in the grid, a session focused at the inline start is scrolled clear of the sticky time column (WCAG 2.4.11)', async () => {
    const wrap = await schedule(html`<div style="inline-size: 1100px"><plenary-schedule view="grid" .data=${await sampleJson()}></plenary-schedule></div>`);
    const el = wrap as PlenarySchedule;
    await settle(el);
    await frame();
    const g = q(el, '#panel .g')!;
    const corner = q(el, '#panel .corner')!;
    const title = item(el, 's-keynote-okafor')?.querySelector<HTMLElement>('.ti') ?? qa(el, '#panel .s:not(.p) .ti')[1]!;
    // Scroll so that the title is only just inside the scroller, under the sticky time column, as Tab leaves it
    // after a session that spans every room (the browser sees it as partly visible and does not scroll).
    const t0 = title.getBoundingClientRect();
    g.scrollLeft += t0.right - (g.getBoundingClientRect().left + 30);
    await frame();
    title.focus();
    await frame();
    const t = title.getBoundingClientRect();
    expect(t.right, 'focused title is visible right of the time column').to.be.greaterThan(corner.getBoundingClientRect().right + 20);
  });

  it('in the grid, a large day left to content-visibility gets its scroll padding once it is rendered (WCAG 2.4.11)', async () => {
    const wrap = await schedule(html`<div style="inline-size: 1100px"><plenary-schedule view="grid" day="all" .data=${generate({ days: 2, perDay: 104, rooms: 8 })}></plenary-schedule></div>`);
    const el = wrap as PlenarySchedule;
    await settle(el);
    expect(q(el, '#panel .day.cv'), 'the second day (over 99 sessions) starts left to content-visibility').to.exist;
    await waitUntil(() => !q(el, '#panel .cv'), 'the second day is rendered in idle time', { timeout: 5000 });
    const days = qa(el, '#panel .day');
    expect(days).to.have.length(2);
    for (const d of days) {
      const g = d.querySelector<HTMLElement>('.g')!;
      const c = d.querySelector('.corner')!.getBoundingClientRect();
      await waitUntil(() => g.style.getPropertyValue('scroll-padding-block-start'), `${d.id} gets its padding`, { timeout: 5000 });
      expect(g.style.getPropertyValue('scroll-padding-inline-start')).to.equal(`${Math.ceil(c.width) + 4}px`);
      expect(g.style.getPropertyValue('scroll-padding-block-start')).to.equal(`${Math.ceil(c.height) + 4}px`);
    }
  });
});
