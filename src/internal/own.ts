/**
 * A widget's own loading (its `src`, `data` or inline JSON), which most widgets never need: inside a
 * `<plenary-conference>` the provider loads and parses. So a widget's bundle does not carry the loader and the
 * parser; they come in a chunk of their own the first time a widget has data of its own. Where the provider's
 * module is on the page it has them already and hands them over (`ownLoader`), and a widget with its own data
 * then renders it on its first update, as before.
 */
import type { ConferenceLoader } from './loader.js';

type Loader = typeof ConferenceLoader;
let L: Loader | undefined;
let pending: Promise<Loader> | undefined;

/** Called by the provider's module, which imports the loader anyway. */
export const ownLoader = (c: Loader): void => void (L ??= c);

/** The loader class, or a promise of it while its chunk loads. */
export const getLoader = (): Loader | Promise<Loader> =>
  L ??
  (pending ??= import('./loader.js').then(
    (m) => (L = m.ConferenceLoader),
    (e) => {
      pending = undefined; // asked again on retry
      throw e;
    },
  ));

/** True when a host has data of its own: a `src`, a `data` property or an inline JSON script. */
export const hasOwn = (el: HTMLElement & { src?: string; data?: unknown }): boolean =>
  !!el.src || el.data != null || !!inlineJson(el);

/** The text of a host's inline JSON script, if it has one. */
export const inlineJson = (el: Element): string | undefined =>
  el.querySelector(':scope>script[type="application/json"]')?.textContent ?? undefined;
