/**
 * The calendar index behind `eventsBetween` and `timeline`: every dated event's day range,
 * grouped so that a window query touches only events that can overlap it.
 *
 * Events with both ends finite are grouped by the bit length of their length in days, and sorted
 * by start within a group. For a window `[a, b]`, an event of a group whose longest member spans
 * `m` days can only overlap if it starts in `[a - m, b]`: two binary searches per group find those
 * candidates. Open-ended events sit in two lists of their own, sorted by their finite end, where
 * every match is a contiguous run. A query costs O(groups · log n + candidates), and the groups
 * number at most about 22 for any span of years.
 *
 * @internal
 * @module
 */
import { rangeOf } from '../internal/time.js';
import { memoize } from './memo.js';

/** An event placed on the calendar: its record, its position in the collection and its inclusive day range. */
export interface Dated<E> {
  readonly event: E;
  readonly position: number;
  readonly from: number;
  readonly to: number;
}

interface Sorted {
  /** The sort key of each entry, ascending. */
  readonly keys: Float64Array;
  /** The other end of each entry's range. */
  readonly others: Float64Array;
  /** Each entry's position in the collection. */
  readonly positions: Int32Array;
}

interface LengthGroup extends Sorted {
  readonly longest: number;
}

export interface TimeIndex<E> {
  /** Dated events in record order. */
  readonly dated: readonly Dated<E>[];
  /** Bounded events, by length group, sorted by start. */
  readonly groups: readonly LengthGroup[];
  /** Events open at the start (`../x`), sorted by end. */
  readonly openStart: Sorted;
  /** Events open at the end (`x/..`), sorted by start. */
  readonly openEnd: Sorted;
}

/** What the index reads of an event. */
type AnyEvent = { readonly time: { readonly value: string } | null };

function sorted(entries: readonly Dated<unknown>[], key: 'from' | 'to'): Sorted {
  const other = key === 'from' ? 'to' : 'from';
  const order = [...entries].sort((a, b) => a[key] - b[key] || a.position - b.position);
  return {
    keys: Float64Array.from(order, (entry) => entry[key]),
    others: Float64Array.from(order, (entry) => entry[other]),
    positions: Int32Array.from(order, (entry) => entry.position),
  };
}

/** The day range of an event's `time.value`, or `undefined` for no time, a duration or a malformed value. */
function eventRange(event: AnyEvent): { readonly from: number; readonly to: number } | undefined {
  const value = event.time?.value;
  return typeof value === 'string' ? rangeOf(value) : undefined;
}

/** The calendar index of a collection of events, built on first use. */
export const timeIndex: <E extends AnyEvent>(events: readonly E[]) => TimeIndex<E> = /*#__PURE__*/ memoize(
  (events: readonly AnyEvent[]): TimeIndex<AnyEvent> => {
    const dated: Dated<AnyEvent>[] = [];
    events.forEach((event, position) => {
      const range = eventRange(event);
      if (range !== undefined) dated.push({ event, position, from: range.from, to: range.to });
    });
    const byLength = new Map<number, Dated<AnyEvent>[]>();
    const openStart: Dated<AnyEvent>[] = [];
    const openEnd: Dated<AnyEvent>[] = [];
    for (const entry of dated) {
      if (entry.from === -Infinity) openStart.push(entry);
      else if (entry.to === Infinity) openEnd.push(entry);
      else {
        const length = entry.to - entry.from;
        const bits = length < 1 ? 0 : Math.floor(Math.log2(length)) + 1;
        const group = byLength.get(bits);
        if (group === undefined) byLength.set(bits, [entry]);
        else group.push(entry);
      }
    }
    const groups = [...byLength.values()].map((entries) => ({
      ...sorted(entries, 'from'),
      longest: entries.reduce((longest, entry) => Math.max(longest, entry.to - entry.from), 0),
    }));
    return { dated, groups, openStart: sorted(openStart, 'to'), openEnd: sorted(openEnd, 'from') };
  },
) as <E extends AnyEvent>(events: readonly E[]) => TimeIndex<E>;

/** The first index whose key is `>= value` (or `> value` when `after`). */
function bound(keys: Float64Array, value: number, after: boolean): number {
  let [low, high] = [0, keys.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const key = keys[middle] as number;
    if (key < value || (after && key === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The positions of the events whose range overlaps the days `[from, to]`, ascending. */
export function overlapping(index: TimeIndex<unknown>, from: number, to: number): Int32Array {
  const hits: number[] = [];
  for (const group of index.groups) {
    const end = bound(group.keys, to, true);
    for (let i = bound(group.keys, from - group.longest, false); i < end; i++) {
      if ((group.others[i] as number) >= from) hits.push(group.positions[i] as number);
    }
  }
  const { openStart, openEnd } = index;
  for (let i = bound(openStart.keys, from, false); i < openStart.keys.length; i++) hits.push(openStart.positions[i] as number);
  const end = bound(openEnd.keys, to, true);
  for (let i = 0; i < end; i++) hits.push(openEnd.positions[i] as number);
  // A typed array sorts numerically, and several times faster than `Array#sort` with a comparator.
  return Int32Array.from(hits).sort();
}
