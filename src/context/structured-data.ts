/**
 * schema.org `Event` JSON-LD for a conference, so search engines understand a programme page.
 * `toJsonLd` builds the object (no DOM); `setStructuredData` keeps ONE `<script type="application/ld+json">`
 * per conference id in `document.head`, however many providers (or copies of this library) show it.
 */
import type { Conference, LocalizedText, Session, Speaker } from '../data/model.js';
import { localize } from '../data/localize.js';
import { zoneOffset } from '../time/zone.js';
import { scriptText } from '../internal/escape.js';

type Json = Record<string, unknown>;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2023-11-06T09:00:00+08:00`: the wall time in the zone with its offset (schema.org wants the offset). */
export function isoWithOffset(instant: number, zone: string): string {
  const o = zoneOffset(instant, zone);
  const m = Math.abs(o) / 60000;
  return new Date(instant + o).toISOString().slice(0, 19) + (o < 0 ? '-' : '+') + pad(Math.floor(m / 60)) + ':' + pad(m % 60);
}

/** Drop empty values so the block only says what is known. */
const clean = (o: Json): Json => {
  for (const k in o) if (o[k] == null || o[k] === '' || (Array.isArray(o[k]) && !(o[k] as unknown[]).length)) delete o[k];
  return o;
};

export function toJsonLd(conference: Conference, lang?: string): Json {
  const c = conference;
  const l = lang || c.languages[0] || 'en';
  const t = (v: LocalizedText | undefined) => localize(v, l, c.languages[0]) || undefined;
  const date = (x: number) => isoWithOffset(x, c.timezone);
  const v = c.venue;
  const address = v && (v.address || v.city || v.country) ? clean({ '@type': 'PostalAddress', streetAddress: t(v.address), addressLocality: t(v.city), addressCountry: v.country }) : undefined;
  const place = v ? clean({ '@type': 'Place', name: t(v.name) ?? t(v.city), address, url: v.url }) : undefined;
  const streams = c.sessions.filter((s) => s.livestream);
  const online = streams.length ? { '@type': 'VirtualLocation', url: c.url ?? streams[0]!.livestream } : undefined;
  const person = (p: Speaker) => clean({ '@type': 'Person', name: t(p.name), jobTitle: t(p.position), affiliation: p.affiliation && { '@type': 'Organization', name: t(p.affiliation) } });
  const event = (s: Session): Json =>
    clean({
      '@type': 'Event',
      name: t(s.title),
      startDate: date(s.start),
      endDate: date(s.end),
      location: s.room ? clean({ '@type': 'Place', name: t(s.room.name), address }) : s.livestream ? { '@type': 'VirtualLocation', url: s.livestream } : place,
      performer: [...new Set([...s.speakers, ...s.moderators])].map(person),
      url: s.links[0]?.url,
      subEvent: s.children.filter((x) => x.type !== 'break').map(event),
    });
  return clean({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: t(c.name),
    description: t(c.description),
    startDate: date(c.sessions[0]?.start ?? c.start),
    endDate: date(c.sessions.reduce((e, s) => Math.max(e, s.end), 0) || c.end),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${online ? (place ? 'Mixed' : 'Online') : 'Offline'}EventAttendanceMode`,
    location: place && online ? [place, online] : (place ?? online),
    organizer: c.organizer && { '@type': 'Organization', name: t(c.organizer) },
    sponsor: c.sponsors.map((s) => clean({ '@type': 'Organization', name: t(s.name), url: s.url, logo: s.logo })),
    url: c.url,
    inLanguage: c.languages.length > 1 ? c.languages : c.languages[0],
    subEvent: c.sessions.filter((s) => !s.parent && s.type !== 'break').map(event),
  });
}

/** JSON for inside a `<script>`: `<` escaped, so no text can close the element or open a comment. */
export const scriptJson = (o: unknown): string => JSON.stringify(o).replace(/</g, '\\u003c');

type Registry = Map<string, Map<object, string>>;
const KEY = Symbol.for('plenary.structured-data@1');
const g = globalThis as unknown as Record<symbol, Registry>;
/** Conference id -> (owner -> JSON), shared by every copy of this major version on the page. */
const registry: Registry = (g[KEY] ??= new Map());
const claims = new WeakMap<object, string>();

function render(id: string): void {
  const owners = registry.get(id);
  let el = [...document.head.querySelectorAll<HTMLScriptElement>('script[data-plenary-ld]')].find((s) => s.dataset.plenaryLd === id);
  if (!owners?.size) {
    registry.delete(id);
    el?.remove();
    return;
  }
  if (!el) {
    el = document.createElement('script');
    el.type = 'application/ld+json';
    el.dataset.plenaryLd = id;
    document.head.append(el);
  }
  const json = [...owners.values()].at(-1)!;
  if (el.textContent !== json) el.textContent = scriptText(json);
}

/**
 * Claim (with a conference) or release (without) the JSON-LD block for `owner`. One block per conference id;
 * it goes when its last owner releases it.
 */
export function setStructuredData(owner: object, conference?: Conference, lang?: string): void {
  const old = claims.get(owner);
  if (old !== undefined && old !== conference?.id) {
    registry.get(old)?.delete(owner);
    claims.delete(owner);
    render(old);
  }
  if (!conference) return;
  const id = conference.id;
  claims.set(owner, id);
  let owners = registry.get(id);
  if (!owners) registry.set(id, (owners = new Map()));
  owners.delete(owner);
  owners.set(owner, scriptJson(toJsonLd(conference, lang)));
  render(id);
}
