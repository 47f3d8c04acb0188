import type { Article, Span } from '../model/types.js';
import { foldQuote, isMark, isSpaceAt } from '../util/fold.js';
import { EMPTY, memoize } from '../util/memo.js';
import { article } from '../data/article.js';

/** What the text helpers read of an article. */
type Text = Pick<Article, 'text'>;

/**
 * Splits a text into the units `findText` compares: a run of white space (as one space), or one
 * character (a whole surrogate pair) with the combining marks after it, in NFC, its quotation
 * marks folded. Calls `emit` with each unit's key and its start offset in the text, and stops
 * when `emit` returns `false`.
 */
function units(text: string, emit: (key: string, start: number) => boolean | void): void {
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (isSpaceAt(text, i)) {
      while (i < text.length && isSpaceAt(text, i)) i++;
      if (emit(' ', start) === false) return;
      continue;
    }
    const code = text.charCodeAt(i);
    // The common case: an ASCII character not followed by a combining mark is its own key (NFC and
    // quote folding leave ASCII alone).
    if (code < 0x80 && (i + 1 === text.length || text.charCodeAt(i + 1) < 0x300)) {
      i++;
      if (emit(text[start] as string, start) === false) return;
      continue;
    }
    const first = text.codePointAt(i) as number;
    i += first > 0xffff ? 2 : 1;
    let next: number | undefined;
    while (i < text.length && isMark((next = text.codePointAt(i) as number))) i += next > 0xffff ? 2 : 1;
    const unit = text.slice(start, i);
    if (emit(i - start === 1 && first < 0x300 ? foldQuote(unit) : foldQuote(unit.normalize('NFC')), start) === false) return;
  }
}

interface Folded {
  /** Each distinct unit's number. */
  readonly numbers: ReadonlyMap<string, number>;
  /** The text as unit numbers. */
  readonly sequence: Int32Array;
  /** Where each unit starts in the text; one more entry, the text's length, closes the last. */
  readonly starts: Int32Array;
}

/** The article text as a sequence of numbered units (see `units`), built once per article. */
const foldedOf = /*#__PURE__*/ memoize((article: Text): Folded => {
  const { text } = article;
  const numbers = new Map<string, number>();
  const sequence: number[] = [];
  const starts: number[] = [];
  units(text, (key, start) => {
    let number = numbers.get(key);
    if (number === undefined) numbers.set(key, (number = numbers.size));
    sequence.push(number);
    starts.push(start);
  });
  starts.push(text.length);
  return { numbers, sequence: Int32Array.from(sequence), starts: Int32Array.from(starts) };
});

/**
 * The query as unit numbers of the text, or `undefined` where it cannot occur: a unit the text
 * lacks, or more units than the text has. Either stops the reading early, so a huge query costs
 * no more than the text.
 */
function needleOf(query: string, numbers: ReadonlyMap<string, number>, most: number): Int32Array | undefined {
  const needle: number[] = [];
  let possible = true;
  units(query, (key) => {
    const number = numbers.get(key);
    if (number === undefined || needle.length === most) return (possible = false);
    needle.push(number);
    return true;
  });
  return possible ? Int32Array.from(needle) : undefined;
}

/**
 * The start of every occurrence of `needle` in `haystack`, overlapping ones included, in order:
 * Knuth–Morris–Pratt, O(haystack + needle) however the two repeat.
 */
export function occurrences(haystack: Int32Array, needle: Int32Array): number[] {
  const m = needle.length;
  const fallback = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    const unit = needle[i];
    while (k > 0 && unit !== needle[k]) k = fallback[k - 1] as number;
    if (unit === needle[k]) k++;
    fallback[i] = k;
  }
  const found: number[] = [];
  for (let i = 0, k = 0, n = haystack.length; i < n; i++) {
    const unit = haystack[i];
    while (k > 0 && unit !== needle[k]) k = fallback[k - 1] as number;
    if (unit === needle[k]) k++;
    if (k === m) {
      found.push(i - m + 1);
      k = fallback[k - 1] as number;
    }
  }
  return found;
}

function spanAt(text: string, start: number, end: number): Span {
  return Object.freeze({ start, end, text: text.slice(start, end) });
}

/** `findText` over an article: every occurrence, overlapping ones included, by start. */
export function createFindText(article: Text): (query: unknown) => readonly Span[] {
  return (query) => {
    if (typeof query !== 'string' || query.trim() === '') return EMPTY;
    const { numbers, sequence, starts } = foldedOf(article);
    const needle = needleOf(query, numbers, sequence.length);
    if (needle === undefined) return EMPTY;
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
