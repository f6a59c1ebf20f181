import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Conference, Session, Speaker } from '../../data/model.js';
import { closeDialog, dialogStyles, dialogTemplate, openDialog } from '../../internal/dialog.js';
import { emit } from '../../internal/events.js';
import { inlineStyle } from '../../internal/inline-style.js';
import { PlenaryElement } from '../../internal/plenary-element.js';
import { TickController } from '../../internal/ticker.js';
import { dateFormat, formatDay, formatTime, isoInstant, zoneName } from '../../time/format.js';
import { toICS } from '../../time/ics.js';
import { dayKey, dayStart, localZone, zoneOffset } from '../../time/zone.js';
import { arrange, queryWords, searchText, type Day, type Item, type Model } from './schedule.layout.js';
import { strings, type Key } from './schedule.strings.js';
import { scheduleStyles } from './schedule.styles.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** The visitor opened a session. Detail: its id. */
    'plenary-session-select': CustomEvent<string>;
    /** The visitor changed their agenda (starred, unstarred, imported). Detail: the starred ids. */
    'plenary-favorites-change': CustomEvent<string[]>;
  }
}

type Facet = 'track' | 'room' | 'type' | 'language';
const FACETS: Facet[] = ['track', 'room', 'type', 'language'];
type Selection = Record<Facet, Set<string>>;
const noSelection = (): Selection => ({ track: new Set(), room: new Set(), type: new Set(), language: new Set() });
const values = (s: Session, f: Facet): (string | undefined)[] =>
  f === 'language' ? [s.language, ...s.interpretation] : [f === 'type' ? s.type : s[f]?.id];

const list = (v?: string) => (v ? new Set(v.split(',').map((x) => x.trim())) : undefined);
const SESSION_HASH = '#plenary-session=';
const AGENDA_HASH = '#plenary-agenda=';
const reduced = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
const colors = new Map<string, string | undefined>();
const color = (c?: string) => {
  if (!c) return undefined;
  if (!colors.has(c)) colors.set(c, globalThis.CSS?.supports('color', c) ? c : undefined);
  return colors.get(c);
};
const names = new Map<string, Intl.DisplayNames>();
const displayName = (tag: string, type: 'language' | 'region', code: string): string => {
  try {
    let d = names.get(tag + type);
    if (!d) names.set(tag + type, (d = new Intl.DisplayNames(tag, { type })));
    return d.of(code) ?? code;
  } catch {
    return code;
  }
};
/** Live schedules, so starring in one updates the others on the page. */
const live = new Set<PlenarySchedule>();

/** Per-session text, made once per model (locale and zone). */
interface Text {
  title: string;
  time: string;
  meta: string;
  who: string;
  star: string;
}

/**
 * The conference programme: days as tabs, a list or a grid of rooms and times, filters and search, the
 * visitor's own agenda (starred sessions, kept in this browser), a session dialog, all in the visitor's
 * language and either the conference's time zone or their own.
 *
 * @summary The programme, with filters, search, my agenda and session details.
 *
 * @csspart session - One session (a list item; a section's item contains its parts).
 * @csspart session-title - The button with a session's title that opens its details.
 * @csspart day-tab - One day tab.
 * @csspart filter-bar - The search, filters and agenda controls above the programme.
 * @csspart dialog - The session details dialog.
 * @csspart empty - The message when there is nothing to show.
 * @csspart error - The message when the data could not be read.
 * @csspart loading - The loading message.
 *
 * @cssprop --plenary-schedule-track-color - Fallback colour of a session without a track colour.
 * @cssprop --plenary-schedule-session-background - Background of a session.
 * @cssprop --plenary-schedule-time-color - Colour of times and secondary text.
 * @cssprop --plenary-schedule-now-color - Colour of the "now" and "next" marks.
 * @cssprop --plenary-schedule-star-color - Colour of a starred session's star.
 * @cssprop --plenary-schedule-grid-height - Greatest height of the grid before it scrolls (default `80vh`).
 * @cssprop --plenary-schedule-column-width - Least width of a room column in the grid (default `12em`).
 *
 * @fires {CustomEvent<string>} plenary-session-select - The visitor opened a session. Detail: its id.
 * @fires {CustomEvent<string[]>} plenary-favorites-change - The visitor changed their agenda. Detail: starred ids.
 */
export class PlenarySchedule extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, dialogStyles, scheduleStyles];

  private ticker = new TickController(this, (now) => this.nextMark(now));
  private model?: Model;
  private modelKey: unknown[] = [];
  private tickKey: unknown[] = [];
  private texts = new Map<Item, Text>();
  private times = new Map<number, string>();
  /** Matching ids (undefined: no filter), their ancestors too, counts per facet value and per day. */
  private match?: Set<string>;
  private shown?: Set<string>;
  private counts = new Map<string, number>();
  private perDay = new Map<string, number>();
  private filterKey: unknown[] = [];
  private facets: (readonly [Facet, [string, string, string?][]])[] = [];
  private nowIds = new Set<string>();
  private nextIds = new Set<string>();
  private els: HTMLElement[] = [];
  private applied?: Set<string> | null = null;
  private pushed = false;
  private favId?: string;
  private pendingFavs?: string[];
  private observer?: ResizeObserver;
  private listeners: [EventTarget, string, () => void][] = [
    [window, 'hashchange', () => this.readHash()],
    [window, 'popstate', () => this.readHash()],
    [window, 'storage', () => this.loadFavs()],
    [window, 'beforeprint', () => this.print(true)],
    [window, 'afterprint', () => this.print(false)],
  ];

  @state() private tab?: string;
  @state() private chosen?: 'grid' | 'list';
  @state() private wide = false;
  @state() private query = '';
  @state() private sel = noSelection();
  @state() private mine = false;
  @state() private alt = false;
  @state() private open?: string;
  @state() private favs = new Set<string>();
  @state() private shared?: string[];
  @state() private shareUrl?: string;
  @state() private note = '';
  @state() private printing = false;

  /** `auto` (default): a grid when the element is wide enough, else a list; `grid`; `list`. */
  @property() view: 'auto' | 'grid' | 'list' = 'auto';

  /** Show one day (`YYYY-MM-DD` in the zone shown, no tabs) or `all` days one after another. Default: tabs. */
  @property() day?: string;

  /** Only these tracks (comma-separated ids). */
  @property() track?: string;

  /** Only these rooms (comma-separated ids). */
  @property() room?: string;

  /** Only these session types (comma-separated). */
  @property() type?: string;

  /** Only these sessions and their parts (comma-separated ids). */
  @property() session?: string;

  /** Hide the track, room, type and language filters. */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** Hide the search field. */
  @property({ type: Boolean, attribute: 'hide-search' }) hideSearch = false;

  /** Hide the stars, "my agenda" and its downloads. */
  @property({ type: Boolean, attribute: 'hide-favorites' }) hideFavorites = false;

  /** Ids of the sessions in the visitor's agenda. Setting it saves it and fires no event. */
  get favorites(): string[] {
    return [...this.favs];
  }
  set favorites(ids: string[]) {
    if (this.conference) this.saveFavs(new Set(ids), false);
    else this.pendingFavs = ids;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    for (const [t, e, f] of this.listeners) t.addEventListener(e, f);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    for (const [t, e, f] of this.listeners) t.removeEventListener(e, f);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The zone the times are shown in: `time-zone` (or the conference's), or the other one after the switch. */
  private get shownZone(): string {
    return this.alt ? this.otherZone : this.zone;
  }

  private get otherZone(): string {
    const c = this.conference!;
    return this.zone === c.timezone ? localZone() : c.timezone;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = this.conference;
    if (!c) return;
    const tag = this.locale.tag;
    const zone = this.shownZone;
    const key = [c, tag, zone, this.track, this.room, this.type, this.session];
    if (key.some((v, i) => v !== this.modelKey[i])) {
      const pre = { track: list(this.track), room: list(this.room), type: list(this.type), session: list(this.session) };
      this.model = arrange(c, zone, pre, color);
      this.modelKey = key;
      this.texts.clear();
      this.times.clear();
      this.facets = this.options(c);
      if (this.favId !== c.id) {
        this.favId = c.id;
        this.loadFavs();
        if (this.pendingFavs) this.saveFavs(new Set(this.pendingFavs), false);
        this.pendingFavs = undefined;
        this.readHash();
      }
    }
    const frozen = this.frozenNow;
    if (this.model !== this.tickKey[0] || frozen !== this.tickKey[1]) this.ticker.reschedule();
    this.tickKey = [this.model, frozen];
    this.filter();
    this.marks();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector<HTMLElement>('.sched');
    if (box && !this.observer) {
      this.observer = new ResizeObserver(() => {
        this.wide = getComputedStyle(box).getPropertyValue('--wide').trim() === '1';
      });
      this.observer.observe(box);
    }
    this.applyFilter();
    if (this.open) openDialog(this.renderRoot);
  }

  /** The next instant at which "now" or "next" changes; never, with a frozen clock or after the event. */
  private nextMark(now: number): number {
    const m = this.model?.marks;
    if (!m || this.frozenNow !== undefined) return Infinity;
    return m.find((t) => t > now) ?? Infinity;
  }

  private marks(): void {
    const now = this.currentTime();
    this.nowIds = new Set();
    this.nextIds = new Set();
    let next = Infinity;
    for (const it of this.model!.items.values()) {
      const s = it.s;
      if (it.kids.length) continue;
      if (s.start <= now && now < s.end) this.nowIds.add(s.id);
      else if (s.start > now && s.start <= next) {
        if (s.start < next) this.nextIds.clear();
        next = s.start;
        this.nextIds.add(s.id);
      }
    }
  }

  /** Work out which sessions match the search, filters and agenda, and the counts. */
  private filter(): void {
    const m = this.model!;
    const words = queryWords(this.query);
    const pick = this.shared ? new Set(this.shared) : this.mine ? this.favs : undefined;
    const key = [m, words.join(' '), this.sel, pick, pick && this.favs];
    if (key.every((v, i) => v === this.filterKey[i])) return;
    this.filterKey = key;
    const active = words.length > 0 || !!pick || FACETS.some((f) => this.sel[f].size);
    const counts = new Map<string, number>();
    const perDay = new Map<string, number>();
    const match = new Set<string>();
    for (const it of m.items.values()) {
      const s = it.s;
      const text = words.length ? searchText(s) : '';
      if (pick && !pick.has(s.id)) continue;
      if (!words.every((w) => text.includes(w))) continue;
      const ok = FACETS.map((f) => !this.sel[f].size || values(s, f).some((v) => v !== undefined && this.sel[f].has(v)));
      FACETS.forEach((f, i) => {
        if (ok.every((x, j) => x || j === i))
          for (const v of new Set(values(s, f))) if (v !== undefined) counts.set(f + v, (counts.get(f + v) ?? 0) + 1);
      });
      if (ok.every(Boolean)) {
        match.add(s.id);
        perDay.set(it.day, (perDay.get(it.day) ?? 0) + 1);
      }
    }
    this.counts = counts;
    this.perDay = perDay;
    this.match = active ? match : undefined;
    if (active) {
      this.shown = new Set(match);
      for (const id of match) for (let up = m.items.get(id)!.up; up && !this.shown.has(up.s.id); up = up.up) this.shown.add(up.s.id);
    } else this.shown = undefined;
  }

  /** Show and hide rendered sessions and time groups without re-rendering them. */
  private applyFilter(): void {
    const root = this.renderRoot;
    if (this.applied === null) this.els = [...root.querySelectorAll<HTMLElement>('.s')];
    else if (this.applied === this.shown) return;
    this.applied = this.shown;
    const shown = this.shown;
    for (const el of this.els) {
      const h = !!shown && !shown.has(el.dataset.id!);
      if (el.hidden !== h) el.hidden = h;
    }
    for (const g of root.querySelectorAll<HTMLElement>('.tg')) g.hidden = !!shown && !g.querySelector(':scope>ul>.s:not([hidden])');
  }

  private loadFavs(): void {
    const c = this.conference;
    if (!c) return;
    let ids: unknown;
    try {
      ids = JSON.parse(localStorage.getItem('plenary:favorites:' + c.id) ?? '[]');
    } catch {
      ids = [];
    }
    this.favs = new Set(Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []);
  }

  private saveFavs(ids: Set<string>, user: boolean): void {
    const c = this.conference!;
    this.favs = ids;
    try {
      localStorage.setItem('plenary:favorites:' + c.id, JSON.stringify([...ids]));
    } catch {
      // Storage full or blocked: the agenda still works until the page is left.
    }
    for (const other of live) if (other !== this && other.conference?.id === c.id) other.loadFavs();
    if (user) emit(this, 'plenary-favorites-change', [...ids]);
  }

  private toggleFav(id: string): void {
    const ids = new Set(this.favs);
    if (!ids.delete(id)) ids.add(id);
    this.saveFavs(ids, true);
  }

  private readHash(): void {
    const c = this.conference;
    if (!c) return;
    const h = location.hash;
    if (h.startsWith(SESSION_HASH)) {
      const id = decodeURIComponent(h.slice(SESSION_HASH.length));
      if (c.sessionsById.has(id)) this.open = id;
    } else if (this.open) {
      closeDialog(this.renderRoot);
      this.open = undefined;
      this.pushed = false;
    }
    if (h.startsWith(AGENDA_HASH)) {
      const ids = h.slice(AGENDA_HASH.length).split(',').map(decodeURIComponent);
      this.shared = ids.filter((id) => c.sessionsById.has(id));
    }
  }

  private handleDialogClose = (): void => {
    const id = this.open;
    this.open = undefined;
    if (id && location.hash === SESSION_HASH + encodeURIComponent(id)) {
      if (this.pushed) history.back();
      else history.replaceState(history.state, '', location.href.split('#')[0]);
    }
    this.pushed = false;
  };

  /** Open a session's dialog and put it in the address (so Back closes it and the link can be shared). */
  private show(id: string, user: boolean): void {
    if (!this.conference?.sessionsById.has(id)) return;
    const hash = SESSION_HASH + encodeURIComponent(id);
    // One history entry for the dialog: moving between sessions inside it replaces that entry.
    if (this.open) history.replaceState(history.state, '', hash);
    else if (location.hash !== hash) {
      history.pushState(history.state, '', hash);
      this.pushed = true;
    }
    this.open = id;
    if (user) emit(this, 'plenary-session-select', id);
  }

  private handleList(e: Event): void {
    const b = (e.target as Element).closest('button');
    const id = b?.closest<HTMLElement>('.s')?.dataset.id;
    if (!id) return;
    if (b!.classList.contains('st')) this.toggleFav(id);
    else this.show(id, true);
  }

  private handleTabKey(e: KeyboardEvent): void {
    const days = this.model!.days;
    const i = days.findIndex((d) => d.key === this.currentDay.key);
    const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? days.length - 1 : step ? (i + step + days.length) % days.length : -1;
    if (to < 0) return;
    e.preventDefault();
    this.tab = days[to]!.key;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus());
  }

  private handleFacet(e: Event): void {
    const i = e.target as HTMLInputElement;
    const f = i.name as Facet;
    const set = new Set(this.sel[f]);
    if (i.checked) set.add(i.value);
    else set.delete(i.value);
    this.sel = { ...this.sel, [f]: set };
  }

  private clear(): void {
    this.query = '';
    this.sel = noSelection();
    this.mine = false;
    this.shared = undefined;
  }

  private print(on: boolean): void {
    this.printing = on;
    // Render every day before the browser lays out the printout.
    if (on) this.performUpdate();
  }

  private download(sessions: Session[], file: string, name?: string): void {
    const c = this.conference!;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([toICS(c, sessions, { lang: this.locale.tag, name })], { type: 'text/calendar;charset=utf-8' }));
    a.download = `${c.id}-${file}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  private async share(): Promise<void> {
    this.shareUrl = location.href.split('#')[0] + AGENDA_HASH + [...this.favs].map(encodeURIComponent).join(',');
    try {
      await navigator.clipboard.writeText(this.shareUrl);
      this.note = this.s('copied');
    } catch {
      // No clipboard access: the link is shown to copy by hand.
    }
  }

  private endShared(add: boolean): void {
    if (add) this.saveFavs(new Set([...this.favs, ...this.shared!]), true);
    this.shared = undefined;
    if (location.hash.startsWith(AGENDA_HASH)) history.replaceState(history.state, '', location.href.split('#')[0]);
  }

  private jump(): void {
    const m = this.model!;
    const ids = [...this.nowIds, ...this.nextIds].filter((id) => !this.shown || this.shown.has(id));
    const it = m.items.get(ids[0] ?? [...this.nowIds, ...this.nextIds][0]!);
    if (!it) return;
    if (!ids.length) this.clear();
    this.tab = it.day;
    this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<HTMLElement>(`.s[data-id="${CSS.escape(it.s.id)}"]`);
      el?.scrollIntoView({ behavior: reduced() ? 'auto' : 'smooth', block: 'center' });
      el?.querySelector<HTMLElement>('.ti')?.focus({ preventScroll: true });
    });
  }

  /** Open a session's details (and scroll the schedule into view), as a link to `#plenary-session=<id>` does. */
  openSession(id: string): void {
    this.scrollIntoView({ behavior: reduced() ? 'auto' : 'smooth', block: 'start' });
    this.show(id, false);
  }

  /** Filter options that occur in the sessions shown: [value, label, colour], in the conference's order. */
  private options(c: Conference) {
    const tag = this.locale.tag;
    const seen = FACETS.map(() => new Set<string>());
    for (const it of this.model!.items.values()) FACETS.forEach((f, i) => values(it.s, f).forEach((v) => v !== undefined && seen[i]!.add(v)));
    const [tracks, rooms, types, langs] = seen as [Set<string>, Set<string>, Set<string>, Set<string>];
    return (
      [
        ['track', c.tracks.filter((t) => tracks.has(t.id)).map((t) => [t.id, this.text(t.name), color(t.color)])],
        ['room', c.rooms.filter((r) => rooms.has(r.id)).map((r) => [r.id, this.text(r.name)])],
        ['type', [...types].map((v) => [v, this.typeName(v)])],
        ['language', [...langs].map((v) => [v, displayName(tag, 'language', v)])],
      ] as const
    ).filter(([, o]) => o.length > 1) as (readonly [Facet, [string, string, string?][]])[];
  }

  private s(key: Key, params?: Record<string, string | number>): string {
    return this.t(strings, key, params);
  }

  private get currentDay(): Day {
    const days = this.model!.days;
    const today = dayKey(this.currentTime(), this.shownZone);
    return days.find((d) => d.key === this.tab) ?? days.find((d) => d.key === today) ?? days[0]!;
  }

  private typeName(type: string): string {
    return type in strings.en ? this.s(type as Key) : type[0]!.toUpperCase() + type.slice(1).replace(/[-_]/g, ' ');
  }

  private time(t: number): string {
    let v = this.times.get(t);
    if (v === undefined) this.times.set(t, (v = formatTime(t, this.locale.tag, this.shownZone)));
    return v;
  }

  private language(s: Session): string {
    const tag = this.locale.tag;
    if (!s.language) return '';
    const lang = displayName(tag, 'language', s.language);
    if (!s.interpretation.length) return lang;
    const list = new Intl.ListFormat(tag, { type: 'unit' }).format(s.interpretation.map((l) => displayName(tag, 'language', l)));
    return this.s('interp', { lang, list });
  }

  private person(p: Speaker): string {
    const a = this.text(p.affiliation);
    return this.text(p.name) + (a ? ` (${a})` : '');
  }

  private textOf(it: Item): Text {
    let v = this.texts.get(it);
    if (!v) {
      const s = it.s;
      const zone = this.shownZone;
      const title = this.text(s.title);
      const crosses = dayKey(s.end - 1, zone) !== it.day;
      const end = crosses ? dateFormat(this.locale.tag, zone, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(s.end) : this.time(s.end);
      const people = s.speakers.length ? s.speakers : s.moderators;
      v = {
        title,
        time: `${this.time(s.start)} – ${end}`,
        meta: [this.text(s.room?.name), s.type && this.typeName(s.type), this.language(s)].filter(Boolean).join(' · '),
        who: people.map((p) => this.person(p)).join('; '),
        star: this.s('star', { title }),
      };
      this.texts.set(it, v);
    }
    return v;
  }

  private renderItem = (it: Item): TemplateResult => {
    const s = it.s;
    const v = this.textOf(it);
    const mark = this.nowIds.has(s.id) ? 'now' : this.nextIds.has(s.id) ? 'next' : '';
    const fav = this.favs.has(s.id);
    return html`<li class="s ${it.kids.length ? 'p' : ''} ${mark}" part="session" data-id=${s.id} style=${inlineStyle(it.css)}>
      <div class="c">
        <time datetime=${isoInstant(s.start)}>${v.time}</time>${mark ? html` <b class="lv">${this.s(mark)}</b>` : nothing}
        <button class="ti" part="session-title" type="button">${v.title}</button>
        <p class="m">${s.track ? html`<span class="tk">${this.text(s.track.name)}</span>${v.meta ? ' · ' : ''}` : nothing}${v.meta}</p>
        ${v.who ? html`<p class="m">${v.who}</p>` : nothing}
        ${this.hideFavorites
          ? nothing
          : html`<button class="st" type="button" aria-pressed=${fav} aria-label=${v.star}>${fav ? '★' : '☆'}</button>`}
      </div>
      ${it.kids.length ? html`<ul>${it.kids.map(this.renderItem)}</ul>` : nothing}
    </li>`;
  };

  private renderDay(d: Day, heading: boolean): TemplateResult {
    const zone = this.shownZone;
    return html`<section class="day">
      <h2 class=${heading ? 'dh' : 'visually-hidden'}>${formatDay(dayStart(d.key, zone), this.locale.tag, zone)}</h2>
      <div class="g" style=${inlineStyle(d.css)}>
        <div class="gh" aria-hidden="true">
          <span class="corner">${this.s('time')}</span>
          ${d.heads.map(([r, css]) => html`<span style=${inlineStyle(css)}>${r ? this.text(r.name) : d.heads.length > 1 ? this.s('other') : ''}</span>`)}
          ${d.times.map(([t, row]) => html`<span class="gt" style=${inlineStyle(`grid-row:${row}`)}>${this.time(t)}</span>`)}
        </div>
        ${d.groups.map(
          ([t, items]) => html`<section class="tg"><h3>${this.time(t)}</h3><ul>${items.map(this.renderItem)}</ul></section>`,
        )}
      </div>
    </section>`;
  }

  private renderBar(c: Conference, count: number): TemplateResult {
    const m = this.model!;
    const active = !!this.match;
    const zone = this.shownZone;
    const other = this.alt ? this.zone : this.otherZone;
    const differs = [c.start, c.end].some((t) => zoneOffset(t, zone) !== zoneOffset(t, other));
    const tag = this.locale.tag;
    const facets = this.hideFilters ? [] : this.facets;
    const selected = FACETS.reduce((n, f) => n + this.sel[f].size, 0);
    const now = this.currentTime();
    const during = m.marks.length > 0 && m.marks[0]! <= now && now < m.marks[m.marks.length - 1]!;
    const view = this.chosen ?? (this.view === 'auto' ? (this.wide ? 'grid' : 'list') : this.view);
    return html`<div class="bar" part="filter-bar">
      <div class="row">
        ${this.hideSearch
          ? nothing
          : html`<label class="q"><span class="visually-hidden">${this.s('search')}</span
              ><input type="search" .value=${this.query} placeholder=${this.s('hint')} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} /></label>`}
        ${this.hideFavorites
          ? nothing
          : html`<button class="button" type="button" aria-pressed=${this.mine} @click=${() => (this.mine = !this.mine)}>
              ${this.s('agenda')} (${this.favs.size})
            </button>`}
        ${facets.length
          ? html`<details class="f">
              <summary class="button">${this.s('filters')}${selected ? ` (${selected})` : ''}</summary>
              <div class="fs" @change=${this.handleFacet}>
                ${facets.map(
                  ([f, opts]) => html`<fieldset>
                    <legend>${this.s(f)}</legend>
                    ${opts.map(
                      ([v, label, tc]) => html`<label
                        ><input type="checkbox" name=${f} .value=${v} .checked=${this.sel[f].has(v)} />
                        <span class=${f === 'track' ? 'tk' : ''} style=${inlineStyle(tc ? `--tc:${tc}` : '')}>${label}</span>
                        <span class="n">(${this.counts.get(f + v) ?? 0})</span></label
                      >`,
                    )}
                  </fieldset>`,
                )}
              </div>
            </details>`
          : nothing}
        ${this.hideSearch && !facets.length && this.hideFavorites ? nothing : html`<button class="button" type="button" @click=${this.clear}>${this.s('clear')}</button>`}
      </div>
      <div class="row">
        <span class="zn">${this.s('zone', { zone: zoneName(c.start, tag, zone) })}</span>
        ${differs
          ? html`<button class="button" type="button" @click=${() => (this.alt = !this.alt)}>${this.s('switch', { zone: zoneName(c.start, tag, other) })}</button>`
          : nothing}
        ${during ? html`<button class="button" type="button" @click=${this.jump}>${this.s('jump')}</button>` : nothing}
        <span class="vs" role="group" aria-label=${this.s('view')}>
          ${(['list', 'grid'] as const).map(
            (v) => html`<button class="button" type="button" aria-pressed=${view === v} @click=${() => (this.chosen = v)}>${this.s(v)}</button>`,
          )}
        </span>
      </div>
      ${this.hideFavorites || !this.favs.size
        ? nothing
        : html`<div class="row">
            <button class="button" type="button" @click=${() => this.download(c.sessions.filter((s) => this.favs.has(s.id)), 'agenda', `${this.text(c.name)} · ${this.s('agenda')}`)}>
              ${this.s('icsAll')}
            </button>
            <button class="button" type="button" @click=${this.share}>${this.s('share')}</button>
            ${this.shareUrl
              ? html`<input class="url" readonly aria-label=${this.s('link')} .value=${this.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />`
              : nothing}
          </div>`}
      <p class="cnt"><span role="status">${this.s(active ? 'found' : 'total', { n: count })}</span> <span role="status">${this.note}</span></p>
    </div>`;
  }

  private renderDialog(s: Session): TemplateResult {
    const tag = this.locale.tag;
    const zone = this.shownZone;
    const fav = this.favs.has(s.id);
    const people = (label: Key, ps: Speaker[]) =>
      ps.length
        ? html`<h3>${this.s(label)}</h3>
            <ul class="people">
              ${ps.map((p) => {
                const line = [this.text(p.position), this.text(p.affiliation), p.country && displayName(tag, 'region', p.country)].filter(Boolean).join(', ');
                return html`<li>
                  ${p.photo ? html`<img src=${p.photo} alt="" loading="lazy" width="56" height="56" />` : nothing}
                  <span><strong>${this.text(p.name)}</strong>${line ? html`<br />${line}` : nothing}</span>
                </li>`;
              })}
            </ul>`
        : nothing;
    const fact = (label: Key, v: unknown) => (v ? html`<dt>${this.s(label)}</dt><dd>${v}</dd>` : nothing);
    const open = (id: string) => () => this.show(id, true);
    const body = html`<p class="when">
        <time datetime=${isoInstant(s.start)}>${dateFormat(tag, zone, { dateStyle: 'full', timeStyle: 'short' }).formatRange(s.start, s.end)}</time>
        (${zoneName(s.start, tag, zone)})
      </p>
      <dl>
        ${fact('room', this.text(s.room?.name))}
        ${fact('track', s.track && html`<span class="tk" style=${inlineStyle(`--tc:${color(s.track.color) ?? ''}`)}>${this.text(s.track.name)}</span>`)}
        ${fact('type', s.type && this.typeName(s.type))} ${fact('language', this.language(s))}
        ${fact('partOf', s.parent && html`<button class="lk" type="button" @click=${open(s.parent.id)}>${this.text(s.parent.title)}</button>`)}
      </dl>
      ${this.text(s.description)
        .split(/\n\s*\n/)
        .filter(Boolean)
        .map((p) => html`<p>${p}</p>`)}
      ${people('speakers', s.speakers)} ${people('moderators', s.moderators)}
      ${s.children.length
        ? html`<h3>${this.s('programme')}</h3>
            <ul>
              ${s.children.map(
                (k) => html`<li><button class="lk" type="button" @click=${open(k.id)}>${this.time(k.start)} ${this.text(k.title)}</button></li>`,
              )}
            </ul>`
        : nothing}
      ${s.links.length || s.livestream
        ? html`<h3>${this.s('links')}</h3>
            <ul>
              ${s.livestream ? html`<li><a href=${s.livestream} target="_blank" rel="noopener">${this.s('live')}</a></li>` : nothing}
              ${s.links.map((l) => html`<li><a href=${l.url} target="_blank" rel="noopener">${this.text(l.label) || l.url}</a></li>`)}
            </ul>`
        : nothing}
      <p class="row">
        ${this.hideFavorites
          ? nothing
          : html`<button class="button" type="button" aria-pressed=${fav} @click=${() => this.toggleFav(s.id)}>${fav ? '★' : '☆'} ${this.s('agenda')}</button>`}
        <button class="button" type="button" @click=${() => this.download([s], s.id)}>${this.s('ics')}</button>
      </p>`;
    return dialogTemplate({ heading: this.text(s.title), closeLabel: this.s('close'), body, onClose: this.handleDialogClose, id: 'dt' });
  }

  protected renderContent(c: Conference): TemplateResult {
    const m = this.model!;
    if (!m.days.length) return this.renderEmpty();
    const date = /^\d{4}-\d\d-\d\d$/.test(this.day ?? '');
    const all = this.printing || this.day === 'all';
    const tabs = !all && !date && m.days.length > 1;
    const cur = this.currentDay;
    const days = all ? m.days : date ? m.days.filter((d) => d.key === this.day) : [cur];
    const count = days.reduce((n, d) => n + (this.match ? (this.perDay.get(d.key) ?? 0) : d.items.length), 0);
    const view = this.chosen ?? this.view;
    const body = guard([m, days.map((d) => d.key).join(), this.favs, this.hideFavorites, [...this.nowIds, '', ...this.nextIds].join()], () =>
      {
        this.applied = null;
        return days.map((d) => this.renderDay(d, !tabs));
      },
    );
    const open = this.open && c.sessionsById.get(this.open);
    return html`<div class="sched v-${/^(grid|list)$/.test(view) ? view : 'auto'}">
      ${this.renderBar(c, count)}
      ${this.shared
        ? html`<div class="row shared">
            <p>${this.s('shared', { n: this.shared.length })}</p>
            <button class="button" type="button" @click=${() => this.endShared(true)}>${this.s('import')}</button>
            <button class="button" type="button" @click=${() => this.endShared(false)}>${this.s('dismiss')}</button>
          </div>`
        : nothing}
      ${tabs
        ? html`<div class="tabs" role="tablist" aria-label=${this.s('days')} @keydown=${this.handleTabKey}>
            ${m.days.map((d, i) => {
              const on = d === cur;
              const n = this.match ? this.perDay.get(d.key) ?? 0 : undefined;
              return html`<button role="tab" part="day-tab" id="t${i}" aria-selected=${on} aria-controls="panel" tabindex=${on ? 0 : -1} type="button" @click=${() => (this.tab = d.key)}>
                ${formatDay(dayStart(d.key, this.shownZone), this.locale.tag, this.shownZone, true)}${n === undefined ? nothing : html` <span class="n">(${n})</span>`}
              </button>`;
            })}
          </div>`
        : nothing}
      <div class="days" id="panel" ?hidden=${!count} role=${tabs ? 'tabpanel' : nothing} aria-labelledby=${tabs ? `t${m.days.indexOf(cur)}` : nothing} @click=${this.handleList}>
        ${body}
      </div>
      ${count ? nothing : html`<p class="state" part="empty">${this.mine && !this.favs.size ? this.s('agendaEmpty') : this.s('none')}</p>`}
      ${open ? this.renderDialog(open) : nothing}
    </div>`;
  }
}
