// Inline JSON in a page that arrives in pieces. A classic script in the head (which the README allows) or an
// async module defines the elements before the parser has read their content: a provider or widget must not
// read its inline JSON while the parser may still be adding to it (missing, or cut short mid-string).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, availableWidgets, buildBundles, inspect, launch, open, page, serve, settled } from './harness.mjs';

const json = readFileSync(join(ROOT, 'public/conference.json'), 'utf8').replace(/<\//g, '<\\/');
const SCRIPTS = {
  classic: '<script src="/dist/plenary.iife.js"></script>',
  async: '<script type="module" async src="/dist/plenary.js"></script>',
  module: '<script type="module" src="/dist/plenary.js"></script>',
};
const attrs = 'lang="en" now="2023-11-06T10:30:00+08:00"';
const widgets = () => availableWidgets().map((t) => `<${t} eager></${t}>`).join('\n');

/** The page's parts, sent 300 ms apart: the split falls where the parser would otherwise read too early. */
const SPLITS = {
  // Mid-JSON: the provider's inline script is there, but only its first 2,000 characters.
  'mid-json': (head) => {
    const [a, b] = [json.slice(0, 2000), json.slice(2000)];
    return [
      page({ head, body: `<plenary-conference ${attrs}><script type="application/json">${a}` }).replace(/<\/body><\/html>$/, ''),
      `${b}</script>${widgets()}</plenary-conference><p>after</p></body></html>`,
    ];
  },
  // Before the script: the provider is open with no inline JSON yet.
  'before-json': (head) => [
    page({ head, body: `<plenary-conference ${attrs}>` }).replace(/<\/body><\/html>$/, ''),
    `<script type="application/json">${json}</script>${widgets()}</plenary-conference></body></html>`,
  ],
  // A widget with its own inline JSON, cut mid-JSON, and nothing after it but the end of the page.
  'widget-own': (head) => {
    const tag = availableWidgets().includes('plenary-schedule') ? 'plenary-schedule' : availableWidgets()[0];
    return [
      page({ head, body: `<${tag} ${attrs} eager><script type="application/json">${json.slice(0, 3000)}` }).replace(/<\/body><\/html>$/, ''),
      `${json.slice(3000)}</script></${tag}></body></html>`,
    ];
  },
};

describe('inline JSON in a page that arrives in pieces', () => {
  let site, browser;

  before(async () => {
    const dist = await buildBundles();
    const routes = {};
    for (const [kind, head] of Object.entries(SCRIPTS))
      for (const [split, parts] of Object.entries(SPLITS)) routes[`/${kind}-${split}.html`] = { body: parts(head), type: 'text/html; charset=utf-8', pause: 300 };
    // The inline JSON's relative image URLs resolve against the page: the sample's images are served from the root.
    site = await serve({ mounts: { '/dist/': dist, '/': join(ROOT, 'public') }, routes });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const kind of Object.keys(SCRIPTS))
    for (const split of Object.keys(SPLITS))
      it(`reads the whole inline JSON (${kind} script, page split ${split})`, async () => {
        const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
        const { page: p, log } = await open(context, `${site.origin}/${kind}-${split}.html`);
        await settled(p);
        const shown = await inspect(p);
        assert.ok(shown.length > 0, 'no widgets on the page');
        for (const w of shown) assert.equal(w.state, 'content', `${w.tag} shows ${w.state}: ${w.stateText}`);
        const errors = log.console.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => m.text);
        assert.deepEqual(errors, [], 'console errors or warnings');
        assert.deepEqual(log.errors, [], 'uncaught errors');
        await context.close();
      });
});
