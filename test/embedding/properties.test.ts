import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/test-widget.js';
import { tiny, type TestWidget } from '../helpers/test-widget.js';

// Frameworks (React 19, Vue 3) set properties, not attributes.
describe('properties set from JavaScript', () => {
  it('switches language on the first update after lang is set as a property', async () => {
    const w = await fixture<TestWidget>(html`<test-widget .data=${tiny} lang="en"></test-widget>`);
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('Tiny Conference');
    w.lang = 'zh';
    await w.updateComplete;
    expect(w.shadowRoot!.querySelector('.name')!.textContent).to.equal('小会议');
    expect(w.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('zh');
    expect(w.getAttribute('lang')).to.equal('zh');
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
