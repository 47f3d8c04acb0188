/**
 * Unit conversion for figures: temperatures (affine), durations and frequencies (linear).
 *
 * @internal
 * @module
 */
import type { Figure, IdSpace, Unit } from '../types.js';
import { deepFreeze } from '../internal/freeze.js';
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

/** A linear scale: `factor` base units per unit. Factors are exact in binary where the units allow it. */
function linear(dimension: Scale['dimension'], factor: number): Scale {
  return { dimension, toBase: (value) => value * factor, fromBase: (value) => value / factor };
}

/**
 * The scale of a UCUM code, or `undefined` for a count (`1`, `{…}`) or an unknown code. Bases:
 * degrees Celsius, hours (UCUM: `mo` = 30.4375 d, `a` = 365.25 d) and events per day.
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
      return linear('duration', 1);
    case 'd':
      return linear('duration', 24);
    case 'wk':
      return linear('duration', 168);
    case 'mo':
      return linear('duration', 730.5);
    case 'a':
      return linear('duration', 8766);
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

/** A deeply frozen copy of a figure: copied first, because `deepFreeze` skips what is already frozen. */
function frozenCopy<I extends IdSpace>(figure: Figure<I>): Figure<I> {
  let copy: Figure<I>;
  try {
    copy = structuredClone(figure);
  } catch {
    throw new TypeError('convertFigure: figure must hold only plain data, not functions or symbols');
  }
  return deepFreeze(copy);
}

/** Rounds to 15 significant digits, which drops binary floating-point noise (`263.15`, not `263.15000000000003`). */
function tidy(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** Throws a `TypeError` unless `figure` is an object whose numbers and unit a conversion can read. */
function checkFigure(figure: unknown): void {
  if (typeof figure !== 'object' || figure === null) throw new TypeError(`convertFigure: expected a figure, got ${describe(figure)}`);
  const fields = figure as Readonly<Record<string, unknown>>;
  for (const field of ['value', 'min', 'max'] as const) {
    const value = fields[field];
    if (value !== null && !Number.isFinite(value)) {
      throw new TypeError(`convertFigure: figure.${field} must be a finite number or null, got ${describe(value)}`);
    }
  }
  if (typeof fields['unit'] !== 'string') throw new TypeError(`convertFigure: figure.unit must be a string, got ${describe(fields['unit'])}`);
}

/** `convertFigure`: a new, deeply frozen figure in `toUnit`, a `TypeError` naming a malformed field, or a `RangeError` naming both units. */
export function convertFigure<I extends IdSpace>(figure: Figure<I>, toUnit: Unit): Figure<I> {
  checkFigure(figure);
  if (figure.unit === toUnit) return frozenCopy(figure);
  const [from, to] = [scaleOf(figure.unit), scaleOf(toUnit)];
  if (from === undefined && !isCount(figure.unit)) throw new RangeError(unknownUnitMessage('convertFigure: figure.unit', figure.unit, describe(figure.unit)));
  if (to === undefined && !isCount(toUnit)) throw new RangeError(unknownUnitMessage('convertFigure: toUnit', toUnit, describe(toUnit)));
  if (from === undefined || to === undefined || from.dimension !== to.dimension) {
    throw new RangeError(`convertFigure: cannot convert ${describe(figure.unit)} to ${describe(toUnit)}`);
  }
  const convert = (value: number | null): number | null => (value === null ? null : tidy(to.fromBase(from.toBase(value))));
  return frozenCopy({ ...figure, value: convert(figure.value), min: convert(figure.min), max: convert(figure.max), unit: toUnit });
}
