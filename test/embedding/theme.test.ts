import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/context/plenary-conference.js';
import '../../src/elements/countdown/plenary-countdown.js';
import '../../src/elements/schedule/plenary-schedule.js';
import '../../src/elements/speaker-grid/plenary-speaker-grid.js';
import '../../src/elements/sponsor-strip/plenary-sponsor-strip.js';

// How the default theme meets a host page's CSS.
let json: unknown;
before(async () => {
  json = await (await fetch('/public/conference.json')).json();
});

/**
 * The sample conference's widgets (default: a schedule as a list) in a provider, inside a part of the page with
 * the given style.
 */
const onPage = (style: string, widgets: TemplateResult = html`<plenary-schedule eager view="list"></plenary-schedule>`) =>
  fixture<HTMLElement>(html`<div style=${style}><plenary-conference .data=${json} now="2023-10-01T00:00:00Z" lang="en">${widgets}</plenary-conference></div>`);

/** A countdown, a list schedule and a sponsor strip in `variant`. */
const three = (variant: string) =>
  html`<plenary-countdown eager></plenary-countdown>
    <plenary-schedule eager view="list"></plenary-schedule>
    <plenary-sponsor-strip eager variant=${variant}></plenary-sponsor-strip>`;

const rendered = async (el: Element, sel: string) => {
  await waitUntil(() => el.shadowRoot?.querySelector(sel), `${el.localName} never rendered ${sel}`, { timeout: 5000 });
  return el.shadowRoot!.querySelector<HTMLElement>(sel)!;
};

describe('default sizes on a page with html { font-size: 62.5% }', () => {
  before(() => (document.documentElement.style.fontSize = '62.5%'));
  after(() => (document.documentElement.style.fontSize = ''));

  it('rounds corners in em, like every other size, not in the root font size', async () => {
    const page = await onPage('font-size: 16px', three('strip'));
    const radius = (e: HTMLElement) => parseFloat(getComputedStyle(e).borderTopLeftRadius) / parseFloat(getComputedStyle(e).fontSize);
    const unit = await rendered(page.querySelector('plenary-countdown')!, '[part=unit]');
    const card = await rendered(page.querySelector('plenary-schedule')!, '.s .c');
    const search = await rendered(page.querySelector('plenary-schedule')!, 'input[type=search]');
    const logo = await rendered(page.querySelector('plenary-sponsor-strip')!, '[part=logo]');
    expect(radius(logo), 'sponsor logo').to.be.closeTo(0.5, 0.01);
    expect(radius(unit), 'countdown unit').to.be.closeTo(0.5, 0.01);
    expect(radius(card), 'schedule session').to.be.closeTo(0.5, 0.01);
    expect(radius(search), 'schedule search field').to.be.closeTo(0.5, 0.01);
  });
});

describe('a brand accent', () => {
  it('colours the schedule’s filter checkboxes, as it does links and focus rings', async () => {
    const page = await onPage('--plenary-color-accent: rgb(200, 16, 46)');
    const box = await rendered(page.querySelector('plenary-schedule')!, 'input[type=checkbox]');
    expect(getComputedStyle(box).accentColor).to.equal('rgb(200, 16, 46)');
  });
});

const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
const lum = (c: string) => {
  const [r, g, b] = rgb(c).map((x) => ((x /= 255) <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
};
const background = (e: HTMLElement) => getComputedStyle(e).backgroundColor;

describe('a dark page that does not declare color-scheme', () => {
  // Its white text used to reach the widgets' white cards, buttons and fields: 1.16:1.

  it('keeps the text on the widgets’ own surfaces readable', async () => {
    const page = await onPage(
      'background: #111; color: #eee; padding: 1em',
      html`<plenary-schedule eager view="list"></plenary-schedule>
      <plenary-speaker-grid eager></plenary-speaker-grid>`,
    );
    const schedule = page.querySelector('plenary-schedule')!;
    const grid = page.querySelector('plenary-speaker-grid')!;
    const checks: [string, HTMLElement, HTMLElement][] = [];
    const card = await rendered(schedule, '.s .c');
    checks.push(['session title', card.querySelector<HTMLElement>('.ti')!, card]);
    const search = await rendered(schedule, 'input[type=search]');
    checks.push(['search field', search, search]);
    const button = schedule.shadowRoot!.querySelector<HTMLElement>('.button')!;
    checks.push(['button', button, button]);
    const speaker = await rendered(grid, '.card');
    checks.push(['speaker card', speaker, speaker]);
    const select = grid.shadowRoot!.querySelector<HTMLElement>('select')!;
    checks.push(['country filter', select, select]);
    for (const [what, text, surface] of checks) {
      const ratio = contrast(getComputedStyle(text).color, getComputedStyle(surface).backgroundColor);
      expect(ratio, what).to.be.at.least(4.5);
    }
  });
});

describe('the background a widget stands on', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('gives secondary text, numbers and tier names colours that read on a dark page that does not declare color-scheme', async () => {
    // Before, they kept their light-page colours on the dark background: times 3.1:1, links 2.8:1.
    const page = await onPage('background: rgb(17, 17, 17); color: #eee; padding: 1em', three('tiers'));
    const on = 'rgb(17, 17, 17)';
    const texts: [string, HTMLElement][] = [
      ['countdown date', await rendered(page.querySelector('plenary-countdown')!, '.when')],
      ['countdown number', await rendered(page.querySelector('plenary-countdown')!, '[part=value]')],
      ['session count', await rendered(page.querySelector('plenary-schedule')!, '.cnt')],
      ['tier name', await rendered(page.querySelector('plenary-sponsor-strip')!, '[part=tier-name]')],
    ];
    for (const [what, e] of texts) expect(contrast(getComputedStyle(e).color, on), what).to.be.at.least(4.5);
    // And its cards are dark like the page, not white islands.
    expect(lum(background(await rendered(page.querySelector('plenary-schedule')!, '.s .c')))).to.be.below(0.1);
  });

  it('stays light on a page that declares color-scheme: light dark but paints itself light', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    const page = await onPage('background: #fff; color: #222');
    const card = await rendered(page.querySelector('plenary-schedule')!, '.s .c');
    expect(lum(background(card)), 'card').to.be.above(0.8);
    const count = page.querySelector('plenary-schedule')!.shadowRoot!.querySelector<HTMLElement>('.cnt')!;
    expect(contrast(getComputedStyle(count).color, 'rgb(255, 255, 255)'), 'session count').to.be.at.least(4.5);
  });

  it('renders, light, in a browser that has no text-emphasis-color to read', async () => {
    const d = Object.getOwnPropertyDescriptor(CSSStyleDeclaration.prototype, 'textEmphasisColor');
    Object.defineProperty(CSSStyleDeclaration.prototype, 'textEmphasisColor', { configurable: true, get: () => undefined });
    try {
      const page = await onPage('background: #111; color: #eee');
      const card = await rendered(page.querySelector('plenary-schedule')!, '.s .c');
      expect(lum(background(card))).to.be.above(0.8);
    } finally {
      if (d) Object.defineProperty(CSSStyleDeclaration.prototype, 'textEmphasisColor', d);
      else delete (CSSStyleDeclaration.prototype as { textEmphasisColor?: string }).textEmphasisColor;
    }
  });

  it('follows a page that switches to a dark theme while it is shown', async () => {
    const page = await onPage('background: #fff; color: #222');
    const card = await rendered(page.querySelector('plenary-schedule')!, '.s .c');
    expect(lum(background(card))).to.be.above(0.8);
    page.style.cssText = 'background: #111; color: #eee';
    await waitUntil(() => lum(background(card)) < 0.1, 'the cards stayed light on the dark page', { timeout: 3000 });
  });
});
