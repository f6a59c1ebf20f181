import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/context/plenary-conference.js';
import '../src/elements/countdown/plenary-countdown.js';
import { loading } from './loading-provider.js';

interface Args {
  src?: string;
  to?: string;
  session?: string;
  precision: 'day' | 'hour' | 'minute' | 'second';
  format: 'long' | 'short' | 'narrow';
  now?: string;
  lang?: string;
  timeZone?: string;
  caption?: string;
}

const countdown = (a: Args, slots: TemplateResult | string = a.caption ?? '') =>
  html`<plenary-countdown
    to=${ifDefined(a.to)}
    session=${ifDefined(a.session)}
    precision=${a.precision}
    format=${a.format}
    time-zone=${ifDefined(a.timeZone)}
    >${slots}</plenary-countdown
  >`;

/** On the sample conference (Chongqing, 6–7 November 2023), with the clock frozen by `now`. */
const onSample = (a: Args, slots?: TemplateResult | string) =>
  html`<plenary-conference src=${a.src ?? '/conference.json'} now=${ifDefined(a.now)} lang=${ifDefined(a.lang)}>
    ${countdown(a, slots)}
  </plenary-conference>`;

const meta: Meta<Args> = {
  title: 'Widgets/Countdown',
  component: 'plenary-countdown',
  args: { precision: 'second', format: 'long', now: '2023-10-01T00:00:00Z', caption: '6–7 November 2023, Chongqing' },
  argTypes: {
    precision: { control: 'inline-radio', options: ['day', 'hour', 'minute', 'second'] },
    format: { control: 'inline-radio', options: ['long', 'short', 'narrow'] },
    lang: { control: 'select', options: [undefined, 'en', 'zh', 'ar', 'fr', 'ru', 'es'] },
    timeZone: { control: 'text' },
    now: { control: 'text', description: 'Frozen clock (ISO date-time); empty for the real, ticking clock.' },
  },
  render: (a) => onSample(a),
};
export default meta;
type Story = StoryObj<Args>;

/** Five weeks ahead: days down to seconds, the target written out in the conference's zone. */
export const BeforeFar: Story = {};

/** Half a minute before the opening ceremony: only the units that are left. */
export const BeforeNear: Story = { args: { now: '2023-11-06T00:59:30Z' } };

/** During the conference: what is on now, three titles and a count of the rest. */
export const Live: Story = { args: { now: '2023-11-06T06:10:00Z' } };

/** During the conference, with a schedule on the page: the titles link to it. */
export const LiveWithSchedule: Story = {
  args: { now: '2023-11-06T06:10:00Z' },
  render: (a) => html`${onSample(a)}<plenary-schedule hidden></plenary-schedule>`,
};

/** Overnight between the two days: what comes next. */
export const LiveBetweenSessions: Story = { args: { now: '2023-11-06T20:00:00Z' } };

/** Counting to one session (the ministerial meeting); live while it runs. */
export const Session: Story = { args: { session: 's-ministerial', now: '2023-11-06T04:30:00Z', caption: '' } };

export const Ended: Story = { args: { now: '2023-11-08T00:00:00Z' } };

/** The `ended` slot replaces the default text; `before` and `live` work the same way. */
export const EndedSlot: Story = {
  args: { now: '2023-11-08T00:00:00Z' },
  render: (a) => onSample(a, html`<strong slot="ended">Thank you for coming. See you in 2025!</strong>`),
};

export const PrecisionDay: Story = { args: { precision: 'day' } };
export const PrecisionHour: Story = { args: { precision: 'hour' } };
export const PrecisionMinute: Story = { args: { precision: 'minute' } };
export const PrecisionSecond: Story = { args: { precision: 'second' } };

export const FormatShort: Story = { args: { format: 'short', now: '2023-11-04T10:20:30Z' } };
export const FormatNarrow: Story = { args: { format: 'narrow', now: '2023-11-04T10:20:30Z' } };

/** Every format in four languages side by side (Russian plurals, Arabic digits and dual forms from Intl). */
export const Languages: Story = {
  args: { now: '2023-11-03T06:58:00Z' },
  render: (a) => html`<div style="display:grid;gap:1.5rem">
    ${['en', 'zh', 'ar', 'ru'].flatMap((lang) =>
      (['long', 'short', 'narrow'] as const).map(
        (format) =>
          html`<plenary-countdown lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} to="2023-11-06T09:00:00+08:00" precision="minute"
            format=${format} now=${ifDefined(a.now)}>${lang} · ${format}</plenary-countdown
          >`,
      ),
    )}
  </div>`,
};

export const Chinese: Story = { args: { lang: 'zh', caption: '2023年11月6日至7日，重庆' } };

export const ArabicRTL: Story = {
  args: { lang: 'ar', caption: '٦–٧ نوفمبر ٢٠٢٣، تشونغتشينغ' },
  render: (a) => html`<div lang="ar" dir="rtl">${onSample(a)}</div>`,
};

export const ArabicRTLLive: Story = {
  args: { lang: 'ar', now: '2023-11-06T06:10:00Z', caption: '' },
  render: (a) => html`<div lang="ar" dir="rtl">${onSample(a)}</div>`,
};

/** A dark page: the widget reads its light text colour and takes its dark colours (light-dark()). */
export const Dark: Story = {
  render: (a) => html`<div style="color-scheme: dark; background:#111; color:#eee; padding:1rem">${onSample(a)}</div>`,
};

export const DarkLive: Story = {
  args: { now: '2023-11-06T06:10:00Z' },
  render: (a) => html`<div style="color-scheme: dark; background:#111; color:#eee; padding:1rem">${onSample(a)}</div>`,
};

/** `to` alone: no conference file at all. Shown in the visitor's time zone. */
export const StandaloneTo: Story = {
  args: { to: '2023-11-06T09:00:00+08:00', precision: 'minute', format: 'short', now: '2023-11-01T00:00:00Z', caption: '6 November 2023, Chongqing' },
  render: (a) => html`<plenary-countdown
    to=${ifDefined(a.to)}
    precision=${a.precision}
    format=${a.format}
    now=${ifDefined(a.now)}
    lang=${ifDefined(a.lang)}
    time-zone=${ifDefined(a.timeZone)}
    >${a.caption}</plenary-countdown
  >`,
};

/** The real clock, ticking: counts to two minutes after the story was opened. */
export const Ticking: Story = {
  args: { now: undefined, caption: 'Two minutes from when this story opened' },
  render: (a) => html`<plenary-countdown to=${new Date(Date.now() + 120_000).toISOString()} precision=${a.precision} format=${a.format}
    >${a.caption}<span slot="ended">Time is up.</span></plenary-countdown
  >`,
};

/** A `src` that does not load: the readable error with a retry button. */
export const ErrorBadSrc: Story = {
  render: (a) => html`<plenary-countdown src="/no-such-file.json" precision=${a.precision} format=${a.format}></plenary-countdown>`,
};

/** A `to` that is not a date-time. */
export const ErrorBadTo: Story = { args: { to: 'next Tuesday', caption: '' } };

/** Inside a provider whose file is still on the way: the loading state keeps the space. */
export const Loading: Story = { render: (a) => loading(countdown(a)) };
