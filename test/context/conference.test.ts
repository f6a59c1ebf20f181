import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/context/plenary-conference.js';
import '../helpers/test-widget.js';
import { tiny, type TestWidget } from '../helpers/test-widget.js';
import { clearCache } from '../../src/data/load.js';
import type { PlenaryConference } from '../../src/context/conference.js';

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.trim();
const ready = (w: TestWidget) => waitUntil(() => w.shadowRoot?.querySelector('.name, [data-state="error"]'), 'widget did not render', { timeout: 5000 });

describe('<plenary-conference>', () => {
  afterEach(() => {
    sinon.restore();
    clearCache();
  });

  it('loads once and gives the same conference to two widgets inside it', async () => {
    const spy = sinon.spy(window, 'fetch');
    const el = await fixture<PlenaryConference>(html`<plenary-conference src="/public/conference.json" lang="en">
      <test-widget id="a"></test-widget>
      <div><test-widget id="b"></test-widget></div>
    </plenary-conference>`);
    const [a, b] = [el.querySelector<TestWidget>('#a')!, el.querySelector<TestWidget>('#b')!];
    await ready(a);
    await ready(b);
    expect(spy.callCount).to.equal(1);
    expect(a.conference).to.equal(b.conference);
    expect(a.conference).to.equal(el.conference);
    expect(text(a, '.name')).to.equal('Belt and Road Conference on Science and Technology Exchange');
  });

  it('fires plenary-load with the conference', async () => {
    const el = document.createElement('plenary-conference');
    el.src = '/public/conference.json';
    const ev = oneEvent(el, 'plenary-load');
    document.body.append(el);
    const e = await ev;
    expect(e.detail.id).to.equal('bri-stec-2023');
    el.remove();
  });

  it('passes lang, time-zone and now down, and re-renders on lang change', async () => {
    const el = await fixture<PlenaryConference>(html`<plenary-conference lang="zh" time-zone="Europe/Paris"
      ><script type="application/json">
        ${JSON.stringify(tiny)}
      </script
      ><test-widget></test-widget
    ></plenary-conference>`);
    const w = el.querySelector('test-widget')!;
    await ready(w);
    expect(text(w, '.name')).to.equal('小会议');
    expect(text(w, '.zone')).to.equal('Europe/Paris');
    el.lang = 'en';
    await el.updateComplete;
    await w.updateComplete;
    expect(text(w, '.name')).to.equal('Tiny Conference');
  });

  it('reads inline JSON and the data property', async () => {
    const el = await fixture<PlenaryConference>(html`<plenary-conference><test-widget></test-widget></plenary-conference>`);
    el.data = tiny;
    const w = el.querySelector('test-widget')!;
    await ready(w);
    expect(text(w, '.name')).to.equal('Tiny Conference');
  });

  it('shows a readable error with the path inside every widget, with a retry that loads again', async () => {
    sinon.stub(console, 'error');
    const el = await fixture<PlenaryConference>(html`<plenary-conference src="/no/such.json"><test-widget></test-widget></plenary-conference>`);
    const w = el.querySelector('test-widget')!;
    await ready(w);
    const alert = w.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The programme could not be shown.');
    expect(alert.textContent).to.contain('/no/such.json answered HTTP 404');
    const spy = sinon.spy(window, 'fetch');
    w.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => spy.callCount === 1);
  });

  it("keeps the webmaster's English detail lines in a closed Details disclosure, in the visitor's language around them", async () => {
    sinon.stub(console, 'error');
    const el = await fixture<PlenaryConference>(html`<plenary-conference src="/no/such.json"><test-widget lang="zh"></test-widget></plenary-conference>`);
    const w = el.querySelector('test-widget')!;
    await ready(w);
    const alert = w.shadowRoot!.querySelector('[role="alert"]')!;
    const details = alert.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('详细信息');
    const ul = details.querySelector('ul')!;
    expect([ul.lang, ul.dir]).to.deep.equal(['en', 'ltr']);
    expect(ul.checkVisibility()).to.equal(false);
    expect(ul.textContent).to.contain('/no/such.json answered HTTP 404');
    expect(alert.querySelector('strong')!.textContent).to.equal('无法显示日程。');
    details.querySelector('summary')!.click();
    expect(ul.checkVisibility()).to.equal(true);
    await expect(w).to.be.accessible();
  });

  it('fires plenary-error with the problems and logs them once', async () => {
    const err = sinon.stub(console, 'error');
    const el = document.createElement('plenary-conference');
    el.data = { version: 1, id: 'x', name: 'X', timezone: 'Nowhere/City', start: '2023-01-01', end: '2023-01-01' };
    const ev = oneEvent(el, 'plenary-error');
    document.body.append(el);
    const e = await ev;
    expect(e.detail[0].path).to.equal('timezone');
    expect(err.callCount).to.equal(1);
    el.remove();
  });
});

describe('a widget on its own', () => {
  afterEach(() => {
    sinon.restore();
    clearCache();
  });

  it('is accessible while loading and when loaded', async () => {
    const w = await fixture<TestWidget>(html`<test-widget src="/public/conference.json"></test-widget>`);
    await expect(w).to.be.accessible();
    await ready(w);
    await expect(w).to.be.accessible();
  });

  it('loads its own src and fires plenary-load', async () => {
    const w = document.createElement('test-widget');
    w.src = '/public/conference.json';
    const ev = oneEvent(w, 'plenary-load');
    document.body.append(w);
    expect((await ev).detail.id).to.equal('bri-stec-2023');
    w.remove();
  });

  it('shows the loading state, reserving space, until the data arrives', async () => {
    const w = await fixture<TestWidget>(html`<test-widget src="/public/conference.json"></test-widget>`);
    const loading = w.shadowRoot!.querySelector('[data-state="loading"]');
    if (loading) expect(loading.getBoundingClientRect().height).to.be.greaterThan(50);
    await ready(w);
  });

  it('follows a widget moved to another provider, or out of any (no stale conference)', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <plenary-conference id="p1" src="/public/conference.json" lang="en"><test-widget id="w"></test-widget></plenary-conference>
      <plenary-conference id="p2" .data=${tiny} lang="en"></plenary-conference>
    </div>`);
    const w = el.querySelector<TestWidget>('#w')!;
    await ready(w);
    const p2 = el.querySelector<PlenaryConference>('#p2')!;
    p2.append(w);
    await w.updateComplete;
    expect(w.conference).to.equal(p2.conference);
    // Out of every provider, with no src of its own: it says so instead of showing the last conference.
    document.body.append(w);
    await w.updateComplete;
    expect(w.conference).to.equal(undefined);
    expect(text(w, '[role="alert"]')).to.contain('give this element a src attribute');
    el.querySelector('#p1')!.append(w);
    await w.updateComplete;
    expect(w.conference).to.equal(el.querySelector<PlenaryConference>('#p1')!.conference);
    w.remove();
  });

  it('says what is missing when it has neither src nor provider', async () => {
    const w = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(text(w, '[role="alert"]')).to.contain('give this element a src attribute');
    await expect(w).to.be.accessible();
  });

  it('says what is missing when its provider has no data (a sanitiser stripped the inline JSON, or src is empty)', async () => {
    const el = await fixture<PlenaryConference>(html`<plenary-conference><test-widget></test-widget></plenary-conference>`);
    const w = el.querySelector<TestWidget>('test-widget')!;
    await el.updateComplete;
    await w.updateComplete;
    await waitUntil(() => w.shadowRoot?.querySelector('[role="alert"]'), 'the widget kept saying it is loading', { timeout: 2000 });
    expect(text(w, '[role="alert"]')).to.contain('<plenary-conference src="…">');
    // Given data later, it shows it.
    el.data = tiny;
    await waitUntil(() => w.shadowRoot?.querySelector('.name'), 'widget did not render the data', { timeout: 2000 });
  });

  it('says it is empty, in the visitor language', async () => {
    const w = await fixture<TestWidget>(html`<test-widget lang="fr"></test-widget>`);
    w.data = { ...tiny, sessions: [] };
    await w.updateComplete;
    expect(text(w, '[data-state="empty"]')).to.equal('Rien à afficher pour l’instant.');
  });

  it('takes the language from the closest ancestor and sets direction for right-to-left languages', async () => {
    const wrap = await fixture(html`<div lang="ar"><test-widget></test-widget></div>`);
    const w = wrap.querySelector('test-widget')!;
    w.data = tiny;
    await w.updateComplete;
    const root = w.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
  });

  it('lays out English as English on a right-to-left page in a language it has no messages for', async () => {
    const wrap = await fixture(html`<div lang="he" dir="rtl"><test-widget .data=${tiny}></test-widget><div dir="rtl"><test-widget .data=${tiny}></test-widget></div></div>`);
    const [page, inner] = [...wrap.querySelectorAll('test-widget')].map((w) => w.shadowRoot!.querySelector('.root')!);
    // The page's dir goes with its Hebrew; the widget speaks English.
    expect(page!.getAttribute('dir')).to.equal('ltr');
    expect(page!.getAttribute('lang')).to.equal('en-IL');
    // A dir set nearer than the language is the webmaster's choice for that spot: it wins.
    expect(inner!.getAttribute('dir')).to.equal('rtl');
  });

  it('resolves time-zone: conference, local and an IANA zone', async () => {
    const w = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    w.data = tiny;
    await w.updateComplete;
    expect(text(w, '.zone')).to.equal('Asia/Shanghai');
    w.timeZone = 'local';
    await w.updateComplete;
    expect(text(w, '.zone')).to.equal('America/New_York');
    w.timeZone = 'Pacific/Auckland';
    await w.updateComplete;
    expect(text(w, '.zone')).to.equal('Pacific/Auckland');
  });

  it('does not break the page on malformed JSON from a data property', async () => {
    sinon.stub(console, 'error');
    const w = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    w.data = '{"version": 1,';
    await w.updateComplete;
    expect(text(w, '[role="alert"]')).to.contain('not valid JSON');
  });
});
