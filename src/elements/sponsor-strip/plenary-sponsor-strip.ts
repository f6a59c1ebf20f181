import { PlenarySponsorStrip } from './sponsor-strip.js';
import { define } from '../../internal/define.js';

export { PlenarySponsorStrip };
define('plenary-sponsor-strip', PlenarySponsorStrip);

declare global {
  interface HTMLElementTagNameMap {
    'plenary-sponsor-strip': PlenarySponsorStrip;
  }
}
