import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/context/plenary-conference.js';
import '../src/elements/schedule/plenary-schedule.js';
import { loading } from './loading-provider.js';
import type { PlenarySchedule } from '../src/elements/schedule/schedule.js';

interface Args {
  view: 'auto' | 'grid' | 'list';
  day?: string;
  track?: string;
  room?: string;
  type?: string;
  session?: string;
  hideFilters: boolean;
  hideSearch: boolean;
  hideFavorites: boolean;
  now?: string;
  lang?: string;
  timeZone?: string;
}

const schedule = (a: Args) =>
  html`<plenary-schedule
    eager
    view=${a.view}
    day=${ifDefined(a.day)}
    track=${ifDefined(a.track)}
    room=${ifDefined(a.room)}
    type=${ifDefined(a.type)}
    session=${ifDefined(a.session)}
    time-zone=${ifDefined(a.timeZone)}
    ?hide-filters=${a.hideFilters}
    ?hide-search=${a.hideSearch}
    ?hide-favorites=${a.hideFavorites}
  ></plenary-schedule>`;

/** On the sample conference (Chongqing, 6–7 November 2023), with the clock frozen by `now`. */
const onSample = (a: Args) =>
  html`<plenary-conference src="/conference.json" now=${ifDefined(a.now)} lang=${ifDefined(a.lang)}>${schedule(a)}</plenary-conference>`;

/** The schedule in a story, once it has rendered its sessions. */
async function ready(canvas: HTMLElement): Promise<PlenarySchedule> {
  const el = canvas.querySelector('plenary-schedule')!;
  await waitFor(() => expect(el.shadowRoot!.querySelector('.s, [part=empty], [part=error]')).toBeTruthy(), { timeout: 5000 });
  return el;
}
const $ = (el: PlenarySchedule, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: PlenarySchedule, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

const meta: Meta<Args> = {
  title: 'Widgets/Schedule',
  component: 'plenary-schedule',
  args: { view: 'auto', hideFilters: false, hideSearch: false, hideFavorites: false, now: '2023-10-01T00:00:00Z' },
  argTypes: {
    view: { control: 'inline-radio', options: ['auto', 'grid', 'list'] },
    day: { control: 'text', description: '`YYYY-MM-DD` (one day, no tabs), `all`, or empty for tabs.' },
    lang: { control: 'select', options: [undefined, 'en', 'zh', 'ar', 'fr', 'ru', 'es'] },
    timeZone: { control: 'text', description: '`conference`, `local` or an IANA zone.' },
    now: { control: 'text', description: 'Frozen clock (ISO date-time); empty for the real clock.' },
  },
  render: (a) => onSample(a),
};
export default meta;
type Story = StoryObj<Args>;

/** The list: time groups, sections containing their forums and talks. */
export const List: Story = { args: { view: 'list' } };

/** The grid: rooms as columns, sticky room and time headings; sections as bands above their parts. */
export const Grid: Story = {
  args: { view: 'grid' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(getComputedStyle($(el, '.g')!).display).toBe('grid');
    await expect($$(el, '.gh span').map((s) => s.textContent)).toContain('Hall C');
  },
};

/** Every day one after the other, no tabs. */
export const AllDays: Story = { args: { view: 'list', day: 'all' } };

/** Before the event: the first day, no "now" marks. */
export const Before: Story = { args: { now: '2023-10-01T00:00:00Z' } };

/** During the event: today's tab, "now" and "next" marks, and "Jump to now". */
export const During: Story = {
  args: { now: '2023-11-06T14:10:00+08:00', view: 'list' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect($$(el, '.s.now').length).toBeGreaterThan(0);
    const jump = $$(el, 'button').find((b) => b.textContent === 'Jump to now')!;
    jump.click();
    await waitFor(() => expect(el.shadowRoot!.activeElement?.closest('.now')).toBeTruthy());
  },
};

/** After the event: the first day, no marks. */
export const After: Story = { args: { now: '2023-12-01T00:00:00Z' } };

/** Filters and search: search in Chinese finds the Future medicine forum; the count is announced. */
export const Search: Story = {
  args: { view: 'list', day: 'all' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const input = $(el, 'input[type=search]') as HTMLInputElement;
    input.value = '医学';
    input.dispatchEvent(new InputEvent('input'));
    await waitFor(() => expect($(el, '.cnt [role=status]')!.textContent).toMatch(/^Matching:/));
    await expect($(el, '.s[data-id="s-med-1"]')!.hidden).toBe(false);
    await expect($(el, '.s[data-id="s-opening"]')!.hidden).toBe(true);
  },
};

/** Filtered to nothing: the message and "Clear all". */
export const FilteredToNothing: Story = {
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const input = $(el, 'input[type=search]') as HTMLInputElement;
    input.value = 'no session has this title';
    input.dispatchEvent(new InputEvent('input'));
    await waitFor(() => expect($(el, '[part=empty]')!.textContent).toBe('No sessions match.'));
  },
};

/** My agenda: star a session, then show only starred ones; open a session's details. */
export const MyAgendaAndDetails: Story = {
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.favorites = [];
    const star = $(el, '.s[data-id="s-keynote-li"] .st')!;
    star.click();
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
    $$(el, 'button').find((b) => b.textContent!.startsWith('My agenda'))!.click();
    await waitFor(() => expect($$(el, '.s:not([hidden])').map((s) => s.dataset.id)).toEqual(['s-keynote-li']));
    $(el, '.s[data-id="s-keynote-li"] .ti')!.click();
    await waitFor(() => expect(($(el, 'dialog') as HTMLDialogElement).open).toBe(true));
  },
};

/** Pre-filtered by the webmaster: two tracks only, without the filter controls. */
export const TwoTracks: Story = { args: { view: 'list', day: 'all', track: 'future-medicine,open-science', hideFilters: true } };

/** In the visitor's zone from the start (`time-zone="local"`). */
export const LocalTime: Story = { args: { timeZone: 'local', view: 'list' } };

export const Chinese: Story = { args: { lang: 'zh', view: 'list' } };

/** Right to left, in Arabic. */
export const Arabic: Story = {
  args: { lang: 'ar', view: 'grid' },
  render: (a) => html`<div dir="rtl">${onSample(a)}</div>`,
};

/**
 * On a Hebrew page: no Hebrew messages, so the widget speaks English throughout (dates and zone names too, in
 * Israeli conventions) and is laid out left to right, as English is.
 */
export const OnAHebrewPage: Story = {
  args: { view: 'list' },
  render: (a) => html`<div lang="he" dir="rtl">${onSample(a)}</div>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect($(el, '.root')!.getAttribute('lang')).toBe('en-IL');
    await expect($(el, '.root')!.getAttribute('dir')).toBe('ltr');
  },
};

/** On a dark page: the widget reads its light text colour and takes its dark colours. */
export const Dark: Story = {
  args: { view: 'grid' },
  render: (a) => html`<div style="color-scheme: dark; background:#111; color:#eee; padding:1rem">${onSample(a)}</div>`,
};

/** 320 px wide: the list reflows, the bar wraps, nothing scrolls sideways. */
export const Narrow: Story = {
  render: (a) => html`<div style="inline-size:320px; border:1px dashed #999">${onSample(a)}</div>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** Loading: a provider still waiting for its data. */
export const Loading: Story = { render: (a) => loading(schedule(a)) };

/** A typo in an attribute (`track="future-medecine"`): the attribute named, with the ids the conference has. */
export const UnknownTrack: Story = { args: { track: 'future-medecine' } };

/** A file that is not there: the error, with "Try again". */
export const ErrorState: Story = { render: (a) => html`<plenary-conference src="/no-such-file.json">${schedule(a)}</plenary-conference>` };

/** A conference without sessions yet. */
export const Empty: Story = {
  render: (a) =>
    html`<plenary-schedule
      eager
      view=${a.view}
      .data=${{ version: 1, id: 'empty', name: 'Empty', timezone: 'Asia/Shanghai', start: '2024-05-06', end: '2024-05-07', sessions: [] }}
    ></plenary-schedule>`,
};

/** Ten days, generated: the tabs scroll sideways. */
export const TenDays: Story = {
  render: (a) => {
    const days = Array.from({ length: 10 }, (_, i) => `2024-05-${String(6 + i).padStart(2, '0')}`);
    const data = {
      version: 1,
      id: 'ten-days',
      name: 'Ten days',
      timezone: 'Europe/Paris',
      start: days[0],
      end: days[9],
      rooms: [{ id: 'a', name: 'Amphi A' }, { id: 'b', name: 'Salle B' }],
      sessions: days.flatMap((d, i) => [
        { id: `s${i}a`, title: `Day ${i + 1}: morning talk`, start: `${d}T09:00`, duration: 'PT1H', room: 'a' },
        { id: `s${i}b`, title: `Day ${i + 1}: workshop`, start: `${d}T09:30`, duration: 'PT2H', room: 'b' },
      ]),
    };
    return html`<plenary-schedule eager view=${a.view} .data=${data}></plenary-schedule>`;
  },
};
