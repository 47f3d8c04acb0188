import { createFindText } from '../core/text.js';
import { article } from '../generated/article.js';
import type { Span } from '../types.js';

let run: ((query: unknown) => readonly Span[]) | undefined;

/**
 * Every place in the article where the words occur, as spans of the text exactly as published.
 * Matching is case-sensitive and by characters (like a browser's find), but it treats curly and
 * straight quotation marks alike (`’ ‘ '` and `“ ” "`) and any run of white space, no-break spaces
 * and line breaks included, as one space.
 *
 * - A character is compared whole: a surrogate pair, or a letter with the combining marks after
 *   it, in Unicode NFC on both sides. So `e` does not match the start of `é`, and `é` typed as
 *   one code point matches `e` followed by U+0301; a match never starts or ends inside one.
 * - White space at either end of the query is kept, not trimmed: `'Kyiv '` matches `Kyiv`
 *   followed by white space (and the span includes that white space), never `Kyiv,`.
 * - Overlapping occurrences are all returned, by start: `'aa'` in `aaa` gives two spans.
 * - The cost is linear in the length of the text plus the query (Knuth–Morris–Pratt), however
 *   the two repeat; the number of spans returned is at most the number of characters.
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
 * findText('Kyiv ').length < findText('Kyiv').length
 * //=> true
 * ```
 */
export function findText(query: string): readonly Span[] {
  return (run ??= createFindText(article))(query);
}
