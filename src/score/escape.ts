/**
 * Text from a caller (a prediction's reference, a file name) made safe for where it is shown: a
 * terminal, where an escape byte would be obeyed, and Markdown, where `|`, a backtick, `<` or a
 * line break would start a cell, a code span, HTML or a line of their own.
 *
 * @internal
 * @module
 */

/**
 * C0 and C1 control characters, DEL, the Unicode line and paragraph separators, and the
 * bidirectional embedding, override and isolate controls: what a terminal obeys or a reader
 * misreads instead of seeing.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written out as an escape (`\n`, `\t`, `\u001b`), so none reaches a terminal raw. */
export function visible(text: string): string {
  return text.replace(CONTROLS, (char) => (Object.hasOwn(NAMED, char) ? (NAMED[char] as string) : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** What Markdown (and the HTML it may hold) reads as markup: written as numeric character references. */
const MARKUP = /[&<>|`\\[\]*_]/g;

/**
 * `text` as plain text in a Markdown table cell or list item: `&`, `<`, `>`, `|`, backticks,
 * backslashes, brackets, `*` and `_` as numeric character references (`&#124;`), and control
 * characters and line breaks written out as escapes (see {@link visible}), so it stays on its line.
 */
export function markdownText(text: string): string {
  return visible(text.replace(MARKUP, (char) => `&#${char.charCodeAt(0)};`));
}
