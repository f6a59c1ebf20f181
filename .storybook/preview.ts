import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/index.js';

// Storybook makes a control of every field in the manifest, private ones included (103 on the schedule:
// ticker, model, observer...). Only the public API belongs in the controls and docs tables.
type Member = { privacy?: string; static?: boolean };
type Declaration = { members?: Member[] };
for (const mod of customElements.modules as { declarations?: Declaration[] }[]) {
  for (const d of mod.declarations ?? []) {
    if (d.members) d.members = d.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.static);
  }
}
setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
