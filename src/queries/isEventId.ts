import { isIn } from './shared/idSet.js';
import { eventIds, type EventId } from '../model/ids.js';

/**
 * Whether a value is the id of one of this article's events: a type guard for ids that come from
 * outside TypeScript (JSON, a form, a URL), so the value can be passed where a {@link EventId} is
 * required. Ids are compared exactly (case-sensitive, untrimmed).
 *
 * @param value - Any value.
 * @returns `true` for a event id; `false` for anything else, including other kinds' ids.
 * @category Lookups
 * @example
 * ```ts
 * import { isEventId } from 'kyiv-strike-pause'
 * isEventId('strike-halt')
 * //=> true
 * isEventId('strike-halt-2')
 * //=> false
 * isEventId(42)
 * //=> false
 * ```
 */
export function isEventId(value: unknown): value is EventId {
  return isIn(eventIds, value);
}
