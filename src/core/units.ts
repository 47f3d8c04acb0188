/**
 * Unit conversion for figures: temperatures (affine), durations and frequencies (linear).
 *
 * @internal
 * @module
 */
import type { Figure, IdSpace, Unit } from '../types.js';
import { describe } from './describe.js';

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

/** A deep copy of JSON-shaped data, frozen all the way down. */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = frozenCopy(item);
    return Object.freeze(copy) as T;
  }
  return value;
}

/** Rounds to 15 significant digits, which drops binary floating-point noise (`263.15`, not `263.15000000000003`). */
function tidy(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** `convertFigure`: a new, deeply frozen figure in `toUnit`, or a `RangeError` naming both units. */
export function convertFigure<I extends IdSpace>(figure: Figure<I>, toUnit: Unit): Figure<I> {
  if (typeof figure !== 'object' || figure === null || typeof figure.unit !== 'string') {
    throw new TypeError(`convertFigure: expected a figure, got ${describe(figure)}`);
  }
  if (figure.unit === toUnit) return frozenCopy(figure);
  const [from, to] = [scaleOf(figure.unit), scaleOf(toUnit)];
  if (from === undefined || to === undefined || from.dimension !== to.dimension) {
    throw new RangeError(`convertFigure: cannot convert ${describe(figure.unit)} to ${describe(toUnit)}`);
  }
  const convert = (value: number | null): number | null => (value === null ? null : tidy(to.fromBase(from.toBase(value))));
  return frozenCopy({ ...figure, value: convert(figure.value), min: convert(figure.min), max: convert(figure.max), unit: toUnit });
}
