/**
 * The unit table, and unit conversion for figures: temperatures (affine), durations and
 * frequencies (linear).
 *
 * @internal
 * @module
 */
import type { Figure, IdSpace, Unit, UnitCode } from './types.js';
import { unitCodes } from './vocabulary.js';
import { deepFreeze } from '../util/freeze.js';
import { formatPath, snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';

/** What a unit measures. */
export type Dimension = 'temperature' | 'duration' | 'frequency' | 'count';

/** One row of the unit table. */
interface UnitRow {
  /** What the unit measures; units of one dimension convert into each other. */
  readonly dimension: Dimension;
  /** This unit's value in the dimension's base unit, or `null` for a count, which converts to nothing else. */
  readonly toBase: ((value: number) => number) | null;
  /** The base unit's value in this unit. */
  readonly fromBase: ((value: number) => number) | null;
  /** Absolute zero in this unit, for temperatures. */
  readonly zero: number | null;
  /** Names people write for the unit, folded (lower case, no spaces, dots or degree signs). */
  readonly spellings: readonly string[];
}

const identity = (value: number) => value;

/**
 * A linear unit: `factor` base units per unit. Factors are integers (the duration base is the
 * half hour), so each step rounds once.
 */
function linear(dimension: Dimension, factor: number, spellings: readonly string[]): UnitRow {
  return { dimension, toBase: (value) => value * factor, fromBase: (value) => value / factor, zero: null, spellings };
}

/**
 * The unit table: every UCUM code a figure can have (besides count annotations such as
 * `{building}`), with its dimension, conversion and the spellings people write (its UN/CEFACT
 * codes are the column `UNCEFACT`, below).
 * Bases: degrees Celsius, half hours (UCUM: `mo` = 30.4375 d, `a` = 365.25 d) and events per day.
 * The one source of the `Unit` type, the schemas' unit enum, `convertFigure`, the scorer and the
 * exporters' unit codes.
 */
export const UNITS = {
  Cel: { dimension: 'temperature', toBase: identity, fromBase: identity, zero: -273.15, spellings: ['c', 'degc', 'celsius', 'centigrade'] },
  '[degF]': {
    dimension: 'temperature',
    toBase: (value: number) => ((value - 32) * 5) / 9,
    fromBase: (value: number) => (value * 9) / 5 + 32,
    zero: -459.67,
    spellings: ['f', 'degf', 'fahrenheit'],
  },
  K: { dimension: 'temperature', toBase: (value: number) => value - 273.15, fromBase: (value: number) => value + 273.15, zero: 0, spellings: ['k', 'kelvin'] },
  h: /*#__PURE__*/ linear('duration', 2, ['hr', 'hrs', 'hour', 'hours']),
  d: /*#__PURE__*/ linear('duration', 48, ['day', 'days']),
  wk: /*#__PURE__*/ linear('duration', 336, ['w', 'week', 'weeks']),
  mo: /*#__PURE__*/ linear('duration', 1461, ['month', 'months']),
  a: /*#__PURE__*/ linear('duration', 17532, ['y', 'yr', 'yrs', 'year', 'years', 'ann']),
  '/h': /*#__PURE__*/ linear('frequency', 24, ['perhour', '1/h', '/hour', 'hourly']),
  '/d': /*#__PURE__*/ linear('frequency', 1, ['perday', '1/d', '/day', 'daily']),
  '1': { dimension: 'count', toBase: null, fromBase: null, zero: null, spellings: [] },
} as const satisfies { readonly [code in UnitCode]: UnitRow };

/**
 * The UN/CEFACT Recommendation 20 common code of each unit of the table, or `null` where there is
 * none: a column of the table kept apart, so that only the exporters, which use it, bundle it. Its
 * type makes a unit missing here a compile error.
 */
const UNCEFACT: { readonly [code in UnitCode]: string | null } = {
  Cel: 'CEL',
  '[degF]': 'FAH',
  K: 'KEL',
  h: 'HUR',
  d: 'DAY',
  wk: 'WEE',
  mo: 'MON',
  a: 'ANN',
  '/h': 'H10',
  '/d': null,
  '1': 'C62',
};


/** The row of a code, or `undefined` for a code the table lacks (read as an own property, never from `Object.prototype`). */
function rowOf(unit: unknown): UnitRow | undefined {
  return typeof unit === 'string' && Object.hasOwn(UNITS, unit) ? (UNITS as Readonly<Record<string, UnitRow>>)[unit] : undefined;
}

/** Whether a code is a count annotation such as `{building}`, which UCUM treats as `1`. */
function isAnnotation(unit: unknown): boolean {
  return typeof unit === 'string' && /^\{[^{}]+\}$/.test(unit);
}

/** Whether a code is a count: UCUM's `1` or an annotation such as `{building}`, which convert to nothing else. */
function isCount(unit: unknown): boolean {
  return unit === '1' || isAnnotation(unit);
}

/** The dimension of a unit code: a code of the table, a count annotation, or `undefined` for anything else. */
export function dimensionOf(unit: unknown): Dimension | undefined {
  return rowOf(unit)?.dimension ?? (isAnnotation(unit) ? 'count' : undefined);
}

/** Whether `unit` is a unit code a figure can have: a code of the table or a count annotation. */
export function isKnownUnit(unit: string): boolean {
  return dimensionOf(unit) !== undefined;
}

/**
 * The UN/CEFACT Recommendation 20 common code of a UCUM unit, or `null` where there is none
 * (`/d`). Counts (`1` and annotations such as `{building}`) are `C62`, "one".
 */
export function unitCodeOf(unit: string): string | null {
  if (Object.hasOwn(UNCEFACT, unit)) return UNCEFACT[unit as UnitCode] ?? null;
  return /^\{[^{}]*\}$/.test(unit) ? 'C62' : null;
}

/** Every unit `convertFigure` converts: the table's codes that have a scale. */
const CONVERTIBLE_UNITS = /*#__PURE__*/ unitCodes.filter((code) => UNITS[code].toBase !== null);

/** The convertible unit a code most likely means, or `undefined` where none is close. */
export function suggestUnit(code: string): UnitCode | undefined {
  if (code.length > 32) return undefined;
  const folded = code.toLowerCase().replace(/[\s.\u00b0\u00ba\u02da_\-[\]]/g, '');
  return CONVERTIBLE_UNITS.find((unit) => unit.toLowerCase().replace(/[[\]]/g, '') === folded) ?? CONVERTIBLE_UNITS.find((unit) => (UNITS[unit].spellings as readonly string[]).includes(folded));
}

/** The message for a unit code `convertFigure` does not know, with the closest code where there is one. */
export function unknownUnitMessage(where: string, code: unknown, shown: string): string {
  const suggestion = typeof code === 'string' ? suggestUnit(code) : undefined;
  const hint = suggestion === undefined ? '.' : `; did you mean ${JSON.stringify(suggestion)}?`;
  return `${where} ${shown} is not a unit convertFigure converts${hint} Its codes are ${CONVERTIBLE_UNITS.join(', ')} (case-sensitive UCUM).`;
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
  const zero = rowOf(unit)?.zero ?? undefined;
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
  const [from, to] = [rowOf(fields.unit), rowOf(toUnit)];
  if ((from === undefined || from.toBase === null) && !isCount(fields.unit)) throw new RangeError(unknownUnitMessage('convertFigure: figure.unit', fields.unit, describe(fields.unit)));
  if ((to === undefined || to.toBase === null) && !isCount(toUnit)) throw new RangeError(unknownUnitMessage('convertFigure: toUnit', toUnit, describe(toUnit)));
  const [toBase, fromBase] = [from?.toBase, to?.fromBase];
  if (toBase == null || fromBase == null || from?.dimension !== to?.dimension) {
    throw new RangeError(`convertFigure: cannot convert ${describe(fields.unit)} to ${describe(toUnit)}`);
  }
  const zero = to?.zero ?? undefined;
  const convert = (field: 'value' | 'min' | 'max'): number | null => {
    const value = fields[field];
    if (value === null) return null;
    let result = tidy(fromBase(toBase(value)));
    // An overflow on the way through the base unit: scale down by a power of two (exact), convert,
    // scale back. Only values beyond 1e300 get here, where a temperature's offset is below one ulp.
    if (!Number.isFinite(result)) result = fromBase(toBase(value / 2 ** 64)) * 2 ** 64;
    if (!Number.isFinite(result)) {
      throw new RangeError(`convertFigure: figure.${field} ${value} ${fields.unit} is too large to express in ${describe(toUnit)}`);
    }
    // Rounding just at absolute zero must not leave the scale: -459.67 [degF] is 0 K, never below.
    return zero !== undefined && result < zero ? zero : result;
  };
  return deepFreeze({ ...fields, value: convert('value'), min: convert('min'), max: convert('max'), unit: toUnit });
}
