import { createContext } from '@lit/context';
import type { Conference, Problem } from '../data/model.js';

/** What `<plenary-conference>` provides to every widget inside it. */
export interface ConferenceState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  conference?: Conference;
  /** Errors when status is `error`; warnings otherwise. */
  problems: Problem[];
  /** The provider's `time-zone` and `now` attributes, inherited by widgets that set none. */
  timeZone?: string;
  now?: string;
  /** The provider's `lang` (widgets read the nearest `lang` attribute; this makes them re-render when it changes). */
  lang?: string;
  /** Load again (the error state's retry button). */
  retry?: () => void;
}

/**
 * The context key. A versioned string (not a Symbol) so two copies of the same major version on one page
 * share one provider.
 */
export const conferenceContext = createContext<ConferenceState>('plenary-conference@1');
