import { isIn } from './shared/idSet.js';
import { timexIds, type TimexId } from '../model/ids.js';

/**
 * Whether a value is the id of one of this article's time expressions: a type guard for ids that
 * come from outside TypeScript (JSON, a form, a URL), so the value can be passed where a
 * {@link TimexId} is required. Ids are compared exactly (case-sensitive, untrimmed).
 *
 * @param value - Any value.
 * @returns `true` for a time expression id; `false` for anything else, including other kinds' ids.
 * @category Lookups
 * @example
 * ```ts
 * import { isTimexId } from 'kyiv-strike-pause'
 * isTimexId('last-saturday-strikes')
 * //=> true
 * isTimexId('kyiv-air-strikes')
 * //=> false
 * ```
 */
export function isTimexId(value: unknown): value is TimexId {
  return isIn(timexIds, value);
}
