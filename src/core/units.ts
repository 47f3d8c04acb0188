/**
 * Unit conversion for figures: temperatures (affine), durations and frequencies (linear).
 *
 * @internal
 * @module
 */
import type { Figure, IdSpace, Unit } from '../types.js';
import { deepFreeze } from '../internal/freeze.js';
import { formatPath, snapshot } from '../internal/snapshot.js';
import { describe } from './describe.js';
import { unknownUnitMessage } from './unitNames.js';

interface Scale {
  /** Units of one scale convert into each other. */
  readonly dimension: 'temperature' | 'duration' | 'frequency';
  /** This unit's value in the scale's base unit. */
  readonly toBase: (value: number) => number;
  /** The base unit's value in this unit. */
  readonly fromBase: (value: number) => number;
}

/**
 * A linear scale: `factor` base units per unit. Factors are integers (the duration base is the
 * half hour), so each step rounds once.
 */
function linear(dimension: Scale['dimension'], factor: number): Scale {
  return { dimension, toBase: (value) => value * factor, fromBase: (value) => value / factor };
}

/**
 * The scale of a UCUM code, or `undefined` for a count (`1`, `{…}`) or an unknown code. Bases:
 * degrees Celsius, half hours (UCUM: `mo` = 30.4375 d, `a` = 365.25 d) and events per day.
 */
function scaleOf(unit: unknown): Scale | undefined {
  switch (unit) {
    case 'Cel':
      return { dimension: 'temperature', toBase: (value) => value, fromBase: (value) => value };
    case '[degF]':
      return { dimension: 'temperature', toBase: (value) => ((value - 32) * 5) / 9, fromBase: (value) => (value * 9) / 5 + 32 };
    case 'K':
      return { dimension: 'temperature', toBase: (value) => value - 273.15, fromBase: (value) => value + 273.15 };
    case 'h':
      return linear('duration', 2);
    case 'd':
      return linear('duration', 48);
    case 'wk':
      return linear('duration', 336);
    case 'mo':
      return linear('duration', 1461);
    case 'a':
      return linear('duration', 17532);
    case '/h':
      return linear('frequency', 24);
    case '/d':
      return linear('frequency', 1);
    default:
      return undefined;
  }
}

/** Whether a code is a count: UCUM's `1` or an annotation such as `{building}`, which convert to nothing else. */
function isCount(unit: unknown): boolean {
  return unit === '1' || (typeof unit === 'string' && /^\{[^{}]+\}$/.test(unit));
}

/** The most significant digits a result is shortened to; see `tidy`. */
const SHORTEST = 12;

/**
 * The shortest decimal of at most 12 significant digits within two units in the last place of
 * `value`, or `value` itself where there is none. It drops binary floating-point noise
 * (`263.15`, not `263.15000000000003`) and makes a round trip exact for values of up to 12
 * significant digits (`0.1` h to `a` and back is `0.1`); a value far from any short decimal
 * (`1 / 3`) keeps every digit, so that converting it back loses nothing.
 */
function tidy(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const tolerance = 2 * Math.abs(value) * Number.EPSILON;
  for (let digits = 1; digits <= SHORTEST; digits++) {
    const short = Number(value.toPrecision(digits));
    if (Math.abs(short - value) <= tolerance) return short;
  }
  return value;
}

/** Absolute zero in each temperature unit. */
const ABSOLUTE_ZERO: Readonly<Record<string, number>> = { Cel: -273.15, '[degF]': -459.67, K: 0 };

/**
 * A plain copy of the figure's own enumerable fields, checked: `value`, `min` and `max` finite
 * numbers or `null`, `unit` a string, no temperature below absolute zero.
 */
function checkedCopy(figure: unknown): Readonly<Record<string, unknown>> {
  if (typeof figure !== 'object' || figure === null) throw new TypeError(`convertFigure: expected a figure, got ${describe(figure)}`);
  const copied = snapshot(figure);
  if (!copied.ok) throw new TypeError(`convertFigure: ${formatPath('figure', copied.path)} ${copied.problem}`);
  const fields = copied.value as Readonly<Record<string, unknown>>;
  for (const field of ['value', 'min', 'max', 'unit'] as const) {
    if (!Object.hasOwn(fields, field)) {
      throw new TypeError(`convertFigure: figure.${field} is missing (only the figure's own properties are read, not inherited ones)`);
    }
  }
  for (const field of ['value', 'min', 'max'] as const) {
    const value = fields[field];
    if (value !== null && !Number.isFinite(value)) {
      throw new TypeError(`convertFigure: figure.${field} must be a finite number or null, got ${describe(value)}`);
    }
  }
  const unit = fields['unit'];
  if (typeof unit !== 'string') throw new TypeError(`convertFigure: figure.unit must be a string, got ${describe(unit)}`);
  const zero = Object.hasOwn(ABSOLUTE_ZERO, unit) ? ABSOLUTE_ZERO[unit] : undefined;
  for (const field of ['value', 'min', 'max'] as const) {
    const value = fields[field] as number | null;
    if (zero !== undefined && value !== null && value < zero) {
      throw new RangeError(`convertFigure: figure.${field} ${value} ${unit} is below absolute zero (${zero} ${unit})`);
    }
  }
  return fields;
}

/**
 * `convertFigure`: a new, deeply frozen figure in `toUnit`; a `TypeError` naming a malformed
 * field; or a `RangeError` naming both units, a temperature below absolute zero, or a result too
 * large for a number.
 */
export function convertFigure<I extends IdSpace>(figure: Figure<I>, toUnit: Unit): Figure<I> {
  // A fresh copy of our own (see `checkedCopy`), so freezing it freezes nothing of the caller's.
  const fields = checkedCopy(figure) as unknown as Figure<I>;
  if (fields.unit === toUnit) return deepFreeze(fields);
  const [from, to] = [scaleOf(fields.unit), scaleOf(toUnit)];
  if (from === undefined && !isCount(fields.unit)) throw new RangeError(unknownUnitMessage('convertFigure: figure.unit', fields.unit, describe(fields.unit)));
  if (to === undefined && !isCount(toUnit)) throw new RangeError(unknownUnitMessage('convertFigure: toUnit', toUnit, describe(toUnit)));
  if (from === undefined || to === undefined || from.dimension !== to.dimension) {
    throw new RangeError(`convertFigure: cannot convert ${describe(fields.unit)} to ${describe(toUnit)}`);
  }
  const convert = (field: 'value' | 'min' | 'max'): number | null => {
    const value = fields[field];
    if (value === null) return null;
    let result = tidy(to.fromBase(from.toBase(value)));
    // An overflow on the way through the base unit: scale down by a power of two (exact), convert,
    // scale back. Only values beyond 1e300 get here, where a temperature's offset is below one ulp.
    if (!Number.isFinite(result)) result = to.fromBase(from.toBase(value / 2 ** 64)) * 2 ** 64;
    if (!Number.isFinite(result)) {
      throw new RangeError(`convertFigure: figure.${field} ${value} ${fields.unit} is too large to express in ${describe(toUnit)}`);
    }
    // Rounding just at absolute zero must not leave the scale: -459.67 [degF] is 0 K, never below.
    const zero = ABSOLUTE_ZERO[toUnit];
    return zero !== undefined && result < zero ? zero : result;
  };
  return deepFreeze({ ...fields, value: convert('value'), min: convert('min'), max: convert('max'), unit: toUnit });
}
