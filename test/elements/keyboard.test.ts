// The schedule with real key presses (not synthetic events): Tab reaches every control once and then leaves the
// widget, each stop shows a focus ring, and a session opens with Enter and closes with Escape, focus coming back.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { qa, sampleJson, settle } from './schedule-helpers.js';
import '../../src/elements/schedule/plenary-schedule.js';
import type { PlenarySchedule } from '../../src/elements/schedule/schedule.js';

/** The focused element, inside shadow roots. */
const focused = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const label = (e: Element | null) => (e ? `${e.localName}.${e.className}${e.getAttribute('role') ? `[${e.getAttribute('role')}]` : ''} ${(e.textContent ?? '').trim().slice(0, 30)}` : 'nothing');

describe('the schedule by keyboard', () => {
  it('Tab visits every control once, with a focus ring, and leaves the widget', async () => {
    const wrap = await fixture(html`<div><button id="before">before</button><plenary-schedule view="list" .data=${await sampleJson()}></plenary-schedule><button id="after">after</button></div>`);
    const el = wrap.querySelector<PlenarySchedule>('plenary-schedule')!;
    await settle(el);
    wrap.querySelector<HTMLElement>('#before')!.focus();
    const stops: Element[] = [];
    for (let i = 0; i < 200; i++) {
      await sendKeys({ press: 'Tab' });
      const f = focused();
      if (f?.id === 'after') break;
      stops.push(f!);
      // A ring of 2 px at least (WCAG 2.4.13's minimum), not the browser's thin default.
      const ring = getComputedStyle(f!);
      expect(ring.outlineStyle, `no focus ring on ${label(f)}`).not.to.equal('none');
      expect(parseFloat(ring.outlineWidth), `a thin focus ring on ${label(f)}`).to.be.at.least(2);
    }
    expect(focused()?.id, 'focus never left the widget').to.equal('after');
    expect(new Set(stops).size, 'a control was visited twice').to.equal(stops.length);
    // Every control a visitor can use is among the stops: the bar's, one day tab (the selected one), and each
    // session's title and star on the day shown.
    const r = el.shadowRoot!;
    const controls = [
      r.querySelector('.bar input[type=search]'),
      r.querySelector('.bar .agenda'),
      r.querySelector('.bar summary'),
      ...qa(el, '.vs .button'),
      r.querySelector('[role=tab][aria-selected=true]'),
      ...qa(el, '#panel .s .ti').filter((t) => t.checkVisibility()),
      ...qa(el, '#panel .s .st').filter((t) => t.checkVisibility()),
    ];
    for (const c of controls) expect(stops.includes(c!), `${label(c)} is not reachable by Tab`).to.equal(true);
    expect(stops.filter((s) => s.getAttribute('role') === 'tab')).to.have.length(1);
  });

  it('opens a session with Enter and closes it with Escape, focus going back to its title', async () => {
    const el = await fixture<PlenarySchedule>(html`<plenary-schedule view="list" .data=${await sampleJson()}></plenary-schedule>`);
    await settle(el);
    const title = qa(el, '#panel .s .ti').find((t) => t.checkVisibility())!;
    title.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'Enter did not open the session');
    expect(el.shadowRoot!.querySelector('dialog[open]')!.contains(focused()), 'focus is not in the dialog').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]'), 'Escape did not close the session', { timeout: 3000 });
    await waitUntil(() => focused() === title, `focus went to ${label(focused())}, not back to the title`, { timeout: 3000 });
  });
});
