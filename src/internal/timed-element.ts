import type { PropertyValues } from 'lit';
import { isValidZone, localZone, parseDateTime } from '../time/zone.js';
import { PlenaryElement } from './plenary-element.js';

/**
 * The base of the widgets that show times (countdown, schedule, speaker grid): the zone they are shown in, from
 * `time-zone`, and the clock, frozen by `now`. Apart from the base so that a widget without times (the sponsor
 * strip) does not carry the zone code (~1.2 KB gzip).
 */
export abstract class TimedElement extends PlenaryElement {
  /** The IANA zone times are shown in. */
  protected get zone(): string {
    const tz = this.timeZone || this.provided?.timeZone || 'conference';
    if (tz === 'local') return localZone();
    if (tz !== 'conference' && isValidZone(tz)) return tz;
    return this.conference?.timezone ?? 'UTC';
  }

  /** The frozen `now` (epoch ms), if any. */
  protected get frozenNow(): number | undefined {
    const n = this.now || this.provided?.now;
    return n ? parseDateTime(n, this.conference?.timezone ?? 'UTC')?.instant : undefined;
  }

  /** Current instant: the frozen `now`, or the clock. */
  protected currentTime(): number {
    return this.frozenNow ?? Date.now();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const { timeZone: tz, now } = this;
    if (tz && !/^(local|conference)$/.test(tz) && !isValidZone(tz)) this.warn('time-zone', `"${tz}" is not a time zone; not used`);
    if (now && !parseDateTime(now, 'UTC')) this.warn('now', `"${now}" is not an ISO 8601 date-time; not used`);
    super.willUpdate(changed);
  }
}
