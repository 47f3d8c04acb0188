import { createLookup } from './shared/byId.js';
import { figures } from '../data/figures.js';
import type { FigureId } from '../model/ids.js';
import type { Figure } from '../model/types.js';

let lookup: ((id: unknown) => Figure | undefined) | undefined;

/**
 * The figure with this id.
 *
 * @param id - A figure id: a literal {@link FigureId}, so the result is never `undefined`.
 * @returns The figure.
 * @category Lookups
 * @example
 * ```ts
 * import { getFigure } from 'kyiv-strike-pause'
 * getFigure('kyiv-buildings-without-heat').value
 * //=> 454
 * ```
 */
export function getFigure(id: FigureId): Figure;
/**
 * The figure with this id, or `undefined` where no figure has it. Any value is safe to pass:
 * `'__proto__'`, `''` or a number all give `undefined`.
 *
 * @param id - Any string.
 * @returns The figure, or `undefined`.
 * @category Lookups
 * @example
 * ```ts
 * import { getFigure } from 'kyiv-strike-pause'
 * getFigure('__proto__')
 * //=> undefined
 * ```
 */
export function getFigure(id: string): Figure | undefined;
export function getFigure(id: string): Figure | undefined {
  return (lookup ??= createLookup(figures))(id);
}
