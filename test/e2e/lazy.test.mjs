// Lazy work with the real bundle: a widget far below the fold neither fetches its own src, parses nor
// renders until it nears the viewport, unless `eager`; printing renders every widget, and the schedule
// prints as a readable list.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, availableWidgets, buildBundles, inspect, launch, open, page, problems, serve, settled } from './harness.mjs';

const HEAD = '<script type="module" src="/dist/plenary.js"></script>';
const SPACER = '<div style="height: 6000px">Article text</div>';
const state = (p, sel) => inspect(p, sel).then((w) => w.map((x) => x.state));

describe('lazy widgets', () => {
  let site, browser, sessions;

  before(async () => {
    const dist = await buildBundles();
    sessions = JSON.parse(readFileSync(join(ROOT, 'public/conference.json'), 'utf8')).sessions.filter((s) => s.public !== false).length;
    const others = availableWidgets().filter((t) => t !== 'plenary-schedule');
    site = await serve({
      mounts: { '/dist/': dist, '/public/': join(ROOT, 'public') },
      routes: {
        // Each widget loads its own src (distinct query strings, so each is its own request).
        '/own-src.html': {
          body: page({
            head: HEAD,
            body: `<plenary-countdown id="top" src="/public/conference.json?top" lang="en"></plenary-countdown>${SPACER}` +
              availableWidgets().map((t) => `<${t} src="/public/conference.json?${t}" lang="en"></${t}>`).join(''),
          }),
        },
        '/eager.html': { body: page({ head: HEAD, body: `${SPACER}<plenary-schedule eager src="/public/conference.json?eager" lang="en"></plenary-schedule>` }) },
        '/provider.html': {
          body: page({
            head: HEAD,
            body: `<plenary-conference src="/public/conference.json" lang="en" now="2023-11-06T10:30:00+08:00"><plenary-countdown id="top"></plenary-countdown>${SPACER}` +
              others.filter((t) => t !== 'plenary-countdown').map((t) => `<${t}></${t}>`).join('') +
              `<plenary-schedule></plenary-schedule></plenary-conference>`,
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

  it('does not fetch or render a widget far below the fold until it nears the viewport', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p, log } = await open(context, `${site.origin}/own-src.html`);
    await settled(p, '#top');
    await p.waitForTimeout(500);
    const fetched = () => log.requests.filter((u) => u.includes('conference.json')).map((u) => u.split('?')[1]);
    assert.deepEqual(fetched(), ['top']);
    const far = availableWidgets().map((t) => `${t}:not(#top)`).join(',');
    assert.deepEqual(await state(p, far), availableWidgets().map(() => 'loading'));
    // Scroll to two viewports above the first: it starts its work.
    await p.evaluate(() => scrollTo(0, 6000 - 2.5 * innerHeight));
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('conference.json?plenary-')));
    const first = `${availableWidgets()[0]}:not(#top)`;
    await p.locator(first).scrollIntoViewIfNeeded();
    await settled(p, first);
    assert.ok(fetched().length >= 2);
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  it('renders far below the fold at once with eager', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p, log } = await open(context, `${site.origin}/eager.html`);
    await settled(p, 'plenary-schedule');
    assert.deepEqual(await state(p, 'plenary-schedule'), ['content']);
    assert.equal(await p.evaluate(() => scrollY), 0);
    assert.ok(log.requests.some((u) => u.endsWith('?eager')));
    await context.close();
  });

  it('inside a provider: one fetch, and far widgets render only when near', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p, log } = await open(context, `${site.origin}/provider.html`);
    await settled(p, '#top');
    await p.waitForTimeout(300);
    const far = availableWidgets().filter((t) => t !== 'plenary-countdown').join(',');
    assert.ok((await state(p, far)).every((s) => s === 'loading'));
    await p.locator('plenary-schedule').scrollIntoViewIfNeeded();
    await settled(p, 'plenary-schedule');
    assert.equal(log.requests.filter((u) => u.includes('conference.json')).length, 1);
    await context.close();
  });

  it('renders every waiting widget when the page is printed', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p } = await open(context, `${site.origin}/provider.html`);
    await settled(p, '#top');
    await p.waitForTimeout(300);
    assert.ok((await state(p, 'plenary-schedule')).every((s) => s === 'loading'));
    await p.pdf(); // a real print: beforeprint, print layout, afterprint
    assert.ok((await state(p, availableWidgets().join(','))).every((s) => s === 'content'), 'a widget was still waiting when printed');
    await context.close();
  });

  it('prints the schedule as a readable list: every session, one column, nothing hidden or cut', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p } = await open(context, `${site.origin}/provider.html`);
    await p.emulateMedia({ media: 'print' });
    await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await settled(p, 'plenary-schedule');
    const layout = await p.evaluate(() => {
      const root = document.querySelector('plenary-schedule').shadowRoot;
      const items = [...root.querySelectorAll('[part~="session"]')];
      const shown = items.filter((el) => el.getClientRects().length && getComputedStyle(el).visibility === 'visible');
      // Top-level sessions (not parts nested in a session).
      const top = shown.filter((el) => !el.parentElement.closest('[part~="session"]'));
      const boxes = top.map((el) => el.getBoundingClientRect());
      const clipped = shown.filter((el) => {
        const t = el.querySelector('[part~="session-title"]');
        return t && (t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1) && getComputedStyle(t).overflow !== 'visible';
      }).length;
      const controls = [...root.querySelectorAll('input, select, [role="tab"], dialog[open]')].filter((el) => el.getClientRects().length).length;
      return {
        total: items.length,
        shown: shown.length,
        lefts: [...new Set(boxes.map((b) => Math.round(b.left)))],
        overlapping: boxes.some((b, i) => i && b.top < boxes[i - 1].bottom - 1),
        clipped,
        controls,
      };
    });
    assert.equal(layout.shown, sessions, `${layout.shown} of ${sessions} sessions print (${layout.total} in the DOM)`);
    assert.equal(layout.lefts.length, 1, `sessions print in ${layout.lefts.length} columns`);
    assert.equal(layout.overlapping, false, 'printed sessions overlap');
    assert.equal(layout.clipped, 0, 'printed titles are cut');
    assert.equal(layout.controls, 0, 'search, filters, tabs or a dialog print');
    await context.close();
  });
});
