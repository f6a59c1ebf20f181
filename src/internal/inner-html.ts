import { noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { markup } from './escape.js';

/**
 * `.innerHTML=${innerHtml(s)}`: markup built from `esc`-escaped values, set only when the string changes. Lit sets
 * an object value (the TrustedHTML that `markup` gives where Trusted Types exist) on every render, which
 * would replace the children each time; this binding remembers its last string instead.
 */
class InnerHtml extends Directive {
  private last?: string;

  render(s: string): unknown {
    return s;
  }

  override update(_part: unknown, [s]: [string]): unknown {
    if (s === this.last) return noChange;
    this.last = s;
    return markup(s);
  }
}

export const innerHtml = directive(InnerHtml);
