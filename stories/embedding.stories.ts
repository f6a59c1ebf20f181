/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeCSS } from 'lit';
import '../src/index.js';
import readme from '../README.md?raw';
import { HOSTILE, hostileConference } from '../test/e2e/hostile.mjs';

/*
 * Embedding: what a partner site's page does to the widgets, shown so a designer can look at it. The same
 * situations are tested in a real browser by test/e2e/ (see the README section "Embedding").
 */

interface Args {
  hostile: boolean;
  eager: boolean;
}

const NOW = '2023-11-06T10:30:00+08:00';
const widgets = (attrs = '') => html`
  <plenary-countdown></plenary-countdown>
  <plenary-schedule ?eager=${attrs === 'eager'}><a href="#programme">See the full programme</a></plenary-schedule>
  <plenary-speaker-grid ?eager=${attrs === 'eager'} limit="8"></plenary-speaker-grid>
  <plenary-sponsor-strip ?eager=${attrs === 'eager'}></plenary-sponsor-strip>
`;

/**
 * The tests' hostile page CSS, kept off Storybook's own frame: every rule is scoped to the story's page
 * (`html` and `body` rules stay global; the print rule is left out).
 */
const hostileCss = [...HOSTILE.replace(/@media print[^{]*\{[^{}]*\{[^{}]*\}\s*\}/g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)]
  .map(([, sel, body]) => {
    const scoped = sel!
      .split(',')
      .map((x) => x.trim())
      .map((x) => (/^(html|body)$/.test(x) ? x : `.hostile-page ${x}`))
      .join(', ');
    return `${scoped} {${body}}`;
  })
  .join('\n');

/** The README's `:not(:defined)` snippet, as documented. */
const notDefinedCss = [...readme.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b?.includes(':not(:defined)')) ?? '';

const meta: Meta<Args> = {
  title: 'Embedding',
  args: { hostile: true, eager: false },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 720 } } },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A page with aggressive global CSS: `* { all: revert }`, `html { font-size: 10px }`, `!important` line
 * heights, letter spacing and text transforms on everything, `button { display: none }`, `img { width: 100% }`,
 * `!important` rules on `.session`, `.card`, `.title`, `.button`, `.root`... The widgets look the same as on a
 * clean page (switch `hostile` off to compare), taking only the page's font family, size and colour.
 */
export const HostileCss: Story = {
  argTypes: { hostile: { control: 'boolean' }, eager: { table: { disable: true } } },
  render: (a) => html`
    ${a.hostile ? html`<style>${unsafeCSS(hostileCss)}</style>` : nothing}
    <style>
      body { font-family: Georgia, serif; color: rgb(20, 60, 30); }
      main.hostile-page { display: block !important; max-inline-size: 70rem; margin: 0 auto !important; padding: 1rem !important; }
    </style>
    <main class="hostile-page">
      <p>The page's own text: ${a.hostile ? 'under hostile CSS' : 'clean'}.</p>
      <plenary-conference src="/conference.json" lang="en" now=${NOW}>${widgets('eager')}</plenary-conference>
    </main>
  `,
};

/**
 * A conference whose every text holds markup and script (`<img src=x onerror=…>`, `</script><script>`),
 * whose links are `javascript:` and `data:` URLs, with bidi overrides (U+202E), 10,000-character names, emoji
 * and combining marks. Everything shows as text; only http(s) and mailto links are links; no script runs.
 */
export const HostileData: Story = {
  argTypes: { hostile: { table: { disable: true } }, eager: { table: { disable: true } } },
  loaders: [async () => ({ data: hostileConference(await (await fetch('/conference.json')).json()).json })],
  render: (_a, { loaded }) => html`
    <main style="padding: 1rem">
      <plenary-conference .data=${loaded.data} lang="en" now=${NOW}>${widgets('eager')}</plenary-conference>
    </main>
  `,
};

/**
 * Before the script runs, or when it never does (scripts off, blocked by a policy, failed to load): the
 * fallback content inside each widget, in the space the README's `:not(:defined)` snippet reserves. This frame
 * runs no script at all.
 */
export const BeforeJavaScript: Story = {
  argTypes: { hostile: { table: { disable: true } }, eager: { table: { disable: true } } },
  render: () => {
    const page = `<!doctype html><html lang="en"><style>body{font-family:system-ui,sans-serif;margin:1rem}${notDefinedCss}
      :not(:defined){outline:1px dashed #c9ced6}</style>
      <plenary-conference src="/conference.json">
        <plenary-countdown>6–7 November 2023, Chongqing</plenary-countdown>
        <plenary-schedule><a href="/programme">See the full programme</a></plenary-schedule>
        <plenary-speaker-grid><a href="/speakers">Meet the speakers</a></plenary-speaker-grid>
        <plenary-sponsor-strip></plenary-sponsor-strip>
      </plenary-conference></html>`;
    return html`<iframe title="The page without JavaScript" sandbox="" srcdoc=${page} style="inline-size: 100%; block-size: 700px; border: 0"></iframe>`;
  },
};

/**
 * After the upgrade, the same fallback shows next to the loading message and under an error (here the data
 * file does not exist); once the programme shows, it is hidden.
 */
export const FallbackOnError: Story = {
  argTypes: { hostile: { table: { disable: true } }, eager: { table: { disable: true } } },
  render: () => html`
    <main style="padding: 1rem">
      <plenary-schedule src="/no-such-file.json" lang="en"><a href="#programme">See the full programme</a></plenary-schedule>
    </main>
  `,
};

/**
 * Far below the fold, a widget waits: no fetch of its own `src`, no parsing, no rendering until it comes
 * within about two screens. Scroll down to see it render; turn on `eager` to render at once. Printing renders
 * every widget first (try the browser's print preview).
 */
export const Lazy: Story = {
  argTypes: { hostile: { table: { disable: true } }, eager: { control: 'boolean' } },
  args: { eager: false },
  render: (a) => html`
    <main style="padding: 1rem; font-family: system-ui, sans-serif">
      <p><strong>Scroll down.</strong> The speaker grid below is four screens away and has not loaded its file yet.</p>
      <div style="block-size: 400vh; background: repeating-linear-gradient(#fff 0 2rem, #f4f5f7 2rem 4rem)"></div>
      <plenary-speaker-grid src="/conference.json?lazy-story" lang="en" ?eager=${a.eager}></plenary-speaker-grid>
    </main>
  `,
};
