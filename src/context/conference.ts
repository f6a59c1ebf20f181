import { ReactiveElement, css, type PropertyValues } from '@lit/reactive-element';
import { ContextProvider } from '@lit/context';
import { conferenceContext } from './context.js';
import { ConferenceLoader } from '../internal/loader.js';
import { VERSION } from '../internal/version.js';
import type { Conference } from '../data/model.js';

/** The JSON-LD writer, loaded only by a provider with `structured-data` (most pages never need it). */
let ld: typeof import('./structured-data.js') | undefined;

/**
 * Loads a conference once and provides it to every Plenary widget inside it.
 *
 * @summary Loads one conference file and shares it with the widgets inside.
 * @tagname plenary-conference
 * @slot - The widgets (and any other page content).
 * @fires plenary-load - The conference was loaded and parsed. Detail: the normalised `Conference`.
 * @fires plenary-error - Loading or parsing failed. Detail: `Problem[]` (path, message, severity).
 */
export class PlenaryConference extends ReactiveElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;
  static readonly version = VERSION;
  // Reactive properties without decorators (smaller: no decorator runtime in the bundle).
  static override properties = {
    src: {},
    format: {},
    timeZone: { attribute: 'time-zone' },
    lang: { reflect: true },
    now: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    data: { attribute: false },
  };

  private loader = new ConferenceLoader(this);
  private ld?: [Conference | undefined, string];
  private provider = new ContextProvider(this, { context: conferenceContext, initialValue: { status: 'loading', problems: [] } });

  /** URL of the conference JSON (Plenary, frab/pretalx or Sessionize). Or put the JSON in a `<script type="application/json">` child. */
  declare src?: string;

  /** Feed format: `auto` (default), `plenary`, `frab`, `sessionize`. */
  declare format?: string;

  /** Time zone for the widgets inside: `conference` (default), `local`, or an IANA zone. */
  declare timeZone?: string;

  /** Language of the widgets inside (BCP 47); changing it re-renders them. */
  declare lang: string;

  /** An ISO date-time that freezes the clock for every widget inside (previews, tests). */
  declare now?: string;

  /**
   * Add one schema.org `Event` JSON-LD block for this conference to the page's `<head>` (name, dates, place,
   * organizer, sponsors, sessions with speakers) for search engines. One block per conference, however many
   * providers show it; removed with the last of them.
   */
  structuredData = false;

  /** The conference as a JavaScript value, instead of `src`. */
  declare data?: unknown;

  /** The loaded conference, once ready. */
  get conference(): Conference | undefined {
    return this.loader.state.conference;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Widgets upgraded before this provider asked and got no answer: pick up inline JSON now.
    this.requestUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.loader.sync({ src: this.src, data: this.data, format: this.format, timeZone: this.timeZone });
    this.provider.setValue({ ...this.loader.state, timeZone: this.timeZone, now: this.now, lang: this.lang });
  }

  override updated(): void {
    const c = this.structuredData && this.isConnected ? this.conference : undefined;
    const lang = this.lang || document.documentElement.lang;
    if (c === this.ld?.[0] && lang === this.ld?.[1]) return;
    if (!ld) {
      // Once the writer has loaded, write what is current then (not what was current when it was asked for).
      if (c) import('./structured-data.js').then((m) => ((ld = m), this.updated()), () => {});
      return;
    }
    ld.setStructuredData(this, c, lang);
    this.ld = [c, lang];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    ld?.setStructuredData(this);
    this.ld = undefined;
  }

  /** Its shadow root is one slot: the provider renders nothing of its own, so it needs no template library. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append(document.createElement('slot'));
    return root;
  }
}
