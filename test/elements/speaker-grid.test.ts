import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/speaker-grid/plenary-speaker-grid.js';
import { initials, type PlenarySpeakerGrid } from '../../src/elements/speaker-grid/speaker-grid.js';

const SRC = '/public/conference.json';
type Json = Record<string, unknown> & { speakers: Record<string, unknown>[]; sessions: Record<string, unknown>[] };
let sample: Json;

before(async () => {
  sample = (await (await fetch(SRC)).json()) as Json;
});

const root = (el: PlenarySpeakerGrid): ShadowRoot => el.shadowRoot!;

async function ready(el: PlenarySpeakerGrid): Promise<PlenarySpeakerGrid> {
  await waitUntil(() => root(el).querySelector('.wrap, [data-state="empty"], [data-state="error"]'), 'grid did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Names on the visible cards, in order. */
const names = (el: PlenarySpeakerGrid): string[] =>
  [...root(el).querySelectorAll('li.card:not([hidden]) .open')].map((b) => b.textContent!.trim());
const cardIds = (el: PlenarySpeakerGrid): string[] =>
  [...root(el).querySelectorAll<HTMLElement>('li.card:not([hidden]) .open')].map((b) => b.dataset.id!);
const button = (el: PlenarySpeakerGrid, id: string): HTMLButtonElement => root(el).querySelector(`.list .open[data-id="${id}"]`)!;
const dialog = (el: PlenarySpeakerGrid): HTMLDialogElement | null => root(el).querySelector('dialog');
const status = (el: PlenarySpeakerGrid): string => root(el).querySelector('[role="status"]')!.textContent!.trim();
const search = async (el: PlenarySpeakerGrid, q: string): Promise<void> => {
  const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = q;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

/** Let the dialog's entrance animation finish (axe reads blended colours mid-fade). */
const settle = (d: Element): Promise<unknown> => Promise.all(d.getAnimations({ subtree: true }).map((a) => a.finished));

async function open(el: PlenarySpeakerGrid, id: string): Promise<HTMLDialogElement> {
  button(el, id).click();
  await waitUntil(() => dialog(el)?.open, 'dialog did not open');
  await settle(dialog(el)!);
  return dialog(el)!;
}

function contrast(fg: string, bg: string): number {
  const lum = (c: string): number => {
    const [r, g, b] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<plenary-speaker-grid>', () => {
  it('is accessible', async () => {
    const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
    await expect(el).to.be.accessible();
  });

  for (const variant of ['compact', 'avatar']) {
    it(`is accessible in the ${variant} variant`, async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} variant=${variant} group-by="country"></plenary-speaker-grid>`));
      expect(root(el).querySelector(`.wrap.v-${variant}`)).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['en', 'zh', 'ar']) {
    it(`is accessible with the dialog open in ${lang}`, async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} lang=${lang}></plenary-speaker-grid>`));
      expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
      await open(el, 'sp-li');
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible on a dark page (light-dark colours), with the dialog open', async () => {
    const page = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background: #111418; color: #e8ebf0">
      <plenary-speaker-grid src=${SRC} limit="6" eager></plenary-speaker-grid>
    </div>`);
    const el = await ready(page.querySelector('plenary-speaker-grid')!);
    const card = getComputedStyle(root(el).querySelector('.card')!);
    expect(card.backgroundColor).to.equal('rgb(29, 33, 41)');
    await expect(el).to.be.accessible();
    await open(el, 'sp-okafor');
    await expect(el).to.be.accessible();
  });

  it('is a list of named items: one button per speaker, named by the speaker', async () => {
    const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
    const list = root(el).querySelector('ul.list')!;
    expect(list.getAttribute('role')).to.equal('list');
    const items = list.querySelectorAll(':scope > li');
    expect(items.length).to.equal(sample.speakers.length);
    for (const li of items) {
      const buttons = li.querySelectorAll('button');
      expect(buttons.length).to.equal(1);
      expect(buttons[0]!.textContent!.trim()).to.not.equal('');
    }
    expect(names(el)).to.include('Chidi Okafor');
    const card = button(el, 'sp-okafor').closest('li')!;
    expect(card.textContent).to.include('Lagos Institute of Molecular Science');
    expect(card.textContent).to.include('Nigeria');
    expect([...card.querySelectorAll('[part="badge"]')].map((b) => b.textContent)).to.deep.equal([
      'Nobel Laureate in Chemistry',
      'Fellow of The World Academy of Sciences',
    ]);
    expect(card.querySelector('[part="affiliation"]')!.textContent).to.equal('Lagos Institute of Molecular Science');
  });

  it('lazy-loads photos with reserved space and an empty alt inside the named button', async () => {
    const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
    const img = button(el, 'sp-li').closest('li')!.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('alt')).to.equal('');
    const photo = img.parentElement!;
    expect(getComputedStyle(photo).aspectRatio).to.not.equal('auto');
    expect(photo.getBoundingClientRect().height).to.be.greaterThan(40);
  });

  it('shows an initials avatar for a speaker without a photo, with enough contrast', async () => {
    const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
    for (const [id, text] of [
      ['sp-qian', 'QH'],
      ['sp-ganbold', 'BG'],
      ['sp-he', 'HJ'],
    ]) {
      const card = button(el, id!).closest('li')!;
      expect(card.querySelector('img')).to.equal(null);
      const avatar = card.querySelector<HTMLElement>('.initials')!;
      expect(avatar.textContent!.replace('\u200c', '')).to.equal(text);
      expect(avatar.getAttribute('aria-hidden')).to.equal('true');
      const cs = getComputedStyle(avatar);
      expect(contrast(cs.color, cs.backgroundColor)).to.be.at.least(4.5);
    }
    for (const avatar of root(el).querySelectorAll('.initials')) {
      const cs = getComputedStyle(avatar);
      expect(contrast(cs.color, cs.backgroundColor), avatar.className).to.be.at.least(4.5);
    }
  });

  it('uses the family name for Chinese initials', async () => {
    const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} lang="zh"></plenary-speaker-grid>`));
    expect(button(el, 'sp-qian').closest('li')!.querySelector('.initials')!.textContent).to.equal('钱');
  });

  it('makes initials for names in many scripts', () => {
    const cases: [string, string, string][] = [
      ['Chidi Okafor', 'en', 'CO'],
      ['Elena', 'en', 'E'],
      ['Pablo Diego José Ruiz y Picasso', 'es', 'PP'],
      ['Faisal Al-Harbi', 'en', 'FH'],
      ['فيصل الحربي', 'ar', 'ف\u200cح'],
      ['李明华', 'zh', '李'],
      ['奇迪·奥卡福', 'zh', '奇'],
      ['김민수', 'ko', '김'],
      ['\u00e9mile zola', 'fr', 'ÉZ'],
      ['e\u0301mile zola', 'fr', 'E\u0301Z'],
      ['istanbul ilhan', 'tr', 'İİ'],
      ['  ', 'en', '?'],
    ];
    for (const [name, tag, out] of cases) expect(initials(name, tag), name).to.equal(out);
  });

  it('falls back to initials when a photo fails to load', async () => {
    const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} speakers="sp-perera,sp-li"></plenary-speaker-grid>`));
    const card = button(el, 'sp-perera').closest('li')!;
    await waitUntil(() => card.querySelector('.initials'), 'no initials after the photo failed', { timeout: 5000 });
    expect(card.querySelector('img')).to.equal(null);
    expect(card.querySelector('.initials')!.textContent!.replace('\u200c', '')).to.equal('NP');
    expect(button(el, 'sp-li').closest('li')!.querySelector('img')).to.exist;
  });

  describe('attributes', () => {
    it('speakers: only those, in that order, unknown ids ignored', async () => {
      const el = await ready(
        await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} speakers="sp-okafor, sp-nobody sp-li,sp-okafor"></plenary-speaker-grid>`),
      );
      expect(cardIds(el)).to.deep.equal(['sp-okafor', 'sp-li']);
      el.sort = 'name';
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['sp-okafor', 'sp-li']); // "Chidi Okafor" < "Li Minghua"
      el.speakers = 'sp-zhang sp-ivanova';
      el.sort = undefined;
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['sp-zhang', 'sp-ivanova']);
    });

    it('track: only speakers with a session in that track (nested sessions inherit the track)', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} track="future-medicine"></plenary-speaker-grid>`));
      expect(cardIds(el).sort()).to.deep.equal(['sp-liu', 'sp-oliveira', 'sp-rossi', 'sp-srisai', 'sp-wanjiru']);
      el.track = 'future-medicine,opening';
      await el.updateComplete;
      expect(cardIds(el)).to.include.members(['sp-okafor', 'sp-qian', 'sp-rossi']);
    });

    it('session: only speakers in that session or sessions nested in it', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} session="s-forum-medicine"></plenary-speaker-grid>`));
      expect(cardIds(el).sort()).to.deep.equal(['sp-liu', 'sp-oliveira', 'sp-rossi', 'sp-srisai', 'sp-wanjiru']);
      el.session = 's-keynote-okafor';
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['sp-okafor']);
    });

    it('featured: only featured speakers', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} featured></plenary-speaker-grid>`));
      const expected = sample.speakers.filter((s) => s.featured).map((s) => s.id as string);
      expect(cardIds(el).sort()).to.deep.equal(expected.sort());
    });

    it('limit: shows that many, and a button shows all and moves focus to the first new one', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} limit="4"></plenary-speaker-grid>`));
      expect(names(el)).to.have.length(4);
      const more = root(el).querySelector<HTMLButtonElement>('button.more')!;
      expect(more.textContent!.trim()).to.equal(`Show all ${sample.speakers.length} speakers`);
      expect(status(el)).to.equal(`${sample.speakers.length} speakers`);
      const fifth = [...root(el).querySelectorAll<HTMLElement>('li.card .open')][4]!;
      more.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(names(el)).to.have.length(sample.speakers.length);
      expect(root(el).querySelector('button.more')).to.equal(null);
      expect(root(el).activeElement === fifth, 'focus on the first new card').to.equal(true);
    });

    it('prints every speaker, without the search, filter and "Show all" button', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} limit="4"></plenary-speaker-grid>`));
      const all = el.conference!.speakers.length;
      expect(names(el)).to.have.length(4);
      await emulateMedia({ media: 'print' });
      try {
        window.dispatchEvent(new Event('beforeprint'));
        expect(names(el), 'rendered synchronously, before the printout is laid out').to.have.length(all);
        const shown = (s: string): boolean => !!root(el).querySelector(s)?.checkVisibility();
        expect(shown('input[type="search"]'), 'search field').to.be.false;
        expect(shown('select'), 'country filter').to.be.false;
        expect(root(el).querySelector('.more'), 'show-all button').to.be.null;
        window.dispatchEvent(new Event('afterprint'));
        await el.updateComplete;
        expect(names(el)).to.have.length(4);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('does not print an open speaker dialog over the cards', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      const d = await open(el, el.conference!.speakers[0]!.id);
      await emulateMedia({ media: 'print' });
      try {
        expect(d.checkVisibility(), 'an open dialog covers the printed cards').to.be.false;
      } finally {
        await emulateMedia({ media: 'screen' });
        d.close();
      }
    });

    it('limit applies to search results too', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} limit="2"></plenary-speaker-grid>`));
      await search(el, 'institute');
      expect(names(el)).to.have.length(2);
      const n = Number(status(el).match(/\d+/)![0]);
      expect(n).to.be.greaterThan(2);
      expect(root(el).querySelector('button.more')!.textContent).to.include(String(n));
    });

    it('sort="name" collates in the visitor\u2019s language: pinyin order for Chinese readers', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} lang="zh"></plenary-speaker-grid>`));
      const zh = names(el);
      expect(zh).to.deep.equal([...zh].sort(new Intl.Collator('zh').compare));
      // 何 He < 黄 Huang < 李 Li in pinyin; in code-point order 黄 (U+9EC4) would come after 李 (U+674E).
      expect(zh.indexOf('何佳怡')).to.be.below(zh.indexOf('黄志强'));
      expect(zh.indexOf('黄志强')).to.be.below(zh.indexOf('李明华'));
      expect(zh).to.not.deep.equal([...zh].sort());

      fixtureCleanup();
      const e = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} lang="en"></plenary-speaker-grid>`));
      const list = names(e);
      expect(list).to.deep.equal([...list].sort(new Intl.Collator('en').compare));
      expect(list.indexOf('Camila Muñoz')).to.be.below(list.indexOf('Chen Jing'));
    });

    it('sorts names in the order of the page\u2019s language even where its messages are English', async () => {
      // Swedish puts Ö after Z; English (the messages' language on a Swedish page) puts it with O.
      const data = { timezone: 'Europe/Stockholm', start: '2024-05-01', end: '2024-05-01', speakers: ['Östen Berg', 'Zoe Lind', 'Olof Ek'].map((name, i) => ({ id: `p${i}`, name })) };
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid .data=${data} lang="sv"></plenary-speaker-grid>`));
      expect(names(el)).to.deep.equal(['Olof Ek', 'Zoe Lind', 'Östen Berg']);
    });

    it('sort="country" orders by the country name in the visitor\u2019s language', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} sort="country"></plenary-speaker-grid>`));
      const countries = [...root(el).querySelectorAll('li.card .country')].map((c) => c.textContent!);
      expect(countries).to.deep.equal([...countries].sort(new Intl.Collator('en').compare));
      expect(countries[0]).to.equal('Brazil');
    });

    it('sort="data" keeps the file\u2019s order', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} sort="data"></plenary-speaker-grid>`));
      expect(cardIds(el)).to.deep.equal(sample.speakers.map((s) => s.id));
    });

    it('group-by="country": a heading per country, in collation order', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} group-by="country"></plenary-speaker-grid>`));
      const headings = [...root(el).querySelectorAll('section.group > h3')].map((h) => h.textContent);
      expect(headings).to.deep.equal([...headings].sort(new Intl.Collator('en').compare));
      const china = [...root(el).querySelectorAll('section.group')].find((s) => s.querySelector('h3')!.textContent === 'China')!;
      expect(china.querySelectorAll('li').length).to.equal(sample.speakers.filter((s) => s.country === 'CN').length);
      expect(root(el).querySelectorAll('li.card').length).to.equal(sample.speakers.length);
    });

    it('group-by="track": a heading per track; a speaker in several tracks is under each', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} group-by="track"></plenary-speaker-grid>`));
      const groups = [...root(el).querySelectorAll('section.group')];
      const headings = groups.map((g) => g.querySelector('h3')!.textContent);
      // In the file's track order; every speaker in the sample has a track.
      expect(headings).to.deep.equal([
        'Opening ceremony',
        'Belt and Road Ministerial Meeting on Science, Technology and Innovation',
        'Theme activities',
        'Roundtables and results display',
        'Main tech activities',
        'Future medicine',
        'Open science',
        'Big data',
      ]);
      const medicine = groups[5]!;
      expect([...medicine.querySelectorAll<HTMLElement>('.open')].map((b) => b.dataset.id).sort()).to.deep.equal([
        'sp-liu',
        'sp-oliveira',
        'sp-rossi',
        'sp-srisai',
        'sp-wanjiru',
      ]);
      expect(root(el).querySelectorAll('.list .open[data-id="sp-li"]').length).to.be.greaterThan(1);
    });

    it('group-by="affiliation": speakers without one come last under "Other"', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} group-by="affiliation"></plenary-speaker-grid>`));
      const groups = [...root(el).querySelectorAll('section.group')];
      const last = groups[groups.length - 1]!;
      expect(last.querySelector('h3')!.textContent).to.equal('Other');
      expect([...last.querySelectorAll<HTMLElement>('.open')].map((b) => b.dataset.id).sort()).to.deep.equal(['sp-ganbold', 'sp-nurlanov', 'sp-volkov']);
      const headings = groups.slice(0, -1).map((g) => g.querySelector('h3')!.textContent);
      expect(headings).to.deep.equal([...headings].sort(new Intl.Collator('en').compare));
    });

    it('group-by="none" (and unknown values) render one list without headings', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} group-by="none"></plenary-speaker-grid>`));
      expect(root(el).querySelectorAll('ul.list').length).to.equal(1);
      expect(root(el).querySelector('h3')).to.equal(null);
    });

    it('hide-search and hide-filters remove the controls', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} hide-search></plenary-speaker-grid>`));
      expect(root(el).querySelector('input')).to.equal(null);
      expect(root(el).querySelector('select')).to.exist;
      el.hideFilters = true;
      await el.updateComplete;
      expect(root(el).querySelector('select')).to.equal(null);
      expect(root(el).querySelector('.tools')).to.equal(null);
    });
  });

  describe('search and filter', () => {
    it('has a labelled search field and country filter', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      expect(root(el).querySelector('input[type="search"]')!.closest('label')!.textContent).to.include('Search speakers');
      expect(root(el).querySelector('select')!.closest('label')!.textContent).to.include('Country or region');
    });

    it('searches Latin names, ignoring case and accents, and affiliations and positions', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      await search(el, 'OKAFOR');
      expect(cardIds(el)).to.deep.equal(['sp-okafor']);
      expect(status(el)).to.equal('1 speaker');
      await search(el, 'munoz');
      expect(cardIds(el)).to.deep.equal(['sp-munoz']);
      await search(el, 'lagos molecular');
      expect(cardIds(el)).to.deep.equal(['sp-okafor']);
      await search(el, 'Master of Ceremonies');
      expect(cardIds(el)).to.deep.equal(['sp-qian']);
      await search(el, '');
      expect(cardIds(el)).to.have.length(sample.speakers.length);
    });

    it('searches names in every language the data has, whatever the UI language', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      await search(el, '奥卡福');
      expect(cardIds(el)).to.deep.equal(['sp-okafor']);
      await search(el, 'منى');
      expect(cardIds(el)).to.deep.equal(['sp-hassan']);
      fixtureCleanup();
      const zh = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} lang="zh"></plenary-speaker-grid>`));
      await search(zh, '李明');
      expect(names(zh)).to.deep.equal(['李明华']);
      await search(zh, 'okafor');
      expect(names(zh)).to.deep.equal(['奇迪·奥卡福']);
      expect(status(zh)).to.equal('1 位嘉宾');
    });

    it('filters by country, with counts that follow the search', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      const select = root(el).querySelector('select')!;
      const option = (code: string): string => select.querySelector(`option[value="${code}"]`)!.textContent!.trim();
      const cn = sample.speakers.filter((s) => s.country === 'CN').length;
      expect(option('')).to.equal(`All (${sample.speakers.length})`);
      expect(option('CN')).to.equal(`China (${cn})`);
      expect(option('NG')).to.equal('Nigeria (2)');
      const labels = [...select.options].slice(1).map((o) => o.textContent!.replace(/ \(\d+\)$/, ''));
      expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('en').compare));

      select.value = 'NG';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(cardIds(el).sort()).to.deep.equal(sample.speakers.filter((s) => s.country === 'NG').map((s) => s.id).sort());
      expect(status(el)).to.equal('2 speakers');

      await search(el, 'okafor');
      expect(cardIds(el)).to.deep.equal(['sp-okafor']);
      expect(option('NG')).to.equal('Nigeria (1)');
      expect(option('CN')).to.equal('China (0)');
      expect(option('')).to.equal('All (1)');
    });

    it('shows country names in the visitor\u2019s language', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} lang="zh"></plenary-speaker-grid>`));
      expect(button(el, 'sp-okafor').closest('li')!.querySelector('.country')!.textContent).to.equal('尼日利亚');
      expect(root(el).querySelector('option[value="CN"]')!.textContent).to.match(/^中国（\d+）$/);
      expect(root(el).querySelector('input')!.closest('label')!.textContent).to.include('搜索嘉宾');
    });

    it('counts in Arabic plural forms, and says "no match" rather than a count of zero', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} lang="ar"></plenary-speaker-grid>`));
      await search(el, 'Okafor');
      expect(status(el)).to.equal('متحدث واحد');
      await search(el, 'zzzz-nobody');
      expect(status(el)).to.equal('لا يوجد متحدث يطابق البحث');
    });

    it('says when nothing matches, and clears the search', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} group-by="country"></plenary-speaker-grid>`));
      await search(el, 'zzzz-nobody');
      expect(names(el)).to.deep.equal([]);
      expect(status(el)).to.equal('No speakers match');
      expect(root(el).querySelectorAll('section.group:not([hidden])').length).to.equal(0);
      const reset = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear search')!;
      reset.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(sample.speakers.length);
      expect(root(el).activeElement === root(el).querySelector('input'), 'focus on the search field').to.equal(true);
      expect(root(el).querySelector('input')!.value).to.equal('');
    });

    it('keeps the result count in a polite live region', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      const region = root(el).querySelector('[role="status"]')!;
      await search(el, 'li');
      expect(root(el).querySelector('[role="status"]') === region, 'same live region').to.equal(true);
      expect(region.textContent).to.match(/^\d+ speakers?$/);
    });

    it('search, filter and limit hide and show the cards they have (focus stays on a card that stays shown)', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} group-by="country"></plenary-speaker-grid>`));
      const card = button(el, 'sp-okafor').closest('li')!;
      button(el, 'sp-okafor').focus();
      await search(el, 'okafor');
      await new Promise((r) => requestAnimationFrame(r));
      expect(card.hidden).to.equal(false);
      expect(button(el, 'sp-li').closest('li')!.hidden).to.equal(true);
      await search(el, '');
      await new Promise((r) => requestAnimationFrame(r));
      expect(root(el).activeElement === button(el, 'sp-okafor'), 'focus stays on its button').to.equal(true);
      el.limit = 3;
      await el.updateComplete;
      expect(card.hidden).to.equal(true);
      expect(button(el, 'sp-okafor').closest('li') === card, 'the same card element').to.equal(true);
    });
  });

  describe('dialog', () => {
    it('opens on Enter with the speaker\u2019s details, fires plenary-speaker-select, and returns focus on Escape', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      const b = button(el, 'sp-okafor');
      b.focus();
      const selected = oneEvent(el, 'plenary-speaker-select');
      await sendKeys({ press: 'Enter' });
      const ev = await selected;
      expect(ev.detail).to.equal('sp-okafor');
      expect(ev.bubbles && ev.composed).to.equal(true);
      await waitUntil(() => dialog(el)?.open);
      const d = dialog(el)!;
      expect(d.getAttribute('part')).to.equal('dialog');
      expect(d.querySelector('h2')!.textContent).to.equal('Chidi Okafor');
      expect(d.textContent).to.include('Professor of Molecular Science');
      expect(d.textContent).to.include('Nigeria');
      expect(d.textContent).to.include('Nobel Laureate in Chemistry');
      expect(d.textContent).to.include('low-cost catalysts');
      expect(d.querySelector('a[href="https://example.org/people/sp-okafor"]')!.textContent).to.equal('Homepage');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el));
      expect(root(el).activeElement === b, 'focus back on the card').to.equal(true);
    });

    it('lists the speaker\u2019s sessions with times in the chosen zone', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} time-zone="Europe/Paris"></plenary-speaker-grid>`));
      const d = await open(el, 'sp-okafor');
      const sessions = [...d.querySelectorAll<HTMLButtonElement>('.sessions button')];
      expect(sessions.map((s) => s.dataset.id)).to.deep.equal(['s-keynote-okafor', 's-closing']);
      // 10:20 in Shanghai on 6 Nov 2023 is 03:20 in Paris.
      const start = Date.UTC(2023, 10, 6, 2, 20);
      const range = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Paris' }).formatRange(start, start + 30 * 60000);
      expect(sessions[0]!.textContent).to.include(range);
      expect(sessions[0]!.textContent).to.include('GMT+1');
      expect(sessions[0]!.textContent).to.include('Mon, Nov 6');
      expect(sessions[0]!.textContent).to.include('Chemistry Without Borders');
    });

    it('a session emits plenary-session-select and opens it in the page\u2019s <plenary-schedule>', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <plenary-speaker-grid src=${SRC}></plenary-speaker-grid>
        <plenary-schedule></plenary-schedule>
      </div>`);
      const schedule = wrapper.querySelector('plenary-schedule')! as unknown as HTMLElement & { openSession: sinon.SinonSpy };
      schedule.openSession = sinon.spy();
      const el = await ready(wrapper.querySelector('plenary-speaker-grid')!);
      const d = await open(el, 'sp-okafor');
      const events: CustomEvent[] = [];
      wrapper.addEventListener('plenary-session-select', (e) => events.push(e));
      d.querySelector<HTMLButtonElement>('.sessions [data-id="s-closing"]')!.click();
      expect(events.map((e) => e.detail)).to.deep.equal(['s-closing']);
      expect(events[0]!.composed).to.equal(true);
      expect(schedule.openSession.calledOnceWith('s-closing')).to.equal(true);
      expect(d.open).to.equal(false);
    });

    it('a cancelled plenary-session-select leaves the schedule and the dialog alone', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <plenary-speaker-grid src=${SRC}></plenary-speaker-grid>
        <plenary-schedule></plenary-schedule>
      </div>`);
      const schedule = wrapper.querySelector('plenary-schedule')! as unknown as HTMLElement & { openSession: sinon.SinonSpy };
      schedule.openSession = sinon.spy();
      const el = await ready(wrapper.querySelector('plenary-speaker-grid')!);
      const d = await open(el, 'sp-okafor');
      wrapper.addEventListener('plenary-session-select', (e) => e.preventDefault());
      d.querySelector<HTMLButtonElement>('.sessions button')!.click();
      expect(schedule.openSession.called).to.equal(false);
      expect(d.open).to.equal(true);
    });

    it('a cancelled plenary-speaker-select keeps the dialog closed', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      el.addEventListener('plenary-speaker-select', (e) => e.preventDefault());
      button(el, 'sp-li').click();
      await el.updateComplete;
      expect(dialog(el)).to.equal(null);
    });

    it('opens from #plenary-speaker=<id> on load and on hashchange, without plenary-speaker-select', async () => {
      history.replaceState(null, '', '#plenary-speaker=sp-ivanova');
      const spy = sinon.spy();
      document.addEventListener('plenary-speaker-select', spy);
      try {
        const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
        await waitUntil(() => dialog(el)?.open, 'hash did not open the dialog');
        expect(dialog(el)!.querySelector('h2')!.textContent).to.equal('Elena Ivanova');
        dialog(el)!.close();
        // The close event comes in a task of its own, then a render: on a loaded machine, more than waitUntil's 1 s default.
        await waitUntil(() => !dialog(el), 'closing did not close', { timeout: 3000 });
        // Nothing had focus before: focus lands on the speaker's card.
        expect(root(el).activeElement === button(el, 'sp-ivanova'), 'focus on the card').to.equal(true);

        location.hash = '#plenary-speaker=sp-li';
        await waitUntil(() => dialog(el)?.open, 'hashchange did not open the dialog', { timeout: 3000 });
        expect(dialog(el)!.querySelector('h2')!.textContent).to.equal('Li Minghua');
        expect(spy.called).to.equal(false);
      } finally {
        document.removeEventListener('plenary-speaker-select', spy);
      }
    });

    it('puts an open speaker in the address: Back closes the dialog, and closing it takes the entry back', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      const entries = history.length;
      button(el, 'sp-li').click();
      await waitUntil(() => dialog(el)?.open, 'the dialog did not open');
      expect(location.hash).to.equal('#plenary-speaker=sp-li');
      expect(history.length, 'one history entry').to.equal(entries + 1);
      history.back();
      await waitUntil(() => !dialog(el), 'Back did not close the dialog', { timeout: 3000 });
      expect(location.hash).to.equal('');
      button(el, 'sp-li').click();
      await waitUntil(() => dialog(el)?.open, 'the dialog did not open again', { timeout: 3000 });
      dialog(el)!.querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => !dialog(el), 'closing did not close', { timeout: 3000 });
      // (history.back() is a navigation of its own: a loaded machine may take a while.)
      await waitUntil(() => location.hash === '', 'closing left the speaker in the address', { timeout: 3000 });
      // Back from here leaves the page's state as it was before the speaker opened: no entry of ours is left.
      expect(history.length).to.equal(entries + 1);
    });

    it('with two grids, only the first that lists the speaker opens the hash', async () => {
      history.replaceState(null, '', '#plenary-speaker=sp-li');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <plenary-speaker-grid src=${SRC} speakers="sp-okafor"></plenary-speaker-grid>
        <plenary-speaker-grid src=${SRC} featured></plenary-speaker-grid>
        <plenary-speaker-grid src=${SRC}></plenary-speaker-grid>
      </div>`);
      const [a, b, c] = [...wrapper.querySelectorAll('plenary-speaker-grid')];
      await Promise.all([a, b, c].map((g) => ready(g!)));
      await waitUntil(() => dialog(b!)?.open);
      expect(dialog(a!)).to.equal(null);
      expect(dialog(c!)).to.equal(null);
    });

    it('ignores a hash for an unknown speaker', async () => {
      history.replaceState(null, '', '#plenary-speaker=sp-%E0%A4nobody');
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      await el.updateComplete;
      expect(dialog(el)).to.equal(null);
    });

    it('setting properties never fires plenary-speaker-select', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC}></plenary-speaker-grid>`));
      const spy = sinon.spy();
      el.addEventListener('plenary-speaker-select', spy);
      el.speakers = 'sp-li';
      el.variant = 'compact';
      el.sort = 'country';
      el.groupBy = 'country';
      el.limit = 1;
      el.featured = true;
      await el.updateComplete;
      el.lang = 'zh';
      await el.updateComplete;
      expect(spy.called).to.equal(false);
    });

    it('only http(s) and mailto links are links; anything else is text', async () => {
      const data = structuredClone(sample) as Json;
      for (const s of data.speakers) if (s.photo) s.photo = `/public/${s.photo as string}`;
      const li = data.speakers.find((s) => s.id === 'sp-li')!;
      li.links = [
        { label: 'Evil', url: 'javascript:alert(1)' },
        { label: 'Mail', url: 'mailto:li@example.org' },
        { label: 'Site', url: 'https://example.org/li' },
      ];
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid .data=${data}></plenary-speaker-grid>`));
      // The data layer drops the unsafe URL; the grid double-checks whatever reaches it.
      el.conference!.speakersById.get('sp-li')!.links.push({ label: 'Sneaky', url: 'javascript:alert(2)' });
      const d = await open(el, 'sp-li');
      const hrefs = [...d.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:li@example.org', 'https://example.org/li']);
      expect(d.querySelector('.links')!.textContent).to.include('Sneaky');
      expect(d.querySelector('.links')!.textContent).to.not.include('Evil');
      expect(d.innerHTML).to.not.include('javascript:');
    });
  });

  describe('states and scale', () => {
    it('names the attribute when no speaker qualifies because of an unknown id (not a bare empty state)', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src=${SRC} track="no-such-track"></plenary-speaker-grid>`));
      expect(root(el).querySelector('[data-state="error"]')!.textContent).to.contain('track: no "no-such-track" in this conference');
      await expect(el).to.be.accessible();
    });

    it('shows the empty state when no speaker qualifies', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid .data=${{ version: 1, id: 'x', name: 'X', timezone: 'UTC', start: '2024-01-01', end: '2024-01-01', speakers: [{ id: 'a', name: 'A' }] }} featured></plenary-speaker-grid>`));
      expect(root(el).querySelector('[data-state="empty"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows a readable error for a missing file', async () => {
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid src="/public/missing.json"></plenary-speaker-grid>`));
      expect(root(el).querySelector('[data-state="error"]')).to.exist;
    });

    it('a speaker without photo, affiliation or country still gets a clean card', async () => {
      const data = {
        version: 1,
        id: 'x',
        name: 'X',
        timezone: 'UTC',
        start: '2024-01-01',
        end: '2024-01-01',
        speakers: [{ id: 'a', name: 'Ada' }, { id: 'b', name: 'Ömer Ünal', country: 'TR' }],
      };
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid .data=${data}></plenary-speaker-grid>`));
      expect(names(el)).to.deep.equal(['Ada', 'Ömer Ünal']);
      expect(button(el, 'a').closest('li')!.querySelector('.initials')!.textContent).to.equal('A');
      expect(button(el, 'a').closest('li')!.querySelector('.affiliation, .country, .badges')).to.equal(null);
      expect(root(el).querySelector('select')).to.equal(null); // one country: no filter
      const d = await open(el, 'a');
      expect(d.querySelector('.sessions, .links, .bio')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders and filters 500 speakers', async () => {
      const scripts = ['Anna Schmidt', '王小明', 'محمد علي', 'Иван Петров', 'Κώστας Παπάς', 'José Núñez'];
      const data = {
        version: 1,
        id: 'big',
        name: 'Big',
        timezone: 'UTC',
        start: '2024-01-01',
        end: '2024-01-01',
        speakers: Array.from({ length: 500 }, (_, i) => ({
          id: `p${i}`,
          name: `${scripts[i % scripts.length]} ${i}`,
          affiliation: `Institute ${i % 37}`,
          country: ['CN', 'FR', 'EG', 'RU', 'GR', 'ES', 'BR', 'IN'][i % 8],
          photo: i % 3 ? `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>` : undefined,
        })),
      };
      const el = await ready(await fixture<PlenarySpeakerGrid>(html`<plenary-speaker-grid .data=${data}></plenary-speaker-grid>`));
      expect(root(el).querySelectorAll('li.card').length).to.equal(500);
      expect(status(el)).to.equal('500 speakers');
      const expected = (...terms: string[]): number =>
        data.speakers.filter((s) => terms.every((t) => `${s.name} ${s.affiliation}`.toLowerCase().includes(t))).length;
      await search(el, 'institute 36');
      expect(names(el).length).to.equal(expected('institute', '36'));
      expect(names(el).length).to.be.greaterThan(12);
      await search(el, '王小明');
      expect(names(el).length).to.equal(84);
      expect(expected('王小明')).to.equal(84);
      await search(el, '');
      expect(names(el).length).to.equal(500);
      el.limit = 10;
      await el.updateComplete;
      expect(names(el).length).to.equal(10);
      await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
    });
  });
});
