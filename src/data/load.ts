/**
 * `load`: fetch a conference file once per page however many elements ask for it, with a timeout
 * and an AbortSignal; every failure becomes a readable problem that names the URL.
 * The cache is shared by every copy of this major version on the page (a Symbol.for key).
 */
import type { ParseResult, Problem } from './model.js';
import { parse, parseJsonText } from './parse.js';
import { detectFormat, type FeedFormat } from './adapters/detect.js';
import type { AdaptResult } from './adapters/index.js';
import { CACHE, request, started } from './early.js';

export { prefetch } from './early.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up; default 15 000. */
  timeout?: number;
  /** Feed format; `auto` (default) detects it. */
  format?: FeedFormat;
  /** Zone for feed times written without an offset (feeds that do not name their own). */
  timeZone?: string;
  /** Fetch again even if this URL is cached (the retry button). */
  reload?: boolean;
}

type Cache = Map<string, Promise<ParseResult>>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[CACHE] as Cache) ?? ((globalThis as Record<symbol, unknown>)[CACHE] = new Map());

const failed = (message: string): ParseResult => ({ ok: false, problems: [{ path: '', message, severity: 'error' }] });

type Adapt = (input: unknown, format: FeedFormat, timeZone?: string) => AdaptResult;
type ReadOptions = { baseUrl?: string; format?: FeedFormat; timeZone?: string };

/** The feed adapters, once imported (they load only for a feed that is not Plenary JSON). */
let adapters: Adapt | undefined;

/** `read` with the given adapter: a JSON value (text is parsed by the callers), in any supported format, into a conference. */
export function readWith(adapt: Adapt, input: unknown, options: ReadOptions = {}): ParseResult {
  const adapted = adapt(input, options.format ?? 'auto', options.timeZone);
  if (!adapted.ok) return adapted;
  const result = parse(adapted.json, { baseUrl: options.baseUrl });
  // A Sessionize export has no event name: not a fault the organiser can mend in it.
  if (adapted.format === 'sessionize') result.problems = result.problems.filter((p) => p.path !== 'name');
  const map = adapted.path;
  if (adapted.problems.length || map) {
    // Paths point into the file the organiser wrote, not the converted one.
    const problems: Problem[] = [...adapted.problems, ...(map ? result.problems.map((p) => ({ ...p, path: map(p.path) })) : result.problems)];
    if (result.ok) result.conference.problems = problems;
    return { ...result, problems } as ParseResult;
  }
  return result;
}

/**
 * Like `read`, but the feed adapters are imported only when the input is another system's feed: Plenary JSON
 * is read at once, a frab or Sessionize feed after the adapters' module has loaded (a promise).
 */
export function readAny(input: unknown, options: ReadOptions = {}): ParseResult | Promise<ParseResult> {
  if (typeof input === 'string') {
    const r = parseJsonText(input);
    if (!r.ok) return r;
    input = r.value;
  }
  const f = options.format && options.format !== 'auto' ? options.format : detectFormat(input);
  if (f === 'plenary') return readWith((json) => ({ ok: true, json, problems: [], format: f }), input, options);
  if (adapters) return readWith(adapters, input, options);
  return import('./adapters/index.js').then(
    (m) => readWith((adapters = m.adapt), input, options),
    () => failed(`could not load Plenary's ${f} reader`),
  );
}

async function fetchAndRead(url: string, options: LoadOptions): Promise<ParseResult> {
  const pre = started.get(url);
  started.delete(url);
  const controller = pre?.[1] ?? new AbortController();
  const timeout = options.timeout ?? 15000;
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
  const late = () => failed(`${url} did not answer within ${Math.round(timeout / 1000)} s`);
  try {
    let res: Response;
    try {
      res = await (pre?.[0] ?? request(url, controller));
    } catch (e) {
      if (controller.signal.aborted) return late();
      return failed(`could not fetch ${url}: the network failed or the server does not allow this site to read it (CORS)` + (e instanceof Error && e.message ? ` [${e.message}]` : ''));
    }
    if (!res.ok) return failed(`${url} answered HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    let body: string;
    try {
      body = await res.text();
    } catch {
      return controller.signal.aborted ? late() : failed(`could not read the reply from ${url}`);
    }
    const json = parseJsonText(body);
    if (!json.ok) {
      const type = res.headers.get('content-type') ?? 'unknown type';
      return failed(`${url} did not return JSON (${type.split(';')[0]}): ${json.problems[0]!.message}`);
    }
    return await readAny(json.value, { baseUrl: res.url || url, format: options.format, timeZone: options.timeZone });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Load and parse a conference. The same URL (with the same format and zone) is fetched and parsed once
 * per page; a caller's `signal` only stops that caller waiting. Never rejects except on abort.
 */
export function load(src: string, options: LoadOptions = {}): Promise<ParseResult> {
  let url: string;
  try {
    url = new URL(src, (globalThis as { document?: Document }).document?.baseURI).href;
  } catch {
    return Promise.resolve(failed(`${JSON.stringify(src)} is not a valid URL`));
  }
  const key = `${url}|${options.format ?? 'auto'}|${options.timeZone ?? ''}`;
  let p = options.reload ? undefined : cache.get(key);
  if (!p) {
    p = fetchAndRead(url, options);
    cache.set(key, p);
    // A failure is not kept: the next element (or a retry) asks again.
    p.then((r) => !r.ok && cache.get(key) === p && cache.delete(key));
  }
  const signal = options.signal;
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p!.then((r) => {
      signal.removeEventListener('abort', onAbort);
      resolve(r);
    });
  });
}

/** Forget cached conferences (tests, or a page that knows the file changed). */
export function clearCache(): void {
  cache.clear();
}
