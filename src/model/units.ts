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

// ---------------------------------------------------------------------------------------------
// UCUM expressions, for the scorer: any unit a prediction may give, parsed and converted exactly.
// The table below extends the one above to every UCUM atom a figure of this kind of text could
// be given in (and the common atoms of other dimensions, so that a valid unit of another dimension
// is recognised as one); nothing in it is read by `convertFigure`, so the main entry does not
// carry it. test/units.test.ts holds the two together and both against @lhncbc/ucum-lhc.
// ---------------------------------------------------------------------------------------------

/** The base units of UCUM, whose exponents make a dimension: metre, second, gram, radian, kelvin, coulomb, candela. */
const BASES = ['m', 's', 'g', 'rad', 'K', 'C', 'cd'] as const;

/** One atom: its dimension (exponents of `BASES`), its size in the bases as an exact decimal, whether metric prefixes apply, and its spellings. */
interface Atom {
  readonly dims: readonly number[];
  /** Size in the base units, as an exact decimal (`'2629800'`, `'0.0254'`) or fraction (`'5/9'`). */
  readonly size: string;
  readonly metric: boolean;
  /** For a temperature on a shifted scale: the base value (kelvin) of its zero, exact. */
  readonly zero?: string;
  /** Spellings people write, folded as `foldSpelling` folds them. */
  readonly spellings?: readonly string[];
}

const dim = (spec: string): readonly number[] => {
  const dims = [0, 0, 0, 0, 0, 0, 0];
  for (const part of spec.split(' ')) {
    if (part === '') continue;
    const [, base = '', exponent = '1'] = /^([a-zA-Z]+)(-?\d*)$/.exec(part) ?? [];
    dims[BASES.indexOf(base as (typeof BASES)[number])] = Number(exponent || '1');
  }
  return dims;
};

const TIME = /*#__PURE__*/ dim('s');
const PER_TIME = /*#__PURE__*/ dim('s-1');
const TEMPERATURE = /*#__PURE__*/ dim('K');
const NONE_DIM = /*#__PURE__*/ dim('');

/**
 * The UCUM atoms the scorer reads (UCUM 2.1; `mo` and `a` are the Julian month and year,
 * 30.4375 d and 365.25 d; `_g` the Gregorian, `_s` the synodal, `a_t` the tropical). Sizes are
 * exact decimals, so conversions between them are exact rational numbers.
 */
export const UCUM_ATOMS: Readonly<Record<string, Atom>> = /*#__PURE__*/ (() => ({
  s: { dims: TIME, size: '1', metric: true, spellings: ['sec', 'secs', 'second', 'seconds'] },
  min: { dims: TIME, size: '60', metric: false, spellings: ['mins', 'minute', 'minutes'] },
  h: { dims: TIME, size: '3600', metric: false, spellings: ['hr', 'hrs', 'hour', 'hours'] },
  d: { dims: TIME, size: '86400', metric: false, spellings: ['day', 'days'] },
  wk: { dims: TIME, size: '604800', metric: false, spellings: ['w', 'wks', 'week', 'weeks'] },
  mo: { dims: TIME, size: '2629800', metric: false, spellings: ['mos', 'month', 'months'] },
  a: { dims: TIME, size: '31557600', metric: false, spellings: ['y', 'yr', 'yrs', 'year', 'years', 'ann'] },
  mo_j: { dims: TIME, size: '2629800', metric: false },
  a_j: { dims: TIME, size: '31557600', metric: false },
  mo_g: { dims: TIME, size: '2629746', metric: false },
  a_g: { dims: TIME, size: '31556952', metric: false },
  mo_s: { dims: TIME, size: '2551442.976', metric: false },
  a_t: { dims: TIME, size: '31556925.216', metric: false },
  Hz: { dims: PER_TIME, size: '1', metric: true },
  K: { dims: TEMPERATURE, size: '1', metric: true, spellings: ['k', 'kelvin', 'kelvins'] },
  Cel: {
    dims: TEMPERATURE,
    size: '1',
    metric: true,
    zero: '273.15',
    spellings: ['c', 'degc', 'celsius', 'centigrade', 'degreec', 'degreesc', 'degreecelsius', 'degreescelsius', 'degreescentigrade'],
  },
  '[degF]': { dims: TEMPERATURE, size: '5/9', metric: false, zero: '45967/180', spellings: ['f', 'degf', 'fahrenheit', 'degreef', 'degreesf', 'degreefahrenheit', 'degreesfahrenheit'] },
  '[degR]': { dims: TEMPERATURE, size: '5/9', metric: false, spellings: ['rankine', 'degr'] },
  '%': { dims: NONE_DIM, size: '0.01', metric: false, spellings: ['percent', 'percents', 'percentage', 'pct'] },
  '[ppth]': { dims: NONE_DIM, size: '0.001', metric: false, spellings: ['permille', 'permil'] },
  '[ppm]': { dims: NONE_DIM, size: '0.000001', metric: false, spellings: ['ppm'] },
  '[ppb]': { dims: NONE_DIM, size: '0.000000001', metric: false, spellings: ['ppb'] },
  // Other dimensions: valid units, scored as a wrong type against the gold's.
  m: { dims: dim('m'), size: '1', metric: true },
  g: { dims: dim('g'), size: '1', metric: true },
  t: { dims: dim('g'), size: '1000000', metric: true },
  l: { dims: dim('m3'), size: '0.001', metric: true },
  L: { dims: dim('m3'), size: '0.001', metric: true },
  ar: { dims: dim('m2'), size: '100', metric: true },
  rad: { dims: dim('rad'), size: '1', metric: true },
  sr: { dims: dim('rad2'), size: '1', metric: true },
  cd: { dims: dim('cd'), size: '1', metric: true },
  C: { dims: dim('C'), size: '1', metric: true },
  A: { dims: dim('C s-1'), size: '1', metric: true },
  N: { dims: dim('g m s-2'), size: '1000', metric: true },
  Pa: { dims: dim('g m-1 s-2'), size: '1000', metric: true },
  bar: { dims: dim('g m-1 s-2'), size: '100000000', metric: true },
  J: { dims: dim('g m2 s-2'), size: '1000', metric: true },
  cal: { dims: dim('g m2 s-2'), size: '4184', metric: true },
  W: { dims: dim('g m2 s-3'), size: '1000', metric: true },
  V: { dims: dim('g m2 s-2 C-1'), size: '1000', metric: true },
  F: { dims: dim('C2 g-1 m-2 s2'), size: '0.001', metric: true },
  Ohm: { dims: dim('g m2 s-1 C-2'), size: '1000', metric: true },
  '[in_i]': { dims: dim('m'), size: '0.0254', metric: false },
  '[ft_i]': { dims: dim('m'), size: '0.3048', metric: false },
  '[yd_i]': { dims: dim('m'), size: '0.9144', metric: false },
  '[mi_i]': { dims: dim('m'), size: '1609.344', metric: false },
  '[nmi_i]': { dims: dim('m'), size: '1852', metric: false },
  '[lb_av]': { dims: dim('g'), size: '453.59237', metric: false },
  '[oz_av]': { dims: dim('g'), size: '28.349523125', metric: false },
  '[gal_us]': { dims: dim('m3'), size: '0.003785411784', metric: false },
}))();

/** Spellings of frequencies and counts, which are expressions rather than atoms, folded as `foldSpelling` folds them. */
const EXPRESSION_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  '/h': ['perhour', '/hour', '1/hour', 'hourly', 'anhour', 'ahour', 'everyhour', 'perhr'],
  '/d': ['perday', '/day', '1/day', 'daily', 'aday', 'everyday'],
  '/wk': ['perweek', '/week', '1/week', 'weekly', 'aweek', 'everyweek'],
  '/mo': ['permonth', '/month', '1/month', 'monthly', 'amonth', 'everymonth'],
  '/a': ['peryear', '/year', '1/year', 'yearly', 'annually', 'ayear', 'everyyear'],
  '1': ['count', 'number', 'times', 'none', 'unitless', 'dimensionless'],
};

/** UCUM's metric prefixes, by their power of ten. */
const PREFIXES: Readonly<Record<string, number>> = {
  Y: 24, Z: 21, E: 18, P: 15, T: 12, G: 9, M: 6, k: 3, h: 2, da: 1, d: -1, c: -2, m: -3, u: -6, n: -9, p: -12, f: -15, a: -18, z: -21, y: -24,
};

/** An exact rational number: numerator and (positive) denominator. */
type Ratio = readonly [bigint, bigint];

const gcd = (a: bigint, b: bigint): bigint => {
  [a, b] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

function ratio(numerator: bigint, denominator: bigint): Ratio {
  if (denominator < 0n) [numerator, denominator] = [-numerator, -denominator];
  const divisor = gcd(numerator, denominator) || 1n;
  return [numerator / divisor, denominator / divisor];
}

/** An exact decimal (`'31556925.216'`) or fraction (`'45967/180'`) as a ratio. */
function ratioOf(text: string): Ratio {
  const [top = '0', bottom] = text.split('/');
  const [whole = '0', fraction = ''] = top.split('.');
  const numerator = BigInt(`${whole}${fraction}`);
  return ratio(numerator, 10n ** BigInt(fraction.length) * (bottom === undefined ? 1n : BigInt(bottom)));
}

const times = (a: Ratio, b: Ratio): Ratio => ratio(a[0] * b[0], a[1] * b[1]);
const over = (a: Ratio, b: Ratio): Ratio => ratio(a[0] * b[1], a[1] * b[0]);
const minus = (a: Ratio, b: Ratio): Ratio => ratio(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
const power = (a: Ratio, exponent: number): Ratio => {
  const n = BigInt(Math.abs(exponent));
  const raised: Ratio = [a[0] ** n, a[1] ** n];
  return exponent < 0 ? ratio(raised[1], raised[0]) : raised;
};

/** A unit a figure is given in, as the scorer reads it. */
export interface ParsedUnit {
  /** The UCUM expression: as given, or the one a spelling stands for (`days` is `d`). */
  readonly ucum: string;
  /** Whether it was read from a spelling rather than as UCUM. */
  readonly spelled: boolean;
  /** Its dimension: the exponents of UCUM's base units, joined (`0,1,0,0,0,0,0` for a time). */
  readonly dims: string;
  /** Its size in the base units, exact. */
  readonly size: Ratio;
  /** For a temperature on a shifted scale (`Cel`, `[degF]`): the kelvins of its zero, exact. */
  readonly zero: Ratio | null;
  /** What is counted (`{building}`), folded, or `null`. */
  readonly annotation: string | null;
}

interface Part {
  readonly dims: readonly number[];
  readonly size: Ratio;
  /** The zero of a shifted temperature scale, for a part that is that one atom alone. */
  readonly zero: Ratio | null;
  readonly annotations: readonly string[];
}

const one = (): Part => ({ dims: [0, 0, 0, 0, 0, 0, 0], size: [1n, 1n], zero: null, annotations: [] });

/** `a` times (`sign` 1) or over (`sign` -1) `b`; `undefined` where either is a shifted temperature, which cannot be multiplied. */
function combine(a: Part, b: Part, sign: 1 | -1): Part | undefined {
  if (a.zero !== null || b.zero !== null) return undefined;
  return {
    dims: a.dims.map((value, i) => value + sign * (b.dims[i] as number)),
    size: sign === 1 ? times(a.size, b.size) : over(a.size, b.size),
    zero: null,
    annotations: [...a.annotations, ...b.annotations],
  };
}

/** The atom a symbol names, with a metric prefix where it has one, as a part; `undefined` for no atom. */
function atomPart(symbol: string, exponent: number): Part | undefined {
  let atom = Object.hasOwn(UCUM_ATOMS, symbol) ? UCUM_ATOMS[symbol] : undefined;
  let scale: Ratio = [1n, 1n];
  if (atom === undefined) {
    for (const prefix of [symbol.slice(0, 2), symbol.slice(0, 1)]) {
      const rest = symbol.slice(prefix.length);
      const candidate = Object.hasOwn(PREFIXES, prefix) && Object.hasOwn(UCUM_ATOMS, rest) ? UCUM_ATOMS[rest] : undefined;
      if (candidate?.metric === true) {
        atom = candidate;
        scale = power([10n, 1n], PREFIXES[prefix] as number);
        break;
      }
    }
  }
  if (atom === undefined) return undefined;
  // A shifted temperature scale (`Cel`, `[degF]`) is read on its own only: not prefixed, not raised.
  if (atom.zero !== undefined && (exponent !== 1 || scale[0] !== 1n || scale[1] !== 1n)) return undefined;
  const size = power(times(scale, ratioOf(atom.size)), exponent);
  return { dims: atom.dims.map((value) => value * exponent), size, zero: atom.zero === undefined ? null : ratioOf(atom.zero), annotations: [] };
}

/** The longest expression read: longer ones are no unit. */
const LONGEST_UNIT = 64;

/** A UCUM expression (`d`, `/d`, `1/d`, `10*3{building}`, `km/h`), or `undefined` where it is not one. */
function parseUcum(text: string): Part | undefined {
  if (text.length === 0 || text.length > LONGEST_UNIT || /\s/.test(text)) return undefined;
  let i = 0;
  const component = (): Part | undefined => {
    let part: Part | undefined;
    if (text[i] === '(') {
      i++;
      part = term();
      if (part === undefined || text[i] !== ')') return undefined;
      i++;
    } else if (text[i] !== '{') {
      const match = /^(?:10[*^]([+-]?\d{1,3})|(\d{1,15})|([^./(){}\d+-][^./(){}]*?)([+-]?\d{1,3})?)(?=$|[./(){}])/.exec(text.slice(i));
      if (match === null) return undefined;
      i += match[0].length;
      if (match[1] !== undefined) part = { ...one(), size: power([10n, 1n], Number(match[1])) };
      else if (match[2] !== undefined) part = { ...one(), size: [BigInt(match[2]), 1n] };
      else part = atomPart(match[3] as string, Number(match[4] ?? '1'));
      if (part === undefined) return undefined;
    }
    if (text[i] === '{') {
      const end = text.indexOf('}', i);
      if (end === -1 || text.slice(i + 1, end).includes('{')) return undefined;
      const base: Part = part ?? one();
      part = { ...base, annotations: [...base.annotations, text.slice(i + 1, end)] };
      i = end + 1;
    }
    return part;
  };
  const term = (): Part | undefined => {
    let result = component();
    while (result !== undefined && (text[i] === '.' || text[i] === '/')) {
      const sign = text[i] === '.' ? 1 : -1;
      i++;
      const next = component();
      result = next === undefined ? undefined : combine(result, next, sign);
    }
    return result;
  };
  let result: Part | undefined;
  if (text[0] === '/') {
    i = 1;
    const divisor = term();
    result = divisor === undefined ? undefined : combine(one(), divisor, -1);
  } else result = term();
  return result === undefined || i !== text.length ? undefined : result;
}

/** How people's spellings of units are compared: lower case, without white space, dots, degree signs, underscores, hyphens and brackets. */
export function foldSpelling(text: string): string {
  return text.toLowerCase().replace(/[\s.\u00b0\u00ba\u02da_\-[\]]/g, '');
}

/** Each folded spelling, with the UCUM expression it stands for. */
let spellings: ReadonlyMap<string, string> | undefined;

function spellingTable(): ReadonlyMap<string, string> {
  if (spellings !== undefined) return spellings;
  const table = new Map<string, string>();
  for (const [code, atom] of Object.entries(UCUM_ATOMS)) {
    for (const spelling of atom.spellings ?? []) if (!table.has(spelling)) table.set(spelling, code);
    // A code in another case (`D`, `CEL`, `WK`) is a spelling too, for the units of the dimensions figures have.
    if (atom.spellings !== undefined && !table.has(foldSpelling(code))) table.set(foldSpelling(code), code);
  }
  for (const [code, list] of Object.entries(EXPRESSION_SPELLINGS)) for (const spelling of list) if (!table.has(spelling)) table.set(spelling, code);
  return (spellings = table);
}

/** A count's annotation in the form two are compared in: lower case, single spaces, singular. */
export function foldAnnotation(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'people' ? 'person' : word === 'children' ? 'child' : word.replace(/ies$/, 'y').replace(/(?<=(?:s|x|ch|sh))es$/, '').replace(/(?<![su])s$/, '')))
    .join(' ');
}

function parsed(ucum: string, spelled: boolean, part: Part): ParsedUnit {
  const [annotation] = part.annotations;
  return { ucum, spelled, dims: part.dims.join(), size: part.size, zero: part.zero, annotation: annotation === undefined ? null : foldAnnotation(annotation) };
}

/**
 * A figure's unit as the scorer reads it: a UCUM expression of any dimension, or else a spelling
 * people write (`days`, `°C`, `degrees Celsius`, `per day`, `percent`), or else a plain word, read
 * as a count of that thing (`people` is `{person}`); `undefined` for anything else.
 */
export function parseUnit(text: string): ParsedUnit | undefined {
  const ucum = parseUcum(text);
  if (ucum !== undefined) return parsed(text, false, ucum);
  if (text.length > LONGEST_UNIT) return undefined;
  const spelled = spellingTable().get(foldSpelling(text));
  const part = spelled === undefined ? undefined : parseUcum(spelled);
  if (spelled !== undefined && part !== undefined) return parsed(spelled, true, part);
  if (/^[A-Za-z][a-z]{1,31}(?: [a-z]{2,32}){0,3}$/.test(text.trim())) return parsed(`{${text.trim()}}`, true, { ...one(), annotations: [text.trim()] });
  return undefined;
}

/** What a unit spelled as `text` would be, where that differs from its UCUM reading (`C` is the coulomb, but people mean `Cel`). */
export function spellingOf(text: string): string | undefined {
  const spelled = spellingTable().get(foldSpelling(text));
  return spelled !== undefined && spelled !== text ? spelled : undefined;
}

const TIME_DIMS = /*#__PURE__*/ TIME.join();
const FREQUENCY_DIMS = /*#__PURE__*/ PER_TIME.join();
const TEMPERATURE_DIMS = /*#__PURE__*/ TEMPERATURE.join();
const COUNT_DIMS = /*#__PURE__*/ NONE_DIM.join();

/** The dimension of a parsed unit, by the names of `Dimension`, or `other`. */
export function dimensionOfParsed(unit: ParsedUnit): Dimension | 'other' {
  switch (unit.dims) {
    case TIME_DIMS:
      return 'duration';
    case FREQUENCY_DIMS:
      return 'frequency';
    case TEMPERATURE_DIMS:
      return 'temperature';
    case COUNT_DIMS:
      return 'count';
    default:
      return 'other';
  }
}

/**
 * The exact conversion from one parsed unit to another of the same dimension, as `value × scale +
 * shift` (both exact); `undefined` for units of different dimensions.
 */
export function conversionOf(from: ParsedUnit, to: ParsedUnit): { readonly scale: Ratio; readonly shift: Ratio } | undefined {
  if (from.dims !== to.dims) return undefined;
  const scale = over(from.size, to.size);
  const shift = over(minus(from.zero ?? [0n, 1n], to.zero ?? [0n, 1n]), to.size);
  return { scale, shift };
}

/** `value` converted from one parsed unit to another, or `undefined` across dimensions. */
export function convertValue(value: number, from: ParsedUnit, to: ParsedUnit): number | undefined {
  const conversion = conversionOf(from, to);
  if (conversion === undefined) return undefined;
  const { scale, shift } = conversion;
  const scaleBy = (x: number) => (scale[1] === 1n ? x * Number(scale[0]) : (x * Number(scale[0])) / Number(scale[1]));
  if (shift[0] === 0n) return tidy(scaleBy(value));
  // `(value - origin) × scale`, where `origin` is the value that converts to 0: exact at the zero of the target scale.
  const origin = over([-shift[0], shift[1]], scale);
  return tidy(scaleBy(value - Number(origin[0]) / Number(origin[1])));
}
