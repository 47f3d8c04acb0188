import type { Actor, AnyRecord, Figure, IdSpace, NewsEvent, Span, Statement, Timex } from '../model/types.js';
import { describe } from '../util/describe.js';
import { isObject } from '../util/guards.js';
import { intervalIndex, type Interval, type IntervalIndex } from '../util/intervals.js';
import { EMPTY } from '../util/memo.js';
import { actors } from '../data/actors.js';
import { article } from '../data/article.js';
import { events } from '../data/events.js';
import { figures } from '../data/figures.js';
import { statements } from '../data/statements.js';
import { timexes } from '../data/timexes.js';

/** The evidence spans of every record, in kind order (actors, statements, events, figures, timexes), as closed intervals `[start, end - 1]`. */
interface Index {
  readonly records: readonly AnyRecord<IdSpace>[];
  readonly spans: IntervalIndex;
}

function build(collections: readonly (readonly AnyRecord<IdSpace>[])[]): Index {
  const records = collections.flat();
  const intervals: Interval[] = [];
  records.forEach((record, owner) => {
    for (const span of record.evidence) intervals.push({ from: span.start, to: span.end - 1, owner });
  });
  return { records, spans: intervalIndex(intervals) };
}

/** The window `[from, to)` a query asks about; an offset `o` is the window `[o, o + 1)`. */
function windowOf(query: unknown, text: string): { readonly from: number; readonly to: number } {
  const max = text.length;
  const inRange = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;
  if (typeof query === 'number') {
    if (!inRange(query)) throw new RangeError(`recordsAt: an offset must be an integer from 0 to ${max}, got ${describe(query)}`);
    return { from: query, to: query + 1 };
  }
  if (!isObject(query)) throw new TypeError(`recordsAt: expected an offset or a span, got ${describe(query)}`);
  let [start, end, words]: unknown[] = [];
  try {
    start = Object.hasOwn(query, 'start') ? query['start'] : undefined;
    end = Object.hasOwn(query, 'end') ? query['end'] : undefined;
    words = Object.hasOwn(query, 'text') ? query['text'] : undefined;
  } catch {
    throw new TypeError('recordsAt: the span cannot be read (a getter or Proxy threw)');
  }
  if (!inRange(start) || !inRange(end) || start > end) {
    throw new RangeError(`recordsAt: a span needs integer offsets with 0 <= start <= end <= ${max}, got start ${describe(start)} and end ${describe(end)}`);
  }
  if (words !== undefined && words !== text.slice(start, end)) {
    throw new RangeError(`recordsAt: the span's text ${describe(words)} is not the article's text at ${start}..${end}`);
  }
  return start === end ? { from: start, to: start + 1 } : { from: start, to: end };
}

/** `recordsAt` over an article and its five collections. */
export function createRecordsAt<I extends IdSpace>(
  article: { readonly text: string },
  actors: readonly Actor<I>[],
  statements: readonly Statement<I>[],
  events: readonly NewsEvent<I>[],
  figures: readonly Figure<I>[],
  timexes: readonly Timex<I>[],
): (offsetOrSpan: unknown) => readonly AnyRecord<I>[] {
  let index: Index | undefined;
  return (offsetOrSpan) => {
    const { from, to } = windowOf(offsetOrSpan, article.text);
    index ??= build([actors, statements, events, figures, timexes] as unknown as readonly (readonly AnyRecord<IdSpace>[])[]);
    // The earliest start of an overlapping span, per record.
    const firstStart = new Map<number, number>();
    index.spans.overlapping(from, to - 1, (owner, start) => {
      const seen = firstStart.get(owner);
      if (seen === undefined || start < seen) firstStart.set(owner, start);
    });
    if (firstStart.size === 0) return EMPTY;
    const owners = [...firstStart.keys()].sort((a, b) => (firstStart.get(a) as number) - (firstStart.get(b) as number) || a - b);
    const { records } = index;
    return Object.freeze(owners.map((owner) => records[owner] as AnyRecord<I>));
  };
}

let query: ((offsetOrSpan: unknown) => readonly AnyRecord[]) | undefined;

/**
 * Every record whose evidence covers a place in the text: the bridge from {@link findText} and
 * {@link contextOf} back to the data. Given an offset, the records with an evidence span that
 * contains the character there (`start <= offset < end`); given a span, the records with an
 * evidence span that overlaps it by at least one character (an empty span counts as its start
 * offset). Actor mentions, statement content and attribution, event and figure evidence and the
 * extents of time expressions all count.
 *
 * Results are in text order: by the start of each record's first overlapping evidence span, ties
 * broken actors first, then statements, events, figures and time expressions, each in record order.
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
  return (query ??= createRecordsAt(article, actors, statements, events, figures, timexes))(offsetOrSpan);
}
