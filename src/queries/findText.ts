import { createFindText } from '../core/text.js';
import { article } from '../generated/article.js';
import type { Span } from '../types.js';

let run: ((query: unknown) => readonly Span[]) | undefined;

/**
 * Every place in the article where the words occur, as spans of the text exactly as published.
 * Matching is case-sensitive and by characters (like a browser's find), but it treats curly and
 * straight quotation marks alike (`’ ‘ '` and `“ ” "`) and any run of white space, no-break spaces
 * and line breaks included, as one space. The query is trimmed; overlapping occurrences are all
 * returned, by position.
 *
 * @param query - The words to find. An empty or blank query, or any value that is not a string,
 * gives `[]`.
 * @returns The spans, as a frozen array of frozen {@link Span}s.
 * @category Text
 * @example
 * ```ts
 * import { findText } from 'kyiv-strike-pause'
 * findText("Don't waste")
 * //=> [{ start: 1454, end: 1465, text: 'Don’t waste' }]
 * findText('minus 10').map((span) => span.start)
 * //=> [2856]
 * ```
 */
export function findText(query: string): readonly Span[] {
  return (run ??= createFindText(article))(query);
}
