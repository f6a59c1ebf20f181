/**
 * Loads a conference for a host element (the provider, or a widget with its own `src`/`data`), keeps
 * its state, aborts on change or disconnect, fires `plenary-load` / `plenary-error`, and logs details once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConferenceState } from '../context/context.js';
import type { FeedFormat } from '../data/adapters/index.js';
import { load, readAny } from '../data/load.js';
import type { ParseResult } from '../data/model.js';
import { isValidZone } from '../time/zone.js';
import { emit } from './events.js';
import { inlineJson } from './own.js';

const logged = new WeakSet<object>();

export interface LoaderInput {
  src?: string;
  data?: unknown;
  format?: string;
  timeZone?: string;
}

export class ConferenceLoader implements ReactiveController {
  state: ConferenceState = { status: 'idle', problems: [] };
  private abort?: AbortController;
  private key?: unknown[];

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (this.state.status === 'loading') this.key = undefined;
  }

  /**
   * Whether the HTML parser may still be adding to the host: the document is loading and nothing follows the
   * host or any of its ancestors yet. A classic script in the head or an async module defines the elements
   * before their content is parsed, so an inline JSON script may be missing or cut short (a page arriving in
   * pieces, or one too long to parse in one go). Such a host waits for DOMContentLoaded.
   */
  private open(): boolean {
    const d = this.host.ownerDocument;
    if (d.readyState !== 'loading') return false;
    for (let n: Node | null = this.host; n; n = n.parentNode) if (n.nextSibling) return false;
    // The same listener each time: added once, and let go of once it has run.
    d.addEventListener('DOMContentLoaded', this.wake, { once: true });
    return true;
  }
  private wake = () => this.host.requestUpdate();

  /** Call from `willUpdate`: loads when the inputs changed (or when `reload`). */
  sync(input: LoaderInput, reload = false): void {
    const own = input.src || input.data != null;
    if (!own && this.open()) {
      // Its inline JSON may be incomplete: read it once the parser has closed the host.
      this.key = undefined;
      this.state = { status: 'loading', problems: [] };
      return;
    }
    const inline = own ? undefined : inlineJson(this.host);
    const key = [input.src, input.data, inline, input.format, input.timeZone];
    if (!reload && this.key && key.every((v, i) => v === this.key![i])) return;
    this.key = key;
    this.abort?.abort();
    this.abort = undefined;
    const format = (input.format || 'auto') as FeedFormat;
    const timeZone = input.timeZone && isValidZone(input.timeZone) ? input.timeZone : undefined;
    const retry = () => {
      this.sync(input, true);
      this.host.requestUpdate();
    };
    if (input.src) {
      const abort = (this.abort = new AbortController());
      this.state = { status: 'loading', problems: [], retry };
      load(input.src, { signal: abort.signal, format, timeZone, reload }).then(
        (r) => {
          if (this.abort !== abort) return;
          this.finish(r, retry);
        },
        () => {
          /* aborted: a newer load or a disconnect took over */
        },
      );
    } else if (input.data != null || inline) {
      const r = readAny(input.data ?? inline, { format, timeZone, baseUrl: globalThis.document?.baseURI });
      if ('then' in r) {
        // Another system's feed: its reader loads first.
        const abort = (this.abort = new AbortController());
        this.state = { status: 'loading', problems: [], retry };
        r.then((r) => this.abort === abort && this.finish(r, retry));
      } else this.finish(r, retry, true);
    } else {
      this.state = { status: 'idle', problems: [] };
    }
  }

  private finish(r: ParseResult, retry: () => void, sync = false): void {
    this.state = r.ok
      ? { status: 'ready', conference: r.conference, problems: r.problems, retry }
      : { status: 'error', problems: r.problems, retry };
    const tag = `<${this.host.localName}>`;
    const report = r.ok ? r.conference : r.problems;
    if (!logged.has(report)) {
      logged.add(report);
      const lines = r.problems.map((p) => `  ${p.path || '(file)'}: ${p.message}`).join('\n');
      if (!r.ok) console.error(`Plenary ${tag}: the conference could not be read:\n${lines}`);
      else if (r.problems.length) console.warn(`Plenary ${tag}: ${r.problems.length} problem(s) in the conference data; the rest is shown:\n${lines}`);
    }
    const fire = () =>
      r.ok ? emit(this.host, 'plenary-load', r.conference) : emit(this.host, 'plenary-error', r.problems);
    // Synchronous data is read during an update; let listeners see the element rendered first.
    if (sync) queueMicrotask(fire);
    else fire();
    if (!sync) this.host.requestUpdate();
  }
}
