import { PlenaryConference } from './conference.js';
import { define } from '../internal/define.js';
import { ConferenceLoader } from '../internal/loader.js';
import { ownLoader } from '../internal/own.js';

export { PlenaryConference };
define('plenary-conference', PlenaryConference);
// Widgets with data of their own use the loader this module carries anyway, instead of fetching its chunk.
ownLoader(ConferenceLoader);

declare global {
  interface HTMLElementTagNameMap {
    'plenary-conference': PlenaryConference;
  }
}
