import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/index.js';

// Storybook makes a control of every field in the manifest, private ones included (103 on the schedule:
// ticker, model, observer...). Only the public API belongs in the controls and docs tables.
// An attribute with a property of its own (`hide-filters` and `hideFilters`) would be a second row whose control
// does nothing, since the stories read the property's arg: the property's row stands for both.
// Storybook keys its rows by name alone, so a part or slot named like an attribute hid it (the schedule's `session`
// attribute and `session` part, the countdown's `live` part and slot): parts and slots are shown as you write them.
type Member = { name: string; privacy?: string; static?: boolean; attribute?: string };
type Named = { name: string };
type Declaration = { members?: Member[]; attributes?: { name: string; fieldName?: string }[]; cssParts?: Named[]; slots?: Named[] };
for (const mod of customElements.modules as { declarations?: Declaration[] }[]) {
  for (const d of mod.declarations ?? []) {
    if (d.members) d.members = d.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.static);
    const fields = new Set(d.members?.map((m) => m.name));
    if (d.attributes) d.attributes = d.attributes.filter((a) => !(a.fieldName && fields.has(a.fieldName) && a.fieldName !== a.name));
    d.cssParts?.forEach((p) => (p.name = `::part(${p.name})`));
    d.slots?.forEach((x) => (x.name = x.name ? `slot="${x.name}"` : '(default slot)'));
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
