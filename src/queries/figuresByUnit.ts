import type { Figure, IdSpace, Unit } from '../model/types.js';
import { groupBy, lookup, memoize } from '../util/memo.js';
import { figures } from '../data/figures.js';

type AnyFigure = Figure<IdSpace>;

const byUnit = /*#__PURE__*/ memoize((figures: readonly AnyFigure[]) => groupBy(figures, (f) => f.unit));

/** `figuresByUnit` over a collection: the figures whose `unit` is the code, exactly. */
export function createFiguresByUnit<I extends IdSpace>(figures: readonly Figure<I>[]): (unit: unknown) => readonly Figure<I>[] {
  return (unit) => lookup(byUnit(figures), unit) as readonly Figure<I>[];
}

let query: ((unit: unknown) => readonly Figure[]) | undefined;

/**
 * The figures stated in a unit, in text order. Units match exactly, as case-sensitive UCUM codes:
 * `figuresByUnit('Cel')` does not return figures in `[degF]` (convert them with
 * {@link convertFigure}).
 *
 * The codes in use are those {@link convertFigure} converts, `Cel`, `[degF]`, `K` (temperatures),
 * `h`, `d`, `wk`, `mo`, `a` (durations) and `/h`, `/d` (frequencies), and UCUM's count annotations
 * such as `{building}`, `{person}` and `{party}`. Write Fahrenheit as `[degF]`, not `degF`.
 *
 * @param unit - A UCUM code such as `Cel`, `d` or `{building}`. Any other value gives `[]`.
 * @returns The figures, as a frozen array.
 * @category Units
 * @example
 * ```ts
 * import { figuresByUnit } from 'kyiv-strike-pause'
 * figuresByUnit('Cel').map((f) => f.id)
 * //=> ['kyiv-overnight-minus-10', 'night-minus-20-to-minus-30']
 * figuresByUnit('{building}').map((f) => f.value)
 * //=> [454]
 * ```
 */
export function figuresByUnit(unit: Unit): readonly Figure[] {
  return (query ??= createFiguresByUnit(figures))(unit);
}
