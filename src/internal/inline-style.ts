import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/**
 * `style=${inlineStyle('--tc:#9b1c1c;grid-row:2/3')}`: sets an element's inline style through the CSSOM
 * (`style.cssText`), which a Content-Security-Policy without `'unsafe-inline'` allows. A plain `style=${…}`
 * binding writes the attribute and is refused; so is Lit's `styleMap` on its first render (it writes the
 * attribute once, then uses the CSSOM). Values from the data must be vetted before they get here.
 */
class InlineStyle extends Directive {
  private last?: string;

  render(_css: string | undefined): unknown {
    return noChange;
  }

  override update(part: AttributePart, [css]: [string | undefined]): unknown {
    if (css !== this.last) {
      this.last = css;
      (part.element as HTMLElement).style.cssText = css ?? '';
    }
    return noChange;
  }
}

export const inlineStyle = directive(InlineStyle);
