/**
 * The one dialog every widget uses (session details, speaker details): a native modal <dialog>, so the
 * browser gives focus containment, Escape, an inert page behind and the top layer; focus returns to the
 * element that opened it. Widgets render `dialogTemplate(...)` and call `openDialog`/`closeDialog`.
 */
import { css, html, type TemplateResult } from 'lit';

// Large text on a phone (the dialog under 14 of its em): a sticky header with the title squeezed beside the close
// button grew taller than the dialog and hid the body for good; there the title gets a row of its own and scrolls.
export const dialogStyles = css`
  dialog {
    container-type: inline-size;
    inline-size: min(42em, calc(100vw - 2em));
    max-block-size: min(90vh, 60em);
    overscroll-behavior: contain;
    padding: 0;
    border: 1px solid var(--plenary-color-border, light-dark(#c9ced6, #4a5261));
    border-radius: var(--plenary-radius-large, 0.75em);
    background: var(--plenary-dialog-background, var(--plenary-color-surface, light-dark(#fff, #1d2129)));
    color: var(--_on); /* the text on the widgets' surfaces (styles.ts) */
    box-shadow: 0 1em 3em rgb(0 0 0 / 0.3);
    font-family: var(--plenary-font-family, inherit);
    line-height: var(--plenary-line-height, 1.5);
  }
  dialog::backdrop {
    background: var(--plenary-dialog-backdrop, rgb(10 14 20 / 0.55));
  }
  .dialog-header {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    align-items: start;
    gap: 1em;
    padding: 1em 1.25em 0.75em;
    background: inherit;
    border-block-end: 1px solid var(--plenary-color-border, light-dark(#e2e5ea, #353b46));
  }
  .dialog-header h2 {
    flex: 1;
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .dialog-close {
    flex: none;
    inline-size: 2em;
    block-size: 2em;
    border: 1px solid transparent;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }
  .dialog-close:hover {
    background: var(--plenary-color-surface-hover, light-dark(#f1f3f6, #2a303b));
  }
  .dialog-body {
    padding: 1em 1.25em 1.25em;
  }
  @container (inline-size < 14em) {
    .dialog-header {
      position: static;
      flex-wrap: wrap;
    }
    .dialog-close {
      order: -1;
      margin-inline-start: auto;
    }
    .dialog-header h2 {
      flex-basis: 100%;
    }
    .dialog-header,
    .dialog-body {
      padding-inline: 0.75em;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: plenary-dialog-in 150ms ease-out;
    }
    @keyframes plenary-dialog-in {
      from {
        opacity: 0;
        transform: translateY(0.5em);
      }
    }
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    .dialog-close {
      border-color: ButtonText;
    }
  }
`;

export interface DialogOptions {
  /** Heading text (also the dialog's accessible name). */
  heading: TemplateResult | string;
  /** Accessible label of the close button, in the UI language. */
  closeLabel: string;
  body: TemplateResult;
  onClose: () => void;
  /** Id for the heading, unique within the shadow root. */
  id?: string;
}

/** Close when the backdrop itself is clicked. */
function backdropClose(e: MouseEvent): void {
  const d = e.currentTarget as HTMLDialogElement;
  if (e.target !== d) return;
  const r = d.getBoundingClientRect();
  if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) d.close();
}

export function dialogTemplate(o: DialogOptions): TemplateResult {
  const id = o.id ?? 'plenary-dialog-title';
  return html`<dialog part="dialog" aria-labelledby=${id} @close=${o.onClose} @click=${backdropClose}>
    <div class="dialog-header">
      <h2 id=${id}>${o.heading}</h2>
      <button class="dialog-close" type="button" aria-label=${o.closeLabel} @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')!.close()}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
    <div class="dialog-body">${o.body}</div>
  </dialog>`;
}

/** Open the dialog in a shadow root as a modal (no-op if already open). */
export function openDialog(root: ParentNode): void {
  const d = root.querySelector('dialog');
  if (d && !d.open) d.showModal();
}

export function closeDialog(root: ParentNode): void {
  root.querySelector('dialog')?.close();
}

/**
 * An open dialog in the address (`#plenary-session=<id>`, `#plenary-speaker=<id>`): one history entry, replaced
 * when an open dialog moves on, so Back (or a phone's back gesture) closes it instead of leaving the page, and
 * the link can be shared. True when it added the entry.
 */
export function enter(hash: string, open: boolean): boolean {
  if (location.hash === hash) return false;
  if (open) history.replaceState(history.state, '', hash);
  else history.pushState(history.state, '', hash);
  return !open;
}

/** A dialog closed (by its button or Escape) while the address names it: back over the entry it `pushed`, or drop the hash. */
export function leave(hash: string, pushed: boolean): void {
  if (location.hash !== hash) return;
  if (pushed) history.back();
  else history.replaceState(history.state, '', location.href.split('#')[0]);
}
