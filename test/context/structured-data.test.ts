import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { isoWithOffset, scriptJson, setStructuredData, toJsonLd } from '../../src/context/structured-data.js';
import { parse } from '../../src/data/parse.js';
import { clearCache } from '../../src/data/load.js';
import type { Conference } from '../../src/data/model.js';
import type { ConferenceJSON } from '../../src/data/types.js';
import type { PlenaryConference } from '../../src/context/plenary-conference.js';
import '../../src/context/plenary-conference.js';

/**
 * The part of the schema.org vocabulary (https://schema.org/version/latest) these blocks may use: each type's
 * own properties plus those it inherits (Thing for all; ContactPoint for PostalAddress; Place and
 * Organization share a few). A property outside its type's list fails the test.
 */
const THING = ['name', 'description', 'url', 'image', 'identifier', 'sameAs', 'alternateName', 'disambiguatingDescription', 'additionalType', 'mainEntityOfPage', 'potentialAction', 'subjectOf'];
const VOCABULARY: Record<string, string[]> = {
  Event: [...THING, 'about', 'actor', 'aggregateRating', 'attendee', 'audience', 'composer', 'contributor', 'director', 'doorTime', 'duration', 'endDate', 'eventAttendanceMode', 'eventSchedule', 'eventStatus', 'funder', 'inLanguage', 'isAccessibleForFree', 'keywords', 'location', 'maximumAttendeeCapacity', 'maximumPhysicalAttendeeCapacity', 'maximumVirtualAttendeeCapacity', 'offers', 'organizer', 'performer', 'previousStartDate', 'recordedIn', 'remainingAttendeeCapacity', 'review', 'sponsor', 'startDate', 'subEvent', 'superEvent', 'translator', 'typicalAgeRange', 'workFeatured', 'workPerformed'],
  Place: [...THING, 'address', 'aggregateRating', 'amenityFeature', 'branchCode', 'containedInPlace', 'containsPlace', 'event', 'faxNumber', 'geo', 'globalLocationNumber', 'hasMap', 'isAccessibleForFree', 'latitude', 'logo', 'longitude', 'maximumAttendeeCapacity', 'openingHoursSpecification', 'photo', 'publicAccess', 'review', 'smokingAllowed', 'telephone'],
  VirtualLocation: THING,
  PostalAddress: [...THING, 'addressCountry', 'addressLocality', 'addressRegion', 'postOfficeBoxNumber', 'postalCode', 'streetAddress', 'areaServed', 'availableLanguage', 'contactType', 'email', 'faxNumber', 'hoursAvailable', 'telephone'],
  Person: [...THING, 'additionalName', 'address', 'affiliation', 'alumniOf', 'award', 'birthDate', 'email', 'familyName', 'gender', 'givenName', 'honorificPrefix', 'honorificSuffix', 'jobTitle', 'knowsLanguage', 'memberOf', 'nationality', 'telephone', 'worksFor'],
  Organization: [...THING, 'address', 'alumni', 'award', 'brand', 'contactPoint', 'department', 'email', 'employee', 'founder', 'foundingDate', 'legalName', 'location', 'logo', 'member', 'memberOf', 'parentOrganization', 'sponsor', 'subOrganization', 'telephone'],
};
/** Which types a property's value may have here (schema.org ranges, narrowed to what we emit). */
const RANGES: Record<string, string[]> = {
  location: ['Place', 'VirtualLocation', 'PostalAddress'],
  address: ['PostalAddress'],
  performer: ['Person', 'Organization'],
  organizer: ['Person', 'Organization'],
  sponsor: ['Person', 'Organization'],
  affiliation: ['Organization'],
  subEvent: ['Event'],
};
const DATE_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
const STATUS = ['EventScheduled', 'EventCancelled', 'EventMovedOnline', 'EventPostponed', 'EventRescheduled'].map((s) => 'https://schema.org/' + s);
const MODES = ['Offline', 'Online', 'Mixed'].map((s) => `https://schema.org/${s}EventAttendanceMode`);

/** Checks every node against the vocabulary; returns the number of Event nodes. */
function check(node: unknown, path = '$', expected?: string[]): number {
  if (Array.isArray(node)) return node.reduce((n: number, x, i) => n + check(x, `${path}[${i}]`, expected), 0);
  if (typeof node !== 'object' || node === null) {
    expect(expected, `${path} should be an object of type ${expected}`).to.equal(undefined);
    return 0;
  }
  const o = node as Record<string, unknown>;
  const type = o['@type'] as string;
  expect(Object.keys(VOCABULARY), `${path} @type`).to.include(type);
  if (expected) expect(expected, `${path} is a ${type}`).to.include(type);
  let events = type === 'Event' ? 1 : 0;
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith('@')) continue;
    expect(VOCABULARY[type], `${path}.${k} is a ${type} property`).to.include(k);
    expect(v, `${path}.${k} is not empty`).to.not.equal('');
    if (k === 'startDate' || k === 'endDate') expect(v, `${path}.${k}`).to.match(DATE_WITH_OFFSET);
    if (k === 'eventStatus') expect(STATUS).to.include(v);
    if (k === 'eventAttendanceMode') expect(MODES).to.include(v);
    if (k === 'url' || k === 'logo') expect(v, `${path}.${k}`).to.match(/^https?:\/\//);
    if (typeof v === 'object' && v !== null) events += check(v, `${path}.${k}`, RANGES[k]);
    else expect(RANGES[k], `${path}.${k} should be an object`).to.equal(undefined);
  }
  return events;
}

const sample = async (): Promise<Conference> => {
  const r = parse(await (await fetch('/public/conference.json')).json(), { baseUrl: new URL('/public/conference.json', location.href).href });
  if (!r.ok) throw new Error('sample did not parse');
  return r.conference;
};

const small = (over: Partial<ConferenceJSON> = {}): Conference => {
  const r = parse({
    version: 1,
    id: 'small',
    name: 'Small',
    timezone: 'America/New_York',
    start: '2023-11-04',
    end: '2023-11-05',
    sessions: [
      { id: 'a', title: 'Saturday', start: '2023-11-04T10:00', duration: 'PT1H' },
      { id: 'b', title: 'Sunday', start: '2023-11-05T10:00', duration: 'PT1H' },
    ],
    ...over,
  } as ConferenceJSON);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.conference;
};

const blocks = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

describe('toJsonLd', () => {
  it('describes the sample conference as a schema.org Event with sub-events, in the vocabulary', async () => {
    const c = await sample();
    const ld = toJsonLd(c, 'en') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('Event');
    expect(ld.name).to.equal('Belt and Road Conference on Science and Technology Exchange');
    expect(ld.startDate).to.equal(isoWithOffset(c.sessions[0]!.start, 'Asia/Shanghai'));
    expect(ld.startDate).to.match(/^2023-11-06T\d\d:\d\d:00\+08:00$/);
    expect(ld.endDate).to.match(/^2023-11-07T\d\d:\d\d:00\+08:00$/);
    expect(ld.eventStatus).to.equal('https://schema.org/EventScheduled');
    // Sessions have livestreams and there is a venue: both kinds of location.
    expect(ld.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(ld.location[0]).to.deep.equal({
      '@type': 'Place',
      name: 'Chongqing International Expo Center',
      address: { '@type': 'PostalAddress', streetAddress: 'Yuelai Avenue, Liangjiang New Area, Chongqing', addressLocality: 'Chongqing', addressCountry: 'CN' },
      url: 'https://example.org/bri-stec-2023/venue',
    });
    expect(ld.location[1]).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://example.org/bri-stec-2023/' });
    expect(ld.organizer['@type']).to.equal('Organization');
    expect(ld.sponsor).to.have.length(c.sponsors.length);
    expect(ld.sponsor.every((s: { '@type': string; name: string }) => s['@type'] === 'Organization' && s.name)).to.equal(true);
    expect(ld.inLanguage).to.deep.equal(['zh', 'en']);
    expect(ld.url).to.equal('https://example.org/bri-stec-2023/');
    const top = c.sessions.filter((s) => !s.parent && s.type !== 'break');
    expect(ld.subEvent).to.have.length(top.length);
    const nested = c.sessions.filter((s) => s.type !== 'break' && (!s.parent || s.parent.type !== 'break'));
    expect(check(ld)).to.equal(1 + nested.length);
    // A session with a speaker: a Person with job title and affiliation.
    const performers = JSON.stringify(ld.subEvent);
    expect(performers).to.contain('{"@type":"Person","name":"Li Minghua","jobTitle":"President","affiliation":{"@type":"Organization","name":"Yangtze Institute for Advanced Study"}}');
    // Forums inside a section are its sub-events.
    const parent = top.find((s) => s.children.length)!;
    const node = ld.subEvent.find((e: { name: string }) => e.name === parent.title || e.name === (parent.title as Record<string, string>).en);
    expect(node.subEvent.length).to.equal(parent.children.filter((x) => x.type !== 'break').length);
    expect(node.location['@type']).to.equal('Place');
  });

  it('writes the visitor’s language', async () => {
    const ld = toJsonLd(await sample(), 'zh') as Record<string, unknown>;
    expect(ld.name).to.equal('一带一路科技交流大会');
  });

  it('gives dates with the zone’s offset at that date (daylight saving) and leaves out what is unknown', () => {
    const ld = toJsonLd(small()) as Record<string, unknown>;
    expect(ld.startDate).to.equal('2023-11-04T10:00:00-04:00');
    expect(ld.endDate).to.equal('2023-11-05T11:00:00-05:00');
    expect(ld.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    for (const k of ['location', 'organizer', 'sponsor', 'url', 'inLanguage', 'description']) expect(ld, k).not.to.have.property(k);
    expect(check(ld)).to.equal(3);
    expect(isoWithOffset(Date.UTC(2023, 0, 1, 0, 0), 'Asia/Kolkata')).to.equal('2023-01-01T05:30:00+05:30');
    expect(isoWithOffset(Date.UTC(2023, 0, 1, 12, 0), 'UTC')).to.equal('2023-01-01T12:00:00+00:00');
  });

  it('an online-only conference has a VirtualLocation', () => {
    const ld = toJsonLd(small({ url: 'https://example.org/c', sessions: [{ id: 'a', title: 'A', start: '2023-11-04T10:00', duration: 'PT1H', livestream: 'https://live.example.org/a' }] })) as Record<string, unknown>;
    expect(ld.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(ld.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://example.org/c' });
    expect((ld.subEvent as Record<string, unknown>[])[0]!.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://live.example.org/a' });
    check(ld);
  });
});

describe('scriptJson and setStructuredData', () => {
  afterEach(() => {
    fixtureCleanup();
    clearCache();
    for (const s of blocks()) s.remove();
  });

  it('hostile text cannot break out of the script element', () => {
    const evil = '</script><script>window.__pwned = 1</script><!-- \u2028 "quoted" \\ ';
    const c = small({ id: 'evil</script>', name: evil, sessions: [{ id: 'a', title: evil, start: '2023-11-04T10:00', duration: 'PT1H' }] });
    const owner = {};
    setStructuredData(owner, c, 'en');
    const [el] = blocks();
    expect(el!.textContent).not.to.contain('<');
    expect(JSON.parse(el!.textContent!).name).to.equal(evil);
    expect(el!.dataset.plenaryLd).to.equal('evil</script>');
    // Serialised and parsed again as HTML (a saved or server-rendered page), it is still one script.
    const doc = new DOMParser().parseFromString(`<!doctype html><head>${el!.outerHTML}</head><body></body>`, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(doc.querySelector('script')!.textContent!).subEvent[0].name).to.equal(evil);
    expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    expect(scriptJson({ a: '<b>' })).to.equal('{"a":"\\u003cb>"}');
    setStructuredData(owner);
    expect(blocks()).to.have.length(0);
  });

  it('keeps one block per conference id across owners, and removes it with the last', () => {
    const a = {};
    const b = {};
    const other = {};
    setStructuredData(a, small(), 'en');
    setStructuredData(b, small(), 'en');
    setStructuredData(other, small({ id: 'other' }), 'en');
    expect(blocks().map((s) => s.dataset.plenaryLd)).to.deep.equal(['small', 'other']);
    setStructuredData(a);
    expect(blocks()).to.have.length(2);
    setStructuredData(b);
    expect(blocks().map((s) => s.dataset.plenaryLd)).to.deep.equal(['other']);
    // An owner moving to another conference gives up the first.
    setStructuredData(other, small({ id: 'third' }), 'en');
    expect(blocks().map((s) => s.dataset.plenaryLd)).to.deep.equal(['third']);
    setStructuredData(other);
  });
});

describe('<plenary-conference structured-data>', () => {
  afterEach(() => {
    fixtureCleanup();
    clearCache();
  });

  const loaded = async (el: PlenaryConference) => {
    if (!el.conference) await oneEvent(el, 'plenary-load');
    await el.updateComplete;
  };

  it('adds one JSON-LD block, never duplicated by a second provider, removed with the last', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <plenary-conference structured-data src="/public/conference.json" lang="en"></plenary-conference>
      <plenary-conference structured-data src="/public/conference.json" lang="en"></plenary-conference>
      <plenary-conference src="/test/fixtures/pretalx-democon.json"></plenary-conference>
    </div>`);
    const [p1, p2, p3] = [...wrap.querySelectorAll('plenary-conference')];
    await Promise.all([loaded(p1!), loaded(p2!), loaded(p3!)]);
    // The JSON-LD writer is loaded on demand: the block follows the first render.
    await waitUntil(() => blocks().length > 0, 'no JSON-LD block');
    expect(blocks()).to.have.length(1);
    expect(blocks()[0]!.dataset.plenaryLd).to.equal('bri-stec-2023');
    expect(JSON.parse(blocks()[0]!.textContent!).name).to.equal('Belt and Road Conference on Science and Technology Exchange');
    p1!.remove();
    expect(blocks()).to.have.length(1);
    // Changing the language updates the block.
    p2!.lang = 'zh';
    await p2!.updateComplete;
    expect(JSON.parse(blocks()[0]!.textContent!).name).to.equal('一带一路科技交流大会');
    // Turning it off removes it; on again brings it back; disconnecting removes it.
    p2!.structuredData = false;
    await p2!.updateComplete;
    expect(blocks()).to.have.length(0);
    p2!.structuredData = true;
    await p2!.updateComplete;
    expect(blocks()).to.have.length(1);
    p2!.remove();
    expect(blocks()).to.have.length(0);
  });

  it('is off by default, and works for a converted feed', async () => {
    const off = await fixture<PlenaryConference>(html`<plenary-conference src="/public/conference.json"></plenary-conference>`);
    await loaded(off);
    expect(blocks()).to.have.length(0);
    const feed = await fixture<PlenaryConference>(html`<plenary-conference structured-data src="/test/fixtures/frab-camp2019.json"></plenary-conference>`);
    await loaded(feed);
    await waitUntil(() => blocks().length > 0, 'no JSON-LD block');
    const ld = JSON.parse(blocks()[0]!.textContent!);
    expect(ld.name).to.equal('Chaos Communication Camp 2019');
    expect(ld.startDate).to.equal('2019-08-21T11:00:00+02:00');
    expect(ld.subEvent).to.have.length(79);
    check(ld);
  });
});
