import type { Catalog } from '../../src/i18n/i18n.js';
import { strings as countdown } from '../../src/elements/countdown/countdown.strings.js';
import { strings as schedule } from '../../src/elements/schedule/schedule.strings.js';
import { strings as speakerGrid } from '../../src/elements/speaker-grid/speaker-grid.strings.js';
import { strings as sponsorStrip } from '../../src/elements/sponsor-strip/sponsor-strip.strings.js';

/** Every element's catalogue, checked for completeness by i18n.test.ts. Add each new one here. */
export const catalogs: Record<string, Catalog> = { countdown, schedule, speakerGrid, sponsorStrip } as Record<string, Catalog>;
