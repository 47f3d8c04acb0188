/**
 * The id sets behind the runtime id guards.
 *
 * @internal
 * @module
 */
import { memoize } from '../../util/memo.js';

/** The set of an id list, built on first use and kept per list. */
export const idSet: (ids: readonly string[]) => ReadonlySet<string> = /*#__PURE__*/ memoize((ids: readonly string[]) => new Set(ids));

/** Whether `value` is a string in the id list. */
export function isIn(ids: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && idSet(ids).has(value);
}
