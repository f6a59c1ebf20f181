import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/context/plenary-conference.js';
import '../helpers/test-widget.js';
import { tiny, type TestWidget } from '../helpers/test-widget.js';
import { clearCache } from '../../src/data/load.js';

const state = (w: TestWidget) => (w.shadowRoot!.querySelector('.name') ? 'content' : w.shadowRoot!.querySelector('[data-state]')?.getAttribute('data-state'));
const frames = (n = 3) => new Promise<void>((r) => (function f(i: number) { if (!i) r(); else requestAnimationFrame(() => f(i - 1)); })(n));

describe('lazy widgets', () => {
  afterEach(() => {
    sinon.restore();
    clearCache();
    scrollTo(0, 0);
  });

  it('renders a widget in view on its first update', async () => {
    const w = await fixture<TestWidget>(html`<test-widget .data=${tiny}></test-widget>`);
    expect(state(w)).to.equal('content');
    expect(w.renders).to.equal(1);
  });

  it('does not fetch, parse or render a widget far below the fold until it nears the viewport', async () => {
    const fetch = sinon.spy(window, 'fetch');
    const el = await fixture(html`<div>
      <div style="block-size: ${innerHeight * 6}px"></div>
      <test-widget src="/public/conference.json"></test-widget>
    </div>`);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    await frames();
    expect(state(w)).to.equal('loading');
    expect(w.conference).to.equal(undefined);
    expect(w.renders).to.equal(0);
    expect(fetch.callCount).to.equal(0);
    // Two viewports away is near enough to start.
    scrollTo(0, w.getBoundingClientRect().top + scrollY - innerHeight * 2.5);
    await waitUntil(() => state(w) === 'content', 'the widget did not render once near', { timeout: 5000 });
    expect(fetch.callCount).to.equal(1);
  });

  it('does not render far below the fold inside a provider either', async () => {
    const el = await fixture(html`<plenary-conference .data=${tiny}>
      <div style="block-size: ${innerHeight * 6}px"></div>
      <test-widget></test-widget>
    </plenary-conference>`);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    await frames();
    expect(state(w)).to.equal('loading');
    w.scrollIntoView();
    await waitUntil(() => state(w) === 'content', 'the widget did not render in view', { timeout: 5000 });
  });

  it('renders at once with eager, wherever it is', async () => {
    const el = await fixture(html`<div>
      <div style="block-size: ${innerHeight * 6}px"></div>
      <test-widget eager .data=${tiny}></test-widget>
    </div>`);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    expect(state(w)).to.equal('content');
  });

  it('renders when eager is set later', async () => {
    const el = await fixture(html`<div>
      <div style="block-size: ${innerHeight * 6}px"></div>
      <test-widget .data=${tiny}></test-widget>
    </div>`);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    expect(state(w)).to.equal('loading');
    w.eager = true;
    await w.updateComplete;
    expect(state(w)).to.equal('content');
  });

  it('renders every waiting widget synchronously before printing', async () => {
    const el = await fixture(html`<div>
      <div style="block-size: ${innerHeight * 6}px"></div>
      <test-widget .data=${tiny}></test-widget>
      <div style="block-size: ${innerHeight * 6}px"></div>
      <test-widget .data=${tiny}></test-widget>
    </div>`);
    const [a, b] = [...el.querySelectorAll('test-widget')];
    await b!.updateComplete;
    expect([state(a!), state(b!)]).to.deep.equal(['loading', 'loading']);
    dispatchEvent(new Event('beforeprint'));
    // No await: the print layout happens right after the event.
    expect([state(a!), state(b!)]).to.deep.equal(['content', 'content']);
  });

  it('waits while hidden (display: none) and renders when shown', async () => {
    const el = await fixture<HTMLDivElement>(html`<div hidden><test-widget .data=${tiny}></test-widget></div>`);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    await frames();
    expect(state(w)).to.equal('loading');
    el.hidden = false;
    await waitUntil(() => state(w) === 'content', 'the widget did not render once shown', { timeout: 5000 });
  });

  it('shows its light-DOM fallback while waiting and hides it once rendered', async () => {
    const el = await fixture<HTMLDivElement>(html`<div hidden>
      <test-widget .data=${tiny}><a href="/programme">See the full programme</a></test-widget>
    </div>`);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    const slot = w.shadowRoot!.querySelector('slot');
    expect(slot?.assignedElements()[0]?.textContent).to.equal('See the full programme');
    el.hidden = false;
    await waitUntil(() => state(w) === 'content', 'the widget did not render once shown', { timeout: 5000 });
    expect(w.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(w.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('keeps its content when moved in the page', async () => {
    const el = await fixture(html`<div><test-widget .data=${tiny}></test-widget><section></section></div>`);
    const w = el.querySelector('test-widget')!;
    expect(state(w)).to.equal('content');
    el.querySelector('section')!.append(w);
    await w.updateComplete;
    expect(state(w)).to.equal('content');
  });
});
