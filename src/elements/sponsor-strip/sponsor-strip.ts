import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Sponsor, Tier } from '../../data/model.js';
import { PlenaryElement } from '../../internal/plenary-element.js';
import { styles } from './sponsor-strip.styles.js';
import { strings } from './sponsor-strip.strings.js';
import { esc, langAttr } from '../../internal/escape.js';
import { innerHtml } from '../../internal/inner-html.js';

/** Marquee seconds per logo for the named speeds (a loop takes this times the number of logos). */
const SPEEDS: Record<string, number> = { slow: 5, normal: 3, fast: 1.8 };

/**
 * Sponsors and partners from the conference file: a heading per tier with logos sized by prominence, one
 * wrapping row, or a scrolling marquee that can be paused (WCAG 2.2.2) and never moves for visitors who ask
 * for reduced motion. Each logo links to its sponsor (http(s) only, `rel="sponsored noopener"`) and is named
 * by the sponsor's name; a logo that is missing or fails to load shows the name instead.
 *
 * Dark logos (`logoDark`) follow the same rule as Plenary's dark colours: they are shown when the widget stands
 * on a dark background (the text colour it inherits is light; a page that declares `color-scheme: light dark`
 * is dark for a visitor who prefers dark). A light page never gets a light logo it cannot show on its white
 * background. `<picture media="(prefers-color-scheme: dark)">` was not used because it sees only the visitor's
 * preference, not the page. The widget notices a page that switches its theme at runtime.
 *
 * @summary Sponsor logos by tier, in a strip, or in a pausable marquee.
 * @tagname plenary-sponsor-strip
 *
 * @csspart tier - A tier: its heading and its logos (`variant="tiers"`).
 * @csspart tier-name - The heading of a tier.
 * @csspart logo - The box of one logo: a link when the sponsor has a URL.
 * @csspart pause-button - The marquee's pause/play button.
 * @csspart empty - The message shown when no sponsor matches.
 *
 * @cssprop --plenary-sponsor-strip-logo-height - Logo height: of the first tier (the others are 80, 65 and 50 % of it) in `tiers`, of every logo in `strip` and `marquee`. Default 4.5em for tiers, 3em otherwise.
 * @cssprop --plenary-sponsor-strip-logo-aspect - Width of each logo box as a multiple of its height; logos are fitted inside without distortion. Default 3.
 * @cssprop --plenary-sponsor-strip-logo-padding - Padding inside each logo box. Default 0.25em.
 * @cssprop --plenary-sponsor-strip-logo-background - Behind a logo that has no dark variant. Default: transparent, a light plate in dark mode.
 * @cssprop --plenary-sponsor-strip-gap - Space between logos (half of it between rows) and between tiers. Default 2em.
 * @cssprop --plenary-sponsor-strip-align - `center` (default), `start` or `end`: alignment of logos and tier names.
 * @cssprop --plenary-sponsor-strip-tier-name-color - Colour of tier names. Default: the muted colour.
 * @cssprop --plenary-sponsor-strip-fade - Width of the faded edges of the marquee. Default 2em.
 */
export class PlenarySponsorStrip extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, styles];
  static override properties = {
    paused: { state: true, attribute: false },
    tabHidden: { state: true, attribute: false },
    offscreen: { state: true, attribute: false },
    tier: {},
    variant: {},
    speed: {},
    hideTierNames: { type: Boolean, attribute: 'hide-tier-names' },
    monochrome: { type: Boolean },
    reducedMotion: { type: Boolean, attribute: 'reduced-motion' },
    linkTarget: { attribute: 'link-target' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Every tier with at least one sponsor, in the file's order (those the `tier` filter leaves out are hidden). */
  private tiers: Tier[] = [];
  /** Tier ids from `tier` (none: every tier). */
  private want: string[] = [];
  /** The sponsors shown. */
  private sponsors: Sponsor[] = [];
  /** Image URLs that failed to load. */
  private failed = new Set<string>();
  private io?: IntersectionObserver;

  /** Paused with the button. */
  private paused = false;
  /** The tab is hidden. */
  private tabHidden = false;
  /** The widget is scrolled out of view. */
  private offscreen = false;

  /** Comma-separated tier ids to show (e.g. `co-sponsor,partner`); shown in the file's order. Default: all. */
  declare tier?: string;

  /** `tiers` (default: a heading per tier, logos sized by prominence), `strip` (one wrapping row), `marquee` (one scrolling row). */
  variant: 'tiers' | 'strip' | 'marquee' = 'tiers';

  /** Marquee speed: `slow`, `normal` (default), `fast`, or the number of seconds one loop takes. */
  speed = 'normal';

  /** Leave out the tier headings (each tier's list keeps its name for assistive technology). */
  hideTierNames = false;

  /** Show logos in greyscale until hovered or focused. */
  monochrome = false;

  /** Show the marquee as a static wrapping row, as visitors who prefer reduced motion always see it (for a site's own motion switch, or previews). */
  reducedMotion = false;

  /** Where sponsor links open, e.g. `_blank` (announced as "opens in a new tab"). Default: the same tab. */
  declare linkTarget?: string;

  /** Level of the tier headings, 1–6. Default 3. */
  headingLevel = 3;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.handleVisibility();
    this.io = new IntersectionObserver((e) => (this.offscreen = !e[e.length - 1]!.isIntersecting));
    this.io.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.io?.disconnect();
  }

  override firstUpdated(): void {
    // Logos are markup (see logos()); image errors do not bubble, so one capturing listener serves them all.
    this.renderRoot.addEventListener(
      'error',
      (e) => {
        const src = (e.target as Element).getAttribute('src');
        if (src) {
          this.failed.add(src);
          this.requestUpdate();
        }
      },
      true,
    );
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.want = this.tier?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    this.tiers = (this.conference?.tiers ?? []).filter((t) => t.sponsors.length);
    this.wrong = [];
    if (this.conference) this.unknown('tier', this.want, this.conference.tiers.map((t) => t.id));
    this.sponsors = this.tiers.flatMap((t) => (this.on(t) ? t.sponsors : []));
  }

  override updated(): void {
    const n = Number(this.speed);
    this.renderRoot
      .querySelector<HTMLElement>('.track')
      ?.style.setProperty('animation-duration', `${n > 0 ? n : (SPEEDS[this.speed] ?? 3) * this.sponsors.length}s`);
  }

  /** Whether the `tier` filter shows this tier. */
  private on(t: Tier): boolean {
    return !this.want.length || this.want.includes(t.id);
  }

  private handleVisibility = (): void => {
    this.tabHidden = document.visibilityState === 'hidden';
  };

  private handlePause(): void {
    this.paused = !this.paused;
  }

  /**
   * A logo focused by keyboard stops the marquee (CSS); once it has stopped, bring the logo into the window.
   * (The browser's own scroll on focus happens before the style change, while the track is still moved.)
   */
  private handleFocusIn(e: FocusEvent): void {
    (e.target as Element).scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Put the window back when focus leaves it. */
  private handleFocusOut(e: FocusEvent): void {
    const v = e.currentTarget as HTMLElement;
    if (!v.contains(e.relatedTarget as Node | null)) v.scrollLeft = 0;
  }

  /**
   * The list items of these sponsors as escaped markup (set as the list's innerHTML, which Lit replaces only
   * when the string changes); with `hide`, those of tiers the filter leaves out are hidden.
   */
  private logos(sponsors: Sponsor[], hide?: boolean): string {
    const t = this.linkTarget;
    const hint = t && !/^_(self|parent|top)$/i.test(t) ? `<span class="visually-hidden"> ${esc(this.t(strings, 'newTab'))}</span>` : '';
    const ok = (u?: string) => (u && !this.failed.has(u) ? u : undefined);
    return sponsors
      .map((s) => {
        const name = esc(this.text(s.name));
        const la = langAttr(this.langOf(s.name));
        const src = (this.dark && ok(s.logoDark)) || ok(s.logo);
        const body = src ? `<img src="${esc(src)}" alt="${name}"${la} loading="lazy" decoding="async">` : `<span class="name"${la}>${name}</span>`;
        const cls = `logo${!src ? ' text' : src === s.logo ? ' plate' : ''}`;
        return `<li${hide && !this.on(s.tier) ? ' hidden' : ''}>${s.url ? `<a part="logo" class="${cls}" href="${esc(s.url)}" rel="sponsored noopener"${t ? ` target="${esc(t)}"` : ''}>${body}${hint}</a>` : `<span part="logo" class="${cls}">${body}</span>`}</li>`;
      })
      .join('');
  }

  private renderList(items: string, label?: string): TemplateResult {
    return html`<ul class="logos" role="list" aria-label=${label ?? nothing} .innerHTML=${innerHtml(items)}></ul>`;
  }

  protected renderContent(): TemplateResult {
    const { tiers, paused } = this;
    if (!this.sponsors.length) return this.renderEmpty();
    const v = this.variant === 'marquee' || this.variant === 'strip' ? this.variant : 'tiers';
    const cls = `ss ${v}${this.monochrome ? ' mono' : ''}`;
    const all = this.t(strings, 'sponsors');
    const items = v === 'tiers' ? '' : this.logos(tiers.flatMap((t) => t.sponsors), true);
    if (v === 'strip') return html`<div class=${cls}>${this.renderList(items, all)}</div>`;
    if (v === 'marquee') {
      // prettier-ignore
      return html`<div class="${cls}${paused ? ' paused' : ''}${this.tabHidden || this.offscreen ? ' idle' : ''}${this.reducedMotion ? '' : ' m'}"><button class="button pause" part="pause-button" type="button" @click=${this.handlePause}><svg viewBox="0 0 16 16" aria-hidden="true"><path d=${paused ? 'M4 2l10 6-10 6z' : 'M3 2h4v12H3zM9 2h4v12H9z'} /></svg>${this.t(strings, paused ? 'play' : 'pause')}</button><div class="viewport" @focusin=${this.handleFocusIn} @focusout=${this.handleFocusOut}><div class="track">${this.renderList(items, all)}<ul class="logos copy" role="list" aria-hidden="true" inert .innerHTML=${innerHtml(items)}></ul></div></div></div>`;
    }
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    // prettier-ignore
    return html`<div class=${cls}>${tiers.map((t) => {
      const name = this.text(t.name);
      return html`<div class="tier" part="tier" ?hidden=${!this.on(t)}>${this.hideTierNames ? nothing : html`<div class="tier-name" part="tier-name" role="heading" aria-level=${level}>${this.inLang(t.name)}</div>`}${this.renderList(this.logos(t.sponsors), this.hideTierNames ? name : undefined)}</div>`;
    })}</div>`;
  }
}
