// A hostile conference: the sample file with EVERY string field of the Plenary JSON types replaced by
// markup, script, dangerous URLs, bidi controls, 10,000-character names, emoji and combining marks.
// Plain JavaScript with no Node APIs, so Storybook's "hostile data" story uses the same file as the tests.

/**
 * Every string-typed field of src/data/types.ts, by interface, and how it is filled:
 * `text` (LocalizedText or free string: markup payload), `url` (link URL: dangerous schemes), `image`
 * (image URL), `id` / `ref` / `refs` (ids and references: hostile but consistent), `color`, `lang`, `langs`
 * (BCP 47 tags), `country` (ISO code), `texts` (lists of text), `keep` (times and the zone, which must stay
 * valid for the file to parse at all; a second file makes them hostile and expects a readable error), and
 * `XxxJSON` / `XxxJSON[]` for nested objects and lists (filled field by field in turn).
 * test/e2e/hostile-data.test.mjs checks this table against types.ts with the TypeScript compiler, so a field
 * added there fails the test until it is listed here.
 */
export const FIELDS = {
  ConferenceJSON: {
    id: 'id', name: 'text', timezone: 'keep', start: 'keep', end: 'keep', url: 'url', description: 'text', venue: 'VenueJSON', languages: 'langs',
    organizer: 'text', tracks: 'TrackJSON[]', rooms: 'RoomJSON[]', sessions: 'SessionJSON[]', speakers: 'SpeakerJSON[]', sponsors: 'SponsorJSON[]',
    tiers: 'TierJSON[]', note: 'text',
  },
  VenueJSON: { name: 'text', address: 'text', city: 'text', country: 'country', url: 'url' },
  TrackJSON: { id: 'id', name: 'text', color: 'color', description: 'text' },
  RoomJSON: { id: 'id', name: 'text', description: 'text' },
  SessionJSON: {
    id: 'id', title: 'text', start: 'keep', end: 'keep', duration: 'keep', track: 'ref', room: 'ref', type: 'text', parent: 'ref',
    speakers: 'refs', moderators: 'refs', description: 'text', language: 'lang', interpretation: 'langs', tags: 'texts', links: 'LinkJSON[]', livestream: 'url',
  },
  SpeakerJSON: { id: 'id', name: 'text', position: 'text', affiliation: 'text', country: 'country', photo: 'image', bio: 'text', honours: 'texts', links: 'LinkJSON[]' },
  TierJSON: { id: 'id', name: 'text' },
  SponsorJSON: { id: 'id', name: 'text', tier: 'ref', logo: 'image', logoDark: 'image', url: 'url', description: 'text' },
  LinkJSON: { label: 'text', url: 'url' },
};

/** The fields that get a 10,000-character value. */
const LONG = ['.speakers[1].name', '.sessions[2].title', '.sponsors[0].name'];

export const OPEN = '\u27e6';
export const CLOSE = '\u27e7';
const RLO = '\u202e';
const LRI = '\u2066';

/** The text payload for field number `n`: marker, markup, script, bidi controls, emoji, combining marks, marker. */
export function payload(n) {
  return (
    `${OPEN}${n}${CLOSE}<img src=x onerror="window.__pwned='${n}'"></script><script>window.__pwned='${n}'</script>` +
    `<svg onload="window.__pwned='${n}'"></svg><a href="javascript:window.__pwned='${n}'">x</a>&lt;b&gt; &amp;amp; \${alert(1)} {{7*7}} ` +
    `${RLO}evil-rtl ${LRI}isolate 👩🏽‍🔬🇨🇳 Z̷̢͓͌a̸̛l̵̰g̶o ${OPEN}/${n}${CLOSE}`
  );
}

/** A 10,000-character word with no break opportunity, marked like the others. */
export function longPayload(n) {
  return `${OPEN}${n}${CLOSE}<b>${'W'.repeat(10000)}</b>${OPEN}/${n}${CLOSE}`;
}

export const BAD_URLS = [
  "javascript:window.__pwned='url1'",
  " JaVaScRiPt:window.__pwned='url2'",
  "java\tscript:window.__pwned='url3'",
  "data:text/html,<script>window.__pwned='url4'</script>",
  'vbscript:msgbox(1)',
  "file:///etc/passwd",
];
/** Links that must stay links (quoted markup inside them must not break out of the attribute). */
export const GOOD_URLS = ['https://example.org/ok?q="><img src=x onerror=alert(1)>', 'mailto:someone@example.org?subject=<script>alert(1)</script>'];
export const BAD_IMAGES = ["javascript:window.__pwned='img1'", "data:text/html,<script>window.__pwned='img2'</script>"];
/** Images that may load: an SVG whose scripts must not run in <img>, and a same-origin path with markup in the query. */
export const GOOD_IMAGES = [
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="window.__pwned='svg'"><script>window.__pwned='svg2'</script><rect width="40" height="40" fill="#888"/></svg>`)}`,
  'sample/logos/most.svg?"><script>window.__pwned=1</script>',
];
const COLORS = ["red;background:url(javascript:window.__pwned='css')", "</style><script>window.__pwned='css'</script>", 'expression(alert(1))', 'var(--x);}*{display:none', '#9b1c1c'];
const COUNTRIES = ['<b>X</b>', 'ZZ', "'; DROP", 'CN'];
const LANGS = ['<script>', 'x-klingon-<b>', 'en'];

/**
 * Build the hostile file from a sample conference (parsed JSON). Returns `{ json, fields }`: `fields[n]` is
 * the JSON path and kind of text payload number `n`, so a test can report which field a failure came from.
 */
export function hostileConference(sample, fields = FIELDS) {
  const json = structuredClone(sample);
  const texts = [];
  let urls = 0;
  let images = 0;
  let misc = 0;
  const text = (path, long = false) => {
    const n = texts.length;
    texts.push(path);
    return long ? longPayload(n) : payload(n);
  };
  // A LocalizedText: as a string, as an object of languages (one key itself hostile), alternately.
  const localized = (path, long) => {
    if (texts.length % 3 === 0) return text(path, long);
    return { en: text(`${path}.en`, long), zh: text(`${path}.zh`), '<img src=x onerror=alert(1)>': text(`${path}.<img>`) };
  };
  const ids = new Map();
  const id = (old) => {
    if (!ids.has(old)) ids.set(old, `"><img src=x onerror="window.__pwned='id'"><script>/*${ids.size}*/</script>&${old}`);
    return ids.get(old);
  };

  function fill(obj, type, path) {
    const spec = fields[type];
    for (const [key, kind] of Object.entries(spec)) {
      const p = `${path}.${key}`;
      const v = obj[key];
      switch (kind) {
        case 'keep':
          break;
        case 'text':
          obj[key] = localized(p, LONG.includes(p));
          break;
        case 'texts':
          obj[key] = [localized(`${p}[0]`), text(`${p}[1]`)];
          break;
        case 'url': {
          const all = [...BAD_URLS, ...GOOD_URLS];
          obj[key] = all[urls++ % all.length];
          break;
        }
        case 'image': {
          const all = [...BAD_IMAGES, ...GOOD_IMAGES];
          obj[key] = all[images++ % all.length];
          break;
        }
        case 'id':
          obj[key] = id(v ?? `${path}-id`);
          break;
        case 'ref':
          if (v != null) obj[key] = id(v);
          break;
        case 'refs':
          if (Array.isArray(v)) obj[key] = v.map((x) => id(x));
          break;
        case 'color':
          obj[key] = COLORS[misc++ % COLORS.length];
          break;
        case 'country':
          obj[key] = COUNTRIES[misc++ % COUNTRIES.length];
          break;
        case 'lang':
          obj[key] = LANGS[misc++ % LANGS.length];
          break;
        case 'langs':
          obj[key] = path === '' ? ['en', ...LANGS] : [...LANGS];
          break;
        case 'LinkJSON[]':
          // Every bad and good URL, each with a hostile label.
          obj[key] = [...BAD_URLS, ...GOOD_URLS].map((url, i) => {
            const l = {};
            fill(l, 'LinkJSON', `${p}[${i}]`);
            return { ...l, url };
          });
          break;
        default:
          if (/^\w+JSON\[\]$/.test(kind)) (v ?? []).forEach((o, i) => fill(o, kind.slice(0, -2), `${p}[${i}]`));
          else if (/^\w+JSON$/.test(kind)) fill((obj[key] ??= {}), kind, p);
          else throw new Error(`unknown kind ${kind} for ${type}.${key}`);
      }
    }
  }

  fill(json, 'ConferenceJSON', '');
  return { json, fields: texts };
}

/** A file that cannot be used (hostile zone and dates): the error must show them as text. */
export function fatalConference() {
  return {
    version: 1,
    id: 'x',
    name: payload(0),
    timezone: `<img src=x onerror="window.__pwned='tz'">`,
    start: '</script><script>window.__pwned=1</script>',
    end: 'x',
  };
}

/** Aggressive global page CSS (resets, !important on common class names, hidden buttons, stretched images). */
export const HOSTILE = `
* { all: revert; }
html { font-size: 10px; }
body { font-size: 1.6rem; }
* {
  line-height: 5 !important; letter-spacing: 0.3em !important; word-spacing: 1em !important;
  text-transform: uppercase !important; text-indent: 5em !important; text-shadow: 0 0 3px red !important;
  font-weight: 900 !important; font-style: italic !important; font-variant: small-caps !important;
  white-space: nowrap !important; text-align: right !important; cursor: crosshair !important;
  box-sizing: content-box !important; list-style: square inside !important; hyphens: auto !important;
  border-collapse: collapse !important; border-spacing: 9px !important; word-break: break-all !important;
}
button, input, select, summary, [role="button"] { display: none !important; }
img, svg, picture, video { width: 100% !important; height: auto !important; max-width: none !important; object-fit: fill !important; }
a { color: magenta !important; text-decoration: line-through !important; font-size: 3em !important; }
div, span, p, li, ul, ol, section, article, header, footer, nav, h1, h2, h3, h4, dialog, figure, time, dl, dd, dt, label {
  margin: 3em !important; padding: 3em !important; border: 5px solid red !important; float: left !important;
  position: relative !important; top: 20px !important; width: 50% !important; font-size: 30px !important;
}
.session, .card, .title, .button, .root, .state, .name, .time, .logo, .speaker, .sponsor, .day, .track, .grid, .list,
.tabs, .tab, .dialog, .header, .visually-hidden, .photo, .avatar, [class], [part], [hidden] {
  display: none !important; visibility: hidden !important; color: red !important; opacity: 0 !important;
}
::part(session), ::part(speaker) { outline: 1px solid transparent; }
::slotted(*) { display: none !important; }
@media print { * { display: none !important; } }
`;
