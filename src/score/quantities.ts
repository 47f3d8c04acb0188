/**
 * Comparing a predicted figure with a gold one, as MeasEval does: the quantity (the value in its
 * unit) is what a figure is, and its bounds and qualifier are attributes of it. Units are read
 * as any UCUM expression or a common spelling (`parseUnit`), and the predicted numbers are
 * converted exactly to the gold unit before they are compared, with a small relative tolerance.
 *
 * @internal
 * @module
 */
import { convertValue, parseUnit, type ParsedUnit } from '../model/units.js';
import type { Quantity } from './gold.js';

/**
 * Two converted numbers are equal when they differ by at most this share of the larger one, so
 * that floating-point noise in a conversion (`7 d` is `1 wk`) is not a wrong value.
 */
export const RELATIVE_TOLERANCE = 1e-9;

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Parsed units, kept per code: a prediction repeats a handful of units many times. */
let parsedUnits: Map<string, ParsedUnit | null> | undefined;

/** A unit code as the scorer reads it (see `parseUnit`), or `undefined` for no unit. */
export function unitOf(code: string): ParsedUnit | undefined {
  parsedUnits ??= new Map();
  let unit = parsedUnits.get(code);
  if (unit === undefined) {
    unit = parseUnit(code) ?? null;
    if (parsedUnits.size < 4096) parsedUnits.set(code, unit);
  }
  return unit ?? undefined;
}

/**
 * Whether two counts count the same thing: either says nothing of what it counts (`1`), or their
 * annotations agree, word for word at the end (`{apartment building}` counts buildings too).
 */
function sameThing(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  return a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** The units of two quantities, when they are commensurable and count the same thing; otherwise `undefined`. */
function units(predicted: Quantity, gold: Quantity): readonly [ParsedUnit, ParsedUnit] | undefined {
  const [from, to] = [unitOf(predicted.unit), unitOf(gold.unit)];
  if (from === undefined || to === undefined || from.dims !== to.dims || !sameThing(from.annotation, to.annotation)) return undefined;
  return [from, to];
}

/** A number of `predicted` in the gold unit. */
function converted(value: number | null, from: ParsedUnit, to: ParsedUnit): number | null {
  return value === null ? null : (convertValue(value, from, to) ?? null);
}

/**
 * Whether a predicted figure states the gold quantity, the figure's type: the same dimension (and,
 * for counts, the same thing counted), and the same value once converted to the gold unit (or
 * both `null`, for a range or a vague amount). Bounds and qualifier are not part of it.
 */
export function sameQuantity(predicted: Quantity, gold: Quantity): boolean {
  const pair = units(predicted, gold);
  return pair !== undefined && close(converted(predicted.value, pair[0], pair[1]), gold.value);
}

/** Whether a predicted figure has the gold bounds: `min` and `max` equal once converted to the gold unit (or both `null`). */
export function sameBounds(predicted: Quantity, gold: Quantity): boolean {
  const pair = units(predicted, gold);
  return pair !== undefined && close(converted(predicted.min, pair[0], pair[1]), gold.min) && close(converted(predicted.max, pair[0], pair[1]), gold.max);
}
