/**
 * Lazy work: a widget far below the fold neither loads, parses nor renders its content until it comes
 * within about two screens of the viewport. One IntersectionObserver serves the whole page. Widgets that
 * are already near when they first render are found with one layout read for all of them, so a widget in
 * view renders its content on its very first update (no flash of the loading state). `beforeprint` renders
 * every waiting widget at once, so a printed page is complete.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** How far outside the viewport a widget starts its work: two viewports in every direction. */
const MARGIN = 2;

const waiting = new Map<Element, LazyController>();
const unmeasured = new Set<LazyController>();
let observer: IntersectionObserver | undefined;

function observe(c: LazyController): void {
  if (typeof IntersectionObserver !== 'function') return c.reveal();
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) waiting.get(e.target)?.reveal();
    },
    { rootMargin: `${MARGIN * 100}%` },
  );
  if (!waiting.size) addEventListener('beforeprint', revealAll);
  waiting.set(c.host, c);
  observer.observe(c.host);
}

/** Read every unmeasured widget's position in one pass (one layout), then reveal the near ones. */
function measure(): void {
  const w = innerWidth;
  const h = innerHeight;
  const near = [...unmeasured].filter((c) => {
    // No box (inside display: none): leave it to the observer, which reports it once it is shown.
    if (!c.host.getClientRects().length) return false;
    const r = c.host.getBoundingClientRect();
    return r.top < h * (1 + MARGIN) && r.bottom > -h * MARGIN && r.left < w * (1 + MARGIN) && r.right > -w * MARGIN;
  });
  unmeasured.clear();
  near.forEach((c) => c.reveal());
}

/** Printing: every waiting widget renders now, synchronously, so the print shows it. */
function revealAll(): void {
  for (const c of [...waiting.values()]) {
    c.reveal();
    (c.host as unknown as { performUpdate(): void }).performUpdate();
  }
}

export class LazyController implements ReactiveController {
  private isNear = false;

  /** `eager` is read on every check: when it returns true the widget does its work wherever it is. */
  constructor(
    readonly host: ReactiveElement,
    private eager: () => boolean,
  ) {
    host.addController(this);
  }

  /** True once the widget has been near the viewport (or printed), or when it is eager. */
  get near(): boolean {
    if (!this.isNear && unmeasured.has(this)) measure();
    return this.isNear || this.eager();
  }

  hostConnected(): void {
    if (this.isNear || this.eager()) return;
    unmeasured.add(this);
    observe(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Start the work: stop watching and update the widget (unless it is updating already). */
  reveal(): void {
    this.stop();
    if (this.isNear) return;
    this.isNear = true;
    if (!this.host.isUpdatePending) this.host.requestUpdate();
  }

  private stop(): void {
    unmeasured.delete(this);
    if (waiting.delete(this.host)) {
      observer?.unobserve(this.host);
      if (!waiting.size) removeEventListener('beforeprint', revealAll);
    }
  }
}
