import { convertFigure as convert } from '../core/units.js';
import type { Figure, IdSpace, Unit } from '../types.js';

/**
 * A copy of a figure in another unit: `value`, `min`, `max` and `unit` converted, every other
 * field kept, the whole copy deeply frozen. The figure passed in is not changed.
 *
 * Supported: temperatures `Cel` ↔ `[degF]` ↔ `K` (affine), durations `h` ↔ `d` ↔ `wk` ↔ `mo` ↔ `a`
 * (with UCUM's mean month and Julian year: `mo` = 30.4375 d, `a` = 365.25 d) and frequencies
 * `/h` ↔ `/d`. Results are rounded to 15 significant digits, which drops binary floating-point
 * noise. Converting to the figure's own unit returns an equal copy, for any unit.
 *
 * @param figure - The figure to convert (this article's or your own).
 * @param toUnit - The UCUM code to convert to.
 * @returns A new, deeply frozen figure in `toUnit`.
 * @throws TypeError naming the field and its value where `value`, `min` or `max` is not a finite
 * number or `null`, or `unit` is not a string (for example
 * `convertFigure: figure.value must be a finite number or null, got "5"`), and where the figure
 * holds something that is not plain data, such as a function.
 * @throws RangeError naming both units, for a count (`1`, `{building}`) or any pair of units that
 * measure different things; and, for a code it does not convert, a RangeError that lists the codes
 * it does and suggests the nearest (`'degF'` → `'[degF]'`, `'°C'` → `'Cel'`, `'days'` → `'d'`).
 * @category Units
 * @example
 * ```ts
 * import { convertFigure, getFigure } from 'kyiv-strike-pause'
 * convertFigure(getFigure('kyiv-overnight-minus-10'), '[degF]').value
 * //=> 14
 * const hours = convertFigure(getFigure('halt-two-or-three-days'), 'h')
 * hours.min
 * //=> 48
 * hours.max
 * //=> 72
 * convertFigure(getFigure('kyiv-overnight-minus-10'), 'degF')
 * //=> throws RangeError: convertFigure: toUnit "degF" is not a unit convertFigure converts; did you mean "[degF]"? Its codes are Cel, [degF], K, h, d, wk, mo, a, /h, /d (case-sensitive UCUM).
 * convertFigure(getFigure('kyiv-buildings-without-heat'), 'Cel')
 * //=> throws RangeError: convertFigure: cannot convert "{building}" to "Cel"
 * ```
 */
export function convertFigure<I extends IdSpace>(figure: Figure<I>, toUnit: Unit): Figure<I> {
  return convert(figure, toUnit);
}
