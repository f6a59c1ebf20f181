// Frameworks: React 19 and Vue 3 pages, built with Vite the way an app would be, render <plenary-schedule>
// with `data` set as a property, pass attribute changes down, and receive plenary-session-select.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT, entry, inspect, launch, open, page, problems, serve, settled } from './harness.mjs';

async function buildApp(name, outDir) {
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    resolve: {
      alias: {
        plenary: entry(),
        // Vue's full build compiles the template in the browser (an SFC would be compiled by @vitejs/plugin-vue).
        vue: join(ROOT, 'node_modules/vue/dist/vue.esm-bundler.js'),
      },
    },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      minify: false,
      reportCompressedSize: false,
      lib: { entry: join(ROOT, `test/e2e/fixtures/${name}-app.js`), formats: ['es'], fileName: () => `${name}.js` },
    },
  });
}

describe('frameworks', () => {
  let site, browser, out;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'plenary-e2e-fw-'));
    await buildApp('react', out);
    await buildApp('vue', out);
    const app = (name) => page({ head: `<script type="module" src="/fw/${name}.js"></script>`, body: '<div id="app"></div>' });
    site = await serve({
      // `data` has no URL of its own: its relative image paths resolve against the page, as in an app that bundles its JSON.
      mounts: { '/fw/': out, '/public/': join(ROOT, 'public'), '/sample/': join(ROOT, 'public/sample') },
      routes: { '/react.html': { body: app('react') }, '/vue.html': { body: app('vue') } },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const name of ['react', 'vue']) {
    it(`${name}: renders the schedule from a data property, follows lang, and hears plenary-session-select`, async () => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const { page: p, log } = await open(context, `${site.origin}/${name}.html`);
      await p.waitForSelector('plenary-schedule');
      await settled(p, 'plenary-schedule');
      const [w] = await inspect(p, 'plenary-schedule');
      assert.equal(w.state, 'content', `${name}: ${w.state} ${w.stateText}`);
      assert.match(w.text, /Opening Ceremony/);
      // `data` is a property holding the object, not an attribute holding "[object Object]".
      const prop = await p.evaluate(() => {
        const el = document.querySelector('plenary-schedule');
        return { attr: el.getAttribute('data'), id: el.data?.id, eager: el.eager };
      });
      assert.deepEqual(prop, { attr: null, id: 'bri-stec-2023', eager: true });
      // The fallback link is light DOM the framework rendered: hidden once the programme shows.
      assert.equal(await p.locator('plenary-schedule > a').isVisible(), false);

      await p.locator('plenary-schedule [part~="session-title"]').first().click();
      await p.waitForFunction(() => document.getElementById('selected').textContent !== '');
      const id = await p.locator('#selected').textContent();
      assert.ok(id.length > 0);
      await p.keyboard.press('Escape');

      await p.locator('#lang').click();
      await p.waitForFunction(() => document.querySelector('plenary-schedule').shadowRoot.textContent.includes('开幕式'));
      assert.deepEqual(problems(log), []);
      await context.close();
    });
  }
});
