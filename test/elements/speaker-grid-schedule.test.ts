/**
 * The hand-off from a speaker's dialog to the real <plenary-schedule> on the same page (the unit tests use a
 * stand-in; this checks the two elements agree).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/context/plenary-conference.js';
import '../../src/elements/schedule/plenary-schedule.js';
import '../../src/elements/speaker-grid/plenary-speaker-grid.js';

describe('<plenary-speaker-grid> with <plenary-schedule>', () => {
  it('a session in the speaker dialog opens in the schedule', async () => {
    const provider = await fixture<HTMLElement>(html`<plenary-conference src="/public/conference.json">
      <plenary-speaker-grid eager speakers="sp-okafor"></plenary-speaker-grid>
      <plenary-schedule eager></plenary-schedule>
    </plenary-conference>`);
    const grid = provider.querySelector('plenary-speaker-grid')!;
    const schedule = provider.querySelector('plenary-schedule')!;
    await waitUntil(() => grid.shadowRoot!.querySelector('.open'), 'grid did not render', { timeout: 5000 });
    await waitUntil(() => schedule.shadowRoot!.querySelector('.root') && schedule.conference, 'schedule did not render', { timeout: 5000 });

    grid.shadowRoot!.querySelector<HTMLButtonElement>('.open')!.click();
    await waitUntil(() => grid.shadowRoot!.querySelector('dialog')?.open, 'speaker dialog did not open');
    const events: string[] = [];
    provider.addEventListener('plenary-session-select', (e) => events.push(`${(e.target as Element).localName}:${e.detail}`));
    grid.shadowRoot!.querySelector<HTMLButtonElement>('.sessions [data-id="s-closing"]')!.click();

    await waitUntil(() => schedule.shadowRoot!.querySelector('dialog')?.open, 'the schedule did not open the session');
    expect(grid.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
    expect(schedule.shadowRoot!.querySelector('dialog[open]')!.textContent).to.include('Closing Ceremony');
    expect(events[0]).to.equal('plenary-speaker-grid:s-closing');
  });
});
