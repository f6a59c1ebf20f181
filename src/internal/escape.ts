/**
 * Escape text for markup built as a string (schedule sessions, speaker cards, sponsor logos): the five
 * characters that can end a text node or an attribute value become character references. Texts with none
 * of them (most) are returned as they are.
 */
export const esc = (s: string): string => (/[&<>"']/.test(s) ? s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : s);

/** ` lang="…" dir="auto"` for markup built as a string, for a text in language `k` (see otherLanguage); '' without. */
export const langAttr = (k?: string): string => (k ? ` lang="${esc(k)}" dir="auto"` : '');

/** A Trusted Types policy; its values (TrustedHTML, TrustedScript) are typed as strings, which is what they replace. */
interface Policy {
  createHTML(s: string): string;
  createScript(s: string): string;
}
let policy: Policy | null | undefined;
/** The "plenary" Trusted Types policy, made on first use (none without Trusted Types, or if the page refuses it). */
const trusted = (): Policy | null => {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
    try {
      // The strings are built from escaped values (esc) and our own tags: the policy passes them through.
      policy = tt?.createPolicy('plenary', { createHTML: (s) => s, createScript: (s) => s }) ?? null;
    } catch {
      // The page's trusted-types directive does not name "plenary": plain strings (refused only where enforced).
      policy = null;
    }
  }
  return policy;
};

/**
 * Markup from `esc`-escaped values, for innerHTML: where the browser has Trusted Types, a TrustedHTML of the
 * policy "plenary" (so pages that enforce them, naming `lit-html plenary`, work); elsewhere the string.
 */
export const markup = (s: string): string => trusted()?.createHTML(s) ?? s;

/** Text for a script element (the JSON-LD block), trusted the same way. */
export const scriptText = (s: string): string => trusted()?.createScript(s) ?? s;
