/**
 * What the schedule shows, worked out once per (conference, zone, pre-filter): sessions grouped by day in
 * the zone shown, nested under their parents, grouped by start time for the list, and placed on a grid of
 * rooms and times. No DOM and no Lit here: the element formats and renders it.
 *
 * Grid: rooms are columns (a room with overlapping sessions gets one lane per overlap); time runs down in
 * rows cut at every start and end. A session with a room fills its lane (and the free lanes beside it);
 * one without a room spans the widest run of rooms free at that time (a break across the halls), or goes
 * to an "other" column. A session whose parts are shown (a section, a forum) is not a cell but a band in a
 * row of its own just above the time it starts, across the columns its parts use. Time rows have fixed
 * heights (minutes × `--plenary-schedule-minute-height`); a session whose text is longer than its slot
 * shows it all on hover and focus.
 */
import type { Conference, Room, Session } from '../../data/model.js';
import { dayKey } from '../../time/days.js';

export interface Item {
  s: Session;
  /** Day key (`YYYY-MM-DD`) of the start, in the zone shown. */
  day: string;
  /** Parts shown inside this session (same day, not filtered out). */
  kids: Item[];
  /** The item this one is shown inside, if any. */
  up?: Item;
  /** Style: track colour, then (once its day is placed) the grid placement. */
  css: string;
}

export interface Day {
  key: string;
  items: Item[];
  /** Top-level items by start instant. */
  groups: [number, Item[]][];
  /** The grid, worked out the first time the day is shown (see `place`). */
  grid?: Grid;
}

export interface Grid {
  /** `grid-template-*` for the grid. */
  css: string;
  /** Room headings: label (room, or undefined for "other") and inline style. */
  heads: [Room | undefined, string][];
  /** Time labels: instant and grid row line. */
  times: [number, number][];
}

export interface Model {
  days: Day[];
  items: Map<string, Item>;
  /** Every item, in time order. */
  all: Item[];
  /** Sorted starts and ends of sessions without parts: when "now" and "next" change. */
  marks: number[];
}

export interface Prefilter {
  track?: Set<string>;
  room?: Set<string>;
  type?: Set<string>;
  session?: Set<string>;
  /** Only this day (`YYYY-MM-DD` in the zone): the `day` attribute. */
  day?: string;
}

const has = (set: Set<string> | undefined, v: string | undefined) => !set || (v !== undefined && set.has(v));

/** Arrange `c` for the zone shown. `color` vets a CSS colour from the data (undefined when unsafe). */
export function arrange(c: Conference, zone: string, pre: Prefilter, color: (c?: string) => string | undefined): Model {
  const items = new Map<string, Item>();
  const byDay = new Map<string, Item[]>();
  // Per start instant and per track: sessions share both, and each costs a zone or CSS lookup.
  const keys = new Map<number, string>();
  const css = new Map<unknown, string>();
  const inSession = (s?: Session): boolean => !!s && (pre.session!.has(s.id) || inSession(s.parent));
  for (const s of c.sessions) {
    if (!has(pre.track, s.track?.id) || !has(pre.room, s.room?.id) || !has(pre.type, s.type)) continue;
    if (pre.session && !inSession(s)) continue;
    let day = keys.get(s.start);
    if (!day) keys.set(s.start, (day = dayKey(s.start, zone)));
    if (pre.day && day !== pre.day) continue;
    let tc = css.get(s.track);
    if (tc === undefined) {
      const v = color(s.track?.color);
      css.set(s.track, (tc = v ? `--tc:${v};` : ''));
    }
    const it: Item = { s, day, kids: [], css: tc };
    items.set(s.id, it);
    const list = byDay.get(day);
    if (list) list.push(it);
    else byDay.set(day, [it]);
  }
  const marks = new Set<number>();
  const days: Day[] = [];
  for (const [key, list] of [...byDay].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const groups = new Map<number, Item[]>();
    for (const it of list) {
      const up = it.s.parent && items.get(it.s.parent.id);
      if (up && up.day === key) {
        it.up = up;
        up.kids.push(it);
      } else {
        const g = groups.get(it.s.start);
        if (g) g.push(it);
        else groups.set(it.s.start, [it]);
      }
    }
    for (const it of list)
      if (!it.kids.length) {
        marks.add(it.s.start);
        marks.add(it.s.end);
      }
    days.push({ key, items: list, groups: [...groups] });
  }
  return { days, items, all: [...items.values()], marks: [...marks].sort((a, b) => a - b) };
}

const overlaps = (a: Session, b: Session) => a.start < b.end && b.start < a.end;

/** Place a day's items on the grid (see the module comment), once: adds each item's placement to its style. */
export function place(c: Conference, day: Day): Grid {
  return (day.grid ??= grid(c, day.items));
}

function grid(c: Conference, list: Item[]): Grid {
  const leaves = list.filter((i) => !i.kids.length);
  // Lanes per room: greedy, sessions come sorted by start.
  const lanes = new Map<Room, Item[][]>();
  const lane = new Map<Item, number>();
  const roomless: Item[] = [];
  for (const it of leaves) {
    const r = it.s.room;
    if (!r) {
      roomless.push(it);
      continue;
    }
    let ls = lanes.get(r);
    if (!ls) lanes.set(r, (ls = []));
    let l = ls.findIndex((x) => x[x.length - 1]!.s.end <= it.s.start);
    if (l < 0) l = ls.push([]) - 1;
    ls[l]!.push(it);
    lane.set(it, l);
  }
  // Columns: one per lane, rooms in the conference's order; column line 2 is the first room's first lane.
  const cols: Item[][] = [];
  const heads: [Room | undefined, string][] = [];
  const span = new Map<Item, [number, number]>();
  for (const r of c.rooms) {
    const ls = lanes.get(r);
    if (!ls) continue;
    const first = cols.length + 2;
    heads.push([r, `grid-column:${first}/${first + ls.length}`]);
    ls.forEach((l, i) => {
      for (const it of l) {
        // Widen into the next lanes while they are free for the whole session.
        let end = i + 1;
        while (end < ls.length && !ls[end]!.some((x) => overlaps(x.s, it.s))) end++;
        span.set(it, [first + i, first + end]);
      }
    });
    cols.push(...ls);
  }
  const other: Item[][] = [];
  for (const it of roomless) {
    // The widest run of columns free for the whole session.
    let best: [number, number] | undefined;
    let run = -1;
    for (let i = 0; i <= cols.length; i++) {
      const free = i < cols.length && !cols[i]!.some((x) => overlaps(x.s, it.s));
      if (free && run < 0) run = i;
      if (!free && run >= 0) {
        if (!best || i - run > best[1] - best[0]) best = [run, i];
        run = -1;
      }
    }
    if (best) {
      for (let i = best[0]; i < best[1]; i++) cols[i]!.push(it);
      span.set(it, [best[0] + 2, best[1] + 2]);
    } else {
      let l = other.findIndex((x) => !x.some((y) => overlaps(y.s, it.s)));
      if (l < 0) l = other.push([]) - 1;
      other[l]!.push(it);
      lane.set(it, l);
    }
  }
  if (other.length) {
    const first = cols.length + 2;
    heads.push([undefined, `grid-column:${first}/${first + other.length}`]);
    other.forEach((l, i) => l.forEach((it) => span.set(it, [first + i, first + i + 1])));
  }
  const ncols = cols.length + other.length;

  // Parents: depth below the day's top level and the columns their parts use.
  const parents = list.filter((i) => i.kids.length);
  const depth = (it: Item): number => (it.up ? depth(it.up) + 1 : 0);
  const cover = (it: Item): [number, number] =>
    it.kids.length
      ? it.kids.map(cover).reduce((a, b) => [Math.min(a[0], b[0]), Math.max(a[1], b[1])])
      : span.get(it)!;
  // Rows: at each instant, the bands of parents starting then (one row per depth), then the interval to
  // the next instant. Line 1 is the header row.
  const ts = new Set<number>();
  for (const it of leaves) ts.add(it.s.start).add(it.s.end);
  const bands = new Map<number, number[]>();
  for (const p of parents) {
    ts.add(p.s.start);
    const d = depth(p);
    const b = bands.get(p.s.start) ?? [];
    if (!b.includes(d)) b.push(d);
    bands.set(p.s.start, b.sort());
  }
  const sorted = [...ts].sort((a, b) => a - b);
  const rows: string[] = ['auto'];
  const lineAt = new Map<number, number>();
  const band = new Map<string, number>();
  const interval = new Map<number, number>();
  const times: [number, number][] = [];
  sorted.forEach((t, i) => {
    lineAt.set(t, rows.length + 1);
    for (const d of bands.get(t) ?? []) {
      band.set(`${t}/${d}`, rows.length + 1);
      rows.push('auto');
    }
    const next = sorted[i + 1];
    if (next !== undefined) {
      interval.set(t, rows.length + 1);
      times.push([t, rows.length + 1]);
      // Fixed heights in proportion to time: no intrinsic sizing, so thousands of sessions lay out fast.
      rows.push(`calc(${(next - t) / 60_000}*var(--plenary-schedule-minute-height,.2em))`);
    }
  });
  for (const it of leaves) {
    const [a, b] = span.get(it)!;
    it.css += `--r:${interval.get(it.s.start)}/${lineAt.get(it.s.end)};--c:${a}/${b}`;
  }
  for (const p of parents) {
    const [a, b] = cover(p);
    const r = band.get(`${p.s.start}/${depth(p)}`)!;
    p.css += `--r:${r}/${r + 1};--c:${a}/${b}`;
  }
  return {
    css: `grid-template-columns:minmax(max-content,4em) repeat(${ncols},minmax(var(--plenary-schedule-column-width,12em),1fr));grid-template-rows:${rows.join(' ')}`,
    heads,
    times,
  };
}

// NFKC folds full-width letters and compatibility forms; plain ASCII (most text) skips it.
const norm = (s: string) => (/[^\x00-\x7f]/.test(s) ? s.normalize('NFKC') : s).toLowerCase();
const all = (t: Session['title'] | undefined) => (t == null ? '' : typeof t === 'string' ? t : Object.values(t).join(' '));
const searchCache = new WeakMap<Session, string>();

/** The text a search looks in: titles, people, affiliations, description, track and room, every language. */
export function searchText(s: Session): string {
  let t = searchCache.get(s);
  if (t === undefined) {
    const people = [...s.speakers, ...s.moderators].map((p) => all(p.name) + ' ' + all(p.affiliation)).join(' ');
    t = norm([all(s.title), people, all(s.description), all(s.track?.name), all(s.room?.name), s.tags.join(' ')].join(' '));
    searchCache.set(s, t);
  }
  return t;
}

/** A query as its words, normalised like `searchText`. */
export const queryWords = (q: string): string[] => norm(q).split(/\s+/).filter(Boolean);
