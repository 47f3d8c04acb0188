import { createLookup } from './shared/byId.js';
import { timexes } from '../data/timexes.js';
import type { TimexId } from '../model/ids.js';
import type { Timex } from '../model/types.js';

let lookup: ((id: unknown) => Timex | undefined) | undefined;

/**
 * The time expression with this id.
 *
 * @param id - A time expression id: a literal {@link TimexId}, so the result is never `undefined`.
 * @returns The time expression.
 * @category Lookups
 * @example
 * ```ts
 * import { getTimex } from 'kyiv-strike-pause'
 * getTimex('about-a-week-talks-resume').mod
 * //=> 'APPROX'
 * getTimex('about-a-week-talks-resume').evidence[0]?.text
 * //=> 'about a week'
 * ```
 */
export function getTimex(id: TimexId): Timex;
/**
 * The time expression with this id, or `undefined` where none has it. Any value is safe to pass:
 * `'__proto__'`, `''` or a number all give `undefined`.
 *
 * @param id - Any string.
 * @returns The time expression, or `undefined`.
 * @category Lookups
 * @example
 * ```ts
 * import { getTimex } from 'kyiv-strike-pause'
 * getTimex('next-month')
 * //=> undefined
 * ```
 */
export function getTimex(id: string): Timex | undefined;
export function getTimex(id: string): Timex | undefined {
  return (lookup ??= createLookup(timexes))(id);
}
