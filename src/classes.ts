/**
 * Every element class, with nothing registered: for apps that choose their own tag names or register
 * lazily (`customElements.define('my-schedule', class extends PlenarySchedule {})`).
 */
export { PlenaryConference } from './context/conference.js';
export { PlenaryCountdown } from './elements/countdown/countdown.js';
export { PlenarySchedule } from './elements/schedule/schedule.js';
export { PlenarySpeakerGrid } from './elements/speaker-grid/speaker-grid.js';
export { PlenarySponsorStrip } from './elements/sponsor-strip/sponsor-strip.js';
export { PlenaryElement } from './internal/plenary-element.js';
export { TimedElement } from './internal/timed-element.js';
export { define } from './internal/define.js';
export { VERSION } from './internal/version.js';
