// Strict Content Security Policy: every widget works with no 'unsafe-inline' and no 'unsafe-eval', and the
// policy documented in the README for data on another origin works (and is needed).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, allWidgets, availableWidgets, buildBundles, problems, clickAround, inspect, launch, open, page, scrollThrough, serve, settled, violations } from './harness.mjs';

const FULL = 'now="2023-11-06T10:30:00+08:00" lang="en" structured-data';
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
// Trusted Types, as the README documents them: Lit's policy and ours, nothing else; with two copies of the
// script, each makes its own, so the directive needs 'allow-duplicates'.
const TRUSTED = `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html plenary`;

describe('strict Content-Security-Policy', () => {
  let dist, site, data, browser;

  before(async () => {
    dist = await buildBundles();
    // The data host: another origin, answering with CORS (what a conference's JSON host must send).
    data = await serve({ mounts: { '/public/': join(ROOT, 'public') }, cors: true });
    const crossPolicy = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${data.origin}; img-src 'self' data: ${data.origin}`;
    site = await serve({
      mounts: { '/dist/': dist, '/public/': join(ROOT, 'public') },
      routes: {
        // structured-data: the provider's JSON-LD block in the head is data, not script, under the policy too.
        '/module.html': { body: page({ head: '<script type="module" src="/dist/plenary.js"></script>', body: allWidgets(undefined, { attrs: FULL }) }) },
        '/classic.html': { body: page({ head: '<script src="/dist/plenary.iife.js"></script>', body: allWidgets(undefined, { attrs: FULL }) }) },
        '/cross.html': { body: page({ head: '<script type="module" src="/dist/plenary.js"></script>', body: allWidgets(`${data.origin}/public/conference.json`) }) },
        '/cross-blocked.html': { body: page({ head: '<script type="module" src="/dist/plenary.js"></script>', body: allWidgets(`${data.origin}/public/conference.json`) }) },
        '/trusted-module.html': { body: page({ head: '<script type="module" src="/dist/plenary.js"></script>', body: allWidgets(undefined, { attrs: FULL }) }) },
        '/trusted-classic.html': { body: page({ head: '<script src="/dist/plenary.iife.js"></script>', body: allWidgets(undefined, { attrs: FULL }) }) },
        '/trusted-twice.html': {
          body: page({ head: '<script src="/dist/plenary.iife.js"></script><script type="module" src="/dist/plenary.js"></script>', body: allWidgets(undefined, { attrs: FULL }) }),
        },
      },
      headers: (path) => ({
        'content-security-policy':
          path === '/cross.html' ? crossPolicy : path === '/trusted-twice.html' ? `${TRUSTED} 'allow-duplicates'` : path.startsWith('/trusted-') ? TRUSTED : STRICT,
      }),
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await data?.close();
  });

  it('has widgets to test', () => {
    assert.ok(availableWidgets().length > 0, 'no widget is registered yet');
  });

  for (const kind of ['module', 'classic']) {
    it(`renders every widget from the ${kind} bundle with no policy violation`, async () => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const { page: p, log } = await open(context, `${site.origin}/${kind}.html`);
      await scrollThrough(p);
      await settled(p);
      const widgets = await inspect(p);
      assert.equal(widgets.length, availableWidgets().length);
      for (const w of widgets) {
        assert.equal(w.state, 'content', `${w.tag} shows ${w.state}: ${w.stateText}`);
        assert.ok(w.text.trim().length > 0, `${w.tag} rendered no text`);
      }
      assert.equal(await p.locator('head script[type="application/ld+json"]').count(), 1, 'no JSON-LD block');
      // Every button that opens something (a dialog, a filter, a day) works under the policy too.
      await clickAround(p);
      assert.deepEqual(await violations(p, log), []);
      assert.deepEqual(problems(log), []);
      // The policy is really on: an inline style attribute set from the page is refused and reported.
      await p.evaluate(() => {
        const d = document.createElement('div');
        d.innerHTML = '<span style="color: red">x</span>';
        document.body.append(d);
      });
      await p.waitForTimeout(50);
      assert.ok((await violations(p, log)).some((v) => /style-src/.test(v)), 'the page was not under the policy');
      await context.close();
    });
  }

  for (const kind of ['module', 'classic', 'twice']) {
    it(`works where the page enforces Trusted Types, with the documented policy names (${kind} bundle)`, async () => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const { page: p, log } = await open(context, `${site.origin}/trusted-${kind}.html`);
      await scrollThrough(p);
      await settled(p);
      for (const w of await inspect(p)) {
        assert.equal(w.state, 'content', `${w.tag} shows ${w.state}: ${w.stateText}`);
        assert.ok(w.text.trim().length > 0, `${w.tag} rendered no text`);
      }
      assert.equal(await p.locator('head script[type="application/ld+json"]').count(), 1, 'no JSON-LD block');
      // Stars, filters, the dialog, the speaker profiles: every markup path runs under the policy.
      await clickAround(p);
      assert.deepEqual(await violations(p, log), []);
      assert.deepEqual(log.errors, []);
      // The policy is really enforced: a plain string into innerHTML is refused.
      const refused = await p.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      assert.ok(refused, 'the page was not enforcing Trusted Types');
      await context.close();
    });
  }

  it('renders data and images from another origin with the documented connect-src and img-src', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p, log } = await open(context, `${site.origin}/cross.html`);
    await scrollThrough(p);
    await settled(p);
    for (const w of await inspect(p)) assert.equal(w.state, 'content', `${w.tag} shows ${w.state}: ${w.stateText}`);
    const images = log.requests.filter((u) => u.startsWith(data.origin) && /\.(svg|png|jpe?g|webp)$/.test(u));
    if (availableWidgets().some((t) => /speaker|sponsor/.test(t))) assert.ok(images.length > 0, 'no image was loaded from the data origin');
    assert.deepEqual(await violations(p, log), []);
    await context.close();
  });

  it('shows a readable error, not a broken page, when the policy lacks connect-src for the data', async () => {
    const context = await browser.newContext();
    const { page: p, log } = await open(context, `${site.origin}/cross-blocked.html`);
    await settled(p);
    const widgets = await inspect(p);
    for (const w of widgets) {
      assert.equal(w.state, 'error', `${w.tag} shows ${w.state}`);
      assert.match(w.stateText, /could not fetch/);
    }
    assert.ok((await violations(p, log)).some((v) => /connect-src/.test(v)));
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
