// No third-party requests: a page with every widget asks only for the bundle, the conference file and the
// images the file names. No fonts, analytics, icons, time-zone or geo services, before or after interaction.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, allWidgets, availableWidgets, buildBundles, clickAround, launch, open, page, scrollThrough, serve, settled } from './harness.mjs';

/** Every image URL the conference file names, resolved against the file's URL. */
function imagesNamed(json, base) {
  const urls = new Set();
  const add = (u) => u && urls.add(new URL(u, base).href);
  for (const s of json.speakers ?? []) add(s.photo);
  for (const s of json.sponsors ?? []) {
    add(s.logo);
    add(s.logoDark);
  }
  return urls;
}

describe('no third-party requests', () => {
  let site, browser, json;

  before(async () => {
    const dist = await buildBundles();
    json = JSON.parse(readFileSync(join(ROOT, 'public/conference.json'), 'utf8'));
    const head = (kind) => (kind === 'module' ? '<script type="module" src="/dist/plenary.js"></script>' : '<script src="/dist/plenary.iife.js"></script>');
    site = await serve({
      mounts: { '/dist/': dist, '/public/': join(ROOT, 'public') },
      routes: {
        '/module.html': { body: page({ head: head('module'), body: allWidgets() }) },
        '/classic.html': { body: page({ head: head('classic'), body: allWidgets() }) },
        // Every widget with its own src (each loads the file itself: still one request, the cache is shared).
        '/standalone.html': {
          body: page({ head: head('module'), body: availableWidgets().map((t) => `<${t} src="/public/conference.json" lang="en"></${t}>`).join('\n') }),
        },
        // One element's own script, no provider: the widget fetches its loader as a chunk of its own.
        '/entry.html': {
          body: page({ head: '<script type="module" src="/dist/entries/plenary-sponsor-strip.js"></script>', body: '<plenary-sponsor-strip src="/public/conference.json" lang="en"></plenary-sponsor-strip>' }),
        },
        // The provider's and one element's own scripts: the widget takes the provider's data and needs no loader.
        '/entries.html': {
          body: page({
            head: '<script type="module" src="/dist/entries/plenary-sponsor-strip.js"></script><script type="module" src="/dist/entries/plenary-conference.js"></script>',
            body: '<plenary-conference src="/public/conference.json" lang="en"><plenary-sponsor-strip></plenary-sponsor-strip></plenary-conference>',
          }),
        },
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const kind of ['module', 'classic', 'standalone']) {
    it(`asks only for the bundle, the data and the data's images (${kind})`, async () => {
      // A visitor far from the conference, in another language: no zone or locale service may be called.
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'ar-EG', timezoneId: 'America/Sao_Paulo' });
      const { page: p, log } = await open(context, `${site.origin}/${kind}.html`);
      await scrollThrough(p);
      await settled(p);
      await clickAround(p);
      await p.emulateMedia({ colorScheme: 'dark' });
      await p.waitForTimeout(300);
      const data = `${site.origin}/public/conference.json`;
      const allowed = new Set([`${site.origin}/${kind}.html`, `${site.origin}/favicon.ico`, `${site.origin}/dist/${kind === 'classic' ? 'plenary.iife.js' : 'plenary.js'}`, data, ...imagesNamed(json, data)]);
      const unexpected = log.requests.filter((u) => !allowed.has(u) && !/^(data|blob):/.test(u));
      assert.deepEqual(unexpected, [], `requests outside the bundle, the data and its images`);
      assert.equal(log.requests.filter((u) => u === data).length, 1, 'the conference file was fetched more than once');
      assert.ok(log.requests.every((u) => u.startsWith(site.origin) || /^(data|blob):/.test(u)), 'a request left the site');
      await context.close();
    });
  }

  it('a widget with its own script inside a provider with its own script loads no loader chunk', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p, log } = await open(context, `${site.origin}/entries.html`);
    await settled(p, 'plenary-sponsor-strip');
    const logos = await p.evaluate(() => document.querySelector('plenary-sponsor-strip').shadowRoot.querySelectorAll('[part~=logo]').length);
    assert.ok(logos >= 6, `the sponsors are shown (${logos})`);
    const scripts = log.requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname).sort();
    assert.deepEqual(scripts, ['/dist/entries/plenary-conference.js', '/dist/entries/plenary-sponsor-strip.js']);
    assert.equal(log.requests.filter((u) => u.endsWith('/public/conference.json')).length, 1, 'one fetch of the file');
    await context.close();
  });

  it('a widget whose loader chunk fails to load says so, and its retry loads it', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await context.newPage();
    let fail = true;
    let asked = 0;
    await p.route('**/entries/chunks/loader-*', (route) => (asked++, fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await p.goto(`${site.origin}/entry.html`);
    await settled(p, 'plenary-sponsor-strip');
    const state = () => p.evaluate(() => {
      const root = document.querySelector('plenary-sponsor-strip').shadowRoot;
      return { error: root.querySelector('[data-state=error]')?.textContent.replace(/\s+/g, ' ').trim() ?? '', logos: root.querySelectorAll('[part~=logo]').length };
    });
    const failed = await state();
    assert.match(failed.error, /could not load Plenary's loader/, 'the error names what failed');
    assert.equal(failed.logos, 0);
    // Asked once, not again on every update (it was asked 64 times in half a second).
    await p.waitForTimeout(500);
    assert.equal(asked, 1, 'the failed chunk is asked for again only on retry');
    fail = false;
    await p.evaluate(() => document.querySelector('plenary-sponsor-strip').shadowRoot.querySelector('[data-state=error] button').click());
    await p.waitForFunction(() => document.querySelector('plenary-sponsor-strip').shadowRoot.querySelectorAll('[part~=logo]').length > 0, null, { timeout: 10000 });
    await context.close();
  });

  it('a widget with its own script and src requests its file beside its loader, not after it', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await context.newPage();
    const seen = [];
    p.on('request', (r) => seen.push(['asked', new URL(r.url()).pathname]));
    p.on('requestfinished', (r) => seen.push(['answered', new URL(r.url()).pathname]));
    // A slow chunk (a far CDN): the file must not wait for it.
    await p.route('**/entries/chunks/**', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await p.goto(`${site.origin}/entry.html`);
    await settled(p, 'plenary-sponsor-strip');
    const names = await p.evaluate(() => [...document.querySelector('plenary-sponsor-strip').shadowRoot.querySelectorAll('img')].map((i) => i.alt));
    assert.ok(names.length >= 6, `the sponsors are shown (${names.length} logos)`);
    const chunks = seen.filter(([k, u]) => k === 'asked' && u.startsWith('/dist/entries/chunks/')).map(([, u]) => u);
    assert.deepEqual(chunks.map((u) => u.replace(/-[\w-]+\.js$/, '')), ['/dist/entries/chunks/loader'], 'one chunk, the loader');
    const at = (k, u) => seen.findIndex(([a, b]) => a === k && b === u);
    assert.ok(at('asked', '/public/conference.json') >= 0, 'the file is requested');
    assert.ok(at('asked', '/public/conference.json') < at('answered', chunks[0]), `the file is requested while the loader is on its way: ${JSON.stringify(seen.slice(0, 6))}`);
    assert.equal(seen.filter(([k, u]) => k === 'asked' && u === '/public/conference.json').length, 1, 'the file is fetched once');
    await context.close();
  });
});
