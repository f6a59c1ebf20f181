/**
 * JSX typings for React 19, opt-in (they augment the `react` module, which not every user has):
 *
 *   import type {} from 'plenary/jsx';   // once, e.g. in src/env.d.ts
 *
 * Every `plenary-*` element then type-checks in TSX with its properties (camelCase, as React 19 sets them:
 * `data`, `timeZone`, `eager`, `view`...), its attributes (kebab-case: `time-zone`, `hide-search`...) and its
 * events (`onplenary-session-select={(e) => e.detail}`), next to React's usual props (`children`, `className`,
 * `ref`...). The types are derived from the element classes, so they follow every new property or event.
 * `document.querySelector('plenary-schedule')` is typed without this file, through `HTMLElementTagNameMap`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { PlenaryConference } from './context/conference.js';
import type { PlenaryCountdown } from './elements/countdown/countdown.js';
import type { PlenarySchedule } from './elements/schedule/schedule.js';
import type { PlenarySpeakerGrid } from './elements/speaker-grid/speaker-grid.js';
import type { PlenarySponsorStrip } from './elements/sponsor-strip/sponsor-strip.js';

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
/** Keys of T that can be assigned (not getters without setters, not readonly). */
type WritableKeys<T> = { [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never> }[keyof T];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => unknown;
/** `timeZone` -> `time-zone`. */
type Kebab<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `-${Lowercase<H>}`}${Kebab<T>}` : S;

/** The element's own public properties: writable, not methods, not inherited from LitElement/HTMLElement. */
type OwnKeys<E> = Exclude<WritableKeys<E>, keyof LitElement> & string;
export type PlenaryProperties<E> = { [K in OwnKeys<E> as NonNullable<E[K]> extends Fn ? never : K]?: E[K] };

/** The same, as attributes a webmaster types: kebab-case names for camelCase properties. */
export type PlenaryAttributes<E> = {
  [K in OwnKeys<E> as NonNullable<E[K]> extends Fn ? never : Kebab<K> extends K ? never : Kebab<K>]?: NonNullable<E[K]> extends boolean
    ? boolean
    : string | NonNullable<E[K]>;
};

/** Every Plenary event as a React 19 event prop: `on` + the event name. */
export type PlenaryEvents = {
  [N in keyof GlobalEventHandlersEventMap as N extends `plenary-${string}` ? `on${N}` : never]?: (event: GlobalEventHandlersEventMap[N]) => void;
};

/** What a `plenary-*` element accepts in JSX. */
export type PlenaryJSX<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & PlenaryProperties<E> & PlenaryAttributes<E> & PlenaryEvents;

export interface PlenaryIntrinsicElements {
  'plenary-conference': PlenaryJSX<PlenaryConference>;
  'plenary-countdown': PlenaryJSX<PlenaryCountdown>;
  'plenary-schedule': PlenaryJSX<PlenarySchedule>;
  'plenary-speaker-grid': PlenaryJSX<PlenarySpeakerGrid>;
  'plenary-sponsor-strip': PlenaryJSX<PlenarySponsorStrip>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends PlenaryIntrinsicElements {}
  }
}
