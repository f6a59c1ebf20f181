import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/sponsor-strip/plenary-sponsor-strip.js';
import type { PlenarySponsorStrip } from '../../src/elements/sponsor-strip/sponsor-strip.js';
import type { ConferenceJSON, SponsorJSON, TierJSON } from '../../src/data/types.js';

const SRC = '/public/conference.json';
const svg = (w: number, h: number) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#345"/></svg>`)}`;
const LOGO = svg(300, 100);
const DARK = svg(300, 101);

const conf = (sponsors: SponsorJSON[], tiers: TierJSON[] = [{ id: 'gold', name: { en: 'Gold', zh: '金牌' } }]): ConferenceJSON => ({
  version: 1,
  id: 'c',
  name: 'Conference',
  timezone: 'Asia/Shanghai',
  start: '2023-11-06',
  end: '2023-11-07',
  tiers,
  sponsors,
});
const many = (n: number): SponsorJSON[] =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Sponsor ${i + 1}`, tier: 'gold', logo: LOGO, url: `https://example.com/s${i}` }));

const root = (el: PlenarySponsorStrip) => el.shadowRoot!;
/** What is shown: the `tier` filter hides the tiers and logos it leaves out (the `hidden` attribute) rather than removing them. */
const $$ = <E extends Element = HTMLElement>(el: PlenarySponsorStrip, sel: string) =>
  [...root(el).querySelectorAll<E & Element>(sel)].filter((e) => !e.closest('[hidden]')) as E[];
const $ = <E extends Element = HTMLElement>(el: PlenarySponsorStrip, sel: string) => ($$<E>(el, sel)[0] ?? null) as E;
const style = (e: Element) => getComputedStyle(e);
const ready = async (el: PlenarySponsorStrip) => {
  await waitUntil(() => $(el, '.ss, [data-state="empty"]'), 'the sponsor strip did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
};
const make = async (t: ReturnType<typeof html>) => ready(await fixture<PlenarySponsorStrip>(t));
const frames = (n = 2) => new Promise<void>((r) => (function f(i: number) { if (!i) r(); else requestAnimationFrame(() => f(i - 1)); })(n));
const imagesSettled = (el: PlenarySponsorStrip) =>
  waitUntil(() => $$<HTMLImageElement>(el, 'img').every((i) => i.complete), 'images did not settle', { timeout: 5000 });
/** The accessible name of a logo: alt of its image, or its text (visually hidden text included); never aria-label. */
const nameOf = (a: Element) =>
  [...a.childNodes]
    .filter((n) => n.nodeType !== Node.COMMENT_NODE)
    .map((n) => (n instanceof HTMLImageElement ? n.alt : n.textContent))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
/** Play state and translation of the marquee's track. */
const playState = (el: PlenarySponsorStrip) => style($(el, '.track')).animationPlayState;

describe('plenary-sponsor-strip', () => {
  afterEach(async () => {
    sinon.restore();
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    await resetMouse();
    document.documentElement.style.colorScheme = '';
  });

  describe('accessibility', () => {
    it('is accessible as tiers', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC}></plenary-sponsor-strip>`);
      await expect(el).to.be.accessible();
    });

    for (const lang of ['en', 'zh', 'ar']) {
      for (const variant of ['tiers', 'strip', 'marquee']) {
        it(`is accessible as ${variant} in ${lang}`, async () => {
          const el = await make(html`<plenary-sponsor-strip src=${SRC} lang=${lang} variant=${variant} link-target="_blank" monochrome></plenary-sponsor-strip>`);
          expect($(el, '.root').dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible with tier names hidden and under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const a = await make(html`<plenary-sponsor-strip src=${SRC} hide-tier-names></plenary-sponsor-strip>`);
      await expect(a).to.be.accessible();
      const b = await make(html`<plenary-sponsor-strip src=${SRC} variant="marquee"></plenary-sponsor-strip>`);
      await expect(b).to.be.accessible();
    });
  });

  describe('tiers', () => {
    it('shows a heading per tier, in the file order, with names in the visitor language', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} lang="zh"></plenary-sponsor-strip>`);
      const heads = $$(el, '[part="tier-name"]');
      expect(heads.map((h) => h.textContent!.trim())).to.deep.equal(['联合主办单位', '承办单位', '合作伙伴', '媒体支持']);
      for (const h of heads) {
        expect(h.getAttribute('role')).to.equal('heading');
        expect(h.getAttribute('aria-level')).to.equal('3');
      }
      expect($$(el, '[part="tier"]')).to.have.length(4);
      const firstTier = $$(el, '[part="tier"]')[0]!;
      expect($$<HTMLImageElement>(el, '[part="tier"]:first-child img').map((i) => i.alt)).to.deep.equal([
        '中华人民共和国科学技术部',
        '中国科学院',
        '中国工程院',
        '中国科学技术协会',
        '重庆市人民政府',
        '四川省人民政府',
      ]);
      expect(firstTier.querySelector('ul')!.getAttribute('role')).to.equal('list');
    });

    it('the tier filter hides and shows the tiers it has (no logo is made again)', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC}></plenary-sponsor-strip>`);
      const before = [...root(el).querySelectorAll('[part="logo"]')];
      el.tier = 'media';
      await el.updateComplete;
      expect($$(el, '[part="tier-name"]').map((h) => h.textContent!.trim())).to.deep.equal(['Media partners']);
      el.tier = undefined;
      await el.updateComplete;
      const after = [...root(el).querySelectorAll('[part="logo"]')];
      expect(after.length).to.equal(before.length);
      expect(after.every((l, i) => l === before[i])).to.equal(true);
    });

    it('shows only the chosen tiers, in the file order whatever the attribute order; unknown ids are ignored', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} tier="media, co-sponsor,nope"></plenary-sponsor-strip>`);
      expect($$(el, '[part="tier-name"]').map((h) => h.textContent!.trim())).to.deep.equal(['Co-sponsors', 'Media partners']);
      el.tier = 'partner';
      await el.updateComplete;
      expect($$(el, '[part="tier-name"]').map((h) => h.textContent!.trim())).to.deep.equal(['Partners']);
      expect($$(el, '[part="logo"]')).to.have.length(7);
      // Nothing left because of an unknown id: the attribute is named, not a bare "Nothing to show yet."
      el.tier = 'nope';
      await el.updateComplete;
      expect($(el, '[data-state="error"]').textContent).to.contain('tier: no "nope" in this conference');
    });

    it('shows the empty message in the UI language when the file has no sponsors', async () => {
      const el = await make(html`<plenary-sponsor-strip lang="fr" .data=${conf([])}></plenary-sponsor-strip>`);
      expect($(el, '[data-state="empty"]').textContent).to.contain('Rien à afficher pour l’instant.');
    });

    it('hide-tier-names removes the headings but keeps each list named by its tier', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} hide-tier-names></plenary-sponsor-strip>`);
      expect($$(el, '[part="tier-name"], [role="heading"]')).to.have.length(0);
      expect($$(el, '[part="tier"] > ul').map((u) => u.getAttribute('aria-label'))).to.deep.equal(['Co-sponsors', 'Organisers', 'Partners', 'Media partners']);
    });

    it('heading-level sets the level of tier headings', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} heading-level="2"></plenary-sponsor-strip>`);
      expect($(el, '[part="tier-name"]').getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, '[part="tier-name"]').getAttribute('aria-level')).to.equal('6');
    });

    it('sizes logos by prominence, each in a box reserved before its image loads', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC}></plenary-sponsor-strip>`);
      const heights = $$(el, '[part="tier"]').map((t) => t.querySelector('[part="logo"]')!.getBoundingClientRect().height);
      [72, 57.6, 46.8, 36].forEach((h, i) => expect(heights[i]).to.be.closeTo(h, 0.1));
      const box = $(el, '[part="logo"]').getBoundingClientRect();
      expect(box.width).to.equal(216);
      // A logo that never arrives still has its box.
      const slow = await make(html`<plenary-sponsor-strip variant="strip" .data=${conf([{ id: 'a', name: 'A', tier: 'gold', logo: 'https://192.0.2.1/never.svg' }])}></plenary-sponsor-strip>`);
      const img = $<HTMLImageElement>(slow, 'img');
      expect(img.complete && img.naturalWidth > 0).to.equal(false);
      expect(img.getBoundingClientRect().height).to.equal(40);
      expect($(slow, '[part="logo"]').getBoundingClientRect().width).to.equal(144);
    });

    it('sizes the tiers a filter leaves by their place among those shown', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} tier="partner,media"></plenary-sponsor-strip>`);
      const heights = () => $$(el, '[part="tier"]').map((t) => t.querySelector('[part="logo"]')!.getBoundingClientRect().height);
      [72, 57.6].forEach((h, i) => expect(heights()[i]).to.be.closeTo(h, 0.1));
      el.tier = undefined;
      await el.updateComplete;
      [72, 57.6, 46.8, 36].forEach((h, i) => expect(heights()[i]).to.be.closeTo(h, 0.1));
    });

    it('keeps the aspect ratio of very wide and very tall logos inside the box', async () => {
      const el = await make(html`<plenary-sponsor-strip variant="strip" .data=${conf([
        { id: 'wide', name: 'Wide', tier: 'gold', logo: svg(600, 100) },
        { id: 'tall', name: 'Tall', tier: 'gold', logo: svg(120, 240) },
      ])}></plenary-sponsor-strip>`);
      await imagesSettled(el);
      const [wide, tall] = $$<HTMLImageElement>(el, 'img');
      for (const i of [wide!, tall!]) {
        expect(style(i).objectFit).to.equal('contain');
        expect(i.naturalWidth).to.be.greaterThan(0);
      }
      expect(style(wide!).height).to.equal('40px');
      expect(style(wide!).width).to.equal('136px');
    });
  });

  describe('links', () => {
    it('links each sponsor with a URL, rel sponsored noopener, same tab by default; a sponsor without URL is not a link', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} tier="co-sponsor,organizer"></plenary-sponsor-strip>`);
      const links = $$<HTMLAnchorElement>(el, 'a');
      expect(links.map((a) => a.href)).to.deep.equal([
        'https://example.com/sponsors/yangtze-foundation/',
        'https://example.com/sponsors/jialing-university/',
        'https://example.com/sponsors/yias/',
        'https://example.com/sponsors/shancheng-events/',
      ]);
      for (const a of links) {
        expect(a.rel).to.equal('sponsored noopener');
        expect(a.hasAttribute('target')).to.equal(false);
        expect(a.getAttribute('part')).to.equal('logo');
      }
      // The six co-sponsors have no URL: a logo, not a link.
      const plain = $$(el, 'span[part="logo"]');
      expect(plain).to.have.length(6);
      expect(plain[0]!.querySelector('img')!.alt).to.equal("Ministry of Science and Technology of the People's Republic of China");
    });

    it('names each link once, by the sponsor name (image alt, no aria-label)', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} tier="organizer"></plenary-sponsor-strip>`);
      const a = $(el, 'a');
      expect(a.hasAttribute('aria-label')).to.equal(false);
      expect(a.querySelectorAll('img')).to.have.length(1);
      expect(nameOf(a)).to.equal('Yangtze International Science Exchange Foundation');
    });

    it('link-target="_blank" opens in a new tab and says so in the UI language', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} tier="organizer" link-target="_blank" lang="zh"></plenary-sponsor-strip>`);
      const a = $<HTMLAnchorElement>(el, 'a');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('sponsored noopener');
      expect(nameOf(a)).to.equal('长江国际科学交流基金会 （在新标签页中打开）');
      expect(style(a.querySelector('.visually-hidden')!).position).to.equal('absolute');
      el.linkTarget = '_self';
      await el.updateComplete;
      // The logos are markup: a changed option renders the list again (look the link up anew).
      const self = $<HTMLAnchorElement>(el, 'a');
      expect(self.target).to.equal('_self');
      expect(nameOf(self)).to.equal('长江国际科学交流基金会');
    });

    it('never links a hostile or non-http URL', async () => {
      const el = await make(html`<plenary-sponsor-strip .data=${conf([
        { id: 'x', name: 'Evil', tier: 'gold', logo: LOGO, url: 'javascript:alert(1)' },
        { id: 'y', name: 'Data', tier: 'gold', logo: LOGO, url: 'data:text/html,<script>alert(1)</script>' },
        { id: 'z', name: 'Good', tier: 'gold', logo: LOGO, url: 'https://example.com/good' },
      ])}></plenary-sponsor-strip>`);
      const links = $$<HTMLAnchorElement>(el, 'a');
      expect(links.map((a) => a.href)).to.deep.equal(['https://example.com/good']);
      expect(root(el).innerHTML).not.to.contain('javascript:');
      expect($$(el, 'span[part="logo"] img').map((i) => (i as HTMLImageElement).alt)).to.deep.equal(['Evil', 'Data']);
    });
  });

  describe('logos', () => {
    it('shows the sponsor name instead of a missing logo or one that fails to load', async () => {
      const el = await make(html`<plenary-sponsor-strip variant="strip" .data=${conf([
        { id: 'a', name: 'Broken', tier: 'gold', logo: '/no/such/logo.svg', url: 'https://example.com/a' },
        { id: 'b', name: 'No logo', tier: 'gold', url: 'https://example.com/b' },
        { id: 'c', name: 'Fine', tier: 'gold', logo: LOGO },
      ])}></plenary-sponsor-strip>`);
      expect(nameOf($(el, 'a[href$="/b"]'))).to.equal('No logo');
      await waitUntil(() => !$(el, 'a[href$="/a"] img'), 'the broken logo was not replaced', { timeout: 5000 });
      const broken = $(el, 'a[href$="/a"]');
      expect(broken.querySelector('.name')!.textContent).to.equal('Broken');
      expect(nameOf(broken)).to.equal('Broken');
      expect(broken.getBoundingClientRect().height).to.equal(48);
      expect($<HTMLImageElement>(el, 'span[part="logo"] img').alt).to.equal('Fine');
      await expect(el).to.be.accessible();
    });

    it('the sample: andes-asia has no logo and is shown by name', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} tier="partner"></plenary-sponsor-strip>`);
      const name = $(el, 'a[href*="andes-asia"] .name');
      expect(name.textContent).to.equal('Andes–Asia Research Exchange');
      // Shown whole, not cut to "Andes–Asia Research…" (its box grows instead), with text spacing too (WCAG 1.4.12).
      expect(name.scrollHeight).to.be.at.most(name.clientHeight);
      name.style.cssText = 'line-height: 1.5; letter-spacing: .12em; word-spacing: .16em';
      expect(name.scrollHeight).to.be.at.most(name.clientHeight);
      expect(name.closest('a')!.getBoundingClientRect().bottom).to.be.at.least(name.getBoundingClientRect().bottom);
    });

    it('uses the dark logo when the page is dark (its color-scheme and the visitor preference), falling back to the light one', async () => {
      const data = conf([
        { id: 'a', name: 'A', tier: 'gold', logo: LOGO, logoDark: DARK },
        { id: 'b', name: 'B', tier: 'gold', logo: LOGO },
        { id: 'c', name: 'C', tier: 'gold', logo: LOGO, logoDark: '/no/such/dark.svg' },
      ]);
      const srcs = (el: PlenarySponsorStrip) => $$<HTMLImageElement>(el, 'img').map((i) => i.getAttribute('src'));
      // The visitor prefers dark, but the page is light-only: light logos.
      await emulateMedia({ colorScheme: 'dark' });
      let el = await make(html`<plenary-sponsor-strip variant="strip" .data=${data}></plenary-sponsor-strip>`);
      expect(srcs(el)).to.deep.equal([LOGO, LOGO, LOGO]);
      // A page that supports dark: dark logos where there are any; a light logo gets a plate.
      document.documentElement.style.colorScheme = 'light dark';
      el = await make(html`<plenary-sponsor-strip variant="strip" .data=${data}></plenary-sponsor-strip>`);
      expect(srcs(el).slice(0, 2)).to.deep.equal([DARK, LOGO]);
      expect($$(el, '[part="logo"]').map((l) => l.classList.contains('plate'))).to.deep.equal([false, true, false]);
      expect(style($$(el, '[part="logo"]')[1]!).backgroundColor).to.equal('rgb(244, 245, 247)');
      await waitUntil(() => srcs(el)[2] === LOGO, 'a failed dark logo did not fall back to the light one', { timeout: 5000 });
    });

    it('follows the page when it switches its colour scheme at runtime', async () => {
      const data = conf([{ id: 'a', name: 'A', tier: 'gold', logo: LOGO, logoDark: DARK }]);
      const el = await make(html`<plenary-sponsor-strip .data=${data}></plenary-sponsor-strip>`);
      expect($<HTMLImageElement>(el, 'img').getAttribute('src')).to.equal(LOGO);
      document.documentElement.style.colorScheme = 'dark';
      await waitUntil(() => $<HTMLImageElement>(el, 'img').getAttribute('src') === DARK, 'dark logo not used', { timeout: 5000 });
      document.documentElement.style.colorScheme = 'light';
      await waitUntil(() => $<HTMLImageElement>(el, 'img').getAttribute('src') === LOGO, 'light logo not restored', { timeout: 5000 });
    });

    it('monochrome greys logos until hovered or focused', async () => {
      const el = await make(html`<plenary-sponsor-strip variant="strip" monochrome .data=${conf(many(3))}></plenary-sponsor-strip>`);
      // The end state, not the 0.2 s fade: a test page in the background (parallel files) may never run it.
      const still = new CSSStyleSheet();
      still.replaceSync('* { transition: none !important }');
      root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, still];
      const imgs = $$(el, 'img');
      expect(style(imgs[0]!).filter).to.equal('grayscale(1)');
      $(el, 'a').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal($$(el, 'a')[1]);
      await waitUntil(() => style(imgs[1]!).filter === 'none', 'focused logo stayed grey');
      expect(style(imgs[0]!).filter).to.equal('grayscale(1)');
      const r = imgs[2]!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await waitUntil(() => style(imgs[2]!).filter === 'none', 'hovered logo stayed grey');
      const plain = await make(html`<plenary-sponsor-strip variant="strip" .data=${conf(many(1))}></plenary-sponsor-strip>`);
      expect(style($(plain, 'img')).filter).to.equal('none');
    });

    it('renders 60 sponsors in every variant', async () => {
      const data = conf(many(60));
      for (const variant of ['tiers', 'strip', 'marquee']) {
        fixtureCleanup();
        const el = await make(html`<plenary-sponsor-strip variant=${variant} .data=${data}></plenary-sponsor-strip>`);
        expect($$(el, 'ul:not(.copy) a')).to.have.length(60);
        expect($$(el, 'ul:not(.copy) img').map((i) => (i as HTMLImageElement).alt)[59]).to.equal('Sponsor 60');
      }
    });
  });

  describe('strip', () => {
    it('is one list of every chosen sponsor, tier after tier, named "Sponsors" in the UI language', async () => {
      const el = await make(html`<plenary-sponsor-strip src=${SRC} variant="strip" tier="media,partner" lang="ru"></plenary-sponsor-strip>`);
      const lists = $$(el, 'ul');
      expect(lists).to.have.length(1);
      expect(lists[0]!.getAttribute('aria-label')).to.equal('Спонсоры и партнёры');
      expect($$(el, '[part="tier-name"]')).to.have.length(0);
      expect($$<HTMLAnchorElement>(el, 'a').map((a) => a.href.split('/').at(-2))).to.deep.equal([
        'silk-road-data',
        'tianlu-bio',
        'eurasia-academies',
        'kunlun-quantum',
        'sahel-green',
        'meridian-press',
        'andes-asia',
        'silk-road-science-daily',
        'orbit-science-tv',
        'mountain-city-tv',
      ]);
      expect(style(lists[0]!).flexWrap).to.equal('wrap');
      expect($(el, '[part="logo"]').getBoundingClientRect().height).to.equal(48);
      expect($(el, 'button')).to.equal(null);
    });
  });

  describe('marquee', () => {
    const marquee = (attrs = '', data = conf(many(8))) =>
      make(html`<plenary-sponsor-strip variant="marquee" .data=${data} speed=${attrs || 'normal'}></plenary-sponsor-strip>`);

    it('has the list twice; the copy is hidden from assistive technology and cannot be focused', async () => {
      const el = await marquee();
      const [first, copy] = $$(el, '.track > ul');
      expect(first!.getAttribute('aria-label')).to.equal('Sponsors');
      expect(first!.hasAttribute('aria-hidden')).to.equal(false);
      expect(first!.inert).to.equal(false);
      expect(copy!.getAttribute('aria-hidden')).to.equal('true');
      expect(copy!.inert).to.equal(true);
      expect(copy!.querySelectorAll('a')).to.have.length(8);
      copy!.querySelector('a')!.focus();
      expect(root(el).activeElement).to.equal(null);
    });

    it('keyboard users reach the pause button then every logo once, in order, each scrolled into view', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      const el = await marquee();
      el.before(before);
      before.focus();
      const seen: string[] = [];
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('part')).to.equal('pause-button');
      for (let i = 0; i < 9; i++) {
        await sendKeys({ press: 'Tab' });
        const a = root(el).activeElement as HTMLAnchorElement | null;
        if (!a) break;
        seen.push(a.href);
        // Stopped, and the focused logo is inside the window.
        expect(style($(el, '.track')).animationName).to.equal('none');
        const v = $(el, '.viewport').getBoundingClientRect();
        const r = a.getBoundingClientRect();
        expect(r.left).to.be.at.least(v.left - 1);
        expect(r.right).to.be.at.most(v.right + 1);
      }
      expect(seen).to.deep.equal(many(8).map((s) => s.url));
      expect(root(el).activeElement).to.equal(null);
      expect($(el, '.viewport').scrollLeft).to.equal(0);
      expect(style($(el, '.track')).animationName).to.equal('plenary-sponsor-marquee');
      before.remove();
    });

    it('loops seamlessly: two equal copies, each at least as wide as the window, moved by half the track', async () => {
      const el = await marquee('', conf(many(2)));
      const [a, b] = $$(el, '.track > ul');
      const v = $(el, '.viewport').getBoundingClientRect().width;
      expect(a!.getBoundingClientRect().width).to.equal(b!.getBoundingClientRect().width);
      expect(a!.getBoundingClientRect().width).to.be.at.least(v - 0.5);
      const anim = $(el, '.track').getAnimations()[0]!;
      anim.pause();
      anim.currentTime = (anim.effect!.getTiming().duration as number) * 0.999999;
      const x = new DOMMatrix(style($(el, '.track')).transform).m41;
      expect(x).to.be.closeTo(-a!.getBoundingClientRect().width, 1);
    });

    it('runs the other way in RTL', async () => {
      const x = async (lang: string) => {
        const el = await make(html`<plenary-sponsor-strip variant="marquee" lang=${lang} .data=${conf(many(8))}></plenary-sponsor-strip>`);
        const anim = $(el, '.track').getAnimations()[0]!;
        anim.pause();
        anim.currentTime = 1000;
        return new DOMMatrix(style($(el, '.track')).transform).m41;
      };
      expect(await x('en')).to.be.below(0);
      expect(await x('ar')).to.be.above(0);
    });

    it('pause button stops and restarts the animation, its label in the UI language', async () => {
      const el = await make(html`<plenary-sponsor-strip variant="marquee" lang="es" .data=${conf(many(8))}></plenary-sponsor-strip>`);
      const button = $<HTMLButtonElement>(el, '[part="pause-button"]');
      expect(button.textContent!.trim()).to.equal('Pausar');
      expect(style(button).display).not.to.equal('none');
      expect(playState(el)).to.equal('running');
      button.click();
      await el.updateComplete;
      expect(playState(el)).to.equal('paused');
      expect(button.textContent!.trim()).to.equal('Reproducir');
      button.click();
      await el.updateComplete;
      expect(playState(el)).to.equal('running');
      expect(button.textContent!.trim()).to.equal('Pausar');
    });

    it('pauses on hover and while focus is inside', async () => {
      const el = await marquee();
      const r = $(el, '.viewport').getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.x + 10), Math.round(r.y + r.height / 2)] });
      await frames();
      expect(playState(el)).to.equal('paused');
      await sendMouse({ type: 'move', position: [0, Math.round(r.bottom + 200)] });
      await frames();
      expect(playState(el)).to.equal('running');
      $(el, '[part="pause-button"]').focus();
      expect(playState(el)).to.equal('paused');
    });

    it('pauses while the tab is hidden, and stops listening when removed', async () => {
      const add = sinon.spy(document, 'addEventListener');
      const remove = sinon.spy(document, 'removeEventListener');
      const el = await marquee();
      const handler = add.getCalls().find((c) => c.args[0] === 'visibilitychange')!.args[1];
      const vis = sinon.stub(document, 'visibilityState').get(() => 'hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(playState(el)).to.equal('paused');
      vis.get(() => 'visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(playState(el)).to.equal('running');
      el.remove();
      expect(remove.calledWith('visibilitychange', handler)).to.equal(true);
    });

    it('pauses while scrolled out of view', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size: ${innerHeight * 4}px"></div>
        <plenary-sponsor-strip eager variant="marquee" .data=${conf(many(8))}></plenary-sponsor-strip>
      </div>`);
      const el = await ready(wrap.querySelector('plenary-sponsor-strip')!);
      await waitUntil(() => playState(el) === 'paused', 'an off-screen marquee kept running', { timeout: 2000 });
      el.scrollIntoView();
      await waitUntil(() => playState(el) === 'running', 'the marquee did not resume in view', { timeout: 2000 });
      scrollTo(0, 0);
    });

    it('speed: named speeds scale with the number of logos; a number is seconds per loop', async () => {
      const duration = (el: PlenarySponsorStrip) => style($(el, '.track')).animationDuration;
      expect(duration(await marquee('slow'))).to.equal('40s');
      expect(duration(await marquee('normal'))).to.equal('24s');
      expect(duration(await marquee('fast'))).to.equal('14.4s');
      expect(duration(await marquee('12.5'))).to.equal('12.5s');
      expect(duration(await marquee('warp'))).to.equal('24s');
      expect(duration(await marquee('-3'))).to.equal('24s');
    });

    it('does not move under prefers-reduced-motion: a static wrapping strip, once, with no pause button', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await marquee();
      expect(style($(el, '.track')).animationName).to.equal('none');
      expect(style($(el, '.copy')).display).to.equal('none');
      expect(style($(el, '[part="pause-button"]')).display).to.equal('none');
      expect(style($(el, '.track > ul')).flexWrap).to.equal('wrap');
      expect($(el, '.track').getBoundingClientRect().width).to.be.at.most($(el, '.root').getBoundingClientRect().width);
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(style($(el, '.track')).animationName).to.equal('plenary-sponsor-marquee');
    });

    it('prints as the static strip', async () => {
      const el = await marquee();
      await emulateMedia({ media: 'print' });
      try {
        expect(style($(el, '.track')).animationName).to.equal('none');
        expect(style($(el, '.copy')).display).to.equal('none');
        expect(style($(el, '[part="pause-button"]')).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('reduced-motion attribute gives the same static strip for everyone', async () => {
      const el = await make(html`<plenary-sponsor-strip variant="marquee" reduced-motion .data=${conf(many(30))}></plenary-sponsor-strip>`);
      expect(style($(el, '.track')).animationName).to.equal('none');
      expect(style($(el, '.copy')).display).to.equal('none');
      expect(style($(el, '[part="pause-button"]')).display).to.equal('none');
      expect(style($(el, '.track > ul')).flexWrap).to.equal('wrap');
      expect($(el, '.track').getBoundingClientRect().width).to.be.at.most($(el, '.root').getBoundingClientRect().width);
      expect($(el, '.track').getBoundingClientRect().height).to.be.above(100);
      await expect(el).to.be.accessible();
    });
  });
});
