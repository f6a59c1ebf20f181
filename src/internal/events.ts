import type { Conference, Problem } from '../data/model.js';

/**
 * Fire a bubbling, composed, cancelable `CustomEvent` from a host (all Plenary events are `plenary-`
 * prefixed). Returns false when a listener called preventDefault(), so a page can take over an action.
 */
export function emit<T>(host: EventTarget, type: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A conference was loaded and parsed (from `<plenary-conference>` or a widget with its own `src`). */
    'plenary-load': CustomEvent<Conference>;
    /** Loading or parsing failed; detail: the problems, each with a JSON path. */
    'plenary-error': CustomEvent<Problem[]>;
  }
}
