// Texts of the conference shown in another language than the widget's carry their own `lang` (WCAG 3.1.2):
// the sample file has Chinese and English only, so a French widget shows English titles and names.
import { expect, fixture, html } from '@open-wc/testing';
import { localize, otherLanguage, pick } from '../../src/data/localize.js';
import { langAttr } from '../../src/internal/escape.js';
import '../../src/elements/countdown/plenary-countdown.js';
import '../../src/elements/speaker-grid/plenary-speaker-grid.js';
import '../../src/elements/sponsor-strip/plenary-sponsor-strip.js';
import type { PlenaryCountdown } from '../../src/elements/countdown/countdown.js';
import type { PlenarySpeakerGrid } from '../../src/elements/speaker-grid/speaker-grid.js';
import type { PlenarySponsorStrip } from '../../src/elements/sponsor-strip/sponsor-strip.js';
import { q, qa, sampleJson, schedule, settle } from '../elements/schedule-helpers.js';

const t = { zh: '开幕式', en: 'Opening Ceremony' };

async function ready<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T, sel: string): Promise<T> {
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector(sel); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

describe('language of parts', () => {
  it('knows which language localize picked, and when it is not the widget’s', () => {
    expect(pick(t, 'fr')).to.equal('en');
    expect(pick(t, 'zh-Hans-CN')).to.equal('zh');
    expect(pick({ 'zh-Hant': '開幕式', de: 'Eröffnung' }, 'zh-TW')).to.equal('zh-Hant');
    expect(pick({ ru: 'Открытие', zh: '开幕式' }, 'fr', 'zh')).to.equal('zh');
    expect(pick('Opening', 'fr')).to.equal(undefined);
    expect(pick({}, 'fr')).to.equal(undefined);
    expect(localize(t, 'fr')).to.equal('Opening Ceremony');
    expect(localize({}, 'fr')).to.equal('');
    expect(localize(undefined, 'fr')).to.equal('');
    // Compared by language, not by region or script.
    expect(otherLanguage(t, 'fr', 'fr-CA')).to.equal('en');
    expect(otherLanguage(t, 'en-GB', 'en-GB')).to.equal(undefined);
    expect(otherLanguage(t, 'zh-TW', 'zh-Hans-TW')).to.equal(undefined);
    // A page in German: the widget speaks English (en-DE); the file's German text is German.
    expect(otherLanguage({ en: 'Opening', de: 'Eröffnung' }, 'de', 'en-DE')).to.equal('de');
    // A plain string's language is not known: nothing is claimed.
    expect(otherLanguage('Opening', 'fr', 'fr')).to.equal(undefined);
    expect(langAttr('en')).to.equal(' lang="en" dir="auto"');
    expect(langAttr(undefined)).to.equal('');
  });

  it('schedule: session titles, the dialog heading and description, people', async () => {
    const el = await schedule(html`<div lang="fr"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
    const title = q(el, '.s[data-id="s-opening"] .ti')!;
    expect(title.textContent).to.equal('Opening Ceremony');
    expect(title.getAttribute('lang')).to.equal('en');
    expect(title.getAttribute('dir')).to.equal('auto');
    title.click();
    await settle(el);
    const dialog = q(el, 'dialog')!;
    expect(dialog.querySelector('h2 [lang="en"]')!.textContent).to.equal('Opening Ceremony');
    expect(dialog.querySelector('p [lang="en"][dir="auto"]')!.textContent).to.match(/^The conference opens/);
    expect(dialog.querySelector('.people strong [lang="en"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('schedule: the room and track names on each session line and in the filters', async () => {
    // They were read in the widget's language: "Main Hall" with a French voice.
    const el = await schedule(html`<div lang="fr"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
    const line = q(el, '.s[data-id="s-opening"] .m')!;
    expect(line.querySelector('.tk [lang="en"]')!.textContent).to.equal('Opening ceremony');
    expect([...line.querySelectorAll('[lang="en"]')].map((e) => e.textContent!.replace(/[\u2068\u2069]/g, ''))).to.include('Main Hall');
    const options = qa(el, 'fieldset label [lang="en"]').map((e) => e.textContent);
    expect(options).to.include('Main Hall').and.include('Opening ceremony');
    await expect(el).to.be.accessible();
  });

  it('schedule: nothing extra when the file has the widget’s language', async () => {
    const el = await schedule(html`<div lang="zh"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
    expect(q(el, '.s[data-id="s-opening"] .ti')!.textContent).to.equal('开幕式');
    expect(qa(el, '.days [lang]')).to.have.length(0);
  });

  it('an English title in an Arabic widget runs left to right, aligned with the widget (right)', async () => {
    const el = await schedule(html`<div lang="ar"><plenary-schedule .data=${await sampleJson()}></plenary-schedule></div>`);
    const title = q(el, '.s[data-id="s-opening"] .ti')!;
    expect(title.getAttribute('lang')).to.equal('en');
    const cs = getComputedStyle(title);
    expect(cs.direction).to.equal('ltr');
    expect(cs.textAlign).to.equal('right');
  });

  it('speaker grid: names, positions, affiliations, honours and the bio', async () => {
    const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src="/public/conference.json" lang="fr"></plenary-speaker-grid>`), '.card');
    const card = el.shadowRoot!.querySelector('.open[data-id="sp-li"]')!.closest('.card')!;
    expect(card.querySelector('.open')!.getAttribute('lang')).to.equal('en');
    expect(card.querySelector('.affiliation')!.getAttribute('lang')).to.equal('en');
    // The country's name comes from Intl in the widget's language: no lang of its own.
    expect(card.querySelector('.country')?.hasAttribute('lang') ?? false).to.equal(false);
    (card.querySelector('.open') as HTMLElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog h2 [lang="en"]')).to.exist;
    expect(el.shadowRoot!.querySelector('dialog .bio [lang="en"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('sponsor strip: the logo’s name (its alt) and the tier heading', async () => {
    const el = await ready(await fixture<PlenarySponsorStrip>(html`<plenary-sponsor-strip src="/public/conference.json" lang="es"></plenary-sponsor-strip>`), '[part~="logo"]');
    const img = el.shadowRoot!.querySelector('[part~="logo"] img')!;
    expect(img.getAttribute('alt')).to.match(/^Ministry of Science/);
    expect(img.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="tier-name"] [lang="en"]')).to.exist;
    const zh = await ready(await fixture<PlenarySponsorStrip>(html`<plenary-sponsor-strip src="/public/conference.json" lang="zh"></plenary-sponsor-strip>`), '[part~="logo"]');
    expect(zh.shadowRoot!.querySelectorAll('[lang]')).to.have.length(1); // the widget's own root
  });

  it('countdown: the titles of the sessions on now', async () => {
    const el = await fixture<PlenaryCountdown>(html`<plenary-countdown .data=${await sampleJson()} lang="ru" now="2023-11-06T09:30:00+08:00"></plenary-countdown>`);
    await ready(el, '[part="live"] li');
    const li = el.shadowRoot!.querySelector('[part="live"] li [lang="en"]')!;
    expect(li.textContent).to.equal('Opening Ceremony');
  });
});
