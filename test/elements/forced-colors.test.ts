// Forced colours (Windows' contrast themes) replace every colour with a few system ones and drop shadows and
// background images: what the widgets show with colour alone must get an edge or a system colour there.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { q, qa, sampleJson, sampleSchedule, tabs } from './schedule-helpers.js';
import '../../src/elements/countdown/plenary-countdown.js';
import '../../src/elements/speaker-grid/plenary-speaker-grid.js';

/** A colour as the page resolves it now, read from a probe that forced colours leave alone. */
const resolve = (color: string) => {
  const p = document.createElement('span');
  p.style.cssText = `forced-color-adjust: none; color: ${color}`;
  document.body.append(p);
  const c = getComputedStyle(p).color;
  p.remove();
  return c;
};
const style = (el: Element | null, pseudo?: string) => getComputedStyle(el!, pseudo);
/** One edge of a box: its width, style and colour. */
const edge = (el: Element | null, side = 'Top', pseudo?: string) => {
  const s = style(el, pseudo) as unknown as Record<string, string>;
  return [s[`border${side}Width`], s[`border${side}Style`], s[`border${side}Color`]];
};

describe('forced colours', () => {
  before(() => executeServerCommand('forced-colors', { active: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));
  afterEach(() => fixtureCleanup());

  it('are on in these tests, with Canvas and CanvasText apart', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(resolve('Canvas')).not.to.equal(resolve('CanvasText'));
  });

  it('schedule: only the selected day tab is underlined', async () => {
    const el = await sampleSchedule({ view: 'list' });
    const [selected, other] = [tabs(el).find((t) => t.ariaSelected === 'true')!, tabs(el).find((t) => t.ariaSelected === 'false')!];
    // A transparent border is painted in CanvasText under forced colours: every tab looked selected.
    expect(style(selected).borderBlockEndColor).to.equal(resolve('CanvasText'));
    expect(style(other).borderBlockEndColor).to.equal(resolve('Canvas'));
  });

  it('schedule: a pressed toggle is filled with the selection colours; buttons, cards and the filters arrow keep their edges', async () => {
    const el = await sampleSchedule({ view: 'list' });
    const pressed = q(el, '.vs .button[aria-pressed="true"]')!;
    const unpressed = q(el, '.vs .button[aria-pressed="false"]')!;
    // The pressed state was an inset shadow, which forced colours drop.
    expect(style(pressed).backgroundColor).to.equal(resolve('SelectedItem'));
    expect(style(pressed).color).to.equal(resolve('SelectedItemText'));
    expect(style(unpressed).backgroundColor).not.to.equal(resolve('SelectedItem'));
    expect(edge(unpressed)).to.deep.equal(['1px', 'solid', resolve('CanvasText')]);
    expect(edge(q(el, '.s .c'))).to.deep.equal(['1px', 'solid', resolve('CanvasText')]);
    // The arrow is a triangle of borders: one ButtonText edge, the others transparent (it was a filled square).
    const summary = q(el, 'summary')!;
    expect(edge(summary, 'Top', '::after')[2]).to.equal(resolve('ButtonText'));
    expect(edge(summary, 'Left', '::after')[2]).to.equal('rgba(0, 0, 0, 0)');
  });

  it('schedule: a track keeps its own colour in its swatch', async () => {
    const el = await sampleSchedule({ view: 'list' });
    const swatch = qa(el, '.s .tk').find((t) => getComputedStyle(t).getPropertyValue('--tc').trim())!;
    const colour = resolve(getComputedStyle(swatch).getPropertyValue('--tc'));
    expect(colour).not.to.equal(resolve('CanvasText'));
    expect(style(swatch, '::before').backgroundColor).to.equal(colour);
  });

  it('schedule: the session dialog has a frame', async () => {
    const el = await sampleSchedule({ view: 'list' });
    q(el, '.s .ti')!.click();
    await waitUntil(() => q<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open');
    expect(edge(q(el, 'dialog'))).to.deep.equal(['2px', 'solid', resolve('CanvasText')]);
  });

  it('countdown: each unit is boxed', async () => {
    const el = await fixture(html`<plenary-countdown .data=${await sampleJson()} now="2023-11-01T12:00:00+08:00"></plenary-countdown>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="unit"]'), 'no units');
    for (const unit of el.shadowRoot!.querySelectorAll('[part="unit"]')) expect(edge(unit).slice(0, 2)).to.deep.equal(['1px', 'solid']);
  });

  it('speaker grid: photos, initials and badges, shown by their backgrounds alone, are outlined', async () => {
    const el = await fixture(html`<plenary-speaker-grid src="/public/conference.json"></plenary-speaker-grid>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.card .badge'), 'no cards with badges', { timeout: 5000 });
    for (const sel of ['.card .photo', '.card .badge']) expect(edge(el.shadowRoot!.querySelector(sel)), sel).to.deep.equal(['1px', 'solid', resolve('CanvasText')]);
  });
});
