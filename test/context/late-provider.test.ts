import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/test-widget.js';
import { tiny, type TestWidget } from '../helpers/test-widget.js';

// This file does not import the provider up front: its script arrives after the widgets (per-element scripts
// loaded in any order, or the provider's copy loading later than a widget's).
describe('<plenary-conference> defined after the widgets inside it', () => {
  it('gives them its conference once it is defined', async () => {
    const wrap = await fixture(html`<plenary-conference
      ><script type="application/json">
        ${JSON.stringify(tiny)}
      </script
      ><test-widget></test-widget
    ></plenary-conference>`);
    const w = wrap.querySelector<TestWidget>('test-widget')!;
    await w.updateComplete;
    expect(customElements.get('plenary-conference')).to.equal(undefined);
    expect(w.shadowRoot!.querySelector('[data-state="loading"]')).to.exist;
    await import('../../src/context/plenary-conference.js');
    await waitUntil(() => w.shadowRoot?.querySelector('.name'), 'the widget never heard from the provider', { timeout: 2000 });
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('Tiny Conference');
  });
});
