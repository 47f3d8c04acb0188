import { createContextOf } from '../core/text.js';
import { article } from '../generated/article.js';
import type { AnyRecord, Span } from '../types.js';
import type { ContextOptions } from './types.js';

let query: ((spanOrRecord: unknown, options?: ContextOptions) => Span) | undefined;

/**
 * The text around a span: by default the sentence (or sentences) that contain it, otherwise
 * `options.chars` characters on each side, clamped to the text. Given a record, it starts from the
 * record's first evidence span: a statement's content, an actor's first mention, the first words
 * reporting an event or stating a figure.
 *
 * Sentences end at `.`, `!`, `?` or `…` (and any closing quotes) before white space and a capital,
 * digit or opening quote, never inside a double-quoted passage, after an initialism such as
 * `U.S.` or after a title such as `Dr.`; a blank line always ends one.
 *
 * Only own properties are read, of the span, the record, its first evidence span and the
 * options, so nothing set on `Object.prototype` (or inherited otherwise) is ever taken for a
 * `start` or a `chars`.
 *
 * @param spanOrRecord - A {@link Span} of the article, or any record with evidence. A span
 * without `text` is taken by its offsets, clamped to the text.
 * @param options - `{ chars: N }` for N characters either side instead of the sentence.
 * @returns A new frozen span of the article that contains the one given.
 * @throws TypeError for a value that is neither a span nor a record with evidence, a span `text`
 * that is not a string, or a getter or Proxy that throws; RangeError for offsets that are not
 * integers with `0 <= start <= end`, a span whose `text` is not the article's characters at its
 * offsets (for example a span of another article), or `chars` that is not a non-negative integer.
 * @category Text
 * @example
 * ```ts
 * import { contextOf, getStatement, mentionsOf } from 'kyiv-strike-pause'
 * contextOf(getStatement('trump-raised-issue-with-putin')).text
 * //=> 'Speaking earlier during a Cabinet meeting at the White House, Trump said he personally raised the issue with Putin during a phone call on Thursday.'
 * contextOf(mentionsOf('rudolf-myhovych')[0]!, { chars: 10 }).text
 * //=> 'fference\n\nRudolf Myhovych, CEO of t'
 * contextOf({ start: 0, end: 7, text: 'Kremlin' }).end
 * //=> 54
 * contextOf({ start: 0, end: 7, text: 'Moscow' })
 * //=> throws RangeError: contextOf: span.text "Moscow" does not match the article at 0..7
 * ```
 */
export function contextOf(spanOrRecord: Span | AnyRecord, options?: ContextOptions): Span {
  return (query ??= createContextOf(article))(spanOrRecord, options);
}
