import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/schedule/plenary-schedule.js';
import type { PlenarySchedule } from '../../src/elements/schedule/schedule.js';
import { getLoader } from '../../src/internal/own.js';

export type { PlenarySchedule };

let sample: Record<string, unknown> | undefined;

/** The sample conference as JSON (a fresh copy each time, so tests can change it). */
export async function sampleJson(): Promise<Record<string, unknown>> {
  sample ??= await (await fetch('/public/conference.json')).json();
  return structuredClone(sample!);
}

export const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const qa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** The session item with this id. */
export const item = (el: Element, id: string) => q(el, `.s[data-id="${id}"]`);
/** Ids of the sessions rendered and not hidden by a filter. */
export const visible = (el: Element) => qa(el, '.s:not([hidden])').map((e) => e.dataset.id!);
export const status = (el: Element) => q(el, '.cnt [role=status]')!.textContent!.trim();
export const tabs = (el: Element) => qa(el, '[role=tab]');
export const button = (el: Element, text: string) =>
  qa<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));

/**
 * Let a schedule finish its updates. These files do not import the provider, so a schedule with data of its own
 * first loads the loader's module, as a widget bundled without the provider does.
 */
export async function settle(el: PlenarySchedule): Promise<void> {
  await getLoader();
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/** A schedule with `data` (or the sample) and attributes given as a template. */
export async function schedule(t: TemplateResult): Promise<PlenarySchedule> {
  const el = await fixture<PlenarySchedule>(t);
  const s = el.localName === 'plenary-schedule' ? el : el.querySelector('plenary-schedule')!;
  await settle(s);
  return s;
}

export const sampleSchedule = async (attrs: Partial<Record<string, string>> = {}) => {
  const el = await schedule(html`<plenary-schedule .data=${await sampleJson()}></plenary-schedule>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v!);
  await settle(el);
  return el;
};

interface GenOptions {
  days?: number;
  perDay?: number;
  rooms?: number;
  timezone?: string;
  start?: string;
}

/** A made-up conference: `days` days from `start`, `perDay` sessions a day at 09:00, 10:00… in `rooms` rooms. */
export function generate({ days = 1, perDay = 4, rooms = 2, timezone = 'Asia/Shanghai', start = '2024-03-04' }: GenOptions = {}) {
  const d0 = new Date(start + 'T00:00:00Z');
  const day = (i: number) => new Date(d0.getTime() + i * 86_400_000).toISOString().slice(0, 10);
  const sessions = [];
  for (let d = 0; d < days; d++)
    for (let i = 0; i < perDay; i++) {
      const h = String(9 + Math.floor(i / rooms)).padStart(2, '0');
      sessions.push({
        id: `d${d}s${i}`,
        title: { en: `Day ${d + 1} session ${i + 1}`, zh: `第${d + 1}天 第${i + 1}场` },
        start: `${day(d)}T${h}:00:00`,
        duration: 'PT50M',
        room: `r${i % rooms}`,
        track: i % 2 ? 'odd' : 'even',
        type: 'talk',
      });
    }
  return {
    version: 1,
    id: `gen-${days}-${perDay}`,
    name: 'Generated',
    timezone,
    start: day(0),
    end: day(days - 1),
    tracks: [
      { id: 'even', name: 'Even', color: '#225588' },
      { id: 'odd', name: 'Odd', color: '#885522' },
    ],
    rooms: Array.from({ length: rooms }, (_, i) => ({ id: `r${i}`, name: `Room ${i + 1}` })),
    sessions,
  };
}
