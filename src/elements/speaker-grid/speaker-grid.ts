import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Conference, LocalizedText, Session, Speaker, Track } from '../../data/model.js';
import { localize, otherLanguage } from '../../data/localize.js';
import { closeDialog, dialogStyles, dialogTemplate, enter, leave, openDialog } from '../../internal/dialog.js';
import { PlenaryElement } from '../../internal/plenary-element.js';
import { TimedElement } from '../../internal/timed-element.js';
import { emit } from '../../internal/events.js';
import { PrintController } from '../../internal/print.js';
import { formatDayTimeRange, zoneName } from '../../time/format.js';
import { strings } from './speaker-grid.strings.js';
import { styles } from './speaker-grid.styles.js';
import { esc, langAttr, markup } from '../../internal/escape.js';
import { innerHtml } from '../../internal/inner-html.js';
import { collator, displayName } from '../../i18n/intl.js';
import type { Locale } from '../../i18n/i18n.js';

/** A speaker with every text the grid shows already in the visitor's language (built once per data/lang). */
interface Entry {
  s: Speaker;
  name: string;
  /** ` lang="…" dir="auto"` when the name is in another language than the widget's (see langAttr). */
  nameLang: string;
  affiliation: string;
  /** Country or region name in the visitor's language. */
  country: string;
  /** Position, affiliation, country and honours as escaped markup. */
  facts: string;
  /** Lower-cased, accent-free name (every language), affiliation and position, for search (made at the first search). */
  key?: string;
}

interface Group {
  label: string;
  items: Entry[];
}

type Variant = 'card' | 'compact' | 'avatar';

/** The address of an open speaker: `#plenary-speaker=<id>`. */
const HASH = '#plenary-speaker=';
/** A text in a span (none when empty); with `part`, the class is also the part name; `la` from langAttr. */
const span = (cls: string, t: string, part?: 0 | 1, la = ''): string => (t ? `<span class="${cls}"${part ? ` part="${cls}"` : ''}${la}>${esc(t)}</span>` : '');
const ids = (v?: string): string[] => v?.split(/[\s,]+/).filter(Boolean) ?? [];
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const every = (t?: LocalizedText): string => (t == null ? '' : typeof t === 'string' ? t : Object.values(t).join(' '));
const same = (a: unknown[], b: unknown[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
const trackOf = (s?: Session): Track | undefined => s && (s.track ?? trackOf(s.parent));
const within = (s: Session | undefined, set: string[]): boolean => !!s && (set.includes(s.id) || within(s.parent, set));

const CJK = /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** The first letter with its combining marks; an Arabic article (ال) is skipped. */
const first = (p: string): string => /^\P{M}\p{M}*/u.exec(p.replace(/^ال(?=..)/, ''))?.[0] ?? '';

/**
 * "Chidi Okafor" -> "CO", "Faisal Al-Harbi" -> "FH", "فيصل الحربي" -> "فح", "李明华" -> "李" (the family name,
 * as Chinese avatars show it), "Elena" -> "E".
 */
export function initials(name: string, tag: string): string {
  const parts = name.split(/[\s·・‧.,-]+/u).filter(Boolean);
  if (!parts.length) return '?';
  if (CJK.test(parts[0]!)) return first(parts[0]!);
  const pick = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  // In Arabic script a zero-width non-joiner keeps the two letters from joining into what reads as a word.
  return pick
    .map(first)
    .join(/\p{sc=Arab}/u.test(name) ? '\u200c' : '')
    .toLocaleUpperCase(tag);
}

function tone(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(h) % 8;
}

/**
 * The conference's speakers as a responsive, searchable grid of cards; each opens a dialog with the
 * speaker's bio, links and sessions.
 *
 * @summary Who is coming: a searchable, filterable grid of speakers with a detail dialog.
 * @tagname plenary-speaker-grid
 *
 * @csspart card - Each speaker's card (an `<li>`).
 * @csspart photo - The photo or the generated initials avatar.
 * @csspart name - The speaker's name: the button that opens the dialog.
 * @csspart affiliation - The speaker's institution.
 * @csspart badge - One honour ("Nobel laureate").
 * @csspart dialog - The speaker dialog.
 *
 * @cssprop --plenary-speaker-grid-min-column - Narrowest column (card 12em, compact 17em, avatar 8em).
 * @cssprop --plenary-speaker-grid-gap - Space between cards (1em).
 * @cssprop --plenary-speaker-grid-card-background - Card background.
 * @cssprop --plenary-speaker-grid-card-border - Card border colour.
 * @cssprop --plenary-speaker-grid-photo-ratio - Aspect ratio of card photos (1).
 * @cssprop --plenary-speaker-grid-photo-radius - Corner radius of photos in the compact and avatar variants (50%).
 * @cssprop --plenary-speaker-grid-name-color - Colour of speakers' names.
 * @cssprop --plenary-speaker-grid-badge-background - Honour badge background.
 * @cssprop --plenary-speaker-grid-badge-color - Honour badge text colour.
 *
 * @fires plenary-speaker-select - A visitor opened a speaker. Detail: the speaker id (string). Cancelable:
 *   `preventDefault()` keeps the dialog closed (show your own page instead).
 * @fires plenary-session-select - A visitor chose a session in the dialog. Detail: the session id (string).
 *   Unless cancelled, the dialog closes and the page's `<plenary-schedule>`, if any, opens that session.
 */
export class PlenarySpeakerGrid extends TimedElement {
  static override styles = [...PlenaryElement.styles, dialogStyles, styles];
  static override properties = {
    query: { state: true, attribute: false },
    country: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    openId: { state: true, attribute: false },
    speakers: {},
    track: {},
    session: {},
    featured: { type: Boolean },
    limit: { type: Number },
    sort: {},
    groupBy: { attribute: 'group-by' },
    variant: {},
    hideSearch: { type: Boolean, attribute: 'hide-search' },
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
  };

  /** The speakers after the attribute filters, by id. */
  private entries = new Map<string, Entry>();
  private groups: Group[] = [];
  /** Every entry in display order (with `group-by="track"` a speaker can appear in several groups). */
  private order: Entry[] = [];
  /** Country codes of the listed speakers, with their names, in the visitor's collation order. */
  private regions: [string, string][] = [];
  private counts = new Map<string, number>();
  private searched = 0;
  private found = new Set<Entry>();
  private shown = new Set<Entry>();
  private layoutKey: unknown[] = [];
  private filterKey: unknown[] = [];
  /** What the cards' markup was made from (its container, groups, variant), and the shown set applied to it. */
  private cardsKey: unknown[] = [];
  private applied?: Set<Entry>;
  /** The rendered cards (in `order`) and group sections (in `groups`). */
  private els: HTMLElement[] = [];
  /** Photo URLs that failed to load. */
  private failed = new Set<string>();
  private hashFor?: Conference;
  private onHash = (): void => {
    this.wantHash();
    this.handleHash();
  };
  /** Printed, every speaker is shown (the limit is lifted; search and filter still apply). */
  private print = new PrintController(this);

  private query = '';
  private country = '';
  private expanded = false;
  declare private openId?: string;
  /** The open speaker's history entry was added by this grid (closing goes back over it). */
  private pushed = false;

  /** Speaker ids, comma or space separated: only these, in this order (unless `sort` is set). */
  declare speakers?: string;

  /** Track ids: only speakers with a session in one of these tracks. */
  declare track?: string;

  /** Session ids: only speakers in these sessions (or sessions nested inside them). */
  declare session?: string;

  /** Only speakers marked `featured` in the data. */
  featured = false;

  /** Show at most this many, with a "Show all N speakers" button for the rest. */
  declare limit?: number;

  /**
   * `name` (default; the visitor's language's collation, so Chinese names sort by pinyin for Chinese readers),
   * `country`, or `data` (the file's order). With `speakers` and no `sort`, the order given there.
   */
  declare sort?: string;

  /** `none` (default), `country`, `track`, or `affiliation`: groups under headings. */
  declare groupBy?: string;

  /** `card` (default, photo on top), `compact` (small photo beside the text), `avatar` (photo and name only). */
  variant: Variant = 'card';

  /** Hide the search field. */
  hideSearch = false;

  /** Hide the country or region filter. */
  hideFilters = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.wantHash();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  override firstUpdated(): void {
    // One listener for every card (the cards are plain markup, see updated()); errors do not bubble: capture.
    this.renderRoot.addEventListener('click', this.handleOpen);
    this.renderRoot.addEventListener('error', this.handleImgError, true);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = this.conference;
    if (!c) return;
    // Locales are cached per lang value: the same object while the language stays.
    const l = this.locale;
    const lk = [c, l, this.speakers, this.track, this.session, this.featured, this.sort, this.groupBy];
    if (!same(lk, this.layoutKey)) {
      this.layoutKey = lk;
      this.layout(c, l);
    }
    const fk = [this.groups, this.query, this.country, this.expanded || this.print.on, this.limit];
    if (!same(fk, this.filterKey)) {
      this.filterKey = fk;
      this.filter();
    }
    if (this.hashFor !== c) {
      this.hashFor = c;
      this.handleHash();
    }
  }

  /**
   * The cards are one string of escaped markup, put in place once per data, language, attribute or variant
   * change (what the page's own innerHTML would cost); search and filters then only set `hidden`.
   */
  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector('.cards');
    if (!box) return;
    const key = [box, this.groups, this.variant];
    if (!same(key, this.cardsKey)) {
      this.cardsKey = key;
      const facts = this.variant !== 'avatar';
      const card = (e: Entry): string =>
        `<li class="card" part="card">${this.photo(e)}<span class="text"><button class="open" part="name" type="button" data-id="${esc(e.s.id)}"${e.nameLang}>${esc(e.name)}</button>${facts ? e.facts : ''}</span></li>`;
      // Parsed in a template (an inert document: about a third faster here than innerHTML on the live tree).
      const t = document.createElement('template');
      t.innerHTML = markup(
        this.groups
        .map((g) => {
          const list = `<ul class="list" role="list">${g.items.map(card).join('')}</ul>`;
          return g.label ? `<section class="group"><h3>${esc(g.label)}</h3>${list}</section>` : list;
        })
        .join(''),
      );
      box.replaceChildren(t.content);
      this.els = [...box.querySelectorAll<HTMLElement>('li.card, section')];
      this.applied = undefined;
    }
    if (this.applied !== this.shown) {
      this.applied = this.shown;
      const groups = this.groups.filter((g) => g.label);
      let c = 0;
      let g = 0;
      for (const el of this.els) {
        const h = el.localName === 'li' ? !this.shown.has(this.order[c++]!) : !groups[g++]!.items.some((e) => this.shown.has(e));
        if (el.hidden !== h) el.hidden = h;
      }
    }
  }

  protected override prepare(tag: string): void {
    collator(this.locale.lang);
    displayName(tag, 'region', 'CN');
  }

  /** The attribute filters, texts, sort and groups: once per data, language or attribute change. */
  private layout(c: Conference, { tag, lang }: Locale): void {
    // text() without looking up the locale and the conference again for each of 500 speakers.
    const text = (t?: LocalizedText): string => localize(t, lang, c.languages[0]);
    const la = (t?: LocalizedText): string => langAttr(otherLanguage(t, lang, tag, c.languages[0]));
    const only = ids(this.speakers);
    const tracks = ids(this.track);
    const sessions = ids(this.session);
    this.wrong = [];
    this.unknown('speakers', only, [...c.speakersById.keys()]);
    this.unknown('track', tracks, c.tracks.map((t) => t.id));
    this.unknown('session', sessions, [...c.sessionsById.keys()]);
    let list = only.length ? [...new Set(only.map((id) => c.speakersById.get(id)!).filter(Boolean))] : c.speakers;
    if (this.featured) list = list.filter((s) => s.featured);
    if (tracks.length) list = list.filter((s) => s.sessions.some((x) => tracks.includes(trackOf(x)?.id ?? '')));
    if (sessions.length) list = list.filter((s) => s.sessions.some((x) => within(x, sessions)));

    const region = (code = ''): string => (code && displayName(tag, 'region', code)) || code;
    const entries = list.map((s): Entry => {
      const name = text(s.name);
      const affiliation = text(s.affiliation);
      const country = region(s.country);
      const honours = s.honours.map((h) => span('badge', text(h), 1, la(h))).join('');
      return {
        s,
        name,
        nameLang: la(s.name),
        affiliation,
        country,
        facts: span('position', text(s.position), 0, la(s.position)) + span('affiliation', affiliation, 1, la(s.affiliation)) + span('country', country) + (honours && `<span class="badges">${honours}</span>`),
      };
    });

    // Names sort in the order of the language asked for (umlauts in German, pinyin in Chinese), not the UI's.
    const coll = collator(lang);
    const byName = (a: Entry, b: Entry): number => coll.compare(a.name, b.name);
    // Things without a value (no country, no affiliation) go last.
    const byText = (a: string, b: string): number => +!a - +!b || coll.compare(a, b);
    const sort = this.sort || (only.length ? 'given' : 'name');
    if (sort === 'country') entries.sort((a, b) => byText(a.country, b.country) || byName(a, b));
    else if (sort === 'data') entries.sort((a, b) => a.s.index - b.s.index);
    else if (sort !== 'given') entries.sort(byName);

    const other = this.s('other');
    const by = this.groupBy;
    let groups: Group[];
    if (by === 'country' || by === 'affiliation') {
      const m = new Map<string, Entry[]>();
      for (const e of entries) {
        const k = by === 'country' ? e.country : e.affiliation;
        m.get(k)?.push(e) ?? m.set(k, [e]);
      }
      groups = [...m].sort(([a], [b]) => byText(a, b)).map(([k, items]) => ({ label: k || other, items }));
    } else if (by === 'track') {
      const tracksOf = new Map(entries.map((e) => [e, new Set(e.s.sessions.map(trackOf))]));
      groups = c.tracks
        .filter((t) => !tracks.length || tracks.includes(t.id))
        .map((t) => ({ label: text(t.name), items: entries.filter((e) => tracksOf.get(e)!.has(t)) }));
      groups.push({ label: other, items: entries.filter((e) => !groups.some((g) => g.items.includes(e))) });
      groups = groups.filter((g) => g.items.length);
    } else {
      groups = [{ label: '', items: entries }];
    }

    this.entries = new Map(entries.map((e) => [e.s.id, e]));
    this.groups = groups;
    this.order = groups.flatMap((g) => g.items);
    const codes = new Map(entries.filter((e) => e.s.country).map((e) => [e.s.country!, e.country]));
    this.regions = [...codes].sort((a, b) => coll.compare(a[1], b[1]));
  }

  /** Search, country filter and limit: on every keystroke, so only set lookups here. */
  private filter(): void {
    const terms = fold(this.query).split(/\s+/).filter(Boolean);
    const counts = new Map<string, number>();
    const matches = new Set<Entry>();
    let searched = 0;
    for (const e of this.entries.values()) {
      const s = e.s;
      if (terms.length && !terms.every((t) => (e.key ??= fold([every(s.name), every(s.affiliation), every(s.position)].join('\n'))).includes(t))) continue;
      searched++;
      const cc = s.country;
      if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1);
      if (!this.country || cc === this.country) matches.add(e);
    }
    const max = !this.expanded && !this.print.on && this.limit! > 0 ? this.limit! : Infinity;
    const shown = new Set<Entry>();
    for (const e of this.order) if (matches.has(e) && (shown.size < max || shown.has(e))) shown.add(e);
    this.counts = counts;
    this.searched = searched;
    this.found = matches;
    this.shown = shown;
  }

  /** A deep link to a speaker: load now, even far below the fold, so the dialog can open. */
  private wantHash(): void {
    if (location.hash.startsWith(HASH)) this.eager = true;
  }

  private handleHash(): void {
    const h = location.hash;
    let id = '';
    try {
      if (h.startsWith(HASH)) id = decodeURIComponent(h.slice(HASH.length));
    } catch {
      /* a malformed hash is not ours */
    }
    // Back (or another link) took the address away from the open speaker: close it.
    if (this.openId && id !== this.openId) closeDialog(this.renderRoot);
    if (!this.entries.has(id)) return;
    // With several grids on the page, the first one that lists the speaker opens it.
    const grids = [...document.querySelectorAll('plenary-speaker-grid')] as unknown as PlenarySpeakerGrid[];
    const owner = grids.find((g) => g.entries?.has(id));
    if (!owner || owner === this) void this.show(id, false);
  }

  private handleOpen = (e: Event): void => {
    const b = (e.target as Element).closest<HTMLElement>('.cards .open');
    if (b) void this.show(b.dataset.id!, true);
  };

  private handleClose(): void {
    const id = this.openId;
    this.openId = undefined;
    if (id) leave(HASH + encodeURIComponent(id), this.pushed);
    this.pushed = false;
    // Opened from the URL, there was no button to give focus back to: use the speaker's card.
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (id && (document.activeElement === document.body || active?.closest('dialog'))) this.card(id)?.focus();
  }

  /** A photo that fails to load gives way to the initials avatar, in its card now and in the dialog. */
  private handleImgError = (ev: Event): void => {
    const img = ev.target as Element;
    if (img.localName !== 'img') return;
    this.failed.add(img.getAttribute('src')!);
    const id = img.closest('.card')?.querySelector<HTMLElement>('.open')?.dataset.id;
    const e = id && this.entries.get(id);
    if (e) img.parentElement!.outerHTML = markup(this.photo(e));
    this.requestUpdate();
  };

  private handleSearch(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
  }

  private handleCountry(e: Event): void {
    this.country = (e.target as HTMLSelectElement).value;
  }

  private handleReset(): void {
    this.query = this.country = '';
    this.renderRoot.querySelector('input')?.focus();
  }

  private async handleMore(): Promise<void> {
    const next = this.order.find((e) => this.found.has(e) && !this.shown.has(e));
    this.expanded = true;
    await this.updateComplete;
    if (next) this.card(next.s.id)?.focus();
  }

  private handleSession(e: Event): void {
    const id = (e.currentTarget as HTMLElement).dataset.id!;
    if (!emit(this, 'plenary-session-select', id)) return;
    const q = 'plenary-schedule';
    const schedule = (this.closest('plenary-conference')?.querySelector(q) ?? document.querySelector(q)) as
      | (Element & { openSession?: (id: string) => unknown })
      | null;
    if (typeof schedule?.openSession === 'function') {
      closeDialog(this.renderRoot);
      schedule.openSession(id);
    }
  }

  private card(id: string): HTMLElement | null {
    return this.renderRoot.querySelector(`.open[data-id="${CSS.escape(id)}"]`);
  }

  /** Open a speaker's dialog; `user` fires `plenary-speaker-select` first (and respects its cancellation). */
  private async show(id: string, user: boolean): Promise<void> {
    if (user && !emit(this, 'plenary-speaker-select', id)) return;
    // In the address, as the schedule's sessions are.
    this.pushed = enter(HASH + encodeURIComponent(id), !!this.openId) || this.pushed;
    this.openId = id;
    await this.updateComplete;
    openDialog(this.renderRoot);
  }

  /** The photo, or the initials avatar, as markup. The photo is decorative: the name is right beside it (and names the button). */
  private photo(e: Entry): string {
    const src = e.s.photo;
    return src && !this.failed.has(src)
      ? `<span class="photo" part="photo"><img src="${esc(src)}" alt="" loading="lazy" decoding="async" width="240" height="240"></span>`
      : `<span class="photo initials t${tone(e.s.id)}" part="photo" aria-hidden="true">${esc(initials(e.name, this.locale.lang))}</span>`;
  }

  private s(key: keyof typeof strings.en, params?: Record<string, string | number>): string {
    return this.t(strings, key, params);
  }

  protected override renderContent(): TemplateResult {
    if (!this.entries.size) return this.renderEmpty();
    const v = (['compact', 'avatar'] as const).find((x) => x === this.variant) ?? 'card';
    const n = this.found.size;
    const search = !this.hideSearch;
    const filters = !this.hideFilters && this.regions.length > 1;
    // prettier-ignore
    return html`<div class="wrap v-${v}">${search || filters ? html`<div class="tools">${search ? html`<label><span>${this.s('search')}</span><input type="search" autocomplete="off" .value=${this.query} @input=${this.handleSearch}></label>` : nothing}${filters ? html`<label><span>${this.s('country')}</span><select @change=${this.handleCountry}>${[['', this.s('all')], ...this.regions].map(([code, label]) => html`<option value=${code!} ?selected=${code === this.country}>${this.s('withCount', { label: label!, n: code ? (this.counts.get(code) ?? 0) : this.searched })}</option>`)}</select></label>` : nothing}</div><p class="count" role="status">${this.s(n ? 'count' : 'none', { n })}</p>${n ? nothing : html`<button class="button" type="button" @click=${this.handleReset}>${this.s('reset')}</button>`}` : nothing}<div class="cards"></div>${n > this.shown.size ? html`<button class="button more" type="button" @click=${this.handleMore}>${this.s('showAll', { n })}</button>` : nothing}</div>${this.renderDialog()}`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const e = this.openId ? this.entries.get(this.openId) : undefined;
    if (!e) return nothing;
    const { tag } = this.locale;
    const zone = this.zone;
    const s = e.s;
    // prettier-ignore
    return dialogTemplate({
      id: 'speaker-title',
      heading: this.inLang(s.name),
      closeLabel: this.s('close'),
      onClose: this.handleClose,
      body: html`<div class="profile" .innerHTML=${innerHtml(`${this.photo(e)}<span class="text">${e.facts}</span>`)}></div>${s.bio ? html`<p class="bio">${this.inLang(s.bio)}</p>` : nothing}${s.links.length ? html`<ul class="links">${s.links.map((l) => {
        const label = this.text(l.label) ? this.inLang(l.label) : l.url.replace(/^mailto:/i, '');
        return html`<li>${/^(https?|mailto):/i.test(l.url) ? html`<a href=${l.url}>${label}</a>` : label}</li>`;
      })}</ul>` : nothing}${s.sessions.length ? html`<h3>${this.s('sessions')}</h3><ul class="sessions" role="list">${s.sessions.map((x) => html`<li><button class="session" type="button" data-id=${x.id} @click=${this.handleSession}><span class="session-title">${this.inLang(x.title)}</span><span class="when">${`${formatDayTimeRange(x.start, x.end, tag, zone)} ${zoneName(x.start, tag, zone, 'short')}${x.room ? ` · ${this.text(x.room.name)}` : ''}`}</span></button></li>`)}</ul>` : nothing}`,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A visitor opened a speaker in `<plenary-speaker-grid>`; detail: the speaker id. */
    'plenary-speaker-select': CustomEvent<string>;
    /** A visitor chose a session; detail: the session id. */
    'plenary-session-select': CustomEvent<string>;
  }
}
