/**
 * Plenary: every element, registered. The entry for `<script type="module">` (dist/plenary.js) and for
 * the classic script (dist/plenary.iife.js). The provider is registered first, so widgets already in
 * the page find it when they upgrade.
 */
import './internal/prefetch.js';
export * from './context/plenary-conference.js';
export * from './elements/countdown/plenary-countdown.js';
export * from './elements/schedule/plenary-schedule.js';
export * from './elements/speaker-grid/plenary-speaker-grid.js';
export * from './elements/sponsor-strip/plenary-sponsor-strip.js';
export { VERSION } from './internal/version.js';
