import { PlenaryConference } from './conference.js';
import { define } from '../internal/define.js';

export { PlenaryConference };
define('plenary-conference', PlenaryConference);

declare global {
  interface HTMLElementTagNameMap {
    'plenary-conference': PlenaryConference;
  }
}
