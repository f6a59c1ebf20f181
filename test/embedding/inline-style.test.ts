import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { render } from 'lit';
import { inlineStyle } from '../../src/internal/inline-style.js';

describe('inlineStyle', () => {
  afterEach(() => sinon.restore());

  it('sets and updates the style through the CSSOM, never through the style attribute', async () => {
    const setAttribute = sinon.spy(Element.prototype, 'setAttribute');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (css?: string) => render(html`<p style=${inlineStyle(css)}>x</p>`, host);
    view('--tc: rgb(1, 2, 3); color: var(--tc); grid-row: 2 / 3');
    const p = host.querySelector('p')!;
    expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
    expect(p.style.gridRow).to.equal('2 / 3');
    view('color: rgb(4, 5, 6)');
    expect(getComputedStyle(p).color).to.equal('rgb(4, 5, 6)');
    expect(p.style.gridRow).to.equal('');
    view(undefined);
    expect(p.style.cssText).to.equal('');
    expect(setAttribute.getCalls().filter((c) => c.args[0] === 'style')).to.have.length(0);
  });
});
