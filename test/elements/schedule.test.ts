import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/context/plenary-conference.js';
import { generate, item, q, qa, sampleJson, sampleSchedule, schedule, settle, status, tabs, visible, type PlenarySchedule } from './schedule-helpers.js';

const openFilters = async (el: PlenarySchedule) => {
  q<HTMLDetailsElement>(el, 'details')!.open = true;
  await settle(el);
};

describe('<plenary-schedule>', () => {
  afterEach(() => localStorage.clear());

  describe('accessibility', () => {
    // One check covers a view with the filters open (axe is slow on a whole programme, so each check counts).
    for (const [lang, dir, view] of [
      ['en', 'ltr', 'list'],
      ['en', 'ltr', 'grid'],
      ['zh', 'ltr', 'list'],
      ['zh', 'ltr', 'grid'],
      ['ar', 'rtl', 'list'],
      ['ar', 'rtl', 'grid'],
    ])
      it(`is accessible in the ${view} view with the filters open in ${lang} (${dir})`, async () => {
        const el = await schedule(
          html`<div lang=${lang} dir=${dir}><plenary-schedule .data=${await sampleJson()} view=${view} now="2023-11-06T14:10:00"></plenary-schedule></div>`,
        );
        expect(qa(el, '.s').length).to.be.greaterThan(10);
        await openFilters(el);
        await expect(el).to.be.accessible();
      });

    for (const lang of ['en', 'zh', 'ar'])
      it(`is accessible with the dialog open in ${lang}`, async () => {
        const el = await schedule(html`<div lang=${lang}><plenary-schedule .data=${await sampleJson()} session="s-opening"></plenary-schedule></div>`);
        item(el, 's-opening')!.querySelector<HTMLElement>('.ti')!.click();
        await settle(el);
        const dialog = q<HTMLDialogElement>(el, 'dialog')!;
        expect(dialog.open).to.be.true;
        await expect(el).to.be.accessible();
        dialog.close();
        history.replaceState(null, '', location.pathname);
      });
  });

  describe('list view', () => {
    it('groups a day under time headings, with time, title, track text, room, type, speakers and language', async () => {
      const el = await sampleSchedule({ view: 'list' });
      const groups = qa(el, '.day .tg');
      expect(groups[0]!.querySelector('h3')!.textContent).to.equal('9:00 AM');
      const li = item(el, 's-keynote-okafor')!;
      // Texts from the data on one line are wrapped in bidi isolates (U+2068…U+2069).
      const text = li.textContent!.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
      expect(li.querySelector('time')!.textContent).to.equal('10:20 AM – 10:50 AM');
      expect(li.querySelector('time')!.getAttribute('datetime')).to.equal('2023-11-06T02:20Z');
      expect(li.querySelector('[part=session-title]')!.textContent).to.equal('Chemistry Without Borders: Catalysing a Carbon-Neutral Future');
      expect(li.querySelector('.tk')!.textContent).to.equal('Opening ceremony');
      expect(text).to.contain('Main Hall').and.contain('Keynote').and.contain('English, interpretation: Chinese, Russian, and Arabic');
      expect(text).to.contain('Chidi Okafor (Lagos Institute of Molecular Science)');
      expect(li.getAttribute('part')).to.equal('session');
    });

    it('uses headings for days and time groups', async () => {
      const el = await sampleSchedule({ day: 'all', view: 'list' });
      const h2 = qa(el, 'h2').map((h) => h.textContent!.trim());
      expect(h2).to.deep.equal(['Monday, November 6', 'Tuesday, November 7']);
      expect(qa(el, 'h3').length).to.be.greaterThan(10);
    });

    it('shows parts inside their parent: sections contain forums contain talks', async () => {
      const el = await sampleSchedule({ view: 'list' });
      const theme = item(el, 's-theme')!;
      const forum = item(el, 's-forum-medicine')!;
      expect(forum.parentElement!.closest('.s')).to.equal(theme);
      expect(item(el, 's-med-1')!.parentElement!.closest('.s')).to.equal(forum);
      // Only top-level sessions are grouped under time headings.
      const tops = qa(el, '.tg > ul > .s').map((e) => e.dataset.id);
      expect(tops).to.include('s-theme').and.include('s-ministerial').and.not.include('s-forum-medicine');
    });

    it('renders the same sessions in the grid, placed by room and time, with parents as bands', async () => {
      const el = await sampleSchedule({ view: 'grid' });
      const g = q(el, '.g')!;
      expect(getComputedStyle(g).display).to.equal('grid');
      const heads = qa(el, '.gh > span:not(.gt)').map((s) => s.textContent);
      expect(heads).to.include('Main Hall').and.include('Hall C');
      const med = item(el, 's-med-1')!;
      const hallC = qa(el, '.gh > span').find((s) => s.textContent === 'Hall C')!;
      expect(med.getBoundingClientRect().left).to.be.closeTo(hallC.getBoundingClientRect().left, 2);
      // A section's own card is a band above its parts, spanning their columns.
      const band = q(el, '.s[data-id="s-theme"] > .c')!.getBoundingClientRect();
      const first = q(el, '.s[data-id="s-intergov-1"]')!.getBoundingClientRect();
      expect(band.bottom).to.be.at.most(first.top + 1);
      expect(band.width).to.be.greaterThan(first.width * 3);
      // A break without a room spans the rooms free at that time.
      const brk = item(el, 's-break-am-1')!.getBoundingClientRect();
      expect(brk.width).to.be.greaterThan(first.width * 3);
    });

    it('keeps each time in the grid’s time column on one line ("10:00 AM" wrapped to two)', async () => {
      const el = await sampleSchedule({ view: 'grid' });
      const times = qa(el, '.gh > .gt');
      expect(times.length).to.be.above(3);
      // The row is taller than a line; count the lines of the text itself.
      const lines = (t: Element) => {
        const r = document.createRange();
        r.selectNodeContents(t);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      };
      expect(times.filter((t) => lines(t) > 1).map((t) => t.textContent)).to.deep.equal([]);
      // And the column is as wide as the longest time: none runs into the sessions.
      expect(times.filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent)).to.deep.equal([]);
    });

    it('gives overlapping sessions in one room their own lanes', async () => {
      const el = await sampleSchedule({ view: 'grid', day: '2023-11-07' });
      const a = item(el, 's-visit-ai-lab')!.getBoundingClientRect();
      const b = item(el, 's-visit-factory')!.getBoundingClientRect();
      expect(a.right <= b.left + 1 || b.right <= a.left + 1).to.be.true;
      expect(Math.abs(a.top - b.top)).to.be.lessThan(2);
    });

    it('switches between list and grid with the view buttons', async () => {
      const el = await sampleSchedule({ view: 'list' });
      const [list, grid] = qa(el, '.vs button');
      expect(list!.getAttribute('aria-pressed')).to.equal('true');
      grid!.click();
      await settle(el);
      expect(getComputedStyle(q(el, '.g')!).display).to.equal('grid');
      expect(grid!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('decides `auto` by its own width, not the window', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 400px"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
      const el = wrap.querySelector('plenary-schedule')!;
      await settle(el);
      expect(getComputedStyle(q(el, '.g')!).display).to.equal('block');
      wrap.style.width = '1000px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await settle(el);
      expect(getComputedStyle(q(el, '.g')!).display).to.equal('grid');
      expect(qa(el, '.vs button')[1]!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('reflows at 320px with no horizontal scroll in the list', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
      const el = wrap.querySelector('plenary-schedule')!;
      await settle(el);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(q(el, '.days')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('day tabs', () => {
    it('shows days as tabs with the tabs keyboard pattern', async () => {
      const el = await sampleSchedule();
      const [t1, t2] = tabs(el);
      expect(q(el, '[role=tablist]')!.getAttribute('aria-label')).to.equal('Days');
      expect(t1!.getAttribute('aria-selected')).to.equal('true');
      expect(t1!.tabIndex).to.equal(0);
      expect(t2!.tabIndex).to.equal(-1);
      expect(q(el, '[role=tabpanel]')!.getAttribute('aria-labelledby')).to.equal(t1!.id);
      t1!.focus();
      t1!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await settle(el);
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[1]);
      expect(item(el, 's-opening')).to.be.null;
      expect(item(el, 's-expo')).to.exist;
      tabs(el)[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await settle(el);
      expect(tabs(el)[0]!.getAttribute('aria-selected'), 'wraps around').to.equal('true');
      tabs(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await settle(el);
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
      tabs(el)[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
      await settle(el);
      expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    });

    it('reverses the arrow keys right to left', async () => {
      const el = await schedule(html`<div dir="rtl" lang="ar"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
      tabs(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await settle(el);
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
    });

    it("chooses today's day during the event, the first day otherwise", async () => {
      let el = await sampleSchedule({ now: '2023-11-07T10:00:00' });
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
      el = await sampleSchedule({ now: '2023-12-01T10:00:00' });
      expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    });

    it('shows one given day without tabs, or every day with `day="all"`', async () => {
      let el = await sampleSchedule({ day: '2023-11-07' });
      expect(tabs(el)).to.have.length(0);
      expect(item(el, 's-opening')).to.be.null;
      expect(item(el, 's-expo')).to.exist;
      el = await sampleSchedule({ day: 'all' });
      expect(tabs(el)).to.have.length(0);
      expect(item(el, 's-opening')).to.exist;
      expect(item(el, 's-expo')).to.exist;
    });

    it('says a given day is not in the conference (not a bare "Nothing to show yet."), with no empty filter bar', async () => {
      const el = await sampleSchedule({ day: '2023-11-09' });
      expect(q(el, '[part=error]')!.textContent!.replace(/\s+/g, ' ')).to.contain('day: no "2023-11-09" in this conference (it has 2023-11-06, 2023-11-07)');
      expect(q(el, '[part=filter-bar]')).to.be.null;
      expect(qa(el, '.s')).to.have.length(0);
    });

    it('handles a one-day and a ten-day conference', async () => {
      let el = await schedule(html`<plenary-schedule .data=${generate({ days: 1 })}></plenary-schedule>`);
      expect(tabs(el)).to.have.length(0);
      expect(q(el, 'h2')!.className).to.equal('dh');
      expect(qa(el, '.s')).to.have.length(4);
      el = await schedule(html`<plenary-schedule .data=${generate({ days: 10 })}></plenary-schedule>`);
      expect(tabs(el)).to.have.length(10);
      expect(qa(el, '.s')).to.have.length(4);
      tabs(el)[9]!.click();
      await settle(el);
      expect(visible(el)).to.deep.equal(['d9s0', 'd9s1', 'd9s2', 'd9s3']);
      expect(status(el)).to.equal('4 sessions');
    });
  });

  describe('data edge cases', () => {
    it('renders a session with a missing room, track or speaker sensibly', async () => {
      const data = await sampleJson();
      const sessions = data.sessions as Record<string, unknown>[];
      sessions.push({ id: 'x-bare', title: 'Bare session', start: '2023-11-06T19:00:00', duration: 'PT30M', speakers: ['sp-nobody'] });
      const el = await schedule(html`<plenary-schedule .data=${data} view="grid"></plenary-schedule>`);
      const li = item(el, 'x-bare')!;
      expect(li.querySelector('.tk')).to.be.null;
      expect(li.querySelectorAll('.m')).to.have.length(1);
      expect(li.querySelector('.m')!.textContent!.trim()).to.equal('');
      expect(li.getBoundingClientRect().width).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });

    it('shows a session crossing midnight on its start day, with the end day named', async () => {
      const data = generate({ days: 2 });
      data.sessions.push({ id: 'late', title: { en: 'Night session', zh: '夜场' }, start: '2024-03-04T23:00:00', duration: 'PT2H', room: 'r0', track: 'even', type: 'talk' });
      const el = await schedule(html`<plenary-schedule .data=${data} view="grid"></plenary-schedule>`);
      const li = item(el, 'late')!;
      expect(li).to.exist;
      expect(li.querySelector('time')!.textContent).to.match(/^11:00 PM – Tue,? 1:00 AM$/);
      tabs(el)[1]!.click();
      await settle(el);
      expect(item(el, 'late')).to.be.null;
    });

    it('shows markup in the data as text', async () => {
      const data = generate();
      const evil = '<img src=x onerror="window.__pwned=1">';
      data.sessions[0]!.title = { en: `Title ${evil} & "quotes" $&`, zh: evil };
      data.sessions[0]!.id = 'a"b<c>';
      data.rooms[0]!.name = `Room ${evil}`;
      data.tracks[0]!.name = `"><script>window.__pwned=1</script>`;
      const el = await schedule(html`<plenary-schedule .data=${data} view="list"></plenary-schedule>`);
      const li = qa(el, '.s')[0]!;
      expect(li.dataset.id).to.equal('a"b<c>');
      expect(li.querySelector('.ti')!.textContent).to.equal(`Title ${evil} & "quotes" $&`);
      expect(li.querySelector('.st')!.getAttribute('aria-label')).to.equal(`Add Title ${evil} & "quotes" $& to my agenda`);
      expect(li.textContent).to.contain('<script>');
      expect(qa(el, '.days img, .days script')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
      li.querySelector<HTMLElement>('.ti')!.click();
      await settle(el);
      expect(q(el, 'dialog h2')!.textContent).to.equal(`Title ${evil} & "quotes" $&`);
      q<HTMLDialogElement>(el, 'dialog')!.close();
      history.replaceState(null, '', location.pathname);
    });

    it('ignores an unsafe track colour', async () => {
      const data = generate();
      data.tracks[0]!.color = 'red;background:url(https://evil.example/x)';
      const el = await schedule(html`<plenary-schedule .data=${data}></plenary-schedule>`);
      const css = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('');
      expect(css).to.contain('#885522').and.not.contain('evil');
    });

    it('shows the empty state for a conference without sessions', async () => {
      const data = generate();
      data.sessions = [];
      const el = await schedule(html`<plenary-schedule .data=${data}></plenary-schedule>`);
      expect(q(el, '[part=empty]')!.textContent).to.contain('Nothing to show yet');
    });

    it('shows the error state for bad data, and loading before data arrives', async () => {
      const el = await schedule(html`<plenary-schedule .data=${{ version: 1 }}></plenary-schedule>`);
      expect(q(el, '[part=error]')).to.exist;
      const wrap = await fixture(html`<plenary-conference src="/public/conference.json?slow"><plenary-schedule></plenary-schedule></plenary-conference>`);
      const inner = wrap.querySelector('plenary-schedule')!;
      await inner.updateComplete;
      expect(q(inner, '[part=loading]') ?? q(inner, '.sched')).to.exist;
      await oneEvent(wrap, 'plenary-load');
      await settle(inner);
      expect(item(inner, 's-opening')).to.exist;
    });

    it('limits itself to the given tracks, rooms, types and sessions', async () => {
      let el = await sampleSchedule({ track: 'future-medicine,open-science', day: 'all' });
      expect(visible(el).sort()).to.deep.equal(
        ['s-forum-medicine', 's-med-1', 's-med-2', 's-med-3', 's-med-4', 's-forum-open-science', 's-open-1', 's-open-2', 's-open-3'].sort(),
      );
      el = await sampleSchedule({ room: 'hall-a', type: 'roundtable', day: 'all' });
      expect(visible(el).sort()).to.deep.equal(['s-rt-digital', 's-rt-health']);
      el = await sampleSchedule({ session: 's-forum-medicine', day: 'all' });
      expect(visible(el)).to.deep.equal(['s-forum-medicine', 's-med-1', 's-med-2', 's-med-3', 's-med-4']);
      expect(q(el, '.tg > ul > .s')!.dataset.id, 'the forum is at the top level').to.equal('s-forum-medicine');
    });
  });

  it('hides filters, search and favourites on request', async () => {
    const el = await sampleSchedule({ 'hide-filters': '', 'hide-search': '', 'hide-favorites': '' });
    // Booleans, not elements: chai's report of a failing element assertion is huge.
    expect(!!q(el, 'details')).to.be.false;
    expect(!!q(el, 'input[type=search]')).to.be.false;
    expect(!!q(el, '.st')).to.be.false;
    expect(qa(el, 'button').some((b) => b.textContent!.includes('My agenda'))).to.be.false;
  });

  it('prints every day as a list without controls', async () => {
    const el = await sampleSchedule();
    expect(item(el, 's-expo')).to.be.null;
    window.dispatchEvent(new Event('beforeprint'));
    expect(item(el, 's-expo'), 'rendered synchronously, before the printout is laid out').to.exist;
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(item(el, 's-expo')).to.be.null;
  });

  /** The sample schedule in print media, laid out with `pages(el, h)` as columns h em tall: the same fragmentation as a printout. */
  async function printed(test: (el: PlenarySchedule, pages: (h: number) => void) => void): Promise<void> {
    const el = await sampleSchedule();
    await emulateMedia({ media: 'print' });
    try {
      window.dispatchEvent(new Event('beforeprint'));
      test(el, (h) => (el.style.cssText = `display: block; columns: 30em; column-gap: 0; column-fill: auto; block-size: ${h}em`));
    } finally {
      el.style.cssText = '';
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
      await settle(el);
    }
  }

  it('does not split a session card across printed pages', () =>
    printed((el, pages) => {
      pages(20);
      const split = qa(el, '.c').filter((c) => c.getClientRects().length > 1);
      expect(split.map((c) => c.textContent!.trim().slice(0, 40))).to.deep.equal([]);
    }));

  it('keeps the day and time headings with the card under them in print, and starts a tall time group on the page it reaches', () =>
    printed((el, pages) => {
      const orphans: string[] = [];
      let midPage = 0;
      for (const h of [15, 20, 25, 30, 35, 40]) {
        pages(h);
        const width = qa(el, '.day')[0]!.getBoundingClientRect().width;
        const x0 = el.getBoundingClientRect().left;
        const page = (e: Element) => Math.round((e.getClientRects()[0]!.left - x0) / width);
        for (const head of qa(el, '.dh, .tg > h3')) {
          const card = (head.matches('.dh') ? head.nextElementSibling : head.parentElement)!.querySelector('.c')!;
          if (page(head) !== page(card)) orphans.push(`${h}em: ${head.textContent}`);
        }
        // A group taller than a page used to be moved whole to the next page first, leaving the rest of one empty.
        for (const tg of qa(el, '.tg')) {
          const rects = [...tg.getClientRects()];
          const top = el.getBoundingClientRect().top;
          if (rects.length > 1 && rects[0]!.top - top > 16) midPage++;
        }
      }
      expect(orphans).to.deep.equal([]);
      expect(midPage, 'time groups taller than a page starting below the top of one').to.be.above(0);
    }));

  it('prints the one day it was given, not every day', async () => {
    const el = await sampleSchedule({ day: '2023-11-07' });
    window.dispatchEvent(new Event('beforeprint'));
    expect(item(el, 's-expo')).to.exist;
    expect(item(el, 's-opening')).to.be.null;
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
  });
});
