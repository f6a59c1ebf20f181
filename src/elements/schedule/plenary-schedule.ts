import { define } from '../../internal/define.js';
import { PlenarySchedule } from './schedule.js';

export { PlenarySchedule };

define('plenary-schedule', PlenarySchedule);

declare global {
  interface HTMLElementTagNameMap {
    'plenary-schedule': PlenarySchedule;
  }
}
