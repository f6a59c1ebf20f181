import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { conferenceContext, type ConferenceState } from '../context/context.js';
import type { Conference, LocalizedText, Problem } from '../data/model.js';
import { localize, otherLanguage } from '../data/localize.js';
import { resolveLocale, translate, type Catalog, type Locale } from '../i18n/i18n.js';
import { common } from '../i18n/common.js';
import type { ConferenceLoader } from './loader.js';
import { getLoader, hasOwn } from './own.js';
import { prefetch } from '../data/early.js';
import { LazyController } from './lazy.js';
import { hostStyles } from './styles.js';
import { VERSION } from './version.js';

/** Element type -> the language its Intl objects were prepared for (see `prepare`). */
const prepared = new Map<string, string>();

/** The connected widgets, told to update when a `lang` or `dir` on the page changes (a site's language switch). */
const live = new Set<PlenaryElement>();
let watching: MutationObserver | undefined;

/** Console warnings already given (one per element type, attribute and value). */
const warned = new Set<string>();

const isFeedFormat = (f?: string) => !!f && /^(auto|plenary|frab|sessionize)$/.test(f);

/**
 * The thin base every widget extends: the common attributes (`src`, `lang`, `time-zone`, `now`, `format`),
 * the conference from `<plenary-conference>` or its own `src`, and the loading, error and empty states.
 * Subclasses implement `renderContent(conference)`.
 *
 * The shared theme: every widget reads these (a widget's own `--plenary-<widget>-*` properties come first).
 * Colours given as `light-dark(light, dark)`, the defaults and yours, take their dark value when the widget stands on a
 * dark background: when the text colour it inherits from the page is light.
 *
 * @csspart loading - The loading message (beside the widget's light-DOM fallback).
 * @csspart error - The message when the data could not be read or an attribute matches nothing.
 * @csspart empty - The message when there is nothing to show.
 *
 * @cssprop --plenary-font-family - Font of the widget (default: the page's, inherited).
 * @cssprop --plenary-font-size - Font size of the widget (default `1em`: the page's).
 * @cssprop --plenary-line-height - Line height (default `1.5`; the page's is not inherited).
 * @cssprop --plenary-font-mono - Font of the data paths in error messages (default `ui-monospace, monospace`).
 * @cssprop --plenary-color-text - Text colour (default: the page's, inherited; on the widgets' own surfaces, cards, buttons, fields and dialogs, `light-dark(#1b1f24, #eef1f5)`).
 * @cssprop --plenary-color-muted - Secondary text: times, counts, unit names, tier names (default `light-dark(#5b6270, #aab2bf)`).
 * @cssprop --plenary-color-accent - Links, focus rings, checkboxes and the countdown's numbers (default `light-dark(#0b5cad, #8cc4ff)`).
 * @cssprop --plenary-color-link - Links (default: the accent).
 * @cssprop --plenary-color-focus - Focus rings (default: the accent).
 * @cssprop --plenary-color-surface - Background of buttons, fields, session and speaker cards and dialogs (default `light-dark(#fff, #1d2129)`).
 * @cssprop --plenary-color-surface-hover - Hovered buttons, grid section bands, photo placeholders (default `light-dark(#f1f3f6, #2a303b)`).
 * @cssprop --plenary-color-border - Borders of cards, groups, states and dialogs (default `light-dark(#c9ced6, #4a5261)`).
 * @cssprop --plenary-color-border-strong - Borders of buttons and fields, hovered speaker cards (default `light-dark(#767f8f, #6b7485)`).
 * @cssprop --plenary-color-error - The error message (default `light-dark(#a4161a, #ff8a8f)`).
 * @cssprop --plenary-radius - Corner radius of buttons, fields, cards and logo boxes (default `0.5em`).
 * @cssprop --plenary-radius-large - Corner radius of speaker cards and dialogs (default `0.75em`).
 * @cssprop --plenary-dialog-background - Background of the session and speaker dialogs (default: the surface colour).
 * @cssprop --plenary-dialog-backdrop - Behind an open dialog (default `rgb(10 14 20 / 0.55)`).
 * @cssprop --plenary-state-min-height - Least height of the loading, error and empty states (default `8em`).
 */
export abstract class PlenaryElement extends LitElement {
  static override styles = [hostStyles];
  static readonly version = VERSION;

  // Reactive properties without decorators (smaller: no decorator runtime in the bundle). Subclasses add theirs.
  static override properties: PropertyDeclarations = {
    provided: { state: true, attribute: false },
    dark: { state: true, attribute: false },
    src: {},
    lang: { reflect: true },
    timeZone: { attribute: 'time-zone' },
    now: {},
    format: {},
    feedFormat: { attribute: 'feed-format' },
    data: { attribute: false },
    eager: { type: Boolean },
  };

  /** Loads this widget's own data, if it has any (created the first time it has). */
  private own?: ConferenceLoader;
  /** The loader's chunk could not be loaded. */
  private ownFailed?: ConferenceState;
  private wake = () => this.requestUpdate();
  private lazy = new LazyController(this, () => this.eager);

  /** What the enclosing `<plenary-conference>` provides (kept up to date). */
  protected provided?: ConferenceState;
  private consumer: ContextConsumer<typeof conferenceContext, this>;
  /**
   * The widget stands on a dark background: the text colour it inherits from the page is light. Its colours
   * (`light-dark()`) follow that, not the page's `color-scheme`, which many dark pages never declare. The host's
   * text-emphasis-color is the text colour's lightness (oklch, from any colour space; see hostStyles); a browser
   * without relative colours gives the text colour itself, in rgb.
   */
  protected dark = false;
  private scheme = (): void => {
    // A browser without the property reads as light, as every page did before.
    const c = getComputedStyle(this).textEmphasisColor || '';
    const [a, b, d] = (c.match(/[\d.]+/g) ?? []).map(Number);
    this.dark = c[0] === 'o' ? a! > 0.65 : a! + b! + d! > 459;
  };

  constructor() {
    super();
    this.consumer = new ContextConsumer(this, { context: conferenceContext, subscribe: true, callback: (v) => (this.provided = v) });
    // The probe has a transition: its end says the page changed its text colour (its theme).
    this.addEventListener('transitionend', this.scheme);
  }

  override connectedCallback(): void {
    // Connected again elsewhere: the provider that answers now (or none) decides, not the one before.
    this.provided = undefined;
    super.connectedCallback();
    // Inside a provider whose script has not run yet (per-element scripts in any order): ask again once it has.
    if (!this.provided && this.closest('plenary-conference:not(:defined)'))
      customElements.whenDefined('plenary-conference').then(() => {
        if (this.isConnected && !this.provided) this.consumer.hostConnected();
      });
    live.add(this);
    this.scheme();
    if (!watching) {
      watching = new MutationObserver(() => live.forEach((w) => w.requestUpdate()));
      watching.observe(document.documentElement, { attributeFilter: ['lang', 'dir'], subtree: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  /** URL of the conference JSON. Without it, the widget uses the enclosing `<plenary-conference>`. */
  declare src?: string;

  /**
   * UI and content language (BCP 47). Default: the closest ancestor's `lang`, then the document's.
   */
  declare lang: string;

  /** `conference` (default: the conference's zone), `local` (the visitor's), or an IANA zone. */
  declare timeZone?: string;

  /** An ISO date-time that freezes the clock, for previews and tests. */
  declare now?: string;

  /** Feed format of `src`: `auto` (default), `plenary`, `frab`, `sessionize`. */
  declare format?: string;

  /** Feed format of `src`, for widgets whose `format` means something else (the countdown's display style). */
  declare feedFormat?: string;

  /** The conference as a JavaScript value (Plenary JSON or a supported feed), instead of `src`. */
  declare data?: unknown;

  /** Load and render at once, even far below the fold (by default that waits until the widget nears the viewport). */
  eager = false;

  /** The state this widget renders: its own data if it has any, else the provider's. */
  protected get conferenceState(): ConferenceState {
    if (!this.lazy.near) return { status: 'loading', problems: [] };
    if (hasOwn(this)) return this.own?.state ?? this.ownFailed ?? { status: 'loading', problems: [] };
    return this.provided ?? { status: 'idle', problems: [] };
  }

  /** The conference, once ready. */
  get conference(): Conference | undefined {
    return this.conferenceState.conference;
  }

  /**
   * Locale from `lang` here or on the closest ancestor, then the document. The property is read first: set
   * from JavaScript (React, Vue), it is reflected to the attribute only after this render.
   */
  protected get locale(): Locale {
    const own = this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return resolveLocale(own);
  }

  /** A LocalizedText in the visitor's language (see `localize`). */
  protected text(t: LocalizedText | undefined): string {
    return localize(t, this.locale.lang, this.conference?.languages[0]);
  }

  /**
   * The language of the text shown for `t` when it is not the widget's own (a French widget showing the file's
   * English title), for `lang` and `dir="auto"` on the element that holds it; undefined otherwise.
   */
  protected langOf(t: LocalizedText | undefined): string | undefined {
    const l = this.locale;
    return otherLanguage(t, l.lang, l.tag, this.conference?.languages[0]);
  }

  /** A text of the conference (or `s`, a part of it) for a template: in a span with its own `lang` when that is not the widget's. */
  protected inLang(t: LocalizedText | undefined, s = this.text(t)): TemplateResult | string {
    const k = this.langOf(t);
    return k && s ? html`<span lang=${k} dir="auto">${s}</span>` : s;
  }

  protected t<K extends string>(cat: Catalog<K>, key: K, params?: Record<string, string | number>): string {
    return translate(cat, this.locale, key, params);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const format = this.feedFormat ?? (isFeedFormat(this.format) ? this.format : undefined);
    if (!this.lazy.near) return;
    if (this.own || hasOwn(this)) {
      // After a failed chunk, nothing is asked again until its retry (each update would ask again, in a loop).
      const L = this.ownFailed ? undefined : getLoader();
      if (L && 'then' in L) {
        // Its file is requested now, beside the chunk, not after it.
        if (this.src) prefetch(this.src);
        const retry = () => {
          this.ownFailed = undefined;
          this.requestUpdate();
        };
        L.then(retry, () => {
          this.ownFailed = { status: 'error', problems: [{ path: '', message: "could not load Plenary's loader (a part of its script)", severity: 'error' }], retry };
          this.requestUpdate();
        });
      } else if (L) (this.own ??= new L(this)).sync({ src: this.src, data: this.data, format, timeZone: this.timeZone });
    } else if (document.readyState === 'loading') {
      // Defined before its content was parsed: an inline JSON script may follow; look again once it has.
      document.addEventListener('DOMContentLoaded', this.wake, { once: true });
    }
    const tag = this.locale.tag;
    if (this.conferenceState.status === 'loading' && prepared.get(this.localName) !== tag) {
      prepared.set(this.localName, tag);
      setTimeout(() => this.prepare(tag));
    }
  }

  /**
   * Called once per element type and language, in a task of its own, while the data is on its way: create the
   * Intl objects the first render will need. The first of each kind on a page costs 5-40 ms of ICU loading
   * (measured in Chromium 156), which then overlaps the download instead of following it.
   */
  protected prepare(_tag: string): void {}

  protected abstract renderContent(conference: Conference): TemplateResult | typeof nothing;

  /**
   * Attribute values that name what the conference does not have (`track="future-medecine"`), found where the
   * widget reads them (see `unknown`). A widget left with nothing to show because of them shows them as its error.
   */
  protected wrong: Problem[] = [];

  /** Note the ids in `ids` that are not in `known`, for attribute `attr` (and warn in the console). */
  protected unknown(attr: string, ids: Iterable<string> | undefined, known: string[]): void {
    const bad = [...(ids ?? [])].filter((id) => !known.includes(id));
    if (bad.length) this.warn(attr, `no ${JSON.stringify(bad).slice(1, -1)} in this conference (it has ${known.slice(0, 12).join(', ')}${known[12] ? '…' : ''})`, true);
  }

  /** A console warning about an attribute, once per element type, attribute and message; with `wrong`, one of `wrong` too. */
  protected warn(attr: string, message: string, wrong?: boolean): void {
    if (wrong) this.wrong.push({ path: attr, message, severity: 'error' });
    const k = `Plenary <${this.localName}> ${attr}: ${message}`;
    if (!warned.has(k)) console.warn(k), warned.add(k);
  }

  /** The message for an empty widget; subclasses pass their own text. Empty because of attribute values: those. */
  protected renderEmpty(message = this.t(common, 'empty')): TemplateResult {
    if (this.wrong.length) return this.renderState({ status: 'error', problems: this.wrong });
    return html`<div class="state" part="empty" data-state="empty" role="status">${message}</div>`;
  }

  private handleRetry(): void {
    this.conferenceState.retry?.();
  }

  /** Loading and error states show the widget's light-DOM content (the page's fallback, e.g. a link to the programme). */
  protected renderState(s: ConferenceState): TemplateResult {
    if (s.status === 'error') {
      return html`<div class="state" part="error" data-state="error" role="alert">
        <strong>${this.t(common, 'error')}</strong>
        <details>
          <summary>${this.t(common, 'details')}</summary>
          <ul lang="en" dir="ltr">
            ${s.problems.slice(0, 5).map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
          </ul>
        </details>
        ${s.retry ? html`<div><button class="button" type="button" @click=${this.handleRetry}>${this.t(common, 'retry')}</button></div>` : nothing}
        <slot></slot>
      </div>`;
    }
    // Idle: nothing to load, neither here nor in the provider (which reports loading until it has looked). A widget
    // inside a provider not yet defined waits for it; one whose provider has no src, data or inline JSON says so.
    if (s.status === 'idle' && (this.provided || !this.closest('plenary-conference'))) {
      return html`<div class="state" part="error" data-state="error" role="alert">${this.t(common, 'noSource')}<slot></slot></div>`;
    }
    return html`<div class="state" part="loading" data-state="loading" aria-busy="true">
      <span role="status">${this.t(common, 'loading')}</span>
      <slot></slot>
    </div>`;
  }

  override render(): TemplateResult | typeof nothing {
    const s = this.conferenceState;
    const l = this.locale;
    // An explicit dir nearer than the nearest lang wins (on that same element too, unless the widget speaks another
    // language than it: English on a Hebrew page is laid out as English); otherwise the language decides.
    const langEl = this.lang ? this : this.closest('[lang]');
    const dirEl = this.closest('[dir]');
    const dir = dirEl && (!langEl || (langEl.contains(dirEl) && (dirEl !== langEl || l.tag === l.lang))) ? (dirEl.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr') : l.dir;
    const body = s.status === 'ready' && s.conference ? this.renderContent(s.conference) : this.renderState(s);
    return html`<div class="root${this.dark ? ' dk' : ''}" dir=${dir} lang=${l.tag}>${body}</div>`;
  }
}
