import { expect } from '@open-wc/testing';
import { esc, markup, scriptText } from '../../src/internal/escape.js';

describe('esc', () => {
  it('turns the five markup characters into references, and leaves other text alone', () => {
    expect(esc(`<img src=x onerror="a('b')">&amp;`)).to.equal('&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;amp;');
    expect(esc('一带一路 · Ω')).to.equal('一带一路 · Ω');
    // What it returns parses back to the same text, in an attribute and in a text node.
    const t = document.createElement('template');
    const hostile = `"><script>x</script>' &lt;`;
    t.innerHTML = `<p title="${esc(hostile)}">${esc(hostile)}</p>`;
    const p = t.content.firstElementChild!;
    expect(p.getAttribute('title')).to.equal(hostile);
    expect(p.textContent).to.equal(hostile);
    expect(p.children.length).to.equal(0);
  });
});

describe('markup (Trusted Types)', () => {
  const tt = (globalThis as unknown as { trustedTypes: { isHTML(v: unknown): boolean; isScript(v: unknown): boolean } }).trustedTypes;

  it('gives TrustedHTML and TrustedScript of the "plenary" policy, with the text unchanged', () => {
    const h = markup('<b>&#60;x</b>');
    expect(tt.isHTML(h)).to.equal(true);
    expect(String(h)).to.equal('<b>&#60;x</b>');
    const s = scriptText('{"a":1}');
    expect(tt.isScript(s)).to.equal(true);
    expect(String(s)).to.equal('{"a":1}');
  });
});
