import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { define } from '../../src/internal/define.js';

describe('define', () => {
  afterEach(() => sinon.restore());

  it('defines once and ignores a second definition of the same version without a word', () => {
    class A extends HTMLElement {
      static version = '0.1.0';
    }
    class B extends HTMLElement {
      static version = '0.1.0';
    }
    const warn = sinon.stub(console, 'warn');
    define('x-define-same', A);
    define('x-define-same', B);
    define('x-define-same', A);
    expect(customElements.get('x-define-same')).to.equal(A);
    expect(warn.callCount).to.equal(0);
  });

  it('warns once per page, never throws, when another version got there first', () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    class New extends HTMLElement {}
    const warn = sinon.stub(console, 'warn');
    customElements.define('x-define-old', Old);
    customElements.define('x-define-old2', class extends HTMLElement {
      static version = '0.0.1';
    });
    expect(() => define('x-define-old', New)).not.to.throw();
    expect(() => define('x-define-old2', New)).not.to.throw();
    expect(customElements.get('x-define-old')).to.equal(Old);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(/already defined by Plenary 0\.0\.1/);
  });
});
