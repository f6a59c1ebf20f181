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
});
