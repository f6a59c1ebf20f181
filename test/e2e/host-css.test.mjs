// Hostile host CSS: a page with aggressive global rules shows every widget exactly as a clean page does:
// same boxes, same text styles, buttons visible and sized, images not stretched. The widgets take the page's
// font family, font size and text colour on purpose, and nothing else.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HOSTILE } from './hostile.mjs';
import { ROOT, allWidgets, availableWidgets, buildBundles, launch, open, page, problems, serve, settled } from './harness.mjs';

// The page's own look, on both pages: what the widgets should inherit.
const THEME = `body { font-family: Georgia, "DejaVu Serif", serif; color: rgb(20, 60, 30); margin: 0; }
main { display: block !important; width: 1000px !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }`;


/** A layout and text-style signature of everything a widget draws, relative to its `.root`. */
function signature(p, selector) {
  return p.evaluate((sel) => {
    const PROPS = ['line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-shadow', 'font-weight', 'font-style', 'font-variant-caps', 'white-space', 'text-align', 'font-size', 'font-family', 'color', 'list-style-type', 'visibility', 'opacity', 'display'];
    const out = [];
    for (const host of document.querySelectorAll(sel)) {
      const root = host.shadowRoot.querySelector('.root');
      const o = root.getBoundingClientRect();
      const walk = (node, path) => {
        for (const el of node.children) {
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          const name = `${path}>${el.localName}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`;
          if (el.getClientRects().length && el.localName !== 'style') {
            out.push([host.localName, name, Math.round(r.x - o.x), Math.round(r.y - o.y), Math.round(r.width), Math.round(r.height), ...PROPS.map((k) => cs.getPropertyValue(k))].join(' | '));
          }
          walk(el, name);
          if (el.shadowRoot) walk(el.shadowRoot, name + '::shadow');
        }
      };
      walk(host.shadowRoot, host.localName);
    }
    return out;
  }, selector);
}

describe('hostile host CSS', () => {
  let site, browser;

  before(async () => {
    const dist = await buildBundles();
    const head = (css) => `<style>${css}</style><script type="module" src="/dist/plenary.js"></script>`;
    const body = `<main id="stage">${allWidgets('/public/conference.json', { extra: ' eager' })}</main>`;
    site = await serve({
      mounts: { '/dist/': dist, '/public/': join(ROOT, 'public') },
      routes: {
        '/clean.html': { body: page({ head: head(THEME), body }) },
        '/hostile.html': { body: page({ head: head(HOSTILE + THEME), body }) },
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function load(name) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p, log } = await open(context, `${site.origin}/${name}.html`);
    await settled(p);
    await p.evaluate(() => document.fonts.ready);
    // Every image loaded (lazy ones too; a missing one counts as done), so both pages compare alike.
    await p.waitForFunction(() => {
      const imgs = [];
      const walk = (r) => r.querySelectorAll('*').forEach((e) => (e.localName === 'img' ? imgs.push(e) : e.shadowRoot && walk(e.shadowRoot)));
      walk(document);
      imgs.forEach((i) => (i.loading = 'eager'));
      return imgs.every((i) => i.complete);
    });
    return { context, p, log };
  }

  it('has widgets to test', () => assert.ok(availableWidgets().length > 0));

  it('draws every widget exactly as on a clean page', async () => {
    const clean = await load('clean');
    const hostile = await load('hostile');
    const failures = [];
    for (const tag of availableWidgets()) {
      const a = await signature(clean.p, tag);
      const b = await signature(hostile.p, tag);
      assert.ok(a.length > 3, `${tag} drew almost nothing`);
      const diff = a.map((line, i) => (line === b[i] ? null : `clean:   ${line}\nhostile: ${b[i]}`)).filter(Boolean);
      if (b.length !== a.length) failures.push(`${tag} draws ${b.length} boxes under hostile CSS, ${a.length} on a clean page`);
      // The deepest differing boxes say most about the cause.
      if (diff.length) failures.push(`${tag}: ${diff.length} of ${a.length} boxes differ, e.g.\n${diff.slice(-3).join('\n')}`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(problems(hostile.log), []);
    await clean.context.close();
    await hostile.context.close();
  });

  it("inherits the page's font family, size and colour, and nothing else", async () => {
    const { context, p } = await load('hostile');
    const styles = await p.evaluate((tags) => {
      const pick = (el) => {
        const cs = getComputedStyle(el);
        return { font: cs.fontFamily, size: cs.fontSize, color: cs.color, lineHeight: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), weight: cs.fontWeight, transform: cs.textTransform, spacing: cs.letterSpacing, style: cs.fontStyle };
      };
      return tags.map((t) => ({ tag: t, root: pick(document.querySelector(t).shadowRoot.querySelector('.root')) }));
    }, availableWidgets());
    for (const { tag, root } of styles) {
      assert.match(root.font, /Georgia/, `${tag} does not use the page's font`);
      assert.equal(root.color, 'rgb(20, 60, 30)', `${tag} does not use the page's text colour`);
      assert.equal(root.size, '16px', `${tag} text is ${root.size}, not the page's 16px (rem instead of em?)`);
      assert.ok(root.lineHeight > 1.1 && root.lineHeight < 2, `${tag} line height ${root.lineHeight}`);
      assert.equal(root.weight, '400');
      assert.equal(root.style, 'normal');
      assert.equal(root.transform, 'none');
      assert.equal(root.spacing, 'normal');
    }
    await context.close();
  });

  it('keeps buttons visible and sized, text readable and images in proportion', async () => {
    const { context, p } = await load('hostile');
    const report = await p.evaluate((tags) => {
      const bad = [];
      let buttons = 0;
      let images = 0;
      const walk = (tag, r) =>
        r.querySelectorAll('*').forEach((el) => {
          if (el.shadowRoot) walk(tag, el.shadowRoot);
          if (!el.getClientRects().length || el.closest('dialog:not([open]), [hidden], .visually-hidden')) return;
          const box = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          if (el.localName === 'button' || el.localName === 'summary') {
            buttons++;
            if (box.width < 20 || box.height < 20 || cs.visibility !== 'visible' || cs.opacity === '0') bad.push(`${tag} ${el.localName} "${el.textContent.trim().slice(0, 30)}" ${box.width}x${box.height}`);
          }
          if (el.localName === 'img' && el.naturalWidth) {
            images++;
            const fit = cs.objectFit;
            const stretched = fit === 'fill' && Math.abs(box.width / box.height - el.naturalWidth / el.naturalHeight) > 0.05;
            if (stretched || box.width > 600) bad.push(`${tag} img ${el.getAttribute('src')} ${box.width}x${box.height} (${el.naturalWidth}x${el.naturalHeight}, ${fit})`);
          }
          const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
          if (text && (parseFloat(cs.fontSize) < 10 || cs.visibility !== 'visible')) bad.push(`${tag} text "${el.textContent.trim().slice(0, 30)}" at ${cs.fontSize}`);
        });
      for (const t of tags) walk(t, document.querySelector(t).shadowRoot);
      return { bad, buttons, images };
    }, availableWidgets());
    assert.deepEqual(report.bad, []);
    assert.ok(report.buttons > 0, 'no button was checked');
    if (availableWidgets().some((t) => /speaker|sponsor/.test(t))) assert.ok(report.images > 0, 'no image was checked');
    await context.close();
  });
});
