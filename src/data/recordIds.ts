import { actorIds, eventIds, figureIds, statementIds, timexIds } from '../model/ids.js';
import type { RecordId } from '../model/types.js';

/**
 * Every record id (actors, then statements, events, figures and time expressions). Ids are unique
 * across kinds.
 *
 * @category Data
 * @example
 * ```ts
 * import { recordIds } from 'kyiv-strike-pause'
 * recordIds.includes('strike-halt')
 * //=> true
 * ```
 */
export const recordIds: readonly RecordId[] = /*#__PURE__*/ joined<RecordId>(actorIds, statementIds, eventIds, figureIds, timexIds);

/**
 * The lists one after another, in a new frozen array. A call (rather than a spread at module
 * level) that a bundler can drop, with the id lists, when nothing uses `recordIds`.
 */
function joined<T>(...lists: readonly (readonly T[])[]): readonly T[] {
  const all: T[] = [];
  for (const list of lists) for (const item of list) all.push(item);
  return Object.freeze(all);
}
