import { expect, html } from '@open-wc/testing';
import { button, item, q, qa, sampleJson, sampleSchedule, schedule, settle, type PlenarySchedule } from './schedule-helpers.js';

/** The focused element inside the schedule, or the page's (e.g. <body>) when focus has left it. */
const focused = (el: PlenarySchedule) => describe_(el.shadowRoot!.activeElement ?? document.activeElement);
/** A short description of an element (chai would otherwise print whole DOM trees on failure). */
const describe_ = (e: Element | null | undefined) => (e ? `<${e.localName} class="${e.className}"> ${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}` : 'nothing');
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const clean = () => history.replaceState(null, '', location.pathname + location.search);

describe('<plenary-schedule> keeps keyboard focus (QA a11y)', () => {
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

  it('unstarring a session while "My agenda" is shown moves focus to the next session shown, not <body>', async () => {
    const el = await sampleSchedule({ view: 'list' });
    el.favorites = ['s-opening', 's-keynote-li'];
    await settle(el);
    button(el, 'My agenda')!.click();
    await settle(el);
    const star = item(el, 's-opening')!.querySelector<HTMLButtonElement>('.st')!;
    star.focus();
    star.click();
    await settle(el);
    await frame();
    expect(item(el, 's-opening')!.hidden).to.be.true;
    expect(focused(el)).to.equal(describe_(item(el, 's-keynote-li')!.querySelector('.ti')));
  });

  it('unstarring the last session of "My agenda" moves focus to the "My agenda" toggle', async () => {
    const el = await sampleSchedule({ view: 'list' });
    el.favorites = ['s-opening'];
    await settle(el);
    button(el, 'My agenda')!.click();
    await settle(el);
    const star = item(el, 's-opening')!.querySelector<HTMLButtonElement>('.st')!;
    star.focus();
    star.click();
    await settle(el);
    await frame();
    expect(focused(el)).to.equal(describe_(button(el, 'My agenda')));
  });

  it('closing the shared-agenda banner with its buttons keeps focus in the schedule', async () => {
    history.replaceState(null, '', '#plenary-agenda=s-opening,s-med-1');
    const el = await sampleSchedule({ view: 'list' });
    const add = button(el, 'Add them to my agenda')!;
    add.focus();
    add.click();
    await settle(el);
    expect(q(el, '.shared')).to.be.null;
    expect(focused(el)).to.equal(describe_(button(el, 'My agenda')));
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
    expect(focused(el)).to.equal(describe_(h));
    const up = q(el, 'dialog dd .lk')!;
    up.focus();
    up.click();
    await settle(el);
    await settle(el);
    expect(focused(el)).to.equal(describe_(q(el, 'dialog h2')));
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
});
