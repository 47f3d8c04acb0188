import { isIn } from './shared/idSet.js';
import { actorIds, eventIds, figureIds, statementIds, timexIds } from '../model/ids.js';
import type { RecordId } from '../model/types.js';

/**
 * Whether a value is the id of any of this article's records (an actor, statement, event, figure
 * or time expression): a type guard for ids that come from outside TypeScript, so the value can be passed to
 * {@link getRecord}. Ids are compared exactly.
 *
 * @param value - Any value.
 * @returns `true` for a record id; `false` for anything else.
 * @category Lookups
 * @example
 * ```ts
 * import { getRecord, isRecordId } from 'kyiv-strike-pause'
 * const id: unknown = JSON.parse('"putin-agrees-to-halt"')
 * isRecordId(id) ? getRecord(id).id : null
 * //=> 'putin-agrees-to-halt'
 * isRecordId('toString')
 * //=> false
 * ```
 */
export function isRecordId(value: unknown): value is RecordId {
  return isIn(actorIds, value) || isIn(statementIds, value) || isIn(eventIds, value) || isIn(figureIds, value) || isIn(timexIds, value);
}
