import { css } from 'lit';

/**
 * The host rules every widget shares. Values read prefixed custom properties with fallbacks and are never
 * declared on :host, so any ancestor on the page can theme them. Font family, size and text colour are
 * inherited from the page on purpose; every other inherited text property is reset on `.root`, because page
 * rules (even `* { line-height: 5 !important }`) reach the host element and what it passes down. The host's only
 * box is `.root` (slotted content is laid out inside it), so what `.root` resets is not also set on `:host`.
 * Sizes are in `em`, never `rem`: a page with `html { font-size: 10px }` and `body { font-size: 1.6rem }`
 * must not get a widget at 10 px.
 * Dark colours (light-dark()) follow the background the widget stands on, read from the text colour it inherits
 * (the base adds .dk to .root when it is light): a dark page that never declares \`color-scheme\` gets them too,
 * and a light page never gets a dark island. Two host properties are probes, no theme values, never painted (no
 * emphasis marks, no columns): text-emphasis-color is the text colour's lightness, which the base reads; the
 * transitions of the colour and of column-rule-color (which follows the page's color-scheme, for pages whose text
 * is a system colour) fire when the page changes theme. Transitioning the relative colour itself crashed Chromium
 * 156 with two widgets on a page.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-size: var(--plenary-font-size, 1em);
    font-family: var(--plenary-font-family, inherit);
    color: var(--plenary-color-text, inherit);
    -webkit-text-size-adjust: 100%;
    text-emphasis-color: oklch(from currentColor l 0 0);
    column-rule-color: light-dark(#000, #fff);
    transition:
      color 1ms,
      column-rule-color 1ms;
  }
  .root {
    color-scheme: light;
    box-sizing: border-box;
    line-height: var(--plenary-line-height, 1.5);
    font-weight: normal;
    font-style: normal;
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: anywhere;
    hyphens: manual;
    list-style: disc;
    cursor: auto;
    border-collapse: separate;
    border-spacing: 0;
    writing-mode: horizontal-tb;
    /* Text on the widget's own surfaces (cards, buttons, fields), which are light unless the page's color-scheme is
       dark: the page's text colour, inherited elsewhere, is white on a dark page that does not say it is dark. */
    --_on: var(--plenary-color-text, light-dark(#1b1f24, #eef1f5));
  }
  .dk {
    color-scheme: dark;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    accent-color: var(--plenary-color-accent, auto);
  }
  a {
    color: var(--plenary-color-link, var(--plenary-color-accent, light-dark(#0b5cad, #8cc4ff)));
  }
  :focus-visible {
    outline: 2px solid var(--plenary-color-focus, var(--plenary-color-accent, light-dark(#0b5cad, #8cc4ff)));
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A text of the conference in another language than the widget's (see langOf) runs in its own direction and
     keeps the widget's alignment: an English title in an Arabic card is right-aligned, its ellipsis at its end. */
  [lang][dir='auto'] {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .state {
    display: grid;
    place-content: center;
    gap: 0.5em;
    min-block-size: var(--plenary-state-min-height, 8em);
    padding: 1em;
    text-align: center;
    color: var(--plenary-color-muted, light-dark(#5b6270, #aab2bf));
    border: 1px dashed var(--plenary-color-border, light-dark(#c9ced6, #4a5261));
    border-radius: var(--plenary-radius, 0.5em);
  }
  .state[data-state='error'] {
    color: var(--plenary-color-error, light-dark(#a4161a, #ff8a8f));
    border-color: currentColor;
    border-style: solid;
  }
  .state ul {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    text-align: start;
  }
  .state code {
    font-family: var(--plenary-font-mono, ui-monospace, monospace);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    min-block-size: 2.5em;
    padding: 0.35em 0.9em;
    border: 1px solid var(--plenary-color-border-strong, light-dark(#767f8f, #6b7485));
    border-radius: var(--plenary-radius, 0.5em);
    background: var(--plenary-color-surface, light-dark(#fff, #1d2129));
    color: var(--_on);
    cursor: pointer;
  }
  .button:hover {
    background: var(--plenary-color-surface-hover, light-dark(#f1f3f6, #2a303b));
  }
  @media (forced-colors: active) {
    .button,
    .state {
      border: 1px solid CanvasText;
    }
  }
`;
