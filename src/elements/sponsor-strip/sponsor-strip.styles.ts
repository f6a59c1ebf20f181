import { css } from 'lit';

/*
 * Notes (kept out of the css literal, which ships as written):
 * - Tiers are sized by their place among the tiers shown (the `tier` filter hides the others).
 * - .logo is a fixed box, so a logo's space is reserved before its image arrives and nothing shifts.
 * - Marquee: the list twice, each copy at least as wide as the window (100cqi), so moving the track by half
 *   its width is one seamless loop; RTL moves the other way. A logo focused by keyboard stops it (the
 *   element then scrolls the window to the logo).
 * - The marquee moves only on screen, for visitors who do not ask for reduced motion, and without the
 *   reduced-motion attribute (class .m): otherwise it is a wrapping strip, shown once, without its pause button.
 */

export const styles = css`
  .ss {
    --_g: var(--plenary-sponsor-strip-gap, 2em);
    --_h: var(--plenary-sponsor-strip-logo-height, 3em);
    --_a: var(--plenary-sponsor-strip-align, center);
  }
  .tiers {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_g);
  }
  .tier {
    --_h: calc(var(--plenary-sponsor-strip-logo-height, 4.5em) * var(--_s, 1));
  }
  .tier:nth-child(2 of :not([hidden])) {
    --_s: 0.8;
  }
  .tier:nth-child(3 of :not([hidden])) {
    --_s: 0.65;
  }
  .tier:nth-child(n + 4 of :not([hidden])) {
    --_s: 0.5;
  }
  .tier-name {
    margin-block-end: 0.75em;
    font-size: 0.875em;
    font-weight: 600;
    text-align: var(--_a);
    color: var(--plenary-sponsor-strip-tier-name-color, var(--plenary-color-muted, light-dark(#5b6270, #aab2bf)));
  }
  li {
    max-inline-size: 100%;
  }
  .logos {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: var(--_a);
    gap: calc(var(--_g) / 2) var(--_g);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .logo {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    block-size: var(--_h);
    inline-size: calc(var(--_h) * var(--plenary-sponsor-strip-logo-aspect, 3));
    max-inline-size: 100%;
    padding: var(--plenary-sponsor-strip-logo-padding, 0.25em);
    border-radius: var(--plenary-radius, 0.5em);
    text-decoration: none;
    color: inherit;
  }
  .plate {
    background: var(--plenary-sponsor-strip-logo-background, light-dark(transparent, #f4f5f7));
  }
  .text {
    /* A name in place of a logo is shown whole: the box grows rather than cutting it ("Andes–Asia Research…"). */
    block-size: auto;
    min-block-size: var(--_h);
    border: 1px solid var(--plenary-color-border, light-dark(#c9ced6, #4a5261));
  }
  .logo img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .name {
    overflow-wrap: anywhere;
    font-size: max(0.75em, calc(var(--_h) / 5 + 0.2em));
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
  }
  .mono img {
    filter: grayscale(1);
  }
  .mono .logo:hover img,
  .mono .logo:focus-visible img {
    filter: none;
  }
  .marquee {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .pause {
    flex: none;
    font-size: 0.875em;
  }
  .pause svg {
    inline-size: 0.875em;
    fill: currentColor;
  }
  .viewport {
    flex: 1;
    min-inline-size: 0;
    container-type: inline-size;
    padding-block: 4px;
  }
  .track {
    display: flex;
  }
  .copy,
  .pause {
    display: none;
  }
  [dir='rtl'] .track {
    --_to: 50%;
  }
  @keyframes plenary-sponsor-marquee {
    to {
      transform: translateX(var(--_to, -50%));
    }
  }
  @media screen and (prefers-reduced-motion: no-preference) {
    .mono img {
      transition: filter 0.2s;
    }
    .m .pause {
      display: inline-flex;
    }
    .m .copy {
      display: flex;
    }
    .m .viewport {
      --_f: var(--plenary-sponsor-strip-fade, 2em);
      overflow: hidden;
      mask-image: linear-gradient(90deg, transparent, #000 var(--_f), #000 calc(100% - var(--_f)), transparent);
    }
    .m .track {
      inline-size: max-content;
      animation: plenary-sponsor-marquee 60s linear infinite;
    }
    .m .logos {
      flex-wrap: nowrap;
      justify-content: space-around;
      min-inline-size: 100cqi;
      padding-inline-end: var(--_g);
    }
    .paused .track,
    .idle .track,
    .marquee:hover .track,
    .marquee:focus-within .track {
      animation-play-state: paused;
    }
    .viewport:has(:focus-visible) {
      mask-image: none;
    }
    .viewport:has(:focus-visible) .track {
      animation: none;
    }
  }
`;
