// Escaping for HTML text and attribute values. Plan text, file names and messages are hostile
// input in the preview's pages (a title may hold "<script>"): everything goes through this.

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&#39;"],
]);

/** Text safe inside an element and inside a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ENTITIES.get(ch) ?? ch);
