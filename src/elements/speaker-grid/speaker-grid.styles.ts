import { css } from 'lit';

export const styles = css`
  .root {
    --_muted: var(--plenary-color-muted, light-dark(#5b6270, #aab2bf));
    --_border: var(--plenary-speaker-grid-card-border, var(--plenary-color-border, light-dark(#d5d9e0, #3a414d)));
    --_radius: var(--plenary-radius-large, 0.75rem);
  }
  .wrap {
    container-type: inline-size;
    --_min: var(--plenary-speaker-grid-min-column, 12rem);
  }
  .v-compact {
    --_min: var(--plenary-speaker-grid-min-column, 17rem);
  }
  .v-avatar {
    --_min: var(--plenary-speaker-grid-min-column, 8rem);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    flex: 1 1 14rem;
    gap: 0.25rem;
  }
  .field span {
    font-size: 0.875em;
    font-weight: 600;
  }
  input,
  select {
    min-block-size: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--plenary-color-border-strong, light-dark(#767f8f, #6b7485));
    border-radius: var(--plenary-radius, 0.5rem);
    background: var(--plenary-color-surface, light-dark(#fff, #1d2129));
  }
  .count {
    margin: 0.5rem 0 0.75rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  h3 {
    margin: 1.5rem 0 0.75rem;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
    gap: var(--plenary-speaker-grid-gap, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding-block-end: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--plenary-speaker-grid-card-background, var(--plenary-color-surface, light-dark(#fff, #1d2129)));
    overflow: hidden;
  }
  .card:hover {
    border-color: var(--plenary-color-border-strong, light-dark(#767f8f, #6b7485));
  }
  .text {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.125rem;
    min-inline-size: 0;
    padding-inline: 0.875rem;
  }
  .photo {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 100%;
    aspect-ratio: var(--plenary-speaker-grid-photo-ratio, 1);
    overflow: hidden;
    background: var(--plenary-color-surface-hover, light-dark(#eef0f3, #2a303b));
    font-size: 2.5rem;
    font-weight: 600;
    line-height: 1;
    letter-spacing: 0.02em;
  }
  .photo img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    object-position: 50% 25%;
  }
  /* Initials avatars: white on these backgrounds is 6.3:1 or more. */
  .initials {
    color: #fff;
  }
  .t0 { background: #1f5f8b; }
  .t1 { background: #8a3b12; }
  .t2 { background: #2e6b30; }
  .t3 { background: #6b3fa0; }
  .t4 { background: #9b1c4a; }
  .t5 { background: #0f6b6b; }
  .t6 { background: #5b5b16; }
  .t7 { background: #7a4a00; }
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
  /* The whole card is the button's click target; its name stays the speaker's name alone. */
  .open::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
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
  .position,
  .affiliation,
  .country {
    font-size: 0.875em;
  }
  .affiliation,
  .country {
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-start: 0.375rem;
  }
  .badge {
    padding: 0.0625rem 0.5rem;
    border-radius: 1rem;
    background: var(--plenary-speaker-grid-badge-background, light-dark(#eaf1fb, #22344a));
    color: var(--plenary-speaker-grid-badge-color, light-dark(#0b3d75, #cfe3ff));
    font-size: 0.75em;
  }
  .v-compact .card {
    flex-direction: row;
    align-items: start;
    padding: 0.75rem;
  }
  .v-compact .photo,
  .v-avatar .photo {
    inline-size: 4rem;
    aspect-ratio: 1;
    border-radius: var(--plenary-speaker-grid-photo-radius, 50%);
    font-size: 1.25rem;
  }
  .v-compact .text {
    padding: 0;
  }
  .v-avatar .card {
    align-items: center;
    padding: 0.5rem;
    border-color: transparent;
    background: none;
  }
  .v-avatar .photo {
    inline-size: min(100%, 6.5rem);
    font-size: 2rem;
  }
  .v-avatar .text {
    align-items: center;
    padding: 0;
  }
  .v-avatar .open {
    text-align: center;
  }
  /* A narrow container (a sidebar, a phone): cards put the photo beside the text. */
  @container (max-width: 30rem) {
    .v-card .card {
      flex-direction: row;
      align-items: start;
      padding: 0.75rem;
    }
    .v-card .photo {
      inline-size: 5rem;
      border-radius: var(--plenary-radius, 0.5rem);
      font-size: 1.5rem;
    }
    .v-card .text {
      padding: 0;
    }
  }
  .more {
    margin-block-start: 1rem;
  }
  .profile {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .profile .photo {
    inline-size: 8rem;
    border-radius: var(--plenary-radius, 0.5rem);
    font-size: 2.5rem;
  }
  .profile .text {
    flex: 1 1 12rem;
    padding: 0;
  }
  .bio {
    white-space: pre-line;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    list-style: none;
  }
  .sessions {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .session {
    display: grid;
    inline-size: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--plenary-radius, 0.5rem);
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
  .when {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .card,
    .badge,
    .session,
    .photo {
      border: 1px solid CanvasText;
    }
    .open:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
