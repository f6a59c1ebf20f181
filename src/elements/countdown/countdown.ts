import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ConferenceState } from '../../context/context.js';
import type { Conference, Problem, Session } from '../../data/model.js';
import { emit } from '../../internal/events.js';
import { PlenaryElement } from '../../internal/plenary-element.js';
import { TimedElement } from '../../internal/timed-element.js';
import { TickController, nextBoundary } from '../../internal/ticker.js';
import { formatDateTime, formatDayTime, formatTime, isoInstant, zoneName } from '../../time/format.js';
import { localZone, parseDateTime } from '../../time/zone.js';
import { dayKey, dayStart } from '../../time/days.js';
import { strings } from './countdown.strings.js';
import { countdownStyles } from './countdown.styles.js';
import { intl, listFormat } from '../../i18n/intl.js';

/** Detail of `plenary-countdown-end`: the instant counted to (epoch ms). */
export interface CountdownEndDetail {
  target: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The countdown reached its target while the page was open (fired once; never for a frozen `now`). */
    'plenary-countdown-end': CustomEvent<CountdownEndDetail>;
  }
}

type Phase = 'before' | 'live' | 'ended';
type Display = 'long' | 'short' | 'narrow';

const UNITS = ['day', 'hour', 'minute', 'second'] as const;
const UNIT_MS = [86_400_000, 3_600_000, 60_000, 1000];

const unitFormat = (tag: string, unit: string, unitDisplay: Display) =>
  intl(`u|${tag}|${unit}|${unitDisplay}`, () => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay }));

const midnight = (t: number, tz: string) => t === dayStart(dayKey(t, tz), tz);
const problem = (path: string, message: string): Problem => ({ path, message, severity: 'error' });
/** The conference end; for a date-only end (midnight), the end of its last session. */
const endOf = (c: Conference) => {
  const last = Math.max(...c.sessions.map((s) => s.end));
  return midnight(c.end, c.timezone) && last > c.start ? Math.min(c.end, last) : c.end;
};
const on = (s: Session, now: number) => s.start <= now && now < s.end;
const subtree = (s: Session): Session[] => [s, ...s.children.flatMap(subtree)];

/**
 * The time left until the conference (or one session, or any instant) starts, then what is on now,
 * then that it has ended. Shares one page-wide timer with every other countdown, ticks only as often as
 * `precision` needs, sleeps while the tab is hidden; screen readers get one full sentence on demand,
 * and a polite announcement only when the event starts and ends.
 *
 * @summary A localised countdown to the conference, a session or any date-time.
 * @tagname plenary-countdown
 *
 * @slot - Caption shown under the countdown, e.g. the date and city; it is also what the page shows before
 *   (or without) JavaScript.
 * @slot before - Replaces the heading above the countdown ("Starts in").
 * @slot live - Replaces the "Happening now" heading.
 * @slot ended - Replaces the "Ended" text.
 *
 * @csspart unit - One unit of the countdown (the value above its name).
 * @csspart value - The number of a unit.
 * @csspart label - The name of a unit ("days", "d").
 * @csspart live - The "Happening now" block with what is on.
 * @csspart error - The message for a bad `to`, `session` or data.
 * @csspart loading - The loading message.
 *
 * @cssprop --plenary-countdown-value-size - Size of the numbers (default `2.25em`).
 * @cssprop --plenary-countdown-value-color - Colour of the numbers.
 * @cssprop --plenary-countdown-label-color - Colour of the unit names and the date line.
 * @cssprop --plenary-countdown-unit-background - Background of each unit.
 * @cssprop --plenary-countdown-unit-min-width - Least width of a unit, so nothing shifts (default `4.25em`: four units fit a 320 px phone).
 * @cssprop --plenary-countdown-gap - Space between the units (default `0.5em`).
 * @cssprop --plenary-countdown-live-color - Colour of the "Happening now" marker.
 *
 * @fires {CustomEvent<CountdownEndDetail>} plenary-countdown-end - The target passed while the page was open.
 */
export class PlenaryCountdown extends TimedElement {
  static override styles = [...PlenaryElement.styles, countdownStyles];
  static override properties = {
    to: {},
    session: {},
    precision: {},
    format: {},
  };

  private ticker = new TickController(this, (now) => this.nextChange(now));
  private target?: number;
  private liveEnd = 0;
  private scope: Session[] = [];
  private heading = '';
  private problem?: Problem;
  private phase?: Phase;
  private at = 0;
  private key?: string;
  private last?: { phase: Phase; target: number };
  private announcement = '';
  private ending = false;

  /**
   * ISO 8601 date-time to count to. With an offset (`+08:00`, `Z`) it is that instant; without, wall time in
   * the conference's zone (or in `time-zone`, or the visitor's, when there is no data). Works without any
   * conference data. Default: the conference start.
   */
  declare to?: string;

  /** Id of a session to count to (its start); it is "on now" until it ends. */
  declare session?: string;

  /** Smallest unit shown, and how often it changes: `day`, `hour`, `minute` or `second` (default). */
  precision: 'day' | 'hour' | 'minute' | 'second' = 'second';

  /**
   * How unit names are written: `long` (default, "3 days"), `short` ("3 days", "3 дн."), `narrow` ("3d").
   * The accessible text is always long. (The feed format of `src` is `feed-format` on this element.)
   */
  override format?: string;

  private get display(): Display {
    return this.format === 'short' || this.format === 'narrow' ? this.format : 'long';
  }

  private get unitIndex(): number {
    const i = UNITS.indexOf(this.precision);
    return i < 0 ? 3 : i;
  }

  /** Without conference data, times are shown in `time-zone` or the visitor's own zone. */
  protected override get zone(): string {
    return this.conference || this.timeZone ? super.zone : localZone();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolve(this.conference);
    const target = this.target;
    const frozen = this.frozenNow !== undefined;
    const now = this.currentTime();
    const phase = target === undefined ? undefined : now < target ? 'before' : now < this.liveEnd ? 'live' : 'ended';
    const last = this.last;
    if (phase && last && last.target === target && last.phase !== phase && !frozen) {
      const slotted = this.querySelector(`:scope > [slot=${phase}]`)?.textContent?.trim();
      this.announcement = slotted || this.t(strings, phase === 'live' ? 'live' : 'ended');
      if (last.phase === 'before') this.ending = true;
    }
    this.last = phase && !frozen ? { phase, target: target! } : undefined;
    this.phase = phase;
    this.at = now;
    const key = `${target}|${this.liveEnd}|${this.unitIndex}|${frozen}|${this.scope.length}`;
    if (key !== this.key) {
      this.key = key;
      this.ticker.reschedule();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.ending) {
      this.ending = false;
      emit<CountdownEndDetail>(this, 'plenary-countdown-end', { target: this.target! });
    }
  }

  /** Works out the target, how long it stays "live", and which sessions count. */
  private resolve(c?: Conference): void {
    let target: number | undefined;
    let end: number | undefined;
    let scope: Session[] = [];
    let heading = this.t(strings, 'startsIn');
    this.problem = undefined;
    if (this.to) {
      target = parseDateTime(this.to, c?.timezone ?? this.zone)?.instant;
      if (target === undefined) this.problem = problem('to', `"${this.to}" is not an ISO 8601 date-time (such as 2023-11-06T09:00+08:00)`);
      else if (c && target >= c.start && target < c.end) [end, scope] = [endOf(c), c.sessions];
    } else if (c) {
      const s = this.session ? c.sessionsById.get(this.session) : undefined;
      if (s) {
        [target, end, scope] = [s.start, s.end, subtree(s).sort((a, b) => a.start - b.start)];
        heading = this.t(strings, 'until', { name: this.text(s.title) });
      } else if (this.session) {
        this.problem = problem('session', `no session has the id "${this.session}"`);
      } else {
        // A date-only start means midnight: count to the first session of that day instead.
        const first = c.sessions[0];
        const tz = c.timezone;
        target = midnight(c.start, tz) && first && dayKey(first.start, tz) === dayKey(c.start, tz) ? first.start : c.start;
        [end, scope] = [endOf(c), c.sessions];
        const name = this.text(c.name);
        if (name) heading = this.t(strings, 'until', { name });
      }
    }
    this.target = target;
    this.liveEnd = Math.max(end ?? 0, target ?? 0);
    this.scope = scope;
    this.heading = heading;
  }

  /** The next instant the display changes: a unit boundary before, a session start or end while live. */
  private nextChange(now: number): number {
    const target = this.target;
    if (target === undefined || this.frozenNow !== undefined || this.problem) return Infinity;
    if (now < target) return nextBoundary(now, target, UNIT_MS[this.unitIndex]!);
    if (now >= this.liveEnd) return Infinity;
    let next = this.liveEnd;
    for (const s of this.scope) {
      if (s.start > now && s.start < next) next = s.start;
      if (s.end > now && s.end < next) next = s.end;
    }
    return next;
  }

  /** With `to` and no data source at all, the countdown needs no conference (nor to wait for the viewport). */
  protected override renderState(s: ConferenceState): TemplateResult {
    const alone = s.status === 'idle' || (!this.src && this.data == null && !this.closest('plenary-conference'));
    return this.to && alone ? this.renderContent() : super.renderState(s);
  }

  private renderUnits(left: number): TemplateResult {
    const { tag } = this.locale;
    const display = this.display;
    const last = this.unitIndex;
    left = Math.ceil(left / UNIT_MS[last]!) * UNIT_MS[last]!;
    const units: TemplateResult[] = [];
    const spoken: string[] = [];
    for (let i = 0; i <= last; i++) {
      const unit = UNITS[i]!;
      const n = Math.floor(left / UNIT_MS[i]!);
      left -= n * UNIT_MS[i]!;
      if (!units.length && !n && i < last) continue;
      if (n) spoken.push(unitFormat(tag, unit, 'long').format(n));
      // Arabic writes one and two days as a word without a numeral; the label then takes the plain form.
      let parts = unitFormat(tag, unit, display).formatToParts(n);
      if (!parts.some((p) => p.type === 'integer')) parts = unitFormat(tag, unit, display).formatToParts(0);
      const label = parts.map((p) => (p.type === 'unit' ? p.value : '')).join('');
      const digits = units.length ? 2 : 1;
      const value = intl(`n|${tag}|${digits}`, () => new Intl.NumberFormat(tag, { minimumIntegerDigits: digits })).format(n);
      units.push(html`<span part="unit"><span part="value">${value}</span><span part="label">${label}</span></span>`);
    }
    const sentence = listFormat(tag, 'unit').format(spoken);
    return html`<div role="timer" aria-live="off"><span class="visually-hidden">${sentence}</span><span class="units" aria-hidden="true">${units}</span></div>`;
  }

  private renderLive(now: number): TemplateResult {
    const current = this.scope.filter((s) => on(s, now) && !s.children.some((c) => on(c, now)));
    const next = current.length ? undefined : this.scope.find((s) => s.start > now);
    const { tag } = this.locale;
    const zone = this.zone;
    const linked = !!document.querySelector('plenary-schedule');
    const title = (s: Session) => (linked ? html`<a href="#plenary-session=${s.id}">${this.inLang(s.title)}</a>` : this.inLang(s.title));
    const more = current.length - 3;
    return html`<div part="live"><p class="head"><slot name="live">${this.t(strings, 'live')}</slot></p>${current.length
        ? html`<ul>${current.slice(0, 3).map((s) => html`<li>${title(s)}</li>`)}${more > 0 ? html`<li>${this.t(strings, 'more', { n: more })}</li>` : nothing}</ul>`
        : next
          ? html`<p class="when">${this.t(strings, 'next')}</p><p><time datetime=${isoInstant(next.start)}>${(dayKey(next.start, zone) === dayKey(now, zone) ? formatTime : formatDayTime)(next.start, tag, zone)} ${zoneName(next.start, tag, zone, 'short')}</time> ${title(next)}</p>`
          : nothing}</div>`;
  }

  protected override renderContent(): TemplateResult {
    const target = this.target;
    if (this.problem || target === undefined) return super.renderState({ status: 'error', problems: [this.problem!] });
    const { tag } = this.locale;
    const zone = this.zone;
    const phase = this.phase;
    return html`${phase === 'before'
        ? html`<p class="head"><slot name="before">${this.heading}</slot></p>${this.renderUnits(target - this.at)}<p class="when"><time datetime=${isoInstant(target)}>${formatDateTime(target, tag, zone)} ${zoneName(target, tag, zone)}</time></p>`
        : phase === 'live'
          ? this.renderLive(this.at)
          : html`<p class="head"><slot name="ended">${this.t(strings, 'ended')}</slot></p>`}<slot></slot><div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
