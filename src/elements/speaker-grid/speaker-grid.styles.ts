import { css } from 'lit';

/*
 * Notes (kept out of the css literal, which ships as written):
 * - --_m muted text, --_b card border, --_s strong border, --_R card radius, --_r small radius, --_w narrowest
 *   column per variant.
 * - Initials avatars (.t0-.t7): white text on each of these is at least 6.3:1.
 * - .open::after makes the whole card the button's click target; the button's name stays the speaker's name.
 * - Compact and avatar photos are sized in the photo's own em (its font-size sizes the initials).
 * - A narrow container (a sidebar, a phone): cards put the photo beside the text.
 * - Cards out of view are not laid out or painted (content-visibility: auto; their text is still found by
   find-in-page and read by screen readers); printing lays out all of them.
 */
export const styles = css`
  .root {
    --_m: var(--plenary-color-muted, light-dark(#5b6270, #aab2bf));
    --_b: var(--plenary-speaker-grid-card-border, var(--plenary-color-border, light-dark(#d5d9e0, #3a414d)));
    --_s: var(--plenary-color-border-strong, light-dark(#767f8f, #6b7485));
    --_R: var(--plenary-radius-large, 0.75em);
    --_r: var(--plenary-radius, 0.5em);
  }
  .wrap {
    container-type: inline-size;
    --_w: var(--plenary-speaker-grid-min-column, 12em);
  }
  .v-compact {
    --_w: var(--plenary-speaker-grid-min-column, 17em);
  }
  .v-avatar {
    --_w: var(--plenary-speaker-grid-min-column, 8em);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  label {
    display: grid;
    flex: 1 1 14em;
    gap: 0.25em;
  }
  label span {
    font-size: 0.875em;
    font-weight: 600;
  }
  input,
  select {
    min-inline-size: 0;
    min-block-size: 2.75em;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_s);
    border-radius: var(--_r);
    background: var(--plenary-color-surface, light-dark(#fff, #1d2129));
    color: var(--_on);
  }
  .count {
    margin: 0.5em 0 0.75em;
  }
  .count,
  .affiliation,
  .country,
  .when {
    color: var(--_m);
  }
  .count,
  .position,
  .affiliation,
  .country,
  .when {
    font-size: 0.875em;
  }
  h3 {
    margin: 1.5em 0 0.75em;
    font-size: 1.125em;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .list,
  .sessions {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_w)), 1fr));
    gap: var(--plenary-speaker-grid-gap, 1em);
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding-block-end: 0.875em;
    border: 1px solid var(--_b);
    border-radius: var(--_R);
    background: var(--plenary-speaker-grid-card-background, var(--plenary-color-surface, light-dark(#fff, #1d2129)));
    color: var(--_on);
    overflow: hidden;
    content-visibility: auto;
    contain-intrinsic-size: auto 19em;
  }
  .card:hover {
    border-color: var(--_s);
  }
  .text {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.125em;
    min-inline-size: 0;
    padding-inline: 0.875em;
  }
  .photo {
    display: grid;
    place-items: center;
    flex: none;
    align-self: start;
    inline-size: 100%;
    aspect-ratio: var(--plenary-speaker-grid-photo-ratio, 1);
    overflow: hidden;
    background: var(--plenary-color-surface-hover, light-dark(#eef0f3, #2a303b));
    font-size: 2.5em;
    font-weight: 600;
  }
  img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    object-position: 50% 25%;
  }
  .initials {
    color: #fff;
  }
  .t0 {
    background: #1f5f8b;
  }
  .t1 {
    background: #8a3b12;
  }
  .t2 {
    background: #2e6b30;
  }
  .t3 {
    background: #6b3fa0;
  }
  .t4 {
    background: #9b1c4a;
  }
  .t5 {
    background: #0f6b6b;
  }
  .t6 {
    background: #5b5b16;
  }
  .t7 {
    background: #7a4a00;
  }
  .open {
    padding: 0;
    border: 0;
    background: none;
    color: var(--plenary-speaker-grid-name-color, inherit);
    font-weight: 600;
    line-height: 1.3;
    text-align: start;
    cursor: pointer;
  }
  .open::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_R);
  }
  .open:focus-visible {
    outline: none;
  }
  .open:focus-visible::after {
    outline: 2px solid var(--plenary-color-focus, var(--plenary-color-accent, light-dark(#0b5cad, #8cc4ff)));
    outline-offset: -3px;
  }
  .card:hover .open {
    text-decoration: underline;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-block-start: 0.375em;
  }
  .badge {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--plenary-speaker-grid-badge-background, light-dark(#eaf1fb, #22344a));
    color: var(--plenary-speaker-grid-badge-color, light-dark(#0b3d75, #cfe3ff));
    font-size: 0.75em;
  }
  .v-compact .card,
  .v-avatar .card {
    flex-direction: row;
    padding: 0.75em;
    contain-intrinsic-size: auto 6em;
  }
  .v-compact .photo,
  .v-avatar .photo {
    inline-size: 3.2em;
    border-radius: var(--plenary-speaker-grid-photo-radius, 50%);
    aspect-ratio: 1;
    font-size: 1.25em;
  }
  .v-compact .text,
  .v-avatar .text,
  .profile .text {
    padding: 0;
  }
  .v-avatar .card {
    flex-direction: column;
    align-items: center;
    padding: 0.5em;
    border-color: transparent;
    background: none;
  }
  .v-avatar .photo {
    align-self: center;
    inline-size: min(100%, 3.25em);
    font-size: 2em;
  }
  .v-avatar .text,
  .v-avatar .open {
    align-items: center;
    text-align: center;
  }
  @container (max-width: 30em) {
    .v-card .card {
      flex-direction: row;
      padding: 0.75em;
    }
    .v-card .photo {
      inline-size: 3.33em;
      border-radius: var(--_r);
      font-size: 1.5em;
    }
    .v-card .text {
      padding: 0;
    }
  }
  .more {
    margin-block-start: 1em;
  }
  .profile,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
  }
  .profile .photo {
    inline-size: min(100%, 3.2em);
    border-radius: var(--_r);
  }
  .profile .text {
    flex: 1 1 12em;
  }
  .bio {
    white-space: pre-line;
  }
  .links {
    gap: 0.25em 1em;
  }
  .session {
    display: grid;
    inline-size: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .session:hover {
    background: var(--plenary-color-surface-hover, light-dark(#f1f3f6, #2a303b));
  }
  .session-title {
    font-weight: 600;
  }
  @media print {
    .card {
      content-visibility: visible;
    }
    .tools,
    .more,
    .count + .button,
    dialog {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .card,
    .badge,
    .session,
    .photo {
      border: 1px solid CanvasText;
    }
  }
`;
