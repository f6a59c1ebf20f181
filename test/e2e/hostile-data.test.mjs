// Hostile data: every string field of the Plenary JSON types (walked from src/data/types.ts with the
// TypeScript compiler) holds markup, script, dangerous URLs, bidi controls, 10,000-character words, emoji and
// combining marks. Everything renders as text, no script runs, only http(s)/mailto links are links.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT, availableWidgets, buildBundles, clickAround, inspect, launch, open, page, problems, scrollThrough, serve, settled } from './harness.mjs';
import { CLOSE, FIELDS, OPEN, fatalConference, hostileConference, longPayload, payload } from './hostile.mjs';

/** Every field of every interface in src/data/types.ts whose type holds a string (directly, in a list or an object). */
function stringFieldsOfTypes() {
  const file = join(ROOT, 'src/data/types.ts');
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = {};
  for (const st of src.statements) {
    if (!ts.isInterfaceDeclaration(st)) continue;
    out[st.name.text] = {};
    for (const m of st.members) {
      if (!ts.isPropertySignature(m) || !m.type) continue;
      const type = m.type.getText(src);
      if (/^(number|boolean|1)$/.test(type)) continue;
      out[st.name.text][m.name.getText(src)] = type;
    }
  }
  return out;
}

describe('hostile data', () => {
  let site, browser, fields;

  before(async () => {
    const dist = await buildBundles();
    const sample = JSON.parse(readFileSync(join(ROOT, 'public/conference.json'), 'utf8'));
    const hostile = hostileConference(sample);
    fields = hostile.fields;
    const widgets = (src, extra = '') =>
      `<plenary-conference src="${src}" lang="en" now="2023-11-06T10:30:00+08:00" ${extra}>` +
      availableWidgets()
        .map((t) => `<${t} eager></${t}>`)
        .join('\n') +
      '</plenary-conference>';
    site = await serve({
      mounts: { '/dist/': dist, '/public/': join(ROOT, 'public') },
      routes: {
        '/public/hostile.json': { body: JSON.stringify(hostile.json) },
        '/public/fatal.json': { body: JSON.stringify(fatalConference()) },
        '/hostile.html': { body: page({ head: '<script type="module" src="/dist/plenary.js"></script>', body: widgets('/public/hostile.json', 'structured-data') }) },
        '/fatal.html': { body: page({ head: '<script type="module" src="/dist/plenary.js"></script>', body: widgets('/public/fatal.json') }) },
      },
      headers: () => ({ 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" }),
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('fills every string field that src/data/types.ts declares', () => {
    const declared = stringFieldsOfTypes();
    const listed = Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, Object.keys(v).sort()]));
    const inTypes = Object.fromEntries(Object.entries(declared).filter(([k]) => k.endsWith('JSON')).map(([k, v]) => [k, Object.keys(v).sort()]));
    assert.deepEqual(listed, inTypes, 'test/e2e/hostile.mjs FIELDS is out of step with src/data/types.ts');
    // Nested kinds name the declared type.
    for (const [type, spec] of Object.entries(FIELDS)) {
      for (const [key, kind] of Object.entries(spec)) if (/JSON/.test(kind)) assert.equal(kind, declared[type][key].replace(/\s/g, ''), `${type}.${key}`);
    }
    assert.ok(fields.length > 1000);
  });

  it('renders every field as text, runs no script, and links only http(s) and mailto', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p, log } = await open(context, `${site.origin}/hostile.html`);
    await scrollThrough(p);
    await settled(p, undefined, 30000);
    for (const w of await inspect(p)) assert.equal(w.state, 'content', `${w.tag} shows ${w.state}: ${w.stateText.slice(0, 300)}`);

    const seen = new Map();
    const broken = [];
    const unsafe = [];
    const check = async () => {
      const r = await p.evaluate(
        (OPEN) => {
          const texts = [];
          const bad = [];
          const visit = (root, tag) => {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
            for (let n = walker.currentNode; n; n = walker.nextNode()) {
              if (n.nodeType === 3) {
                if (n.data.includes(OPEN) && n.parentElement?.localName !== 'style') texts.push([tag, n.data]);
                continue;
              }
              if (n.nodeType !== 1) continue;
              const el = n;
              if (el.shadowRoot) visit(el.shadowRoot, tag);
              if (/^(script|iframe|object|embed|frame|base|meta|link|form)$/.test(el.localName)) bad.push(`${tag}: <${el.localName}> element`);
              for (const a of el.attributes) {
                if (/^on/i.test(a.name)) bad.push(`${tag}: ${el.localName}[${a.name}]`);
                if (a.value.includes(OPEN)) texts.push([tag, a.value]);
              }
              if (el.localName === 'a' && el.hasAttribute('href') && !/^(https?|mailto):/i.test(el.href)) bad.push(`${tag}: link to ${el.getAttribute('href').slice(0, 80)}`);
              if (el.localName === 'a' && /\bsrc=x\b/.test(el.getAttribute('href') ?? '') && !/%22|%3C/i.test(el.href)) bad.push(`${tag}: unescaped link ${el.href}`);
              if (el.localName === 'img' && el.getAttribute('src') && !/^(https?:|data:image\/)/i.test(el.src)) bad.push(`${tag}: image ${el.getAttribute('src').slice(0, 80)}`);
              if (el.localName === 'img' && el.getAttribute('src') === 'x') bad.push(`${tag}: <img src=x> from the data`);
            }
          };
          for (const host of document.querySelectorAll('plenary-conference, plenary-countdown, plenary-schedule, plenary-speaker-grid, plenary-sponsor-strip')) {
            if (host.shadowRoot) visit(host.shadowRoot, host.localName);
          }
          // Outside the widgets: nothing from the data may have become an element (JSON-LD is one script's text).
          for (const el of document.querySelectorAll('img, iframe, object, embed, svg')) bad.push(`page: <${el.localName}> ${el.outerHTML.slice(0, 80)}`);
          const ld = [...document.querySelectorAll('script[type="application/ld+json"]')];
          for (const s of ld) {
            try {
              JSON.parse(s.textContent);
            } catch {
              bad.push('page: JSON-LD is not valid JSON');
            }
          }
          return { texts, bad, ld: ld.length };
        },
        OPEN,
      );
      unsafe.push(...r.bad);
      const marker = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
      for (const [tag, t] of r.texts) {
        for (const m of t.matchAll(marker)) {
          const n = Number(m[1]);
          const rest = t.slice(m.index);
          const ok = [payload(n), longPayload(n)].some((full) => {
            const lower = full.toLowerCase();
            const got = rest.slice(0, full.length);
            if (got === full || got === lower) return true;
            // Shortened on purpose (an ellipsis), or cut at the end of the node: what is there must be the start.
            const cut = got.split('…')[0];
            return cut.length >= 12 && (full.startsWith(cut) || lower.startsWith(cut)) && (got.includes('…') || rest.length < full.length);
          });
          if (!ok) broken.push(`${tag} ${fields[n]}: ${JSON.stringify(rest.slice(0, 120))}`);
          if (!seen.has(n)) seen.set(n, new Set());
          seen.get(n).add(tag);
        }
      }
      return r.ld;
    };

    const ld = await check();
    await clickAround(p, 6, check);
    // Open the details of the first sessions and speakers (descriptions, bios, links live in dialogs).
    for (const sel of ['plenary-schedule [part~="session-title"]', 'plenary-speaker-grid [part~="name"]']) {
      const targets = p.locator(sel);
      const n = Math.min(3, await targets.count());
      for (let i = 0; i < n; i++) {
        await targets.nth(i).click();
        await p.waitForTimeout(50);
        await check();
        await p.keyboard.press('Escape');
      }
    }

    assert.deepEqual([...new Set(unsafe)], [], 'markup from the data became elements or links');
    assert.deepEqual(broken.slice(0, 10), [], `${broken.length} texts were altered (parsed as markup?)`);
    assert.equal(await p.evaluate(() => window.__pwnedValue ?? null), null, 'a script from the data ran');
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(problems(log), []);
    assert.equal(ld, 1, 'structured-data: one JSON-LD block');

    // The fields each widget must show (in English), by path.
    const shown = (re, tag) => [...seen].filter(([n, tags]) => re.test(fields[n]) && (!tag || tags.has(tag))).length;
    const expect = {
      'plenary-schedule': [/^\.sessions\[\d+\]\.title(\.en)?$/, /^\.tracks\[\d+\]\.name(\.en)?$/, /^\.rooms\[\d+\]\.name(\.en)?$/],
      'plenary-speaker-grid': [/^\.speakers\[\d+\]\.name(\.en)?$/, /^\.speakers\[\d+\]\.(affiliation|position)(\.en)?$/],
      'plenary-sponsor-strip': [/^\.sponsors\[\d+\]\.name(\.en)?$/, /^\.tiers\[\d+\]\.name(\.en)?$/],
    };
    for (const [tag, res] of Object.entries(expect)) {
      if (!availableWidgets().includes(tag)) continue;
      for (const re of res) assert.ok(shown(re, tag) > 0, `${tag} shows no ${re}`);
    }
    // The long word wraps inside the widgets: the page does not scroll sideways.
    assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'a long name widened the page');
    const kinds = new Set([...seen.keys()].map((n) => fields[n].replace(/\[\d+\]/g, '[]').replace(/\.(en|zh|<img>)$/, '')));
    console.log(`# hostile data: ${seen.size} of ${fields.length} payloads shown, ${kinds.size} kinds of field: ${[...kinds].sort().join(', ')}`);
    await context.close();
  });

  // A name with an unbalanced U+202E must not reverse the text after it (times, rooms, other names): each
  // data text sits alone in its block, or in an isolating element (<bdi>, dir=auto, unicode-bidi: isolate).
  it('isolates each text from its neighbours, so bidi overrides cannot reorder them', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: p } = await open(context, `${site.origin}/hostile.html`);
    await scrollThrough(p);
    await settled(p, undefined, 30000);
    const bidi = await p.evaluate(() => {
      // A text with a bidi override must not reorder the text around it: it sits alone in its block, or in
      // an element that isolates it (unicode-bidi: isolate or plaintext, as <bdi> and dir=auto do).
      const out = [];
      const isolated = (el) => /isolate|plaintext/.test(getComputedStyle(el).unicodeBidi);
      const visit = (root, tag) => {
        const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let n = w.currentNode; n; n = w.nextNode()) {
          if (n.nodeType === 1 && n.shadowRoot) visit(n.shadowRoot, tag);
          if (n.nodeType !== 3 || !n.data.includes('\u202e') || !n.parentElement?.getClientRects().length) continue;
          let el = n.parentElement;
          let ok = false;
          // Up through inline elements (an isolating one contains the override); at the block, alone is fine.
          while (el && !ok) {
            if (!/^inline/.test(getComputedStyle(el).display)) {
              ok = el.textContent.trim() === n.data.trim();
              break;
            }
            ok = isolated(el);
            el = el.parentElement;
          }
          if (!ok) out.push(`${tag} <${n.parentElement.localName} class="${n.parentElement.className}">`);
        }
      };
      for (const host of document.querySelectorAll('plenary-countdown, plenary-schedule, plenary-speaker-grid, plenary-sponsor-strip')) visit(host.shadowRoot, host.localName);
      return [...new Set(out)];
    });
    assert.deepEqual(bidi, []);
    await context.close();
  });

  it('shows a file it cannot use as a readable error, with the hostile values as text', async () => {
    const context = await browser.newContext();
    const { page: p, log } = await open(context, `${site.origin}/fatal.html`);
    await settled(p);
    for (const w of await inspect(p)) {
      assert.equal(w.state, 'error', w.tag);
      assert.match(w.stateText, /<img src=x onerror=/, `${w.tag} does not quote the bad zone as text`);
    }
    assert.equal(await p.evaluate(() => window.__pwnedValue ?? null), null);
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
