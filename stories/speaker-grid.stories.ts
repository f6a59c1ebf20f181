import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/context/plenary-conference.js';
import '../src/elements/speaker-grid/plenary-speaker-grid.js';
import { loading } from './loading-provider.js';

interface Args {
  src?: string;
  data?: unknown;
  speakers?: string;
  track?: string;
  session?: string;
  featured: boolean;
  limit?: number;
  sort?: 'name' | 'country' | 'data';
  groupBy?: 'none' | 'country' | 'track' | 'affiliation';
  variant: 'card' | 'compact' | 'avatar';
  hideSearch: boolean;
  hideFilters: boolean;
  lang?: string;
  timeZone?: string;
}

const grid = (a: Args) =>
  html`<plenary-speaker-grid
    src=${ifDefined(a.data ? undefined : a.src)}
    .data=${a.data}
    speakers=${ifDefined(a.speakers)}
    track=${ifDefined(a.track)}
    session=${ifDefined(a.session)}
    ?featured=${a.featured}
    limit=${ifDefined(a.limit)}
    sort=${ifDefined(a.sort)}
    group-by=${ifDefined(a.groupBy)}
    variant=${a.variant}
    ?hide-search=${a.hideSearch}
    ?hide-filters=${a.hideFilters}
    lang=${ifDefined(a.lang)}
    time-zone=${ifDefined(a.timeZone)}
    eager
  ></plenary-speaker-grid>`;

/** A tiny conference around generated speakers, for the edge cases the sample does not have. */
const conference = (speakers: object[]) => ({
  version: 1,
  id: 'story',
  name: 'Story conference',
  timezone: 'Asia/Shanghai',
  start: '2023-11-06',
  end: '2023-11-07',
  speakers,
  sessions: [
    {
      id: 'panel',
      title: { en: 'A panel with everyone', zh: '全体圆桌' },
      start: '2023-11-06T14:00',
      duration: 'PT1H30M',
      speakers: speakers.map((s) => (s as { id: string }).id),
    },
  ],
});

const meta: Meta<Args> = {
  title: 'Widgets/Speaker grid',
  component: 'plenary-speaker-grid',
  args: { src: '/conference.json', featured: false, variant: 'card', hideSearch: false, hideFilters: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'compact', 'avatar'] },
    sort: { control: 'inline-radio', options: [undefined, 'name', 'country', 'data'] },
    groupBy: { control: 'inline-radio', options: [undefined, 'none', 'country', 'track', 'affiliation'] },
    lang: { control: 'select', options: [undefined, 'en', 'zh', 'ar', 'fr', 'ru', 'es'] },
    limit: { control: 'number' },
    timeZone: { control: 'text' },
    data: { control: false },
  },
  render: (a) => grid(a),
};
export default meta;
type Story = StoryObj<Args>;

/** Every speaker of the sample: photo on top, search and country filter with counts. Click one for the dialog. */
export const Card: Story = {};

/** Small photo beside the text: for a sidebar or a dense page. */
export const Compact: Story = { args: { variant: 'compact' } };

/** Photo (or initials) and name only. */
export const Avatar: Story = { args: { variant: 'avatar', hideFilters: true } };

/** Grouped under a heading per country or region, named in the visitor's language. */
export const GroupedByCountry: Story = { args: { groupBy: 'country', hideFilters: true } };

/** Grouped by track: a speaker in several tracks appears under each. */
export const GroupedByTrack: Story = { args: { groupBy: 'track', variant: 'compact' } };

/** Only the featured speakers, the first eight, with a "Show all" button: a home-page strip. */
export const FeaturedWithLimit: Story = { args: { featured: true, limit: 8, hideSearch: true, hideFilters: true } };

/** A hand-picked list, in the order given (`speakers="sp-li,sp-okafor,…"`). */
export const Picked: Story = { args: { speakers: 'sp-okafor,sp-li,sp-ivanova,sp-hassan', hideSearch: true } };

/** The speakers of one track, in Chinese, grouped by country; names sort by pinyin. */
export const TrackInChinese: Story = { args: { track: 'future-medicine', groupBy: 'country', lang: 'zh' } };

/** Chinese: UI, names, country names and collation. */
export const Chinese: Story = { args: { lang: 'zh' } };

/** Arabic: right to left, Arabic plural forms in the counts, Arabic names where the data has them. */
export const RightToLeft: Story = { args: { lang: 'ar', variant: 'compact' } };

/** A dark page: the grid reads its light text colour and takes its dark colours (light-dark()). */
export const Dark: Story = {
  render: (a) => html`<div style="color-scheme: dark; background: #111418; color: #e8ebf0; padding: 1rem">${grid(a)}</div>`,
};

/** A speaker without photo, affiliation or country; a photo that fails to load (initials instead). */
export const MissingData: Story = {
  args: {
    data: conference([
      { id: 'a', name: 'Ada Obi' },
      { id: 'b', name: { zh: '周明', en: 'Zhou Ming' }, position: 'Engineer' },
      { id: 'c', name: 'Broken Photo', affiliation: 'Somewhere', country: 'KE', photo: '/sample/speakers/missing.svg' },
      { id: 'd', name: 'فاطمة الزهراء', country: 'MA' },
    ]),
  },
};

const longNames = [
  'Maria Magdalena Alessandra Fernández de la Concepción y Villanueva-Santisteban',
  'Pablo Diego José Francisco de Paula Juan Nepomuceno Ruiz y Picasso',
  'عبد الرحمن بن محمد بن عبد الله بن إبراهيم آل الشيخ الحسيني',
  'Александра Владимировна Константинопольская-Преображенская',
  '欧阳司马上官慕容长孙宇文端木皇甫诸葛令狐',
  'Κωνσταντίνος Παπαδημητρακόπουλος-Χατζηγεωργίου',
  'ศาสตราจารย์ ดร. สมศักดิ์ เจริญวิทยาพัฒนากุลวงศ์',
  'Nguyễn Thị Thanh Hương Phương Thảo Bích Ngọc',
];

/** Very long names and affiliations in several scripts: they wrap, never overflow. */
export const LongNames: Story = {
  args: {
    variant: 'card',
    data: conference(
      longNames.map((name, i) => ({
        id: `l${i}`,
        name,
        position: 'Distinguished Professor and Director of the Institute for Interdisciplinary Advanced Studies',
        affiliation: 'Internationale Forschungsgemeinschaft für Hochenergiephysik und Teilchenbeschleunigertechnologie',
        country: ['ES', 'ES', 'SA', 'RU', 'CN', 'GR', 'TH', 'VN'][i],
        honours: ['Member of the National Academy of Sciences, Engineering and Medicine'],
      })),
    ),
  },
};

/** Inside a provider whose file is still on the way: the loading state keeps the space. */
export const Loading: Story = {
  render: () => loading(html`<plenary-speaker-grid eager></plenary-speaker-grid>`),
};

/** A file that does not exist: a readable error with a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: '/no-such-conference.json' } };

/** A conference with no speakers yet. */
export const Empty: Story = { args: { data: { version: 1, id: 'empty', name: 'Empty', timezone: 'Asia/Shanghai', start: '2024-05-06', end: '2024-05-07', speakers: [] } } };

/** A typo in an attribute (`track="no-such-track"`): the attribute named, with the ids the conference has. */
export const UnknownTrack: Story = { args: { track: 'no-such-track' } };
