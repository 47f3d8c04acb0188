import { createRecordsAt } from '../core/evidence.js';
import { actors } from '../generated/actors.js';
import { article } from '../generated/article.js';
import { events } from '../generated/events.js';
import { figures } from '../generated/figures.js';
import { statements } from '../generated/statements.js';
import type { AnyRecord, Span } from '../types.js';

let query: ((offsetOrSpan: unknown) => readonly AnyRecord[]) | undefined;

/**
 * Every record whose evidence covers a place in the text: the bridge from {@link findText} and
 * {@link contextOf} back to the data. Given an offset, the records with an evidence span that
 * contains the character there (`start <= offset < end`); given a span, the records with an
 * evidence span that overlaps it by at least one character (an empty span counts as its start
 * offset). Actor mentions, statement content and attribution, event and figure evidence all count.
 *
 * Results are in text order: by the start of each record's first overlapping evidence span, ties
 * broken actors first, then statements, events and figures, each in record order.
 *
 * @param offsetOrSpan - A UTF-16 offset from 0 to the text's length, or a span (`start`, `end` and,
 * optionally, `text`, which must then be the article's characters there).
 * @returns The records, as a frozen array; `[]` where no evidence is there (the offset at the very
 * end of the text, for one).
 * @throws RangeError naming the value, for an offset or span outside the text, offsets that are not
 * integers, `start > end`, or a `text` that is not the article's.
 * @throws TypeError for anything that is neither a number nor an object, and for a span whose
 * properties cannot be read (a getter or Proxy that throws).
 * @category Text
 * @example
 * ```ts
 * import { findText, recordsAt } from 'kyiv-strike-pause'
 * const [span] = findText('454 apartment buildings')
 * recordsAt(span!).map((record) => record.id)
 * //=> ['klitschko-buildings-without-heat', 'kyiv-heating-outage', 'kyiv-buildings-without-heat']
 * recordsAt(0).map((record) => record.id)
 * //=> ['kremlin', 'kremlin-says-trump-asked-putin']
 * recordsAt(-1)
 * //=> throws RangeError: recordsAt: an offset must be an integer from 0 to 6645, got number -1
 * ```
 */
export function recordsAt(offsetOrSpan: number | Pick<Span, 'start' | 'end'> | Span): readonly AnyRecord[] {
  return (query ??= createRecordsAt(article, actors, statements, events, figures))(offsetOrSpan);
}
