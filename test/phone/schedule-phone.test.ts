import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { q, sampleSchedule, settle, type PlenarySchedule } from '../elements/schedule-helpers.js';

const clean = () => history.replaceState(null, '', location.pathname + location.search);
/** The schedule in a phone-sized viewport (320 CSS px, WCAG 1.4.10's reflow width). */
describe('<plenary-schedule> on a phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    localStorage.clear();
    clean();
  });

  it('gives the shared-agenda banner text the width to show whole words, the buttons wrapping under it', async () => {
    history.replaceState(null, '', '#plenary-agenda=s-opening,s-keynote-okafor');
    const el: PlenarySchedule = await sampleSchedule({ lang: 'en' });
    await settle(el);
    const p = q(el, '.shared p')!;
    expect(p.textContent).to.contain('Someone shared their agenda with you');
    const banner = q(el, '.shared')!;
    // Squeezed beside its two buttons, the text was a column a word or two wide ("Som|eone shared", Arabic likewise).
    expect(p.clientWidth, `banner text ${p.clientWidth}px of ${banner.clientWidth}px`).to.be.at.least(banner.clientWidth * 0.75);
  });
});
