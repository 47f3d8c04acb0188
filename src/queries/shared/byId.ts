/**
 * The id index shared by the lookups, `getRecord` and `accountsOf`.
 *
 * @internal
 * @module
 */
import { memoize } from '../../util/memo.js';

/** A record with an id. */
export interface HasId {
  readonly id: string;
}

/**
 * Every record of a collection by id, built on first use. Where a dataset repeats an id (the
 * schema forbids it), the first record wins, as `Array#find` would.
 */
export const byId: <T extends HasId>(records: readonly T[]) => ReadonlyMap<string, T> = /*#__PURE__*/ memoize(
  (records: readonly HasId[]) => {
    const index = new Map<string, HasId>();
    for (const record of records) if (!index.has(record.id)) index.set(record.id, record);
    return index;
  },
) as <T extends HasId>(records: readonly T[]) => ReadonlyMap<string, T>;

/** Builds a lookup by id over one collection: the record, or `undefined` for any other value. */
export function createLookup<T extends HasId>(records: readonly T[]): (id: unknown) => T | undefined {
  return (id) => (typeof id === 'string' ? byId(records).get(id) : undefined);
}
