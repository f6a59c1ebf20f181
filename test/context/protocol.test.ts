import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextEvent, ContextProvider } from '@lit/context';
import '../../src/context/plenary-conference.js';
import '../helpers/test-widget.js';
import { tiny, type TestWidget } from '../helpers/test-widget.js';
import { conferenceContext, type ConferenceState } from '../../src/context/context.js';
import type { PlenaryConference } from '../../src/context/conference.js';

const ready = (w: TestWidget) => waitUntil(() => w.shadowRoot?.querySelector('.name'), 'widget did not render', { timeout: 5000 });

// The context protocol as other code on the page speaks it (@lit/context's own consumers and providers, another
// copy of Plenary): what the provider and the widgets answer and ask.
describe('the conference context protocol', () => {
  it('answers a one-off request once, and a subscription on every change', async () => {
    const el = await fixture<PlenaryConference>(html`<plenary-conference .data=${tiny} lang="en"><div></div></plenary-conference>`);
    await el.updateComplete;
    const inner = el.querySelector('div')!;
    const once: [ConferenceState, unknown][] = [];
    const every: [ConferenceState, unknown][] = [];
    inner.dispatchEvent(new ContextEvent(conferenceContext, inner, (v, u) => once.push([v, u])));
    inner.dispatchEvent(new ContextEvent(conferenceContext, inner, (v, u) => every.push([v, u]), true));
    expect(once).to.have.length(1);
    expect(once[0]![0].conference).to.equal(el.conference);
    expect(once[0]![1]).to.equal(undefined);
    expect(every).to.have.length(1);
    expect(every[0]![1]).to.be.a('function');
    el.lang = 'zh';
    await el.updateComplete;
    expect(once).to.have.length(1);
    expect(every).to.have.length(2);
    expect(every[1]![0].lang).to.equal('zh');
    expect(every[1]![1]).to.equal(every[0]![1]);
    (every[0]![1] as () => void)();
    el.lang = 'fr';
    await el.updateComplete;
    expect(every).to.have.length(2);
  });

  it('does not answer its own request, nor another context', async () => {
    const el = await fixture<PlenaryConference>(html`<plenary-conference .data=${tiny}><div></div></plenary-conference>`);
    const got: unknown[] = [];
    el.dispatchEvent(new ContextEvent(conferenceContext, el, (v) => got.push(v)));
    el.querySelector('div')!.dispatchEvent(new ContextEvent('other' as never, el.querySelector('div')!, (v) => got.push(v)));
    expect(got).to.have.length(0);
  });

  it('hands a widget over to a nearer provider that announces itself', async () => {
    const el = await fixture<PlenaryConference>(html`<plenary-conference .data=${tiny} lang="en"
      ><div><test-widget></test-widget></div
    ></plenary-conference>`);
    const w = el.querySelector('test-widget')!;
    await ready(w);
    expect(w.conference).to.equal(el.conference);
    // A provider on the div between them, as another library's (or copy's) would be.
    const div = el.querySelector('div')!;
    const near: ConferenceState = { status: 'ready', conference: { ...el.conference!, name: 'Nearer' }, problems: [] };
    new ContextProvider(div, { context: conferenceContext, initialValue: near });
    div.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context: conferenceContext, contextTarget: div }));
    await w.updateComplete;
    expect(w.conference!.name).to.equal('Nearer');
    // The outer provider let it go: its changes no longer reach it.
    el.lang = 'zh';
    await el.updateComplete;
    await w.updateComplete;
    expect(w.conference!.name).to.equal('Nearer');
  });

  it('announces itself when connected, and an outer provider takes the announcement', async () => {
    const el = await fixture<PlenaryConference>(html`<plenary-conference .data=${tiny}></plenary-conference>`);
    const seen: (Event & { context?: unknown; contextTarget?: unknown })[] = [];
    const listen = (e: Event) => seen.push(e);
    document.addEventListener('context-provider', listen);
    el.append(document.createElement('plenary-conference'));
    expect(seen).to.have.length(0);
    const p = document.createElement('plenary-conference');
    document.body.append(p);
    document.removeEventListener('context-provider', listen);
    p.remove();
    expect(seen).to.have.length(1);
    expect(seen[0]!.context).to.equal(conferenceContext);
    expect(seen[0]!.contextTarget).to.equal(p);
  });
});
