/**
 * Binary search over sorted numbers.
 *
 * @internal
 * @module
 */

/** What `bisect` searches: a typed array or an array of numbers, sorted ascending. */
export type SortedNumbers = ArrayLike<number>;

/**
 * The first index whose key is `>= value`, or with `after`, the first whose key is `> value`;
 * `keys.length` where there is none.
 */
export function bisect(keys: SortedNumbers, value: number, after = false): number {
  let [low, high] = [0, keys.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const key = keys[middle] as number;
    if (key < value || (after && key === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}
