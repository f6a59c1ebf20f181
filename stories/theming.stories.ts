import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/context/plenary-conference.js';
import '../src/elements/countdown/plenary-countdown.js';
import '../src/elements/schedule/plenary-schedule.js';
import '../src/elements/speaker-grid/plenary-speaker-grid.js';
import '../src/elements/sponsor-strip/plenary-sponsor-strip.js';

/** The shared theme properties (README, "Theming: the shared properties"), as controls: arg, property, control, note. */
const THEME = [
  ['accent', '--plenary-color-accent', 'color', 'links, focus rings, countdown numbers.'],
  ['text', '--plenary-color-text', 'color'],
  ['muted', '--plenary-color-muted', 'color'],
  ['surface', '--plenary-color-surface', 'color'],
  ['surfaceHover', '--plenary-color-surface-hover', 'color'],
  ['border', '--plenary-color-border', 'color'],
  ['borderStrong', '--plenary-color-border-strong', 'color'],
  ['radius', '--plenary-radius', 'text', 'e.g. `0`, `1em`.'],
  ['radiusLarge', '--plenary-radius-large', 'text'],
  ['lineHeight', '--plenary-line-height', 'text'],
] as const;
type ThemeArg = (typeof THEME)[number][0];

/** The page around the widgets, and the theme properties. Empty: the default. */
interface Args extends Record<ThemeArg, string> {
  colorScheme: 'light' | 'dark' | 'light dark';
  pageBackground: string;
  pageColor: string;
  fontFamily: string;
}

const vars = (a: Args) => ({
  'color-scheme': a.colorScheme,
  background: a.pageBackground || undefined,
  color: a.pageColor || undefined,
  'font-family': a.fontFamily || undefined,
  padding: '1rem',
  ...Object.fromEntries(THEME.map(([arg, prop]) => [prop, a[arg] || undefined])),
});

const meta: Meta<Args> = {
  title: 'Theming',
  args: {
    colorScheme: 'light',
    pageBackground: '',
    pageColor: '',
    fontFamily: '',
    ...(Object.fromEntries(THEME.map(([arg]) => [arg, ''])) as Record<ThemeArg, string>),
  },
  argTypes: {
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'light dark'], description: 'The page’s `color-scheme`. The widgets take their dark defaults from the page’s light text colour, declared or not.' },
    pageBackground: { control: 'color', description: 'The page’s background (not a Plenary property).' },
    pageColor: { control: 'color', description: 'The page’s text colour: inherited by the widgets.' },
    fontFamily: { control: 'text', description: 'The page’s font: inherited by the widgets.' },
    ...Object.fromEntries(THEME.map(([arg, prop, control, note]) => [arg, { control, description: `\`${prop}\`${note ? `: ${note}` : ''}` }])),
  },
  render: (a) => html`<div style=${styleMap(vars(a))}>
    <plenary-conference src="/conference.json" now="2023-11-06T06:10:00Z">
      <plenary-countdown eager>6–7 November 2023, Chongqing</plenary-countdown>
      <plenary-schedule eager view="list" day="2023-11-06" track="opening"></plenary-schedule>
      <plenary-speaker-grid eager limit="4"></plenary-speaker-grid>
      <plenary-sponsor-strip eager tier="co-sponsor"></plenary-sponsor-strip>
    </plenary-conference>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every widget with the default theme: set the controls to try a brand. */
export const Defaults: Story = {};

/** A university brand: its red as the accent (with a lighter red for dark mode), square corners, a serif page. */
export const Brand: Story = {
  args: { colorScheme: 'light dark', accent: 'light-dark(#c8102e, #ff8a9a)', radius: '0', radiusLarge: '0', fontFamily: 'Georgia, serif', pageColor: '' },
};

/** A dark site: light text on a dark background, and the widgets follow (its `color-scheme: dark` is not needed for that). */
export const DarkSite: Story = { args: { colorScheme: 'dark', pageBackground: '#111418', pageColor: '#e8ebf0' } };
