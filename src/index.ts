/**
 * Plenary: every element, registered. The entry for `<script type="module">` (dist/plenary.js) and for
 * the classic script (dist/plenary.iife.js). The provider is registered first, so widgets already in
 * the page find it when they upgrade.
 */
export * from './context/plenary-conference.js';
export { VERSION } from './internal/version.js';
