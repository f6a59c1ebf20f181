import { css } from 'lit';

export const countdownStyles = css`
  p,
  ul {
    margin: 0;
  }
  .head {
    margin-block-end: 0.35em;
    font-weight: 600;
  }
  .units {
    display: flex;
    flex-wrap: wrap;
    gap: var(--plenary-countdown-gap, 0.5em);
  }
  [part='unit'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-inline-size: var(--plenary-countdown-unit-min-width, 4.25em);
    padding: 0.4em 0.5em;
    border-radius: var(--plenary-radius, 0.5em);
    background: var(--plenary-countdown-unit-background, light-dark(#eef1f5, #232833));
  }
  [part='value'] {
    font-size: var(--plenary-countdown-value-size, 2.25em);
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    color: var(--plenary-countdown-value-color, var(--plenary-color-accent, light-dark(#0b5cad, #8cc4ff)));
  }
  [part='label'],
  .when {
    font-size: 0.875em;
    color: var(--plenary-countdown-label-color, var(--plenary-color-muted, light-dark(#5b6270, #aab2bf)));
  }
  .when {
    margin-block-start: 0.5em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  [part='live'] {
    margin-block-end: 0.35em;
  }
  [part='live'] .head::before {
    content: '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--plenary-countdown-live-color, light-dark(#c62828, #ff7b7b));
    animation: pulse 2s infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .head::before {
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    [part='unit'] {
      border: 1px solid;
    }
    .head::before {
      background: CanvasText !important;
    }
  }
`;
