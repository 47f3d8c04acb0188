import { convertFigure as convert } from '../model/units.js';
import type { Figure, IdSpace, Unit } from '../model/types.js';

/**
 * A copy of a figure in another unit: `value`, `min`, `max` and `unit` converted, every other
 * field kept, the whole copy deeply frozen. The figure passed in is not changed.
 *
 * Supported: temperatures `Cel` ↔ `[degF]` ↔ `K` (affine), durations `h` ↔ `d` ↔ `wk` ↔ `mo` ↔ `a`
 * (with UCUM's mean month and Julian year: `mo` = 30.4375 d, `a` = 365.25 d) and frequencies
 * `/h` ↔ `/d`. A result within two units in the last place of a decimal of at most 12 significant
 * digits is given as that decimal, which drops binary floating-point noise and makes round trips
 * exact for such values (`0.1` h to `a` and back is `0.1`); other results keep every digit.
 * Converting to the figure's own unit returns an equal copy, for any unit.
 *
 * The figure is read as plain data: its own enumerable properties, each read once, as
 * `JSON.stringify` would. Inherited fields are not read, so `Object.create(figure)` is rejected
 * as a figure without fields rather than half-copied.
 *
 * @param figure - The figure to convert (this article's or your own).
 * @param toUnit - The UCUM code to convert to.
 * @returns A new, deeply frozen figure in `toUnit`.
 * @throws TypeError naming the field and its value where `value`, `min` or `max` is not a finite
 * number or `null`, or `unit` is not a string (for example
 * `convertFigure: figure.value must be a finite number or null, got "5"`); where one of those
 * four is missing or only inherited; and where the figure holds something that is not plain data:
 * a function, a typed array, a cycle, or a getter or Proxy that throws.
 * @throws RangeError naming both units, for a count (`1`, `{building}`) or any pair of units that
 * measure different things; naming the field, for a temperature below absolute zero (`-300` `Cel`)
 * or a result too large for a number; and, for a code it does not convert, a RangeError that lists
 * the codes it does and suggests the nearest (`'degF'` → `'[degF]'`, `'°C'` → `'Cel'`, `'days'` → `'d'`).
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
 * convertFigure(convertFigure({ ...getFigure('halt-one-week'), value: 0.1, unit: 'h' }, 'a'), 'h').value
 * //=> 0.1
 * convertFigure({ ...getFigure('kyiv-overnight-minus-10'), value: -300 }, 'K')
 * //=> throws RangeError: convertFigure: figure.value -300 Cel is below absolute zero (-273.15 Cel)
 * ```
 */
export function convertFigure<I extends IdSpace>(figure: Figure<I>, toUnit: Unit): Figure<I> {
  return convert(figure, toUnit);
}
