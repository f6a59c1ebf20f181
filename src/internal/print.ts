import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Whether the page is being printed, for a widget that prints more than it shows (the schedule every day, the
 * speaker grid every speaker). On `beforeprint` the host renders at once, before the browser lays out the
 * printout; on `afterprint` it goes back on its next update.
 */
export class PrintController implements ReactiveController {
  on = false;

  private set = (e: Event): void => {
    this.on = e.type === 'beforeprint';
    this.host.requestUpdate();
    // At once, not in a microtask (performUpdate renders only what is requested; it is protected on Lit's
    // elements, and a controller is part of its host).
    if (this.on) (this.host as unknown as { performUpdate(): void }).performUpdate();
  };

  constructor(private host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.set);
    addEventListener('afterprint', this.set);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.set);
    removeEventListener('afterprint', this.set);
  }
}
