import type { Catalog } from '../../src/i18n/i18n.js';

/** Every element's catalogue, checked for completeness by i18n.test.ts. Add each new one here. */
export const catalogs: Record<string, Catalog> = {};
