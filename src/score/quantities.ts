/**
 * Comparing a predicted figure with a gold one: the predicted numbers are converted to the gold
 * unit with the package's own conversion table, then compared with a small relative tolerance.
 *
 * @internal
 * @module
 */
import { convertFigure } from '../model/units.js';
import type { Figure, IdSpace, Unit } from '../model/types.js';
import type { Quantity } from './gold.js';

/**
 * Two converted numbers are equal when they differ by at most this share of the larger one, so
 * that floating-point noise in a conversion (`7 d` is `1 wk`) is not a wrong value.
 */
export const RELATIVE_TOLERANCE = 1e-9;

export { isKnownUnit } from '../model/units.js';

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Whether a predicted quantity states the gold one: the same dimension, and value, min and max
 * equal (or both `null`) once converted to the gold unit. Units of different dimensions, and
 * counts of different things, never match.
 */
export function sameQuantity(predicted: Quantity, gold: Quantity): boolean {
  let converted: Quantity = predicted;
  if (predicted.unit !== gold.unit) {
    // convertFigure reads the numbers and the unit; the other fields only make it a whole figure.
    const figure: Figure<IdSpace> = {
      ...{ id: 'prediction', quantity: 'count', qualifier: 'exact', unitInferred: false, countOf: null, measures: '', about: 'prediction', source: null, notes: [], evidence: [] },
      ...predicted,
      unit: predicted.unit as Unit,
    };
    try {
      converted = convertFigure(figure, gold.unit as Unit);
    } catch (error) {
      if (error instanceof RangeError) return false;
      throw error;
    }
  }
  return close(converted.value, gold.value) && close(converted.min, gold.min) && close(converted.max, gold.max);
}
