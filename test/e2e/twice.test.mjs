// Loaded twice, or two versions: the classic and the module bundle on one page in either order, and a copy
// reporting another version. No error, at most one warning (exactly one when versions differ), widgets work.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, allWidgets, availableWidgets, buildBundles, problems, inspect, launch, open, page, scrollThrough, serve, settled } from './harness.mjs';

const MODULE = '<script type="module" src="/dist/plenary.js"></script>';
const CLASSIC = '<script defer src="/dist/plenary.iife.js"></script>';
const OTHER_MODULE = '<script type="module" src="/dist/other/plenary.js"></script>';
const OTHER_CLASSIC = '<script defer src="/dist/other/plenary.iife.js"></script>';

// Deferred classic scripts and module scripts run in document order, so these orders are real.
const PAGES = {
  'module-then-classic': { scripts: [MODULE, CLASSIC], warnings: 0 },
  'classic-then-module': { scripts: [CLASSIC, MODULE], warnings: 0 },
  'same-module-twice': { scripts: [MODULE, '<script type="module" src="/dist/plenary.js?again"></script>'], warnings: 0 },
  'classic-module-other': { scripts: [CLASSIC, MODULE, OTHER_MODULE], warnings: 1, version: '0.1.0' },
  'other-then-module-classic': { scripts: [OTHER_CLASSIC, MODULE, CLASSIC], warnings: 1, version: '9.9.9' },
  'module-other-classic-other': { scripts: [MODULE, OTHER_CLASSIC, CLASSIC, OTHER_MODULE], warnings: 1, version: '0.1.0' },
};

describe('loaded twice, or two versions', () => {
  let site, browser;

  before(async () => {
    const dist = await buildBundles();
    const routes = {};
    for (const [name, { scripts }] of Object.entries(PAGES)) routes[`/${name}.html`] = { body: page({ head: scripts.join('\n'), body: allWidgets() }) };
    // A late copy, added by a script long after the widgets rendered (a tag manager, a second partner embed).
    routes['/late.html'] = { body: page({ head: MODULE, body: allWidgets() }) };
    site = await serve({ mounts: { '/dist/': dist, '/public/': join(ROOT, 'public') }, routes });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [name, { warnings, version }] of Object.entries(PAGES)) {
    it(`${name}: no error, ${warnings} warning(s), widgets work`, async () => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const { page: p, log } = await open(context, `${site.origin}/${name}.html`);
      await scrollThrough(p);
      await settled(p);
      for (const w of await inspect(p)) assert.equal(w.state, 'content', `${w.tag} shows ${w.state}: ${w.stateText}`);
      await p.waitForTimeout(100);
      assert.deepEqual(problems(log), []);
      const warned = log.console.filter((m) => m.type === 'warning');
      assert.equal(warned.length, warnings, JSON.stringify(warned));
      if (version) {
        assert.match(warned[0].text, /9\.9\.9/);
        assert.match(warned[0].text, /0\.1\.0/);
        // The first copy on the page is the one in use.
        const used = await p.evaluate(() => customElements.get('plenary-conference').version);
        assert.equal(used, version);
      }
      const defined = await p.evaluate((tags) => tags.filter((t) => !customElements.get(t)), ['plenary-conference', ...availableWidgets()]);
      assert.deepEqual(defined, []);
      await context.close();
    });
  }

  it('a copy loaded after the widgets rendered changes nothing', async () => {
    const context = await browser.newContext();
    const { page: p, log } = await open(context, `${site.origin}/late.html`);
    await settled(p, availableWidgets()[0]);
    const before = await inspect(p, availableWidgets()[0]);
    await p.addScriptTag({ url: '/dist/other/plenary.iife.js' });
    await p.addScriptTag({ url: '/dist/plenary.iife.js' });
    await p.waitForTimeout(100);
    assert.deepEqual(await inspect(p, availableWidgets()[0]), before);
    assert.deepEqual(log.errors, []);
    assert.equal(log.console.filter((m) => m.type === 'warning').length, 1);
    await context.close();
  });
});
