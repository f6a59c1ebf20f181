/**
 * Evaluated first in plenary.js: starts fetching the conference files the page names (providers, and widgets
 * that are eager or near the viewport) before the rest of the bundle is evaluated and the elements defined, so
 * the request no longer waits for that (10-25 ms measured on the 2-core test machine).
 */
import { prefetch } from '../data/early.js';

const d = globalThis.document;
if (d) {
  for (const el of d.querySelectorAll('[src]')) {
    const tag = el.localName;
    if (!tag.startsWith('plenary-')) continue;
    // Widgets far below the fold wait until they come near (see lazy.ts); a provider never waits.
    if (tag !== 'plenary-conference' && !el.hasAttribute('eager') && el.getBoundingClientRect().top > 3 * innerHeight) continue;
    prefetch(el.getAttribute('src')!);
  }
}
