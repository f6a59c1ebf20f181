import { html } from 'lit';
import { TimedElement } from '../../src/internal/timed-element.js';
import { define } from '../../src/internal/define.js';
import type { Conference } from '../../src/data/model.js';

/** A minimal widget for testing the base class and the provider. */
export class TestWidget extends TimedElement {
  renders = 0;
  protected renderContent(c: Conference) {
    this.renders++;
    return c.sessions.length
      ? html`<p class="name">${this.text(c.name)}</p>
          <p class="zone">${this.zone}</p>`
      : this.renderEmpty();
  }
}
define('test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}

export const tiny = {
  version: 1,
  id: 'tiny',
  name: { en: 'Tiny Conference', zh: '小会议' },
  timezone: 'Asia/Shanghai',
  start: '2023-11-06',
  end: '2023-11-06',
  sessions: [{ id: 's1', title: 'Opening', start: '2023-11-06T09:00', duration: 'PT1H' }],
};
