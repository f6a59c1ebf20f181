/**
 * One ticker for the whole page. Each subscriber says when it next needs to change (a countdown: the next
 * second, minute or day boundary of its remaining time; a "now" marker: the next session start or end),
 * and the ticker keeps a single timeout to the earliest of those, so nothing drifts and nothing ticks
 * more often than it needs to. Stopped while the tab is hidden, corrected on return.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TickSubscriber {
  /** The instant (epoch ms) of the next change after `now`; `Infinity` for never. */
  next(now: number): number;
  /** Called at (or just after) that instant, and on return to a hidden tab. */
  tick(now: number): void;
}

/** Longest single wait, so a sleeping laptop or a changed system clock is caught up within this. */
const MAX_WAIT = 60_000;

const subs = new Map<TickSubscriber, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
let watching = false;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

function run(all: boolean): void {
  timer = undefined;
  const now = Date.now();
  for (const [s, due] of subs) {
    if (all || due <= now + 4) {
      s.tick(now);
      if (subs.has(s)) subs.set(s, s.next(now));
    }
  }
  schedule();
}

function schedule(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (!subs.size || hidden()) return;
  let due = Infinity;
  for (const d of subs.values()) if (d < due) due = d;
  if (due === Infinity) return;
  timer = setTimeout(run, Math.max(0, Math.min(due - Date.now(), MAX_WAIT)), false);
}

function onVisibility(): void {
  if (hidden()) schedule();
  else run(true);
}

export function subscribe(s: TickSubscriber): () => void {
  if (!watching && typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibility);
    watching = true;
  }
  subs.set(s, s.next(Date.now()));
  schedule();
  return () => {
    subs.delete(s);
    schedule();
  };
}

/** Timers the ticker holds right now (0 or 1); for tests and the benchmark. */
export function pendingTimers(): number {
  return timer === undefined ? 0 : 1;
}

/** The next instant after `now` at which `target - t` crosses a multiple of `unit` (for countdowns). */
export function nextBoundary(now: number, target: number, unit: number): number {
  const r = (((target - now) % unit) + unit) % unit;
  return now + (r || unit);
}

/**
 * A reactive controller that re-renders its host when `next` says so. `next` returns `Infinity` to sleep;
 * call `reschedule()` when what it depends on changes. Released when the host disconnects.
 */
export class TickController implements ReactiveController, TickSubscriber {
  private unsubscribe?: () => void;

  constructor(
    private host: ReactiveControllerHost,
    readonly next: (now: number) => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe ??= subscribe(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  tick(): void {
    this.host.requestUpdate();
  }

  /** Re-read `next` (after the target or the data changed). */
  reschedule(): void {
    if (this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = subscribe(this);
    }
  }
}
