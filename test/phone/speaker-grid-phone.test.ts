import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/speaker-grid/plenary-speaker-grid.js';
import type { PlenarySpeakerGrid } from '../../src/elements/speaker-grid/speaker-grid.js';

const SRC = '/public/conference.json';

/** The grid in a box as narrow as a small phone's content (font metrics differ between machines: the box is on the narrow side). */
async function grid(lang: string): Promise<PlenarySpeakerGrid> {
  const box = await fixture<HTMLElement>(html`<div style="inline-size: 240px; font: 16px system-ui, sans-serif"><plenary-speaker-grid src=${SRC} lang=${lang}></plenary-speaker-grid></div>`);
  const el = box.firstElementChild as PlenarySpeakerGrid;
  await waitUntil(() => el.shadowRoot!.querySelector('.wrap'), 'grid did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The speaker grid in a phone-sized viewport (320 CSS px, WCAG 1.4.10's reflow width). */
describe('<plenary-speaker-grid> on a phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps the country filter within the widget when a country name is long (Russian)', async () => {
    const el = await grid('ru');
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].some((o) => o.text.startsWith('Южно-Африканская Республика'))).to.be.true;
    // The select was as wide as its longest option (343 px in a 304 px widget at 320 px): the page scrolled sideways.
    expect(select.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });

  it('keeps the search field and the filter within the widget with text at 200 %', async () => {
    const el = await grid('en');
    el.style.fontSize = '32px';
    await el.updateComplete;
    for (const field of el.shadowRoot!.querySelectorAll('input, select')) {
      expect(field.getBoundingClientRect().right, field.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it("keeps the speaker dialog's photo within the dialog with text at 200 %", async () => {
    const el = await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} lang="en" style="font: 32px system-ui, sans-serif"></plenary-speaker-grid>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.wrap'), 'grid did not render', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.list .open[data-id="sp-ivanova"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog did not open');
    const d = el.shadowRoot!.querySelector('dialog')!;
    await Promise.all(d.getAnimations({ subtree: true }).map((a) => a.finished));
    // The photo was 3.2 of its 2.5em wide, 256 px in a 200 px body: the dialog scrolled sideways.
    expect(d.scrollWidth).to.be.at.most(d.clientWidth);
    d.close();
  });
});
