/** Time zones, formatting and calendar output: no DOM. */
export * from './zone.js';
export * from './days.js';
export * from './duration.js';
export * from './format.js';
export { toICS } from './ics.js';
