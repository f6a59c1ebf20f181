import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { q, sampleSchedule, schedule, settle, type PlenarySchedule } from '../elements/schedule-helpers.js';

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

  it('never starts a wrapped line of a session’s details with the "·" separator', async () => {
    for (const lang of ['en', 'ar']) {
      // (eager: the second schedule is far below the first, which a lazy one would wait for.)
      const el: PlenarySchedule = await sampleSchedule({ lang, view: 'list', eager: '' });
      await waitUntil(() => el.shadowRoot!.querySelector('.s .m'), `${lang}: no sessions`, { timeout: 3000 });
      let wrapped = 0;
      for (const m of el.shadowRoot!.querySelectorAll<HTMLElement>('.s .m')) {
        const [first, ...rest] = [...m.children] as HTMLElement[];
        for (const span of rest) {
          if (Math.round(span.getBoundingClientRect().top) === Math.round(first!.getBoundingClientRect().top)) continue;
          wrapped++;
          // The room, type and language wrapped under the track read "· Main Hall · Ceremony · …".
          expect(span.textContent!.trim().startsWith('·'), `${lang}: "${span.textContent}"`).to.equal(false);
        }
      }
      expect(wrapped, `${lang}: some details wrap at 320 px`).to.be.greaterThan(0);
    }
  });

  it("keeps a speaker's photo in the session dialog round (56 x 56) beside a long position and affiliation", async () => {
    // From its file, so the photo's relative URL resolves and the image loads (a broken image does not shrink).
    const el = await schedule(html`<plenary-schedule src="/public/conference.json" lang="en"></plenary-schedule>`);
    await waitUntil(() => q(el, '.s'), 'no sessions', { timeout: 5000 });
    el.openSession('s-keynote-okafor');
    await settle(el);
    const img = q<HTMLImageElement>(el, 'dialog .people img')!;
    img.loading = 'eager';
    await img.decode();
    const r = img.getBoundingClientRect();
    // It shrank as a flex item to 37 x 56, an oval.
    expect([Math.round(r.width), Math.round(r.height)]).to.deep.equal([56, 56]);
  });

  it('keeps a scroll in the session dialog from scrolling the page behind it', async () => {
    const el: PlenarySchedule = await sampleSchedule({ lang: 'en' });
    el.openSession('s-keynote-okafor');
    await settle(el);
    // A swipe or wheel past the dialog's end (or over a dialog too short to scroll) scrolled the page under it
    // (measured with Playwright: 500 px). The test runner cannot send wheel or touch scrolls, so this checks the rule.
    expect(getComputedStyle(q(el, 'dialog')!).overscrollBehaviorBlock).to.equal('contain');
  });

  it('shows a grid session in full above its neighbours while it has focus (the grid on a phone)', async () => {
    const el: PlenarySchedule = await sampleSchedule({ lang: 'en', view: 'grid', day: '2023-11-06' });
    const s = q(el, '.s[data-id="s-keynote-okafor"]')!;
    const title = s.querySelector<HTMLElement>('.ti')!;
    title.scrollIntoView({ block: 'center' });
    title.focus();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const card = s.querySelector('.c')!.getBoundingClientRect();
    const cell = s.getBoundingClientRect();
    expect(card.height, 'the card grows past its cell').to.be.greaterThan(cell.height + 20);
    // Each session's content-visibility: auto (paint containment) clipped the grown card to its cell, under the next
    // session ("Modelling Eurasia's Climate Together"): its title's last lines and the rest could not be read.
    const below = (el.shadowRoot as ShadowRoot).elementFromPoint(card.left + 20, cell.bottom + 10);
    expect(below?.closest('.s')).to.equal(s);
  });

  it('keeps the session dialog readable with text at 200 %: its body is not hidden under the title', async () => {
    const el: PlenarySchedule = await sampleSchedule({ lang: 'en' });
    el.style.fontSize = '32px';
    el.openSession('s-keynote-okafor');
    await settle(el);
    const d = q<HTMLDialogElement>(el, 'dialog')!;
    await Promise.all(d.getAnimations({ subtree: true }).map((a) => a.finished));
    const h2 = q(el, 'dialog h2')!;
    // The title, squeezed beside the close button in a 256 px dialog, was two letters wide and 1773 px tall, in a
    // sticky header: taller than the dialog, it covered the body wherever the dialog was scrolled.
    expect(h2.clientWidth, 'title width').to.be.at.least(d.clientWidth / 2);
    d.scrollTop = d.scrollHeight - d.clientHeight;
    const r = d.getBoundingClientRect();
    const hit = (el.shadowRoot as ShadowRoot).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(hit?.closest('.dialog-body'), `${hit?.localName}.${hit?.className} at the dialog's centre`).to.exist;
  });
});
