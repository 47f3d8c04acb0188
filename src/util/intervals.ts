/**
 * An index of closed number intervals `[from, to]` that finds those overlapping a query window,
 * shared by the calendar helpers (days) and `recordsAt` (character offsets).
 *
 * Intervals with both ends finite are grouped by the bit length of their length, and sorted by
 * `from` within a group. For a window `[a, b]`, an interval of a group whose longest member spans
 * `m` can only overlap if it starts in `[a - m, b]`: two binary searches per group find those
 * candidates. Intervals open at the start (`from` is `-Infinity`) sit in a list sorted by `to`,
 * those open at the end (`to` is `Infinity`) in one sorted by `from`, where every match is a
 * contiguous run. A query costs O(groups · log n + candidates); the groups number at most about
 * 53, one per bit length of a double's integer part.
 *
 * @internal
 * @module
 */
import { bisect } from './bisect.js';

/** One interval, with the number of what it belongs to (`owner`), which breaks ties in order. */
export interface Interval {
  readonly from: number;
  readonly to: number;
  readonly owner: number;
}

interface Sorted {
  /** The sort key of each entry, ascending. */
  readonly keys: Float64Array;
  /** The other end of each entry. */
  readonly others: Float64Array;
  /** Each entry's owner. */
  readonly owners: Int32Array;
}

interface LengthGroup extends Sorted {
  readonly longest: number;
}

/** The overlap queries over a set of intervals. */
export interface IntervalIndex {
  /** Calls `visit` with the owner and `from` of every interval that overlaps `[from, to]`, in no particular order. */
  overlapping(from: number, to: number, visit: (owner: number, from: number) => void): void;
}

function sorted(entries: readonly Interval[], key: 'from' | 'to'): Sorted {
  const other = key === 'from' ? 'to' : 'from';
  const order = [...entries].sort((a, b) => a[key] - b[key] || a.owner - b.owner);
  return {
    keys: Float64Array.from(order, (entry) => entry[key]),
    others: Float64Array.from(order, (entry) => entry[other]),
    owners: Int32Array.from(order, (entry) => entry.owner),
  };
}

/** Builds the index of `intervals`. An interval with `to < from` is empty and overlaps nothing. */
export function intervalIndex(intervals: readonly Interval[]): IntervalIndex {
  const byLength = new Map<number, Interval[]>();
  const openStart: Interval[] = [];
  const openEnd: Interval[] = [];
  for (const entry of intervals) {
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
  const groups: LengthGroup[] = [...byLength.values()].map((entries) => {
    let longest = 0;
    for (const entry of entries) longest = Math.max(longest, entry.to - entry.from);
    return { ...sorted(entries, 'from'), longest };
  });
  const starts = sorted(openStart, 'to');
  const ends = sorted(openEnd, 'from');
  return {
    overlapping(from, to, visit) {
      for (const group of groups) {
        const stop = bisect(group.keys, to, true);
        for (let i = bisect(group.keys, from - group.longest); i < stop; i++) {
          if ((group.others[i] as number) >= from) visit(group.owners[i] as number, group.keys[i] as number);
        }
      }
      for (let i = bisect(starts.keys, from); i < starts.keys.length; i++) visit(starts.owners[i] as number, -Infinity);
      const stop = bisect(ends.keys, to, true);
      for (let i = 0; i < stop; i++) visit(ends.owners[i] as number, ends.keys[i] as number);
    },
  };
}
