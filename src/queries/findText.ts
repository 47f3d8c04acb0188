import type { Article, Span } from '../model/types.js';
import { foldQuery, foldText, NO_UNIT, occurrences, type FoldedText } from '../util/fold.js';
import { EMPTY, memoize } from '../util/memo.js';
import { article } from '../data/article.js';

/** What the text helpers read of an article. */
type Text = Pick<Article, 'text'>;

/** The article text as a sequence of numbered units (see `foldUnits`), built once per article. */
const foldedOf = /*#__PURE__*/ memoize((article: Text): FoldedText => foldText(article.text));

/** The same search, for the tests of its cost. */
export { occurrences };

function spanAt(text: string, start: number, end: number): Span {
  return Object.freeze({ start, end, text: text.slice(start, end) });
}

/** `findText` over an article: every occurrence, overlapping ones included, by start. */
export function createFindText(article: Text): (query: unknown) => readonly Span[] {
  return (query) => {
    if (typeof query !== 'string' || query.trim() === '') return EMPTY;
    const { numbers, sequence, starts } = foldedOf(article);
    const { units: needle, complete } = foldQuery(query, numbers, sequence.length);
    // A unit the text lacks, or more units than the text has: it cannot occur.
    if (!complete || needle.includes(NO_UNIT)) return EMPTY;
    const found = occurrences(sequence, needle).map((at) => spanAt(article.text, starts[at] as number, starts[at + needle.length] as number));
    return found.length === 0 ? EMPTY : Object.freeze(found);
  };
}

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
