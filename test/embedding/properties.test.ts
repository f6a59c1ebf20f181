import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/test-widget.js';
import { tiny, TestWidget } from '../helpers/test-widget.js';
import { getLoader } from '../../src/internal/own.js';

// This file imports no provider, as a page with one widget's script and no <plenary-conference> does: a widget
// with data of its own fetches the loader (and the parser) as a chunk of its own. (First in the file: once the
// chunk is here, it is here for the whole page.)
describe('a widget bundled without the provider', () => {
  it('shows its loading state while the loader’s chunk arrives, then its own data', async () => {
    const w = await fixture<TestWidget>(html`<test-widget .data=${tiny} lang="en"></test-widget>`);
    expect(w.shadowRoot!.querySelector('[data-state=loading]'), 'first render').to.exist;
    await waitUntil(() => w.shadowRoot!.querySelector('.name'), 'the data is never shown', { timeout: 3000 });
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('Tiny Conference');
    // Later widgets with data of their own render it on their first update.
    const w2 = await fixture<TestWidget>(html`<test-widget .data=${tiny} lang="zh"></test-widget>`);
    expect(w2.shadowRoot!.querySelector('.name')!.textContent).to.equal('小会议');
  });
});

// Frameworks (React 19, Vue 3) set properties, not attributes.
describe('properties set from JavaScript', () => {
  before(() => getLoader());
  it('switches language on the first update after lang is set as a property', async () => {
    const w = await fixture<TestWidget>(html`<test-widget .data=${tiny} lang="en"></test-widget>`);
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('Tiny Conference');
    w.lang = 'zh';
    await w.updateComplete;
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('小会议');
    expect(w.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('zh');
    expect(w.getAttribute('lang')).to.equal('zh');
  });

  it('follows a change of an ancestor lang at runtime (a site language switch), with no render of its own', async () => {
    const el = await fixture(html`<div lang="en"><test-widget .data=${tiny}></test-widget></div>`);
    const w = el.querySelector('test-widget')!;
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('Tiny Conference');
    el.setAttribute('lang', 'zh');
    await new Promise((r) => setTimeout(r));
    await w.updateComplete;
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('小会议');
    expect(w.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('zh');
    el.setAttribute('dir', 'rtl');
    el.setAttribute('lang', 'ar');
    await new Promise((r) => setTimeout(r));
    await w.updateComplete;
    expect(w.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
  });

  it('takes its own lang property over an ancestor dir and lang', async () => {
    const el = await fixture(html`<div lang="ar" dir="rtl"><test-widget .data=${tiny}></test-widget></div>`);
    const w = el.querySelector('test-widget')!;
    expect(w.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    w.lang = 'en';
    await w.updateComplete;
    expect(w.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('ltr');
  });
});

describe('feeds from other systems set as data', () => {
  it('reads a Sessionize feed set as a property once its reader has loaded, without a fetch', async () => {
    const feed = await (await fetch('/test/fixtures/sessionize-minimal.json')).json();
    const loaded = new Promise((resolve) => addEventListener('plenary-load', resolve, { once: true }));
    const w = await fixture<TestWidget>(html`<test-widget time-zone="UTC" .data=${feed}></test-widget>`);
    await loaded;
    await w.updateComplete;
    expect(w.shadowRoot!.querySelector('[data-state]')).to.equal(null);
    // The sessions are shown (the widget renders .name only then); a Sessionize feed has no name to show.
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('');
    expect(w.shadowRoot!.querySelector('.zone')!.textContent).to.equal('UTC');
  });

  it('shows the error of a malformed frab feed set as data', async () => {
    const failed = new Promise((resolve) => addEventListener('plenary-error', resolve, { once: true }));
    const w = await fixture<TestWidget>(html`<test-widget .data=${{ schedule: { conference: { title: 'x' } } }}></test-widget>`);
    await failed;
    await w.updateComplete;
    expect(w.shadowRoot!.querySelector('[data-state="error"]')).to.exist;
  });
});

describe('preparing while the data loads', () => {
  it('gives an element type one prepare() per language while its data is on its way, none with data at hand', async () => {
    const calls: string[] = [];
    class PrepWidget extends TestWidget {
      protected override prepare(tag: string) {
        calls.push(tag);
      }
    }
    customElements.define('prep-widget', PrepWidget);
    await fixture(html`<prep-widget .data=${tiny}></prep-widget>`);
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).to.deep.equal([]);
    const wrap = await fixture(html`<div>
      <prep-widget lang="fr" src="/public/conference.json?prep"></prep-widget>
      <prep-widget lang="fr" src="/public/conference.json?prep"></prep-widget>
    </div>`);
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).to.deep.equal(['fr']);
    wrap.remove();
  });
});
