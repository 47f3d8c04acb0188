import { isIn } from './shared/idSet.js';
import { actorIds, type ActorId } from '../model/ids.js';

/**
 * Whether a value is the id of one of this article's actors: a type guard for ids that come from
 * outside TypeScript (JSON, a form, a URL), so the value can be passed where a {@link ActorId} is
 * required. Ids are compared exactly (case-sensitive, untrimmed).
 *
 * @param value - Any value.
 * @returns `true` for a actor id; `false` for anything else, including other kinds' ids.
 * @category Lookups
 * @example
 * ```ts
 * import { isActorId } from 'kyiv-strike-pause'
 * isActorId('dmitry-peskov')
 * //=> true
 * isActorId('dmitry-peskof')
 * //=> false
 * isActorId(42)
 * //=> false
 * ```
 */
export function isActorId(value: unknown): value is ActorId {
  return isIn(actorIds, value);
}
