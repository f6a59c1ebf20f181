import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { innerHtml } from '../../src/internal/inner-html.js';

describe('innerHtml', () => {
  const tt = (globalThis as unknown as { trustedTypes: { isHTML(v: unknown): boolean } }).trustedTypes;

  it('sets trusted markup, and replaces the children only when the string changes', () => {
    const box = document.createElement('div');
    const view = (s: string) => render(html`<ul .innerHTML=${innerHtml(s)}></ul>`, box);
    const set = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!;
    const values: unknown[] = [];
    const ul = () => box.querySelector('ul')!;
    view('<li>a</li><li>b</li>');
    Object.defineProperty(ul(), 'innerHTML', { set: (v) => (values.push(v), set.call(ul(), v)), configurable: true });
    const first = ul().firstElementChild;
    view('<li>a</li><li>b</li>');
    expect(values).to.have.length(0);
    expect(ul().firstElementChild).to.equal(first);
    view('<li>c</li>');
    expect(values).to.have.length(1);
    expect(tt.isHTML(values[0])).to.equal(true);
    expect(ul().textContent).to.equal('c');
  });
});
