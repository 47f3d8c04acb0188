import { actorIds, eventIds, figureIds, statementIds } from './generated/ids.js';
import { deepFreeze } from './internal/freeze.js';
import type { RecordId } from './types.js';

/**
 * Every record id (actors, then statements, events and figures). Ids are unique across kinds.
 *
 * @category Data
 * @example
 * ```ts
 * import { recordIds } from 'kyiv-strike-pause'
 * recordIds.includes('strike-halt')
 * //=> true
 * ```
 */
export const recordIds: readonly RecordId[] = /*#__PURE__*/ deepFreeze<readonly RecordId[]>([
  ...actorIds,
  ...statementIds,
  ...eventIds,
  ...figureIds,
]);
