// prefers-reduced-motion: reduce: nothing in any widget moves on its own, and "Jump to now" jumps instead of
// gliding. Each check runs once without the preference too, so that it would fail if the motion were not there.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import { sampleJson } from './schedule-helpers.js';
import '../../src/elements/countdown/plenary-countdown.js';
import '../../src/elements/schedule/plenary-schedule.js';
import '../../src/elements/sponsor-strip/plenary-sponsor-strip.js';

const DURING = '2023-11-06T10:15:00+08:00';

/** Four widgets in motion where motion is allowed: a live countdown, a schedule with a session open, a marquee. */
async function page() {
  const data = await sampleJson();
  const el = await fixture(html`<div>
    <plenary-countdown .data=${data} now=${DURING}></plenary-countdown>
    <plenary-schedule .data=${data} now=${DURING} view="list" eager></plenary-schedule>
    <plenary-sponsor-strip .data=${data} variant="marquee" eager></plenary-sponsor-strip>
  </div>`);
  const [countdown, schedule, strip] = [...el.children].map((c) => c.shadowRoot!);
  await waitUntil(() => countdown!.querySelector('[part="live"]') && schedule!.querySelector('.s .ti') && strip!.querySelector('[part~="logo"]'), 'widgets did not render', { timeout: 5000 });
  schedule!.querySelector<HTMLElement>('.s .ti')!.click();
  await waitUntil(() => schedule!.querySelector<HTMLDialogElement>('dialog')?.open, 'the dialog did not open');
  return { el, roots: [countdown!, schedule!, strip!] };
}

/** The animations running in each root, by name. */
const running = (roots: ShadowRoot[]) => roots.map((r) => r.getAnimations().map((a) => (a as CSSAnimation).animationName ?? a.id));

describe('reduced motion', () => {
  afterEach(async () => {
    sinon.restore();
    fixtureCleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('moves nothing in any widget', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = running((await page()).roots);
    // Without the preference: the live dot pulses, the dialog slides in, the marquee runs.
    expect(moving[0]).to.include('pulse');
    expect(moving[1]).to.include('plenary-dialog-in');
    expect(moving[2]!.length).to.be.greaterThan(0);
    fixtureCleanup();
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(running((await page()).roots)).to.deep.equal([[], [], []]);
  });

  it('jumps to what is on now without smooth scrolling', async () => {
    const behaviours: (ScrollBehavior | undefined)[] = [];
    sinon.stub(Element.prototype, 'scrollIntoView').callsFake((o?: boolean | ScrollIntoViewOptions) => void behaviours.push(typeof o === 'object' ? o.behavior : undefined));
    const jump = async () => {
      fixtureCleanup();
      const el = await fixture(html`<plenary-schedule .data=${await sampleJson()} now=${DURING} view="list"></plenary-schedule>`);
      const find = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bar .button')].find((b) => b.textContent!.trim() === 'Jump to now');
      await waitUntil(find, 'no "Jump to now"', { timeout: 5000 });
      behaviours.length = 0;
      find()!.click();
      await waitUntil(() => behaviours.length, 'it did not scroll');
      return behaviours[0];
    };
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(await jump()).to.equal('smooth');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await jump()).to.equal('auto');
  });
});
