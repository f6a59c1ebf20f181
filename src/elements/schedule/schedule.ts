import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { localize, otherLanguage } from '../../data/localize.js';
import type { Conference, LocalizedText, Room, Session, Speaker, Track } from '../../data/model.js';
import { closeDialog, dialogStyles, dialogTemplate, enter, leave, openDialog } from '../../internal/dialog.js';
import { emit } from '../../internal/events.js';
import { inlineStyle } from '../../internal/inline-style.js';
import { PlenaryElement } from '../../internal/plenary-element.js';
import { TimedElement } from '../../internal/timed-element.js';
import { TickController } from '../../internal/ticker.js';
import { PrintController } from '../../internal/print.js';
import { dateFormat, formatDay, formatTime, isoInstant, zoneName } from '../../time/format.js';
import { localZone, zoneOffset } from '../../time/zone.js';
import { dayKey, dayStart, nextDay } from '../../time/days.js';
import { arrange, place, queryWords, searchText, type Day, type Item, type Model } from './schedule.layout.js';
import { strings, type Key } from './schedule.strings.js';
import { scheduleStyles } from './schedule.styles.js';
import { esc, langAttr, markup } from '../../internal/escape.js';
import { displayName, listFormat } from '../../i18n/intl.js';

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
type Option = [value: string, label: TemplateResult | string, color?: string];
const noSelection = () => Object.fromEntries(FACETS.map((f) => [f, new Set()])) as Selection;
const one = (v?: string): string[] => (v ? [v] : []);
/** A session's values for each facet (track, room, type, languages). */
const values = (s: Session): string[][] => [
  one(s.track?.id),
  one(s.room?.id),
  one(s.type),
  s.interpretation.length ? [...new Set([s.language, ...s.interpretation])].filter((v): v is string => !!v) : one(s.language),
];

const list = (v?: string) => (v ? new Set(v.split(',').map((x) => x.trim())) : undefined);
/**
 * Texts from the data that share a line are each wrapped in FSI…PDI (Unicode bidi isolates): a name with a
 * stray right-to-left override cannot reorder its neighbours, and no element per text is needed.
 */
const iso = (s: string | undefined) => (s ? `\u2068${s}\u2069` : '');
const join = (xs: (string | undefined)[], sep: string) => xs.filter(Boolean).map(iso).join(sep);
const SESSION_HASH = '#plenary-session=';
const AGENDA_HASH = '#plenary-agenda=';
const reduced = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
const scroll = (el: Element | null | undefined, block: ScrollLogicalPosition) => el?.scrollIntoView({ behavior: reduced() ? 'auto' : 'smooth', block });
/** A colour from the data, if it is one (anything else could break out of its CSS declaration). */
const color = (c?: string) => (c && globalThis.CSS?.supports('color', c) ? c : undefined);
/** The next idle period (or, without requestIdleCallback, a short pause), and when to yield again. */
const idle = () =>
  new Promise<number>((r) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback((d) => r(performance.now() + d.timeRemaining())) : setTimeout(() => r(performance.now() + 8), 50),
  );
/** A button in the widget's style; with `pressed`, a toggle. */
const button = (label: string, click: () => void, pressed?: boolean, cls = '') =>
  html`<button class="button ${cls}" type="button" aria-pressed=${pressed ?? nothing} @click=${click}>${label}</button>`;
/** After the next frame has painted. */
const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
/**
 * The calendar (ICS) writer is rarely needed: it loads on demand, from when a download button is first shown,
 * so a click usually finds it loaded (element entries: its own chunk; plenary.js: inlined).
 */
let ics: Promise<void> | undefined;
let toICS: typeof import('../../time/ics.js').toICS | undefined;
const loadIcs = () =>
  (ics ??= import('../../time/ics.js').then(
    (m) => void (toICS = m.toICS),
    () => void (ics = undefined),
  ));
/** Live schedules, so starring in one updates the others on the page. */
const live = new Set<PlenarySchedule>();

/**
 * The conference programme: days as tabs, a list or a grid of rooms and times, filters and search, the
 * visitor's own agenda (starred sessions, kept in this browser), a session dialog, all in the visitor's
 * language and either the conference's time zone or their own.
 *
 * Rendering: the controls and the dialog are Lit templates; the sessions are one string per day assigned
 * with `innerHTML` (every value escaped), with the grid placement and track colours in a constructed
 * stylesheet (so a strict CSP allows them). Filters and search then only hide and show what is there,
 * and stars and "now" marks change single attributes, so nothing large is built twice.
 *
 * @summary The programme, with filters, search, my agenda and session details.
 * @tagname plenary-schedule
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
 * @cssprop --plenary-schedule-track-color - Colour of a session without a track colour.
 * @cssprop --plenary-schedule-session-background - Background of a session.
 * @cssprop --plenary-schedule-time-color - Colour of times and secondary text.
 * @cssprop --plenary-schedule-now-color - Colour of the "now" and "next" marks.
 * @cssprop --plenary-schedule-star-color - Colour of a starred session's star.
 * @cssprop --plenary-schedule-grid-height - Greatest height of the grid before it scrolls (default `80vh`).
 * @cssprop --plenary-schedule-column-width - Least width of a room column in the grid (default `12em`).
 * @cssprop --plenary-schedule-minute-height - Height of one minute in the grid (default `0.2em`).
 *
 * @fires {CustomEvent<string>} plenary-session-select - The visitor opened a session. Detail: its id.
 * @fires {CustomEvent<string[]>} plenary-favorites-change - The visitor changed their agenda. Detail: starred ids.
 */
export class PlenarySchedule extends TimedElement {
  static override styles = [...PlenaryElement.styles, dialogStyles, scheduleStyles];

  static override properties = {
    tab: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    wide: { state: true, attribute: false },
    query: { state: true, attribute: false },
    sel: { state: true, attribute: false },
    mine: { state: true, attribute: false },
    alt: { state: true, attribute: false },
    open: { state: true, attribute: false },
    favs: { state: true, attribute: false },
    shared: { state: true, attribute: false },
    shareUrl: { state: true, attribute: false },
    note: { state: true, attribute: false },
    view: {},
    day: {},
    track: {},
    room: {},
    type: {},
    session: {},
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
    hideSearch: { type: Boolean, attribute: 'hide-search' },
    hideFavorites: { type: Boolean, attribute: 'hide-favorites' },
  };

  private ticker = new TickController(this, (now) => (this.frozenNow === undefined ? (this.model?.marks.find((t) => t > now) ?? Infinity) : Infinity));
  private model?: Model;
  private modelKey: unknown[] = [];
  private tag = 'en';
  /** The language of the conference's own texts (see Locale.lang). */
  private want = 'en';
  private sheet = new CSSStyleSheet();
  /** Per model: formatted times and ISO instants, escaped names and lines, filter values, search texts. */
  private times = new Map<number, string>();
  private isos = new Map<number, string>();
  private names = new Map<unknown, string>();
  private facetValues: string[][][] = [];
  private index: string[] = [];
  private facets: [Facet, Option[]][] = [];
  /** Matching ids (undefined: no filter), with their ancestors; counts per facet value and per day. */
  private match?: Set<string>;
  private shown?: Set<string>;
  private counts: Map<string, number>[] = [];
  private totals: Map<string, number>[] = [];
  private perDay = new Map<string, number>();
  private filterKey: unknown[] = [];
  private markKey: unknown[] = [];
  private nowIds = new Set<string>();
  private nextIds = new Set<string>();
  /** The days shown, the current one, whether they are tabs: worked out once per update. */
  private shownDays: Day[] = [];
  private cur?: Day;
  private tabbed = false;
  /** What the session list shows, and what has been applied to it. */
  private listKey: unknown[] = [];
  private els?: [HTMLElement, string | number, boolean][];
  private applied: unknown[] = [];
  private pushed = false;
  private favId?: string;
  private pendingFavs?: string[];
  private observer?: ResizeObserver;
  private observed?: Element;
  /** A scroll-padding measurement waiting for the next paint (see padGrid). */
  private padding?: Promise<void>;
  private listeners: [string, () => void][] = [
    ['hashchange', () => this.readHash()],
    ['popstate', () => this.readHash()],
    ['storage', () => this.loadFavs()],
  ];

  private declare tab?: string;
  private declare chosen?: 'grid' | 'list';
  private wide = false;
  private query = '';
  private sel = noSelection();
  private mine = false;
  private alt = false;
  private declare open?: string;
  private favs = new Set<string>();
  private declare shared?: string[];
  private declare shareUrl?: string;
  private note = '';
  /** Printed, every day is shown. */
  private print = new PrintController(this);

  /** `auto` (default): a grid when the element is wide enough, else a list; `grid`; `list`. */
  view: 'auto' | 'grid' | 'list' = 'auto';

  /** Show one day (`YYYY-MM-DD` in the zone shown, no tabs; filters and counts cover that day) or `all` days one after another. Default: tabs. */
  declare day?: string;

  /** Only these tracks (comma-separated ids). */
  declare track?: string;

  /** Only these rooms (comma-separated ids). */
  declare room?: string;

  /** Only these session types (comma-separated). */
  declare type?: string;

  /** Only these sessions and their parts (comma-separated ids). */
  declare session?: string;

  /** Hide the track, room, type and language filters. */
  hideFilters = false;

  /** Hide the search field. */
  hideSearch = false;

  /** Hide the stars, "my agenda" and its downloads. */
  hideFavorites = false;

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
    for (const [e, f] of this.listeners) addEventListener(e, f);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    for (const [e, f] of this.listeners) removeEventListener(e, f);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  /** The zone the times are shown in: `time-zone` (or the conference's), or the other one after the switch. */
  private get shownZone(): string {
    return this.alt ? this.otherZone : this.zone;
  }

  /** `grid` or `list`: the visitor's choice, else `view`, else (`auto`) by the element's width. */
  private get shownView(): 'grid' | 'list' {
    const v = this.chosen ?? this.view;
    return v === 'grid' || v === 'list' ? v : this.wide ? 'grid' : 'list';
  }

  private get otherZone(): string {
    const c = this.conference!;
    return this.zone === c.timezone ? localZone() : c.timezone;
  }

  /** The formatters the first render needs (language names, lists, times), set up while the data loads. */
  protected override prepare(tag: string): void {
    displayName(tag, 'language', 'en');
    listFormat(tag);
    formatTime(0, tag, 'UTC');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = this.conference;
    ({ tag: this.tag, lang: this.want } = this.locale);
    if (!c) return;
    const zone = this.shownZone;
    // One given day: the model (and so the filters' options and counts, search and marks) holds only that day.
    // (Printed, it is still that day: the day the page shows.)
    const one = /^\d{4}-\d\d-\d\d$/.test(this.day ?? '') ? this.day : undefined;
    const key = [c, this.tag, this.want, zone, this.track, this.room, this.type, this.session, one];
    if (key.some((v, i) => v !== this.modelKey[i])) {
      const pre = { track: list(this.track), room: list(this.room), type: list(this.type), session: list(this.session), day: one };
      this.wrong = [];
      this.unknown('track', pre.track, c.tracks.map((t) => t.id));
      this.unknown('room', pre.room, c.rooms.map((r) => r.id));
      this.unknown('type', pre.type, [...new Set(c.sessions.map((s) => s.type!).filter(Boolean))]);
      this.unknown('session', pre.session, [...c.sessionsById.keys()]);
      if (one) this.unknown('day', [one], c.days);
      else if (this.day && this.day !== 'all') this.warn('day', `"${this.day}" is not a date (YYYY-MM-DD) or all; not used`);
      const m = (this.model = arrange(c, zone, pre, color));
      this.modelKey = key;
      this.times.clear();
      this.isos.clear();
      this.names.clear();
      const totals = (this.totals = FACETS.map(() => new Map<string, number>()));
      this.facetValues = m.all.map((it) => {
        const vs = values(it.s);
        vs.forEach((v, f) => v.forEach((x) => totals[f]!.set(x, (totals[f]!.get(x) ?? 0) + 1)));
        return vs;
      });
      this.index = [];
      this.facets = this.options(c);
      if (this.favId !== c.id) {
        this.favId = c.id;
        this.loadFavs();
        if (this.pendingFavs) this.saveFavs(new Set(this.pendingFavs), false);
        this.pendingFavs = undefined;
        this.readHash();
      }
    }
    if (!this.observer) {
      // `auto` is a grid from 48em of the element's own width: measured once before anything large is in
      // (a cheap layout), then followed with a ResizeObserver. (A container query would cost a second
      // style pass over every session.)
      // Measured on the shadow .root (always a block box), not the host: page CSS such as `* { all: revert }`
      // can make the host itself inline, with no width of its own.
      const width = () => (this.renderRoot.querySelector('.root') as HTMLElement | null)?.clientWidth || this.clientWidth || this.parentElement?.clientWidth || 0;
      const wide = () => (this.wide = width() >= 48 * parseFloat(getComputedStyle(this).fontSize));
      wide();
      // Next frame: re-rendering inside the observer's callback would resize what it observes (a loop error).
      this.observer = new ResizeObserver(() => requestAnimationFrame(wide));
      this.observer.observe(this);
    }
    this.filter();
    this.marks();
    if (this.open || (this.favs.size && !this.hideFavorites)) void loadIcs();
    const m = this.model!;
    const today = dayKey(this.currentTime(), zone);
    const cur = (this.cur = m.days.find((d) => d.key === this.tab) ?? m.days.find((d) => d.key === today) ?? m.days[0]);
    const all = this.print.on || this.day === 'all' || !!one;
    this.tabbed = !all && m.days.length > 1;
    this.shownDays = all ? m.days : cur ? [cur] : [];
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const box = root.querySelector('.root');
    if (box && this.observer && this.observed !== box) {
      this.observer.observe((this.observed = box));
    }
    if (this.model && !root.adoptedStyleSheets.includes(this.sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      void this.buildIndex(true);
    }
    this.renderList();
    if (this.shownView === 'grid') this.padGrid();
    if (this.open && this.isConnected) openDialog(this.renderRoot);
  }

  /**
   * The grid's room headings and time column are sticky: a session scrolled into view by focus (Tab) must not
   * end up under them (WCAG 2.4.11). The scroller's scroll padding is set to their size, measured after the next
   * paint, when layout is clean and reading it costs nothing. A day still left to content-visibility is measured
   * when `unlock()` renders it: reading its corner forces a layout of the whole day, which is what
   * content-visibility saves. (Measured in a frame callback, before the first paint, 2,000 sessions over four
   * days spent 110-160 ms there, most of it laying out the three days below the fold.) Setting a value the inline
   * style already has invalidates nothing, so an update that moves nothing (a tick) costs no style pass.
   */
  private padGrid(): void {
    this.padding ??= afterPaint().then(() => {
      this.padding = undefined;
      // Every reading first, then the writes (a write between two readings would make the second lay out again).
      const grids = [...this.renderRoot.querySelectorAll<HTMLElement>('#panel .day:not(.cv) .g')];
      grids
        .map((g) => g.querySelector('.corner')?.getBoundingClientRect())
        .forEach((c, i) => {
          if (c?.width) {
            const style = grids[i]!.style;
            style.scrollPaddingInlineStart = `${Math.ceil(c.width) + 4}px`;
            style.scrollPaddingBlockStart = `${Math.ceil(c.height) + 4}px`;
          }
        });
    });
  }

  /** Search texts, built in idle time after the first render (or at once, when a search comes first). */
  private async buildIndex(later: boolean): Promise<void> {
    const m = this.model;
    const index = this.index;
    // Idle time also collects the rendered items, so the first filter does not have to. Not before the first
    // paint: an idle period can come between the markup going in and that frame.
    if (later) {
      await afterPaint();
      await idle();
      this.collect();
    }
    for (let i = index.length, until = 0; m && i < m.all.length; i++) {
      if (later && performance.now() >= until) {
        until = await idle();
        if (m !== this.model) return;
      }
      index[i] ??= searchText(m.all[i]!.s);
    }
  }

  /**
   * After the first paint, the days left to content-visibility are rendered one idle period at a time, so the
   * first filter, search or scroll does not have to style and lay them all out at once.
   */
  private async unlock(box: Element): Promise<void> {
    // Not before that paint: an idle period can come between the markup going in and the next frame.
    await afterPaint();
    for (const d of box.querySelectorAll('.cv')) {
      await idle();
      d.classList.remove('cv');
      if (this.shownView === 'grid') this.padGrid();
    }
  }

  private marks(): void {
    const m = this.model!;
    const now = this.currentTime();
    const at = m.marks.findIndex((t) => t > now);
    const key = [m, at, this.frozenNow];
    if (key.every((v, i) => v === this.markKey[i])) return;
    if (m !== this.markKey[0] || this.frozenNow !== this.markKey[2]) this.ticker.reschedule();
    this.markKey = key;
    this.nowIds = new Set();
    this.nextIds = new Set();
    // Only during the conference: a month ahead, the opening is not "next".
    if (at <= 0) return;
    let next = Infinity;
    for (const it of m.all) {
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

  /** Work out which sessions match the search, filters and agenda, and the counts (once per change). */
  private filter(): void {
    const m = this.model!;
    const words = queryWords(this.query);
    const pick = this.shared ? new Set(this.shared) : this.mine ? this.favs : undefined;
    const key = [m, words.join(' '), this.sel, pick];
    if (key.every((v, i) => v === this.filterKey[i])) return;
    this.filterKey = key;
    const sel = FACETS.map((f) => this.sel[f]);
    const active = words.length > 0 || !!pick || sel.some((s) => s.size);
    this.match = this.shown = undefined;
    if (!active) {
      this.counts = this.totals;
      return;
    }
    if (words.length) void this.buildIndex(false);
    const counts = FACETS.map(() => new Map<string, number>());
    const add = (f: number, vs: string[]) => vs.forEach((v) => counts[f]!.set(v, (counts[f]!.get(v) ?? 0) + 1));
    const perDay = new Map<string, number>();
    const match = new Set<string>();
    m.all.forEach((it, i) => {
      if (pick && !pick.has(it.s.id)) return;
      if (words.length && !words.every((w) => this.index[i]!.includes(w))) return;
      const vals = this.facetValues[i]!;
      // A session counts for a facet's values when it passes every other facet (the usual faceted search).
      let failed = -1;
      for (let f = 0; f < 4; f++)
        if (sel[f]!.size && !vals[f]!.some((v) => sel[f]!.has(v))) {
          if (failed >= 0) return;
          failed = f;
        }
      if (failed >= 0) return add(failed, vals[failed]!);
      vals.forEach((vs, f) => add(f, vs));
      match.add(it.s.id);
      perDay.set(it.day, (perDay.get(it.day) ?? 0) + 1);
    });
    this.counts = counts;
    this.perDay = perDay;
    this.match = match;
    this.shown = new Set(match);
    for (const id of match) for (let up = m.items.get(id)!.up; up && !this.shown.has(up.s.id); up = up.up) this.shown.add(up.s.id);
  }

  /** Filter options that occur in the sessions shown, in the conference's order. */
  private options(c: Conference): [Facet, Option[]][] {
    const seen = this.totals;
    const opts: Option[][] = [
      c.tracks.filter((t) => seen[0]!.has(t.id)).map((t) => [t.id, this.inLang(t.name), color(t.color)]),
      c.rooms.filter((r) => seen[1]!.has(r.id)).map((r) => [r.id, this.inLang(r.name)]),
      [...seen[2]!.keys()].map((v) => [v, this.typeName(v)]),
      [...seen[3]!.keys()].map((v) => [v, displayName(this.tag, 'language', v)]),
    ];
    return FACETS.map((f, i) => [f, opts[i]!] as [Facet, Option[]]).filter(([, o]) => o.length > 1);
  }

  /** Put the shown days' sessions in place (when they change), then the stars, marks and filter. */
  private renderList(): void {
    const box = this.renderRoot.querySelector('.days');
    const m = this.model;
    if (!box || !m) return;
    const days = this.shownDays;
    const headings = !this.tabbed;
    const key = [box, m, days.map((d) => d.key).join(), headings, this.hideFavorites];
    if (key.some((v, i) => v !== this.listKey[i])) {
      this.listKey = key;
      const zone = this.shownZone;
      const c = this.conference!;
      let html = '';
      let rules = '';
      for (const d of days) {
        const g = place(c, d);
        // Later days of many sessions render when they near the viewport (content-visibility), sized meanwhile
        // by --n. Not the first: it is on screen, where the containment would only add a pass.
        const cv = d !== days[0] && d.items.length > 99;
        html += `<section class="day${cv ? ' cv' : ''}" id="d${d.key}"><h2 class="${headings ? 'dh' : 'visually-hidden'}">${esc(formatDay(dayStart(d.key, zone), this.tag, zone))}</h2><div class="g">${this.dayMarkup(d)}</div></section>`;
        rules += `#d${d.key}${cv ? `{--n:${d.items.length}}#d${d.key}` : ''} .g{${g.css}}`;
        g.heads.forEach(([, css], i) => (rules += `#d${d.key} .h${i}{${css}}`));
        g.times.forEach(([, row], i) => (rules += `#d${d.key} .t${i}{grid-row:${row}}`));
        for (const it of d.items) rules += `#i${it.s.index}{${it.css}}`;
      }
      box.innerHTML = markup(html);
      this.sheet.replaceSync(rules);
      void this.unlock(box);
      this.els = undefined;
      this.applied = [];
    }
    const [favs, now, next, shown] = this.applied as (Set<string> | undefined)[];
    const el = (id: string) => this.renderRoot.querySelector<HTMLElement>(`#i${m.items.get(id)?.s.index}`);
    if (favs !== this.favs) for (const id of new Set([...(favs ?? []), ...this.favs])) el(id)?.querySelector('.st')?.setAttribute('aria-pressed', String(this.favs.has(id)));
    if (now !== this.nowIds) {
      // Take the marks off the sessions that had them (fresh markup has none), then put the new ones on.
      const mark = (ids: Set<string> | undefined, k: 'now' | 'next', on: boolean) => {
        for (const id of ids ?? []) {
          const li = el(id);
          if (!li) continue;
          li.classList.toggle(k, on);
          const time = li.querySelector('time')!;
          if (on) time.insertAdjacentHTML('afterend', markup(` <b class="lv">${esc(this.s(k))}</b>`));
          else if (time.nextElementSibling?.matches('.lv')) time.nextElementSibling.remove(), time.nextSibling!.remove();
        }
      };
      mark(now, 'now', false);
      mark(next, 'next', false);
      mark(this.nowIds, 'now', true);
      mark(this.nextIds, 'next', true);
    }
    if (shown !== this.shown) {
      // Show and hide what is rendered: a filter or a keystroke changes attributes, not markup.
      // Elements, their ids and hidden states are kept in arrays, so a keystroke reads nothing from the DOM.
      const groups = days.flatMap((d) => d.groups);
      const on = this.shown;
      this.collect();
      let g = 0;
      for (const x of this.els!) {
        const [el, id] = x;
        const h = !!on && (typeof id === 'string' ? !on.has(id) : !groups[g++]![1].some((it) => on.has(it.s.id)));
        if (x[2] !== h) el.hidden = x[2] = h;
      }
    }
    this.applied = [this.favs, this.nowIds, this.nextIds, this.shown];
  }

  /** The rendered time groups and sessions (groups by number, sessions by id) and whether each is hidden. */
  private collect(): void {
    this.els ??= [...this.renderRoot.querySelectorAll<HTMLElement>('.days .s, .days .tg')].map((e, i) => [e, e.dataset.id ?? i, false]);
  }

  /** One day's time groups and sessions as markup, every value escaped. (Not kept: it is large.) */
  private dayMarkup(d: Day): string {
    const [star0, star1] = this.hideFavorites ? [] : esc(this.s('star', { title: '\u0000' })).split('\u0000');
    const zone = this.shownZone;
    // A session ending by the end of its day shows the end's time, else the end's weekday too.
    const dayEnd = dayStart(nextDay(d.key), zone);
    const long = dateFormat(this.tag, zone, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
    // Escaped texts, once per model: rooms (isolated), tracks, people, types and languages (isolated). A room or
    // track name shown in another language than the widget's (the file's English in a French widget) has its own
    // lang, so a screen reader reads it in that language (WCAG 3.1.2); names of people are proper names.
    const names = this.names;
    const named = (k: unknown, make: (k: never) => string, t?: LocalizedText) => {
      let v = names.get(k);
      if (v === undefined) {
        v = esc(make(k as never));
        const l = t && this.langOf(t);
        names.set(k, (v = l ? `<span${langAttr(l)}>${v}</span>` : v));
      }
      return v;
    };
    const room = (r: Room) => iso(this.text(r.name));
    const track = (t: Track) => this.text(t.name);
    const person = (p: Speaker) => this.person(p);
    const type = (t: string) => iso(this.typeName(t.slice(1)));
    let s: Session;
    const lang = () => iso(this.language(s));
    const sep = esc(this.s('sep'));
    const item = (it: Item): string => {
      s = it.s;
      const title = esc(this.text(s.title));
      const people = s.speakers.length ? s.speakers : s.moderators;
      let meta = s.room ? named(s.room, room, s.room.name) : '';
      if (s.type) meta += (meta && ' · ') + named('y' + s.type, type);
      if (s.language) meta += (meta && ' · ') + named('l' + s.language + s.interpretation, lang);
      let h = `<li class="s${it.kids.length ? ' p' : ''}" part="session" data-id="${esc(s.id)}" id="i${s.index}"><div class="c"><time datetime="${this.iso(s.start)}">`;
      h += `${esc(`${this.time(s.start)} – ${s.end <= dayEnd ? this.time(s.end) : long.format(s.end)}`)}</time><button class="ti" part="session-title" type="button"${langAttr(this.langOf(s.title))}>${title}</button><p class="m">`;
      // The separator after the track is its part's ::after (styles): where the room and the rest wrap, no line starts with it.
      if (s.track) h += `<span class="tk">${named(s.track, track, s.track.name)}</span>`;
      if (meta) h += `<span>${meta}</span>`;
      h += '</p>';
      if (people.length) {
        h += '<p class="m">';
        people.forEach((p, i) => (h += (i ? sep : '') + named(p, person)));
        h += '</p>';
      }
      if (star0 !== undefined) h += `<button class="st" type="button" aria-pressed="false" aria-label="${star0}${title}${star1}"></button>`;
      return h + `</div>${it.kids.length ? `<ul>${it.kids.map(item).join('')}</ul>` : ''}</li>`;
    };
    const g = d.grid!;
    return (
      `<div class="gh" aria-hidden="true"><span class="corner"></span>` +
      g.heads.map(([r], i) => `<span class="h${i}">${esc(r ? this.text(r.name) : g.heads.length > 1 ? '–' : '')}</span>`).join('') +
      g.times.map(([t], i) => `<span class="gt t${i}">${esc(this.time(t))}</span>`).join('') +
      `</div>` +
      d.groups.map(([t, items]) => `<section class="tg"><h3>${esc(this.time(t))}</h3><ul>${items.map(item).join('')}</ul></section>`).join('')
    );
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
      // With several schedules of the conference on the page, the first visible one opens it.
      const all = [...live].filter((x) => x.conference?.sessionsById.has(id)).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      if ((all.find((x) => x.checkVisibility?.() ?? true) ?? all[0]) === this) this.open = id;
    } else if (this.open) {
      closeDialog(this.renderRoot);
      this.open = undefined;
      this.pushed = false;
    }
    if (h.startsWith(AGENDA_HASH)) this.shared = h.slice(AGENDA_HASH.length).split(',').map(decodeURIComponent).filter((id) => c.sessionsById.has(id));
  }

  private handleDialogClose = (e?: Event): void => {
    // A dialog closed by navigation (Back) has been removed by the time its close event arrives.
    if (!(e?.target as Element | undefined)?.isConnected) return;
    const id = this.open;
    this.open = undefined;
    if (id) leave(SESSION_HASH + encodeURIComponent(id), this.pushed);
    this.pushed = false;
  };

  /** Move the open dialog to another session (its parent or a part), focusing the new heading at the top. */
  private async follow(id: string): Promise<void> {
    this.show(id, true);
    await this.updateComplete;
    // (tabindex only now: showModal gives focus to the first focusable element, which is to stay the close button.)
    const h = this.renderRoot.querySelector<HTMLElement>('dialog h2');
    if (h) {
      h.closest('dialog')!.scrollTo(0, 0);
      h.tabIndex = -1;
      h.focus();
    }
  }

  /** Open a session's dialog and put it in the address (so Back closes it and the link can be shared). */
  private show(id: string, user: boolean): void {
    if (!this.conference?.sessionsById.has(id)) return;
    // One history entry for the dialog: moving between sessions inside it replaces that entry.
    this.pushed = enter(SESSION_HASH + encodeURIComponent(id), !!this.open) || this.pushed;
    this.open = id;
    if (user) emit(this, 'plenary-session-select', id);
  }

  private handleList(e: Event): void {
    const b = (e.target as Element).closest('button');
    const id = b?.closest<HTMLElement>('.s')?.dataset.id;
    if (!id) return;
    if (b!.classList.contains('st')) {
      this.toggleFav(id);
      void this.keepFocus(b!);
    } else this.show(id, true);
  }

  /**
   * After an action that hid or removed the focused control (unstarring a session while "My agenda" is shown,
   * closing the shared-agenda banner), give focus to the nearest session title still shown, else to the
   * "My agenda" toggle, so keyboard and screen-reader users keep their place instead of landing on <body>.
   */
  private async keepFocus(from: HTMLElement): Promise<void> {
    await this.updateComplete;
    if (from.checkVisibility()) return;
    // The next title shown after it (4: DOCUMENT_POSITION_FOLLOWING, as in readHash), else the last before it, else "My agenda".
    const titles = [...this.renderRoot.querySelectorAll<HTMLElement>('#panel .ti')].filter((t) => t.checkVisibility());
    (titles.find((t) => from.compareDocumentPosition(t) & 4) ?? titles.pop() ?? this.renderRoot.querySelector<HTMLElement>('.bar .agenda'))?.focus();
  }

  private handleTabKey(e: KeyboardEvent): void {
    const days = this.model!.days;
    const i = days.indexOf(this.cur!);
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

  private async download(sessions: Session[], file: string, name?: string): Promise<void> {
    const c = this.conference!;
    if (!toICS) await loadIcs();
    if (!toICS) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([toICS(c, sessions, { lang: this.want, name, sep: this.s('comma') })], { type: 'text/calendar;charset=utf-8' }));
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

  /** From the shared-agenda banner's buttons, which go with it: focus moves to "My agenda" (else the day tab). */
  private endShared(add: boolean): void {
    if (add) this.saveFavs(new Set([...this.favs, ...this.shared!]), true);
    this.shared = undefined;
    if (location.hash.startsWith(AGENDA_HASH)) history.replaceState(history.state, '', location.href.split('#')[0]);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.bar .agenda, [role=tab][aria-selected=true]')?.focus());
  }

  private async jump(): Promise<void> {
    const m = this.model!;
    const ids = [...this.nowIds, ...this.nextIds];
    const id = ids.find((id) => !this.shown || this.shown.has(id)) ?? ids[0];
    if (!id) return;
    if (this.shown && !this.shown.has(id)) this.clear();
    this.tab = m.items.get(id)!.day;
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`#i${m.items.get(id)!.s.index}`);
    scroll(el, 'center');
    el?.querySelector<HTMLElement>('.ti')?.focus({ preventScroll: true });
  }

  /** Open a session's details (and scroll the schedule into view), as a link to `#plenary-session=<id>` does. */
  openSession(id: string): void {
    // The history entry first: it keeps the scroll position of where the visitor came from (a speaker's card), which
    // Back, and so closing the dialog, restores, with focus returned there (else, without smooth scrolling, the
    // schedule's position is restored and the focused card is left off screen).
    this.show(id, false);
    scroll(this, 'start');
  }

  /** Like the base's `text`, without looking up the language for every string. */
  protected override text(t: LocalizedText | undefined): string {
    return localize(t, this.want, this.conference?.languages[0]);
  }

  protected override langOf(t: LocalizedText | undefined): string | undefined {
    return otherLanguage(t, this.want, this.tag, this.conference?.languages[0]);
  }

  private s(key: Key, params?: Record<string, string | number>): string {
    return this.t(strings, key, params);
  }

  /** " (3)" after a label, in the visitor's digits; "（3）" in Chinese. */
  private count(n: number): string {
    return this.s('with', { a: '', b: n });
  }

  private typeName(type: string): string {
    return type in strings.en ? this.s(type as Key) : type[0]!.toUpperCase() + type.slice(1).replace(/[-_]/g, ' ');
  }

  private time(t: number): string {
    let v = this.times.get(t);
    if (v === undefined) this.times.set(t, (v = formatTime(t, this.tag, this.shownZone)));
    return v;
  }

  private iso(t: number): string {
    let v = this.isos.get(t);
    if (v === undefined) this.isos.set(t, (v = isoInstant(t)));
    return v;
  }

  /**
   * A zone's name for the whole programme: "China Standard Time"; where the clocks change during the conference,
   * the generic "Central European Time", not the summer time of its first day for every day.
   */
  private zoneLabel(zone: string): string {
    const { start, end } = this.conference!;
    return zoneName(start, this.tag, zone, zoneOffset(start, zone) === zoneOffset(end, zone) ? 'long' : 'longGeneric');
  }

  private language(s: Session): string {
    if (!s.language) return '';
    const name = (l: string) => displayName(this.tag, 'language', l);
    return s.interpretation.length ? this.s('interp', { lang: name(s.language), list: listFormat(this.tag).format(s.interpretation.map(name)) }) : name(s.language);
  }

  /**
   * "Name (Affiliation)" as one isolate that runs in the name's direction, so in a line of the other direction its
   * brackets stay around the affiliation wherever the line wraps. The affiliation is an isolate of its own.
   */
  private person(p: Speaker): string {
    const a = this.text(p.affiliation);
    const n = this.text(p.name);
    return iso(a ? this.s('with', { a: n, b: iso(a) }) : n);
  }

  /** The bar: search, agenda, "Clear all", then the filters (in that order on screen and for Tab; an open panel takes a row of its own). */
  private renderBar(c: Conference, count: number): TemplateResult {
    const m = this.model!;
    const zone = this.shownZone;
    const other = this.alt ? this.zone : this.otherZone;
    const differs = [c.start, c.end].some((t) => zoneOffset(t, zone) !== zoneOffset(t, other));
    const facets = this.hideFilters ? [] : this.facets;
    const selected = FACETS.reduce((n, f) => n + this.sel[f].size, 0);
    const now = this.currentTime();
    const during = m.marks.length > 0 && m.marks[0]! <= now && now < m.marks[m.marks.length - 1]!;
    const view = this.shownView;
    return html`<div class="bar" part="filter-bar">
      <div class="row">
        ${this.hideSearch
          ? nothing
          : html`<label class="q"
              ><span>${this.s('search')}</span
              ><input type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
            /></label>`}
        ${this.hideFavorites ? nothing : button(this.s('agenda') + this.count(this.favs.size), () => (this.mine = !this.mine), this.mine, 'agenda')}
        ${this.hideSearch && !facets.length && this.hideFavorites ? nothing : button(this.s('clear'), () => this.clear())}
        ${facets.length
          ? html`<details class="f">
              <summary class="button">${this.s('filters')}${selected ? this.count(selected) : ''}</summary>
              <div class="fs" @change=${this.handleFacet}>
                ${facets.map(
                  ([f, opts]) => html`<fieldset>
                    <legend>${this.s(f)}</legend>
                    ${opts.map(
                      ([v, label, tc]) => html`<label
                        ><input type="checkbox" name=${f} .value=${v} .checked=${this.sel[f].has(v)} />
                        <span class=${f === 'track' ? 'tk' : ''} style=${inlineStyle(tc ? `--tc:${tc}` : '')}>${label}</span>
                        <span class="n">${this.count(this.counts[FACETS.indexOf(f)]!.get(v) ?? 0)}</span></label
                      >`,
                    )}
                  </fieldset>`,
                )}
              </div>
            </details>`
          : nothing}
      </div>
      <div class="row">
        <span class="zn">${this.s('zone', { zone: this.zoneLabel(zone) })}</span>
        ${differs ? button(this.s('switch', { zone: this.zoneLabel(other) }), () => (this.alt = !this.alt)) : nothing}
        ${during ? button(this.s('jump'), () => this.jump()) : nothing}
        <span class="vs" role="group" aria-label=${this.s('view')}>
          ${(['list', 'grid'] as const).map((v) => button(this.s(v), () => (this.chosen = v), view === v))}
        </span>
      </div>
      ${this.hideFavorites || !this.favs.size
        ? nothing
        : html`<div class="row">
            ${button(this.s('colon', { a: this.s('ics'), b: this.s('agenda') }), () =>
              this.download(
                c.sessions.filter((s) => this.favs.has(s.id)),
                'agenda',
                [this.text(c.name), this.s('agenda')].filter(Boolean).join(' · '),
              ),
            )}
            ${button(this.s('share'), () => this.share())}
            ${this.shareUrl
              ? html`<input class="url" readonly aria-label=${this.s('share')} .value=${this.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />`
              : nothing}
          </div>`}
      <p class="cnt"><span role="status">${this.match ? this.s('found') : ''}${this.s('total', { n: count })}</span> <span role="status">${this.note}</span></p>
    </div>`;
  }

  private renderDialog(s: Session): TemplateResult {
    const tag = this.tag;
    const zone = this.shownZone;
    const fav = this.favs.has(s.id);
    const people = (label: Key, ps: Speaker[]) =>
      ps.length
        ? html`<h3>${this.s(label)}</h3>
            <ul class="people">
              ${ps.map((p) => {
                const line = join([this.text(p.position), this.text(p.affiliation), p.country && displayName(tag, 'region', p.country)], this.s('comma'));
                return html`<li>
                  ${p.photo ? html`<img src=${p.photo} alt="" loading="lazy" width="56" height="56" />` : nothing}
                  <div><strong>${this.inLang(p.name)}</strong>${line ? html`<div>${line}</div>` : nothing}</div>
                </li>`;
              })}
            </ul>`
        : nothing;
    const fact = (label: Key, v: unknown) => (v ? html`<dt>${this.s(label)}</dt><dd>${v}</dd>` : nothing);
    // Moving to another session inside the dialog replaces what the clicked button was part of: focus goes to the
    // new heading (and the dialog back to its top), so it is not lost to <body> and the new title is read out.
    const link = (id: string, text: unknown) => html`<button class="lk" type="button" @click=${() => this.follow(id)}>${text}</button>`;
    const body = html`<p class="when">
        <time datetime=${isoInstant(s.start)}>${dateFormat(tag, zone, { dateStyle: 'full', timeStyle: 'short' }).formatRange(s.start, s.end)}</time
        >${this.s('with', { a: '', b: zoneName(s.start, tag, zone) })}
      </p>
      <dl>
        ${fact('room', this.text(s.room?.name) && this.inLang(s.room?.name))}
        ${fact('track', s.track && html`<span class="tk" style=${inlineStyle(`--tc:${color(s.track.color) ?? ''}`)}>${this.inLang(s.track.name)}</span>`)}
        ${fact('type', s.type && this.typeName(s.type))} ${fact('language', this.language(s))}
        ${fact('partOf', s.parent && link(s.parent.id, this.inLang(s.parent.title)))}
      </dl>
      ${this.text(s.description)
        .split(/\n\s*\n/)
        .filter(Boolean)
        .map((p) => html`<p>${this.inLang(s.description, p)}</p>`)}
      ${people('speakers', s.speakers)} ${people('moderators', s.moderators)}
      ${s.children.length
        ? html`<h3>${this.s('programme')}</h3>
            <ul>
              ${s.children.map((k) => html`<li>${link(k.id, html`${this.time(k.start)} ${this.inLang(k.title)}`)}</li>`)}
            </ul>`
        : nothing}
      ${s.links.length || s.livestream
        ? html`<h3>${this.s('links')}</h3>
            <ul>
              ${s.livestream ? html`<li><a href=${s.livestream} target="_blank" rel="noopener">${this.s('live')}</a></li>` : nothing}
              ${s.links.map((l) => html`<li><a href=${l.url} target="_blank" rel="noopener">${this.text(l.label) ? this.inLang(l.label) : l.url}</a></li>`)}
            </ul>`
        : nothing}
      <p class="row">
        ${this.hideFavorites
          ? nothing
          : button(`${fav ? '★' : '☆'} ${this.s('agenda')}`, () => this.toggleFav(s.id), fav)}
        ${button(this.s('ics'), () => this.download([s], s.id))}
      </p>`;
    return dialogTemplate({ heading: this.inLang(s.title), closeLabel: this.s('close'), body, onClose: this.handleDialogClose, id: 'dt' });
  }

  protected renderContent(c: Conference): TemplateResult {
    const m = this.model!;
    if (!m.days.length) return this.renderEmpty();
    const tabs = this.tabbed;
    const cur = this.cur!;
    const days = this.shownDays;
    const count = days.reduce((n, d) => n + (this.match ? (this.perDay.get(d.key) ?? 0) : d.items.length), 0);
    const open = this.open && c.sessionsById.get(this.open);
    return html`<div class="sched ${this.shownView}">
      ${this.renderBar(c, count)}
      ${this.shared
        ? html`<div class="row shared">
            <p>${this.s('shared')} ${this.s('total', { n: this.shared.length })}</p>
            ${button(this.s('import'), () => this.endShared(true))} ${button(this.s('close'), () => this.endShared(false))}
          </div>`
        : nothing}
      ${tabs
        ? html`<div class="tabs" role="tablist" aria-label=${this.s('days')} @keydown=${this.handleTabKey}>
            ${m.days.map((d, i) => {
              const on = d === cur;
              const n = this.match ? (this.perDay.get(d.key) ?? 0) : undefined;
              return html`<button role="tab" part="day-tab" id="t${i}" aria-selected=${on} aria-controls="panel" tabindex=${on ? 0 : -1} type="button" @click=${() => (this.tab = d.key)}>
                ${formatDay(dayStart(d.key, this.shownZone), this.tag, this.shownZone, true)}${n === undefined ? nothing : html`<span class="n">${this.count(n)}</span>`}
              </button>`;
            })}
          </div>`
        : nothing}
      <div
        class="days"
        id="panel"
        ?hidden=${!count}
        role=${tabs ? 'tabpanel' : nothing}
        aria-labelledby=${tabs ? `t${m.days.indexOf(cur)}` : nothing}
        @click=${this.handleList}
      ></div>
      ${count ? nothing : html`<p class="state" part="empty">${this.mine && !this.favs.size ? this.s('agendaEmpty') : this.s('none')}</p>`}
      ${open ? this.renderDialog(open) : nothing}
    </div>`;
  }
}
