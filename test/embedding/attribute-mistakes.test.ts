// A webmaster's typo in an attribute is named, on the page when it leaves the widget empty, in the console
// always; it is never a bare "Nothing to show yet." (embed QA finding 4 and 6).
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/speaker-grid/plenary-speaker-grid.js';
import '../../src/elements/sponsor-strip/plenary-sponsor-strip.js';
import { sampleJson, schedule } from '../elements/schedule-helpers.js';

const errorText = (el: Element) => el.shadowRoot!.querySelector('[data-state="error"]')?.textContent?.replace(/\s+/g, ' ').trim();

async function settled(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[data-state="error"], [data-state="empty"], .card, [part~="logo"]'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

describe('attribute mistakes', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it('schedule: an unknown track is the error, with the ids the conference has', async () => {
    const el = await schedule(html`<plenary-schedule track="future-medecine" .data=${await sampleJson()}></plenary-schedule>`);
    expect(errorText(el)).to.contain('track: no "future-medecine" in this conference (it has opening, ministerial');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(warn.args.flat().join(' ')).to.contain('Plenary <plenary-schedule> track: no "future-medecine"');
  });

  it('schedule: one unknown id among known ones shows the known ones and warns', async () => {
    const el = await schedule(html`<plenary-schedule track="future-medicine,nope" .data=${await sampleJson()}></plenary-schedule>`);
    expect(errorText(el)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part~="session"]')).to.exist;
    expect(warn.args.flat().join(' ')).to.contain('track: no "nope"');
  });

  it('schedule: a day outside the conference, and a day that is not a date', async () => {
    const out = await schedule(html`<plenary-schedule day="2023-11-08" .data=${await sampleJson()}></plenary-schedule>`);
    expect(errorText(out)).to.contain('day: no "2023-11-08" in this conference (it has 2023-11-06, 2023-11-07)');
    const bad = await schedule(html`<plenary-schedule day="2023-11-6" .data=${await sampleJson()}></plenary-schedule>`);
    expect(errorText(bad)).to.equal(undefined);
    expect(warn.args.flat().join(' ')).to.contain('day: "2023-11-6" is not a date (YYYY-MM-DD) or all; not used');
  });

  it('warns about a time-zone or now it cannot read', async () => {
    await schedule(html`<plenary-schedule time-zone="Europe/Pari" now="06/11/2023 10:15" .data=${await sampleJson()}></plenary-schedule>`);
    const said = warn.args.flat().join(' ');
    expect(said).to.contain('time-zone: "Europe/Pari" is not a time zone; not used');
    expect(said).to.contain('now: "06/11/2023 10:15" is not an ISO 8601 date-time; not used');
  });

  it('speaker grid and sponsor strip: unknown speakers, tier', async () => {
    const grid = await settled(await fixture(html`<plenary-speaker-grid src="/public/conference.json" speakers="sp-nope"></plenary-speaker-grid>`));
    expect(errorText(grid)).to.contain('speakers: no "sp-nope" in this conference');
    const strip = await settled(await fixture(html`<plenary-sponsor-strip src="/public/conference.json" tier="co-sponsors"></plenary-sponsor-strip>`));
    expect(errorText(strip)).to.contain('tier: no "co-sponsors" in this conference (it has');
    expect(errorText(strip)).to.contain('co-sponsor');
  });
});
