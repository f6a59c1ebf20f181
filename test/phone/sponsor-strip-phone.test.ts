import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/sponsor-strip/plenary-sponsor-strip.js';
import type { PlenarySponsorStrip } from '../../src/elements/sponsor-strip/sponsor-strip.js';

const SRC = '/public/conference.json';

describe('<plenary-sponsor-strip> on a phone', () => {
  it('fits the first tier\'s logos into a 304 px widget with text at 200 % (its logo box is 13.5em wide)', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 304px; font-size: 32px"><plenary-sponsor-strip src=${SRC}></plenary-sponsor-strip></div>`);
    const el = box.firstElementChild as PlenarySponsorStrip;
    await waitUntil(() => el.shadowRoot!.querySelector('.ss'), 'the sponsor strip did not render', { timeout: 5000 });
    await el.updateComplete;
    const right = el.getBoundingClientRect().right;
    const logos = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="logo"]')];
    expect(logos.length).to.be.greaterThan(0);
    // The box was 432 px wide whatever the room: the page scrolled sideways (WCAG 1.4.10).
    for (const l of logos) expect(l.getBoundingClientRect().right).to.be.at.most(right + 0.5);
  });
});
