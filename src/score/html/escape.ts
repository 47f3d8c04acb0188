/**
 * Escaping for the HTML pages: text and attribute values, and JSON placed inside a `<script>`.
 *
 * @internal
 * @module
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes `&`, `<`, `>`, `"` and `'`, so that `text` is inert both as element content and inside a
 * quoted attribute value.
 *
 * @param text - Any string, typically from a prediction or a dataset.
 * @returns The string with the five characters replaced by entities.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>`, `&` and the two line separators
 * are written as `\u` escapes, so that no `</script>` or `<!--` can end the element early.
 *
 * @param value - Plain data.
 * @returns JSON text without `<`, `>` or `&`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
