import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/context/plenary-conference.js';
import '../src/elements/countdown/plenary-countdown.js';
import '../src/elements/schedule/plenary-schedule.js';
import '../src/elements/speaker-grid/plenary-speaker-grid.js';
import '../src/elements/sponsor-strip/plenary-sponsor-strip.js';

/** The shared theme properties (README, "Theming: the shared properties"), as controls. Empty: the default. */
interface Args {
  colorScheme: 'light' | 'dark' | 'light dark';
  pageBackground: string;
  pageColor: string;
  fontFamily: string;
  accent: string;
  text: string;
  muted: string;
  surface: string;
  surfaceHover: string;
  border: string;
  borderStrong: string;
  radius: string;
  radiusLarge: string;
  lineHeight: string;
}

const vars = (a: Args) => ({
  'color-scheme': a.colorScheme,
  background: a.pageBackground || undefined,
  color: a.pageColor || undefined,
  'font-family': a.fontFamily || undefined,
  padding: '1rem',
  '--plenary-color-accent': a.accent || undefined,
  '--plenary-color-text': a.text || undefined,
  '--plenary-color-muted': a.muted || undefined,
  '--plenary-color-surface': a.surface || undefined,
  '--plenary-color-surface-hover': a.surfaceHover || undefined,
  '--plenary-color-border': a.border || undefined,
  '--plenary-color-border-strong': a.borderStrong || undefined,
  '--plenary-radius': a.radius || undefined,
  '--plenary-radius-large': a.radiusLarge || undefined,
  '--plenary-line-height': a.lineHeight || undefined,
});

const meta: Meta<Args> = {
  title: 'Theming',
  args: {
    colorScheme: 'light',
    pageBackground: '',
    pageColor: '',
    fontFamily: '',
    accent: '',
    text: '',
    muted: '',
    surface: '',
    surfaceHover: '',
    border: '',
    borderStrong: '',
    radius: '',
    radiusLarge: '',
    lineHeight: '',
  },
  argTypes: {
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'light dark'], description: 'The page’s `color-scheme`: the dark defaults need it.' },
    pageBackground: { control: 'color', description: 'The page’s background (not a Plenary property).' },
    pageColor: { control: 'color', description: 'The page’s text colour: inherited by the widgets.' },
    fontFamily: { control: 'text', description: 'The page’s font: inherited by the widgets.' },
    accent: { control: 'color', description: '`--plenary-color-accent`: links, focus rings, countdown numbers.' },
    text: { control: 'color', description: '`--plenary-color-text`' },
    muted: { control: 'color', description: '`--plenary-color-muted`' },
    surface: { control: 'color', description: '`--plenary-color-surface`' },
    surfaceHover: { control: 'color', description: '`--plenary-color-surface-hover`' },
    border: { control: 'color', description: '`--plenary-color-border`' },
    borderStrong: { control: 'color', description: '`--plenary-color-border-strong`' },
    radius: { control: 'text', description: '`--plenary-radius` (e.g. `0`, `1em`)' },
    radiusLarge: { control: 'text', description: '`--plenary-radius-large`' },
    lineHeight: { control: 'text', description: '`--plenary-line-height`' },
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

/** A dark site: it declares `color-scheme: dark`, and the widgets follow. */
export const DarkSite: Story = { args: { colorScheme: 'dark', pageBackground: '#111418', pageColor: '#e8ebf0' } };
