/**
 * `getRecord` as a builder over the four collections.
 *
 * @internal
 * @module
 */
import type { Actor, AnyRecord, Figure, IdSpace, NewsEvent, Statement } from '../types.js';
import { byId } from './byId.js';

/**
 * `getRecord` over four collections: the actor, statement, event or figure with the id, looked up
 * in that order (so where a dataset reuses an id across kinds, the actor wins).
 */
export function createGetRecord<I extends IdSpace>(
  actors: readonly Actor<I>[],
  statements: readonly Statement<I>[],
  events: readonly NewsEvent<I>[],
  figures: readonly Figure<I>[],
): (id: unknown) => AnyRecord<I> | undefined {
  return (id) => {
    if (typeof id !== 'string') return undefined;
    return byId(actors).get(id) ?? byId(statements).get(id) ?? byId(events).get(id) ?? byId(figures).get(id);
  };
}
