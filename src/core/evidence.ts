/**
 * `recordsAt` as a builder: every record whose evidence covers an offset or overlaps a span.
 *
 * Evidence spans are grouped by the bit length of their length and sorted by start within a
 * group; a span of a group whose longest member has `m` characters can only overlap `[a, b)` if it
 * starts in `[a - m, b)`, which two binary searches find. A query costs O(groups · log n +
 * candidates), with at most about 30 groups for any text.
 *
 * @internal
 * @module
 */
import type { Actor, AnyRecord, Figure, IdSpace, NewsEvent, Statement } from '../types.js';
import { describe } from './describe.js';
import { EMPTY } from './memo.js';

interface Group {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Each span's record, as an index into the records in kind order (actors, statements, events, figures). */
  readonly owners: Int32Array;
  readonly longest: number;
}

interface Index {
  readonly records: readonly AnyRecord<IdSpace>[];
  readonly groups: readonly Group[];
}

function build(collections: readonly (readonly AnyRecord<IdSpace>[])[]): Index {
  const records = collections.flat();
  const byBits = new Map<number, { start: number; end: number; owner: number }[]>();
  records.forEach((record, owner) => {
    for (const span of record.evidence) {
      const length = span.end - span.start;
      const bits = length < 1 ? 0 : Math.floor(Math.log2(length)) + 1;
      const group = byBits.get(bits);
      const entry = { start: span.start, end: span.end, owner };
      if (group === undefined) byBits.set(bits, [entry]);
      else group.push(entry);
    }
  });
  const groups = [...byBits.values()].map((entries) => {
    entries.sort((a, b) => a.start - b.start || a.owner - b.owner);
    return {
      starts: Float64Array.from(entries, (entry) => entry.start),
      ends: Float64Array.from(entries, (entry) => entry.end),
      owners: Int32Array.from(entries, (entry) => entry.owner),
      longest: entries.reduce((longest, entry) => Math.max(longest, entry.end - entry.start), 0),
    };
  });
  return { records, groups };
}

/** The first index whose key is `>= value`. */
function lowerBound(keys: Float64Array, value: number): number {
  let [low, high] = [0, keys.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
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

/** `recordsAt` over an article and its four collections. */
export function createRecordsAt<I extends IdSpace>(
  article: { readonly text: string },
  actors: readonly Actor<I>[],
  statements: readonly Statement<I>[],
  events: readonly NewsEvent<I>[],
  figures: readonly Figure<I>[],
): (offsetOrSpan: unknown) => readonly AnyRecord<I>[] {
  let index: Index | undefined;
  return (offsetOrSpan) => {
    const { from, to } = windowOf(offsetOrSpan, article.text);
    index ??= build([actors, statements, events, figures] as unknown as readonly (readonly AnyRecord<IdSpace>[])[]);
    // The earliest start of an overlapping span, per record.
    const firstStart = new Map<number, number>();
    for (const group of index.groups) {
      const stop = lowerBound(group.starts, to);
      for (let i = lowerBound(group.starts, from - group.longest); i < stop; i++) {
        if ((group.ends[i] as number) <= from) continue;
        const owner = group.owners[i] as number;
        const start = group.starts[i] as number;
        const seen = firstStart.get(owner);
        if (seen === undefined || start < seen) firstStart.set(owner, start);
      }
    }
    if (firstStart.size === 0) return EMPTY;
    const owners = [...firstStart.keys()].sort((a, b) => (firstStart.get(a) as number) - (firstStart.get(b) as number) || a - b);
    const { records } = index;
    return Object.freeze(owners.map((owner) => records[owner] as AnyRecord<I>));
  };
}

