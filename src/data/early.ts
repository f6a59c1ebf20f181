/**
 * Requests started before any load asks: plenary.js starts the files its page names while the rest of the
 * script is still being evaluated, and a widget with its own `src` starts its file while the loader's chunk is
 * on its way. The first `load` of that URL takes the response (see load.ts). No parsing here, so it costs a
 * widget's bundle almost nothing.
 */
export const request = (url: string, c: AbortController) =>
  fetch(url, { signal: c.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });

/** Requests started by `prefetch`, each taken by the first load of its URL. */
export const started = new Map<string, [Promise<Response>, AbortController]>();

/** Where `load` keeps what it has loaded (shared by every copy of this major version on the page). */
export const CACHE = Symbol.for('plenary.load-cache@1');

/** Start fetching a conference file now, unless a request or a load of it is under way or done. */
export function prefetch(src: string): void {
  try {
    const url = new URL(src, document.baseURI).href;
    const cache = (globalThis as Record<symbol, Map<string, unknown> | undefined>)[CACHE];
    if (started.has(url) || (cache && [...cache.keys()].some((k) => k.startsWith(url + '|')))) return;
    const c = new AbortController();
    const p = request(url, c);
    p.catch(() => {}); // a failure is reported by the load that takes it
    started.set(url, [p, c]);
  } catch {
    /* not a URL: the element's own load says so */
  }
}
