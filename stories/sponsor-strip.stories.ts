import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/context/plenary-conference.js';
import '../src/elements/sponsor-strip/plenary-sponsor-strip.js';
import { loading } from './loading-provider.js';
import type { ConferenceJSON, SponsorJSON, TierJSON } from '../src/data/types.js';

interface Args {
  variant: 'tiers' | 'strip' | 'marquee';
  tier?: string;
  speed?: string;
  hideTierNames: boolean;
  monochrome: boolean;
  reducedMotion: boolean;
  linkTarget?: string;
  headingLevel?: number;
  lang?: string;
  /** Conference data instead of the sample file. */
  data?: ConferenceJSON;
}

const LOGOS = ['most', 'cas', 'cae', 'cast', 'yias', 'tianlu-bio', 'kunlun-quantum', 'sahel-green', 'meridian-press', 'mountain-city-tv'];

/** A conference with `n` generated sponsors spread over `tiers` tiers (sample logos, every 7th without one). */
function generated(n: number, tiers = 1): ConferenceJSON {
  const names = ['Platinum', 'Gold', 'Silver', 'Bronze', 'Supporters', 'Friends'];
  const t: TierJSON[] = Array.from({ length: tiers }, (_, i) => ({ id: `t${i}`, name: { en: names[i] ?? `Tier ${i + 1}`, zh: `第${i + 1}级` } }));
  const sponsors: SponsorJSON[] = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: { en: `Sponsor ${i + 1}`, zh: `赞助单位${i + 1}` },
    tier: `t${Math.floor((i * tiers) / n)}`,
    logo: i % 7 === 6 ? undefined : `/sample/logos/${LOGOS[i % LOGOS.length]}.svg`,
    url: `https://example.com/sponsors/${i + 1}/`,
  }));
  return { version: 1, id: 'generated', name: 'Generated', timezone: 'Asia/Shanghai', start: '2023-11-06', end: '2023-11-07', tiers: t, sponsors };
}

const strip = (a: Args) =>
  html`<plenary-sponsor-strip
    src=${ifDefined(a.data ? undefined : '/conference.json')}
    .data=${a.data}
    variant=${a.variant}
    tier=${ifDefined(a.tier || undefined)}
    speed=${ifDefined(a.speed || undefined)}
    ?hide-tier-names=${a.hideTierNames}
    ?monochrome=${a.monochrome}
    ?reduced-motion=${a.reducedMotion}
    link-target=${ifDefined(a.linkTarget || undefined)}
    heading-level=${ifDefined(a.headingLevel)}
    lang=${ifDefined(a.lang)}
  ></plenary-sponsor-strip>`;

const meta: Meta<Args> = {
  title: 'Widgets/Sponsor strip',
  component: 'plenary-sponsor-strip',
  args: { variant: 'tiers', hideTierNames: false, monochrome: false, reducedMotion: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['tiers', 'strip', 'marquee'] },
    tier: { control: 'text', description: 'Comma-separated tier ids: co-sponsor, organizer, partner, media.' },
    speed: { control: 'text', description: 'slow, normal, fast, or seconds per loop.' },
    linkTarget: { control: 'select', options: [undefined, '_blank', '_self'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'select', options: [undefined, 'en', 'zh', 'ar', 'fr', 'ru', 'es'] },
    reducedMotion: { description: 'Force the static strip that visitors who prefer reduced motion see.' },
    data: { control: false },
  },
  render: strip,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample conference: four tiers, logos smaller with each tier, names in the visitor's language. */
export const Tiers: Story = {};

/** One wrapping row of every sponsor, tier after tier. */
export const Strip: Story = { args: { variant: 'strip' } };

/** One scrolling row: pause with the button, or by hovering or focusing it. */
export const Marquee: Story = { args: { variant: 'marquee', linkTarget: '_blank' } };

/** A slow marquee of the partners only. */
export const MarqueeSlow: Story = { args: { variant: 'marquee', tier: 'partner,media', speed: 'slow' } };

/** Only the co-sponsors, without the tier heading (the page has its own). */
export const OneTier: Story = { args: { tier: 'co-sponsor', hideTierNames: true } };

/** A typo in `tier` (`co-sponsors` for `co-sponsor`): the attribute named, with the tier ids the conference has. */
export const UnknownTier: Story = { args: { tier: 'co-sponsors' } };

/** Six generated tiers: the fourth and later share the smallest size. */
export const ManyTiers: Story = { args: { data: generated(30, 6) } };

/** Three sponsors: the marquee spreads them over the width and still loops seamlessly. */
export const ThreeSponsors: Story = { args: { variant: 'marquee', data: generated(3) } };

/** Sixty sponsors in tiers (every seventh has no logo and shows its name). */
export const SixtySponsors: Story = { args: { data: generated(60, 3) } };

/** Sixty sponsors in the marquee: the named speeds scale with the number of logos. */
export const SixtySponsorsMarquee: Story = { args: { variant: 'marquee', data: generated(60) } };

/** Missing and broken logos show the sponsor's name (the sample's andes-asia has no logo). */
export const MissingLogos: Story = {
  args: {
    variant: 'strip',
    data: {
      ...generated(0),
      tiers: [{ id: 't0', name: 'Partners' }],
      sponsors: [
        { id: 'a', name: 'Andes–Asia Research Exchange', tier: 't0', url: 'https://example.com/sponsors/andes-asia/' },
        { id: 'b', name: 'Broken Logo Foundation', tier: 't0', logo: '/sample/logos/does-not-exist.svg', url: 'https://example.com/b/' },
        { id: 'c', name: { en: 'Tianlu Biotech Co., Ltd.', zh: '天路生物科技有限公司' }, tier: 't0', logo: '/sample/logos/tianlu-bio.svg' },
        { id: 'd', name: 'A sponsor with a very long name that has to wrap inside its box', tier: 't0' },
      ],
    },
  },
};

/** A very wide logo (silk-road-data, 6:1) and a very tall one (orbit-science-tv, 1:2) keep their shape in the same boxes. */
export const WideAndTallLogos: Story = { args: { variant: 'strip', tier: 'partner,media' } };

/** A dark page (light text on a dark background): dark logos where the file has them, a light plate behind the others. */
export const Dark: Story = {
  render: (a) => html`<div style="color-scheme: dark; background: #15181e; color: #eef1f5; padding: 1rem">${strip(a)}</div>`,
};

/** A dark page, marquee. */
export const DarkMarquee: Story = { ...Dark, args: { variant: 'marquee' } };

/** Arabic: right to left; the marquee runs the other way. */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** Arabic marquee. */
export const RightToLeftMarquee: Story = { args: { lang: 'ar', variant: 'marquee' } };

/** Chinese. */
export const Chinese: Story = { args: { lang: 'zh', variant: 'strip' } };

/** What visitors who prefer reduced motion get from the marquee: a static wrapping row, shown once, no button. */
export const ReducedMotion: Story = { args: { variant: 'marquee', reducedMotion: true } };

/** Greyscale until hovered or focused. */
export const Monochrome: Story = { args: { variant: 'strip', monochrome: true } };

/** Inside a provider whose file is still on the way: the loading state keeps the space. */
export const Loading: Story = { render: (a) => loading(html`<plenary-sponsor-strip eager variant=${a.variant}></plenary-sponsor-strip>`) };

/** A file that is not there: the error, with "Try again". */
export const ErrorState: Story = { name: 'Error', render: (a) =>
    html`<plenary-conference src="/no-such-file.json"><plenary-sponsor-strip eager variant=${a.variant}></plenary-sponsor-strip></plenary-conference>`,
};

/** A conference without sponsors yet. */
export const Empty: Story = {
  args: { data: { version: 1, id: 'empty', name: 'Empty', timezone: 'Asia/Shanghai', start: '2024-05-06', end: '2024-05-07', sponsors: [] } },
};
