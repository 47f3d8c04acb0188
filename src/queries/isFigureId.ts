import { isIn } from './shared/idSet.js';
import { figureIds, type FigureId } from '../model/ids.js';

/**
 * Whether a value is the id of one of this article's figures: a type guard for ids that come from
 * outside TypeScript (JSON, a form, a URL), so the value can be passed where a {@link FigureId} is
 * required. Ids are compared exactly (case-sensitive, untrimmed).
 *
 * @param value - Any value.
 * @returns `true` for a figure id; `false` for anything else, including other kinds' ids.
 * @category Lookups
 * @example
 * ```ts
 * import { isFigureId } from 'kyiv-strike-pause'
 * isFigureId('halt-one-week')
 * //=> true
 * isFigureId('halt-one-week ')
 * //=> false
 * isFigureId(42)
 * //=> false
 * ```
 */
export function isFigureId(value: unknown): value is FigureId {
  return isIn(figureIds, value);
}
