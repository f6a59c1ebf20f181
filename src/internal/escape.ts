/**
 * Escape text for markup built as a string (schedule sessions, speaker cards, sponsor logos): the five
 * characters that can end a text node or an attribute value become character references. Texts with none
 * of them (most) are returned as they are.
 */
export const esc = (s: string): string => (/[&<>"']/.test(s) ? s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : s);
