import { expect, html } from '@open-wc/testing';
import { button, generate, item, q, qa, sampleSchedule, schedule, settle, status, tabs, visible, type PlenarySchedule } from './schedule-helpers.js';

const search = async (el: PlenarySchedule, text: string) => {
  const input = q<HTMLInputElement>(el, 'input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await settle(el);
};
const box = (el: PlenarySchedule, facet: string, value: string) => q<HTMLInputElement>(el, `input[name=${facet}][value="${value}"]`)!;
const check = async (el: PlenarySchedule, facet: string, value: string) => {
  const b = box(el, facet, value);
  b.click();
  await settle(el);
};
const count = (el: PlenarySchedule, facet: string, value: string) => box(el, facet, value).closest('label')!.querySelector('.n')!.textContent!.trim();

describe('<plenary-schedule> filters and search', () => {
  afterEach(() => localStorage.clear());

  it('has a labelled search field and filters grouped in fieldsets', async () => {
    const el = await sampleSchedule();
    const input = q<HTMLInputElement>(el, 'input[type=search]')!;
    expect(input.closest('label')!.textContent).to.contain('Search');
    expect(qa(el, 'fieldset legend').map((l) => l.textContent)).to.deep.equal(['Track', 'Room', 'Type', 'Language']);
    expect(q(el, '[part=filter-bar]')).to.exist;
  });

  it('shows a track option as its colour and name, with no separator before its count', async () => {
    // The details line's "·" after the track (a ::after on .tk) also reached the filters: "Big data · (5)".
    const el = await sampleSchedule();
    const tracks = qa(el, 'fieldset input[name=track] ~ .tk');
    expect(tracks.length).to.be.above(3);
    expect(tracks.map((t) => getComputedStyle(t, '::after').content).filter((c) => c !== 'none')).to.deep.equal([]);
    // The session lines keep it between the track and the room.
    const line = q(el, '.s .m > .tk')!;
    expect(getComputedStyle(line, '::after').content).to.equal('" ·"');
  });

  it('searches titles, speakers, affiliations and descriptions, in any of the languages', async () => {
    const el = await sampleSchedule({ day: 'all' });
    await search(el, 'okafor');
    expect(visible(el)).to.include('s-keynote-okafor');
    await search(el, 'Lagos Institute');
    expect(visible(el)).to.include('s-keynote-okafor');
    await search(el, 'pilot plants');
    expect(visible(el)).to.include('s-keynote-okafor');
    await search(el, '医学');
    const found = visible(el);
    expect(found).to.include('s-forum-medicine').and.include('s-med-1').and.include('s-med-4');
    // Parents of a match stay visible as context; unrelated sessions are hidden.
    expect(found).to.include('s-theme');
    expect(found).not.to.include('s-opening');
    await search(el, 'ＯＫＡＦＯＲ');
    expect(visible(el), 'full-width letters are normalised').to.include('s-keynote-okafor');
  });

  it('announces the result count politely and shows every match across days in the tabs', async () => {
    const el = await sampleSchedule();
    const live = q(el, '.cnt [role=status]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('42 sessions');
    await search(el, 'roundtable');
    expect(status(el)).to.match(/^Matching: \d+ sessions?$/);
    const perTab = tabs(el).map((t) => t.querySelector('.n')?.textContent?.trim());
    expect(perTab.every((n) => /^\(\d+\)$/.test(n!))).to.be.true;
  });

  it('with one given day, offers and counts only what that day has', async () => {
    const el = await sampleSchedule({ day: '2023-11-07' });
    const values = (facet: string) => qa<HTMLInputElement>(el, `input[name=${facet}]`).map((i) => i.value);
    // Tracks of the first day only (the theme activities) are not offered on the second.
    expect(values('track')).to.deep.equal(['roundtables', 'main-tech']);
    expect(values('type')).to.include('workshop').and.not.include('panel');
    expect(count(el, 'track', 'main-tech')).to.equal('(13)');
    expect(count(el, 'type', 'talk')).to.equal('(5)');
    expect(status(el)).to.equal('24 sessions');
    await check(el, 'track', 'main-tech');
    expect(status(el)).to.equal('Matching: 13 sessions');
    expect(count(el, 'type', 'keynote')).to.equal('(2)');
  });

  it('filters by track, room, type and language, with counts that combine', async () => {
    const el = await sampleSchedule({ day: 'all' });
    expect(count(el, 'track', 'future-medicine')).to.equal('(5)');
    await check(el, 'track', 'future-medicine');
    expect(visible(el).filter((id) => id !== 's-theme')).to.deep.equal(['s-forum-medicine', 's-med-1', 's-med-2', 's-med-3', 's-med-4']);
    expect(status(el)).to.equal('Matching: 5 sessions');
    // Counts for other facets are within the current track selection.
    expect(count(el, 'type', 'panel')).to.equal('(1)');
    await check(el, 'type', 'panel');
    expect(visible(el).filter((id) => id !== 's-theme' && id !== 's-forum-medicine')).to.deep.equal(['s-med-4']);
    expect(status(el)).to.equal('Matching: 1 session');
    // Within one facet, values add up.
    await check(el, 'type', 'talk');
    expect(status(el)).to.equal('Matching: 4 sessions');
    // Language matches the spoken language and the interpretation.
    await check(el, 'type', 'panel');
    await check(el, 'type', 'talk');
    await check(el, 'track', 'future-medicine');
    await check(el, 'language', 'ar');
    expect(visible(el)).to.include('s-opening').and.include('s-keynote-okafor');
  });

  it('clears search, filters and my agenda in one action', async () => {
    const el = await sampleSchedule();
    await search(el, 'panel');
    await check(el, 'room', 'hall-a');
    button(el, 'My agenda')!.click();
    await settle(el);
    button(el, 'Clear all')!.click();
    await settle(el);
    expect(q<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('');
    expect(qa<HTMLInputElement>(el, 'fieldset input').some((i) => i.checked)).to.be.false;
    expect(button(el, 'My agenda')!.getAttribute('aria-pressed')).to.equal('false');
    expect(status(el)).to.equal('42 sessions');
    expect(qa(el, '.s[hidden], .tg[hidden]')).to.have.length(0);
  });

  it('says so when nothing matches, and hides empty time groups', async () => {
    const el = await sampleSchedule();
    await search(el, 'zzzz no such thing');
    expect(visible(el)).to.have.length(0);
    expect(qa(el, '.tg:not([hidden])')).to.have.length(0);
    expect(status(el)).to.equal('Matching: 0 sessions');
    expect(q(el, '[part=empty]')!.textContent).to.equal('No sessions match.');
    await expect(el).to.be.accessible();
  });

  it('filters in Chinese with Chinese labels and plural-free counts', async () => {
    const el = await schedule(html`<div lang="zh"><plenary-schedule .data=${generate({ days: 2 })}></plenary-schedule></div>`);
    expect(status(el)).to.equal('4 场活动');
    await search(el, '第2场');
    expect(visible(el)).to.deep.equal(['d0s1']);
    expect(status(el)).to.equal('符合条件：1 场活动');
    // Full-width brackets, as Chinese writes them (and as the speaker grid's counts are).
    expect(tabs(el).map((t) => t.querySelector('.n')!.textContent)).to.deep.equal(['（1）', '（1）']);
  });

  it('uses Arabic plural forms', async () => {
    const el = await schedule(html`<div lang="ar"><plenary-schedule .data=${generate({ perDay: 2 })}></plenary-schedule></div>`);
    expect(status(el)).to.equal('جلستان');
  });

  it('keeps the rendered sessions when filtering (shows and hides them)', async () => {
    const el = await sampleSchedule();
    const before = item(el, 's-opening');
    await search(el, 'ceremony');
    await search(el, '');
    expect(item(el, 's-opening')).to.equal(before);
  });
});
