import { VERSION } from './version.js';

const WARNED = Symbol.for('plenary.version-warning');

/**
 * Register a custom element, safely: if the tag is already defined by this version, do nothing; by another
 * copy or version, warn once per page and keep the first; never throw (a page may load Plenary twice).
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch {
      // Defined by another script between get() and define(): the same outcome as above.
    }
    return;
  }
  if (existing === ctor || existing.version === VERSION) return;
  const g = globalThis as Record<symbol, unknown>;
  if (!g[WARNED]) {
    g[WARNED] = true;
    console.warn(
      `Plenary ${VERSION}: <${tag}> is already defined${existing.version ? ` by Plenary ${existing.version}` : ' by another script'}; ` +
        `the first copy is used. Load one copy of Plenary per page.`,
    );
  }
}
