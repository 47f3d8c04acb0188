/**
 * Which of a list of extents (the mentions of one actor) lies inside a window, or starts nearest
 * an offset: what the brat and Label Studio exporters ask to link a statement to its speaker. A
 * scan of the list per question costs O(list) each, so O(n²) for an actor mentioned n times and
 * as often the speaker; these answer in O(log n) each after an O(n log n) sort.
 *
 * @internal
 * @module
 */
import { bisect } from './bisect.js';

/** A stretch of offsets, end exclusive. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/** The positions of `items` sorted by `key`, ties in list order. */
function order(items: readonly Extent[], key: (item: Extent) => number): Int32Array {
  const positions = Int32Array.from(items, (_, i) => i);
  return positions.sort((a, b) => key(items[a] as Extent) - key(items[b] as Extent) || a - b);
}

/**
 * An index of `items` by where they start. `nearest(at)` is the position in `items` of the item
 * whose start is nearest `at` (the first in list order among equally near ones), or -1 when
 * `items` is empty: what `items.reduce` keeping the first strictly nearer item finds, in O(log n).
 */
export function nearestStart(items: readonly Extent[]): { nearest(at: number): number } {
  const sorted = order(items, (item) => item.start);
  const starts = Float64Array.from(sorted, (i) => (items[i] as Extent).start);
  // For each sorted position, the first item in list order that starts at the same offset.
  const first = new Int32Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) first[i] = i > 0 && starts[i] === starts[i - 1] ? (first[i - 1] as number) : (sorted[i] as number);
  return {
    nearest(at) {
      const after = bisect(starts, at);
      const right = after < starts.length ? { position: first[after] as number, distance: (starts[after] as number) - at } : undefined;
      const left = after > 0 ? { position: first[after - 1] as number, distance: at - (starts[after - 1] as number) } : undefined;
      if (left === undefined || right === undefined) return (left ?? right)?.position ?? -1;
      if (left.distance !== right.distance) return left.distance < right.distance ? left.position : right.position;
      return Math.min(left.position, right.position);
    },
  };
}

/**
 * For each window, the position in `items` of the first item (in list order) inside it
 * (`start >= window.start` and `end <= window.end`), or -1: what `items.findIndex` finds for
 * each window, in O((items + windows) · log items) for all of them together. The windows are
 * taken from the latest start to the earliest; each adds the items starting at or after it to a
 * Fenwick tree over the items' ranks by end, which keeps the least position, and asks it for the
 * least position among the items that end by the window's end.
 */
export function firstInside(items: readonly Extent[], windows: readonly Extent[]): Int32Array {
  const answers = new Int32Array(windows.length).fill(-1);
  if (items.length === 0) return answers;
  const byEnd = order(items, (item) => item.end);
  const ends = Float64Array.from(byEnd, (i) => (items[i] as Extent).end);
  const rank = new Int32Array(items.length);
  byEnd.forEach((position, r) => (rank[position] = r));
  const byStart = order(items, (item) => -item.start);
  const windowOrder = order(windows, (window) => -window.start);
  const none = items.length;
  const tree = new Int32Array(items.length + 1).fill(none);
  let next = 0;
  for (const w of windowOrder) {
    const window = windows[w] as Extent;
    for (; next < byStart.length && (items[byStart[next] as number] as Extent).start >= window.start; next++) {
      const position = byStart[next] as number;
      for (let i = (rank[position] as number) + 1; i <= items.length; i += i & -i) if (position < (tree[i] as number)) tree[i] = position;
    }
    let least = none;
    for (let i = bisect(ends, window.end, true); i > 0; i -= i & -i) least = Math.min(least, tree[i] as number);
    answers[w] = least === none ? -1 : least;
  }
  return answers;
}

/** A question to {@link linkTo}: a window list, and the offset to be near when no item lies inside one of them. */
export interface LinkQuery {
  readonly at: number;
  readonly within: readonly Extent[];
}

/**
 * For each query, the position in `items` of the first item (in list order) inside one of its
 * windows, or else of the item starting nearest its `at` (see {@link nearestStart}), or -1 when
 * `items` is empty. O((items + windows) · log items) for all the queries together.
 */
export function linkTo(items: readonly Extent[], queries: readonly LinkQuery[]): Int32Array {
  const windows: Extent[] = [];
  const owners: number[] = [];
  queries.forEach((query, q) => {
    for (const window of query.within) {
      windows.push(window);
      owners.push(q);
    }
  });
  const answers = new Int32Array(queries.length).fill(-1);
  firstInside(items, windows).forEach((position, w) => {
    const q = owners[w] as number;
    if (position !== -1 && (answers[q] === -1 || position < (answers[q] as number))) answers[q] = position;
  });
  const index = nearestStart(items);
  queries.forEach((query, q) => {
    if (answers[q] === -1) answers[q] = index.nearest(query.at);
  });
  return answers;
}
