// For the stories of the loading state: a stand-in for <plenary-conference> that stays where a real provider is
// while its file is on the way (a real one with no src says that it has no data, rather than loading forever).
import { html, ReactiveElement, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { conferenceContext } from '../src/context/context.js';

class StoryLoadingProvider extends ReactiveElement {
  provider = new ContextProvider(this, { context: conferenceContext, initialValue: { status: 'loading', problems: [] } });
}

/** `content` inside a provider that is still loading. (A function, not a side-effect import: the package's
 * sideEffects list would let the build drop that.) */
export function loading(content: TemplateResult): TemplateResult {
  if (!customElements.get('story-loading-provider')) customElements.define('story-loading-provider', StoryLoadingProvider);
  return html`<story-loading-provider>${content}</story-loading-provider>`;
}
