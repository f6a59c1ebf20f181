import { define } from '../../internal/define.js';
import { PlenarySpeakerGrid } from './speaker-grid.js';

export { PlenarySpeakerGrid };

define('plenary-speaker-grid', PlenarySpeakerGrid);

declare global {
  interface HTMLElementTagNameMap {
    'plenary-speaker-grid': PlenarySpeakerGrid;
  }
}
