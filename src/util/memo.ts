/**
 * Lazily built, shared indexes. An index is keyed by the collection (or article) it was built
 * from, so the top-level helpers, every `createQueries` result over the same arrays, and the
 * helpers that share an index (for example `getStatement` and `accountsOf`) build it once.
 *
 * @internal
 * @module
 */

/**
 * Wraps `build` so that it runs at most once per key object, on first use. The `WeakMap` is
 * created on the first call, not at import, so the module has no side effects.
 */
export function memoize<K extends object, V>(build: (key: K) => V): (key: K) => V {
  let cache: WeakMap<K, V> | undefined;
  return (key) => {
    cache ??= new WeakMap();
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** The one empty result every helper returns, frozen so no caller can fill it. */
export const EMPTY: readonly never[] = /*#__PURE__*/ Object.freeze([]);

/** Appends `record` to the group under `key`, once: a record never lands twice in one group. */
function add<T>(groups: Map<string, T[]>, key: unknown, record: T): void {
  if (typeof key !== 'string') return;
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [record]);
  else if (group[group.length - 1] !== record) group.push(record);
}

/** Groups `records` under every key `keysOf` gives (a record once per distinct key), as frozen arrays in record order. */
export function groupByEach<T>(
  records: readonly T[],
  keysOf: (record: T, add: (key: unknown) => void) => void,
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) keysOf(record, (key) => add(groups, key, record));
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}

/** Groups `records` by the one key `keyOf` gives, as frozen arrays in record order. */
export function groupBy<T>(records: readonly T[], keyOf: (record: T) => unknown): ReadonlyMap<string, readonly T[]> {
  return groupByEach(records, (record, add) => add(keyOf(record)));
}

/** The value under `key`, or the frozen empty array; `key` may be anything a JS caller passes. */
export function lookup<T>(index: ReadonlyMap<string, readonly T[]>, key: unknown): readonly T[] {
  return (typeof key === 'string' && index.get(key)) || EMPTY;
}
