import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/index.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
