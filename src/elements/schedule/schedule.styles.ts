import { css } from 'lit';

export const scheduleStyles = css`
  .sched {
    --_b: var(--plenary-color-border, light-dark(#c9ced6, #4a5261));
    --_m: var(--plenary-schedule-time-color, var(--plenary-color-muted, light-dark(#5b6270, #aab2bf)));
    --_s: var(--plenary-schedule-session-background, var(--plenary-color-surface, light-dark(#fff, #1d2129)));
    --_bg2: var(--plenary-color-surface-hover, light-dark(#f1f3f6, #2a303b));
    --_now: var(--plenary-schedule-now-color, light-dark(#0a7d32, #6ee59a));
    --_rad: var(--plenary-radius, 0.5em);
  }
  .bar,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .bar {
    margin-block-end: 0.75em;
  }
  .q span {
    flex: none;
  }
  .q {
    display: flex;
    flex: 1 1 16em;
    align-items: center;
    gap: 0.5em;
  }
  input[type='search'],
  .url {
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.35em 0.75em;
    border: 1px solid var(--plenary-color-border-strong, light-dark(#767f8f, #6b7485));
    border-radius: var(--_rad);
    background: var(--_s);
    color: var(--_on);
  }
  .url {
    flex: 1 1 16em;
    inline-size: auto;
  }
  [aria-pressed='true'].button {
    border-color: currentColor;
    box-shadow: inset 0 0 0 1px currentColor;
    font-weight: 600;
  }
  .f[open] {
    flex: 1 1 100%;
  }
  summary,
  .fs {
    /* Inside <details> the flat-tree parent is the UA's slot, so box-sizing is not inherited. */
    box-sizing: border-box;
  }
  summary::after {
    content: '';
    border: 0.3em solid transparent;
    border-block-start-color: currentColor;
    margin-block-start: 0.3em;
  }
  .n {
    white-space: nowrap;
  }
  .fs {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.75em;
    margin-block-start: 0.5em;
  }
  fieldset {
    margin: 0;
    border: 1px solid var(--_b);
    border-radius: var(--_rad);
  }
  fieldset label {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    padding-block: 0.15em;
  }
  .n,
  .zn,
  .cnt,
  time,
  .m {
    color: var(--_m);
  }
  .cnt {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875em;
  }
  .shared {
    padding: 0.5em 0.75em;
    margin-block-end: 0.75em;
    border: 1px solid var(--_b);
    border-radius: var(--_rad);
    background: var(--_bg2);
  }
  .shared p {
    flex: 1 1 12em;
    margin: 0;
  }
  .tabs {
    display: flex;
    gap: 0.25em;
    overflow-x: auto;
    margin-block-end: 0.75em;
    border-block-end: 1px solid var(--_b);
  }
  [role='tab'] {
    flex: none;
    padding: 0.5em 0.9em;
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-color: currentColor;
    font-weight: 600;
  }
  .cv {
    /* A large day below the fold is neither styled nor laid out until it nears the viewport (--n: its sessions). */
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--n) * 7em);
  }
  .dh {
    margin: 1em 0 0.5em;
    font-size: 1.25em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tg {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_b);
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
  }
  .tg h3 {
    flex: 0 0 5.5em;
    margin: 0;
    white-space: nowrap;
    font-size: 1em;
    font-variant-numeric: tabular-nums;
  }
  .tg > ul {
    flex: 1 1 18em;
    min-inline-size: 0;
  }
  .s + .s,
  .s > ul {
    margin-block-start: 0.5em;
  }
  .s > ul {
    margin-inline-start: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px dotted var(--_b);
  }
  .c {
    position: relative;
    padding: 0.5em 0.75em;
    padding-inline-end: 2.75em;
    border: 1px solid var(--_b);
    border-inline-start: 0.3em solid var(--tc, var(--plenary-schedule-track-color, var(--_b)));
    border-radius: var(--_rad);
    background: var(--_s);
    color: var(--_on);
  }
  time {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .ti,
  .lk {
    display: block;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .lk {
    display: inline;
    font-weight: inherit;
    text-decoration: underline;
  }
  .ti:hover {
    text-decoration: underline;
  }
  .ti::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .m {
    /* Each part a flex item: a block of its own for the bidi algorithm. */
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.35em;
    margin: 0.15em 0 0;
    font-size: 0.875em;
  }
  .m > .tk:not(:last-child)::after {
    content: ' ·';
  }
  .tk::before {
    content: '';
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.3em;
    border-radius: 50%;
    background: var(--tc, transparent);
    border: 1px solid var(--_b);
    forced-color-adjust: none;
  }
  .st {
    position: absolute;
    z-index: 1;
    inset-block-start: 0.2em;
    inset-inline-end: 0.2em;
    inline-size: 2.25em;
    block-size: 2.25em;
    border: 0;
    border-radius: 50%;
    background: none;
    font-size: 1.2em;
    line-height: 1;
    cursor: pointer;
    color: var(--_m);
  }
  .st::before {
    content: '☆';
  }
  .st[aria-pressed='true']::before {
    content: '★';
  }
  .st[aria-pressed='true'] {
    color: var(--plenary-schedule-star-color, light-dark(#a35a00, #ffc94d));
  }
  .st:hover {
    background: var(--_bg2);
  }
  .now > .c,
  .next > .c {
    border-color: var(--_now);
    outline: 1px solid var(--_now);
  }
  .lv {
    padding: 0 0.4em;
    border-radius: 1em;
    border: 1px solid var(--_now);
    color: var(--_now);
    font-size: 0.75em;
  }
  .next .lv {
    border-style: dashed;
  }
  .gh {
    display: none;
  }
  .when {
    margin-block-start: 0;
  }
  .when time {
    font-size: inherit;
    color: inherit;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }
  dt {
    color: var(--_m);
  }
  dd {
    margin: 0;
  }
  @container (inline-size < 14em) {
    dl {
      display: block;
    }
  }
  .people li {
    display: flex;
    gap: 0.75em;
    align-items: center;
    margin-block-end: 0.5em;
  }
  .people img {
    flex: none;
    border-radius: 50%;
    object-fit: cover;
  }
  dialog h3 {
    margin: 1em 0 0.5em;
    font-size: 1em;
  }
  /* The grid, on screen only (print gets the list). One DOM serves both views: in the grid the time groups,
     lists and sections are display: contents, so every session is a grid item placed by --r and --c (a box with
     display: contents has no margin, padding or border of its own, and a grid item is a block, span or not). */
  @media screen {
    .grid .g{display:grid;overflow:auto;max-block-size:var(--plenary-schedule-grid-height,80vh);gap:3px;border:1px solid var(--_b);border-radius:var(--_rad);overscroll-behavior-inline:contain}
    .grid .gh,.grid .tg,.grid .g ul,.grid .s.p{display:contents}
    .grid .tg h3{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)}
    .grid .s,.grid .s.p>.c{grid-row:var(--r);grid-column:var(--c);margin:0}
    .grid .s:not(.p,:hover,:focus-within){content-visibility:auto}
    .grid .cv{contain-intrinsic-size:auto calc(var(--plenary-schedule-grid-height,80vh) + 4em)}
    .grid .c{block-size:100%;min-inline-size:0;overflow:hidden;font-size:.875em}
    .grid .s:is(:hover,:focus-within)>.c{block-size:auto;min-block-size:100%;overflow:visible;z-index:2;box-shadow:0 .25em 1em rgb(0 0 0/.2)}
    .grid .s.p>.c{display:flex;flex-wrap:wrap;gap:0 .5em;align-items:baseline;padding-block:.25em;background:var(--_bg2)}
    .grid .s.p>.c>.m{display:none}
    .grid .s.p:not(:hover,:focus-within)>.c>.ti{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-inline-size:100%}
    .grid .gh>span{position:sticky;inset-block-start:0;z-index:2;grid-row:1;padding:.35em .5em;background:var(--_s);color:var(--_on);font-weight:600;border-block-end:1px solid var(--_b)}
    .grid .gh>.gt{white-space:nowrap;inset-block-start:auto;inset-inline-start:0;z-index:1;grid-row:auto;grid-column:1;border:0;border-inline-end:1px solid var(--_b);font-weight:400;color:var(--_m);font-variant-numeric:tabular-nums}
    .grid .gh>.corner{inset-inline-start:0;z-index:3;grid-column:1}
  }
  @media print {
    .bar .row,
    .tabs,
    .st,
    dialog {
      display: none;
    }
    .cv,
    .tg {
      content-visibility: visible;
    }
    /* Pages fill: a time group taller than what is left of a page starts on it, not on the next one. A heading
       (the day, the time) stays with the card under it, and no card is cut. */
    .tg {
      display: block;
    }
    .dh,
    .tg h3 {
      break-after: avoid;
    }
    .c {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    /* Forced colours repaint a transparent border in CanvasText: unselected tabs keep theirs invisible (Canvas), so
       only the selected one is underlined; a pressed toggle's inset shadow is dropped, so it is shown as selected. */
    [role='tab'] {
      border-block-end-color: Canvas;
    }
    .c,
    [role='tab'][aria-selected='true'] {
      border-color: CanvasText;
    }
    [aria-pressed='true'].button {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      border-color: SelectedItem;
      outline-color: CanvasText;
    }
    summary::after {
      forced-color-adjust: none;
      border-color: transparent;
      border-block-start-color: ButtonText;
    }
  }
`;
