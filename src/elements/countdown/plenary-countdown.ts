import { define } from '../../internal/define.js';
import { PlenaryCountdown } from './countdown.js';

export { PlenaryCountdown };
export type { CountdownEndDetail } from './countdown.js';

define('plenary-countdown', PlenaryCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'plenary-countdown': PlenaryCountdown;
  }
}
