// Before JavaScript: a widget's light-DOM content shows until it upgrades, when scripts are off or blocked,
// while it loads and when its data fails; the README's :not(:defined) snippet reserves the widget's space.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, availableWidgets, buildBundles, inspect, launch, open, page, serve, settled } from './harness.mjs';

/** The README's `:not(:defined)` CSS, as documented (the css block that mentions it). */
function readmeSnippet() {
  const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]);
  const css = blocks.find((b) => b.includes(':not(:defined)'));
  assert.ok(css, 'README has no :not(:defined) snippet');
  return css;
}

/** The space the snippet reserves for each widget, in px (rem at 16px). */
function reserved(css, tag) {
  const m = css.match(new RegExp(`${tag}\\s*\\{[^}]*--plenary-state-min-height:\\s*([\\d.]+)rem`));
  assert.ok(m, `the README reserves no space for ${tag}`);
  return Number(m[1]) * 16;
}

/** Each widget's height, by tag. */
const heights = (p) => p.evaluate((tags) => tags.map((t) => Math.round(document.getElementById(t).getBoundingClientRect().height)), availableWidgets());

const LINK = 'See the full programme';
const widgetsWithFallback = (src = '/public/conference.json') =>
  `<plenary-conference src="${src}" lang="en" now="2023-11-06T10:30:00+08:00">` +
  availableWidgets()
    .map((t) => `<${t} id="${t}" eager><a href="/programme">${LINK}</a></${t}>`)
    .join('\n') +
  `</plenary-conference><p id="after">After the widgets</p>`;

/** Where each fallback link is drawn (null when it is not rendered). */
function links(p) {
  return p.evaluate(() =>
    [...document.querySelectorAll('plenary-conference a')].map((a) => {
      const r = a.getBoundingClientRect();
      return { in: a.parentElement.localName, visible: a.getClientRects().length > 0 && r.width > 0 && r.height > 0 };
    }),
  );
}

describe('before JavaScript', () => {
  let site, browser, css;

  before(async () => {
    const dist = await buildBundles();
    css = readmeSnippet();
    const head = (script) => `<link rel="stylesheet" href="/embed.css">${script}`;
    site = await serve({
      mounts: { '/dist/': dist, '/public/': join(ROOT, 'public') },
      routes: {
        '/embed.css': { body: css, type: 'text/css' },
        '/slow/plenary.js': { body: readFileSync(join(dist, 'plenary.js')), type: 'text/javascript', delay: 1500 },
        '/nojs.html': { body: page({ head: head('<script type="module" src="/dist/plenary.js"></script>'), body: widgetsWithFallback() }) },
        '/slow.html': { body: page({ head: head('<script type="module" src="/slow/plenary.js"></script>'), body: widgetsWithFallback() }) },
        '/missing-script.html': { body: page({ head: head('<script type="module" src="/dist/nope.js"></script>'), body: widgetsWithFallback() }) },
        '/blocked.html': {
          body: page({ head: head('<script type="module" src="/dist/plenary.js"></script>'), body: widgetsWithFallback() }),
          headers: { 'content-security-policy': "script-src 'none'" },
        },
        '/public/slow.json': { body: readFileSync(join(ROOT, 'public/conference.json')), type: 'application/json', delay: 2000 },
        '/slow-data.html': { body: page({ head: head('<script type="module" src="/dist/plenary.js"></script>'), body: widgetsWithFallback('/public/slow.json') }) },
        '/bad-data.html': { body: page({ head: head('<script type="module" src="/dist/plenary.js"></script>'), body: widgetsWithFallback('/public/nope.json') }) },
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has widgets to test', () => assert.ok(availableWidgets().length > 0));

  it('shows the fallback in its reserved space when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    context.__jsEnabled = false;
    const { page: p } = await open(context, `${site.origin}/nojs.html`);
    assert.deepEqual(
      (await links(p)).map((l) => l.visible),
      availableWidgets().map(() => true),
    );
    // The snippet's reserved space applies to every widget not (yet) defined.
    assert.deepEqual(await heights(p), availableWidgets().map((t) => reserved(css, t)));
    await context.close();
  });

  for (const [name, why] of [
    ['missing-script', 'the script fails to load'],
    ['blocked', 'a policy blocks the script'],
  ]) {
    it(`shows the fallback when ${why}`, async () => {
      const context = await browser.newContext();
      const { page: p } = await open(context, `${site.origin}/${name}.html`);
      await p.waitForTimeout(200);
      assert.equal(await p.evaluate(() => !!customElements.get('plenary-conference')), false);
      assert.ok((await links(p)).every((l) => l.visible));
      await context.close();
    });
  }

  it('shows the fallback until the widgets upgrade, then their content', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p } = await open(context, `${site.origin}/slow.html`, { wait: false });
    await p.waitForSelector('#after');
    assert.equal(await p.evaluate(() => !!customElements.get('plenary-conference')), false, 'the script came too early to see the page before it');
    assert.ok((await links(p)).every((l) => l.visible), 'fallback hidden before the upgrade');
    await settled(p);
    const shown = await inspect(p);
    for (const w of shown) assert.equal(w.state, 'content', `${w.tag} shows ${w.state}`);
    // Once the programme shows, the fallback is hidden, except where a widget shows its content by design
    // (the countdown's caption slot).
    for (const [i, l] of (await links(p)).entries()) {
      const tag = availableWidgets()[i];
      if (tag !== 'plenary-countdown') assert.equal(l.visible, false, `${tag} still shows its fallback`);
    }
    await context.close();
  });

  it('keeps the reserved space, with the fallback, while the data loads', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p } = await open(context, `${site.origin}/slow-data.html`);
    await p.waitForFunction(() => customElements.get('plenary-conference'));
    const w = await inspect(p);
    assert.deepEqual(w.map((x) => x.state), availableWidgets().map(() => 'loading'));
    assert.deepEqual(await heights(p), availableWidgets().map((t) => reserved(css, t)), 'the page jumped when the widgets upgraded');
    assert.ok((await links(p)).every((l) => l.visible));
    await settled(p);
    await context.close();
  });

  it('shows the fallback under the error when the data cannot be read', async () => {
    const context = await browser.newContext();
    const { page: p } = await open(context, `${site.origin}/bad-data.html`);
    await settled(p);
    for (const w of await inspect(p)) {
      assert.equal(w.state, 'error', w.tag);
      assert.match(w.text, new RegExp(LINK), `${w.tag}'s error does not show the fallback`);
    }
    assert.ok((await links(p)).every((l) => l.visible));
    await context.close();
  });
});
