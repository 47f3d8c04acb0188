/**
 * The unit table the scorer reads: every UCUM atom and expression it takes is valid for NLM's
 * reference implementation, @lhncbc/ucum-lhc, and converts as it does; the dataset's codes convert
 * as `convertFigure` converts them; the spellings people write read as the units they mean.
 */
import ucum from '@lhncbc/ucum-lhc';
import { describe, expect, test } from 'vitest';
import { convertFigure, getFigure } from '../src/index.js';
import { convertValue, dimensionOfParsed, parseUnit, UCUM_ATOMS, type ParsedUnit } from '../src/model/units.js';
import { unitCodes } from '../src/model/vocabulary.js';

const lhc = ucum.UcumLhcUtils.getInstance();

/** Every atom of the table, some with metric prefixes, and expressions of the dimensions figures have. */
const EXPRESSIONS = [
  ...Object.keys(UCUM_ATOMS),
  'ms',
  'ks',
  'mK',
  'km',
  'kg',
  'mL',
  '/h',
  '/d',
  '1/d',
  'd-1',
  '/wk',
  '/mo',
  '/a',
  '1/min',
  's-1',
  'h-1',
  '1',
  '10*3',
  '10^2',
  '%',
  '{building}',
  '10*3{building}',
  '{person}/d',
  'km/h',
  'm/s2',
  'kg.m/s2',
  '[in_i]2',
] as const;

const parsed = (code: string): ParsedUnit => {
  const unit = parseUnit(code);
  if (unit === undefined) throw new Error(`${code} does not parse`);
  return unit;
};

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the unit table against @lhncbc/ucum-lhc', () => {
  test('every expression the table reads is valid UCUM', () => {
    const invalid = EXPRESSIONS.filter((code) => lhc.validateUnitString(code, true).status !== 'valid');
    expect(invalid).toEqual([]);
    expect(EXPRESSIONS.filter((code) => parseUnit(code)?.spelled !== false)).toEqual([]);
  });

  test('every pair of commensurable expressions converts as ucum-lhc converts it, and no other pair converts', () => {
    const offences: string[] = [];
    const values = [-10, 0, 1, 7, 454, 0.5, 1e-3];
    for (const from of EXPRESSIONS) {
      for (const to of EXPRESSIONS) {
        const [a, b] = [parsed(from), parsed(to)];
        // ucum-lhc refuses annotations only in conversions between counts; compare them as `1`.
        const [x, y] = [from.replace(/\{[^}]*\}/g, '') || '1', to.replace(/\{[^}]*\}/g, '') || '1'];
        const [u, v] = [x.startsWith('/') || x === '' ? `1${x}` : x, y.startsWith('/') ? `1${y}` : y];
        const reference = lhc.convertUnitTo(u, 1, v);
        if (a.dims !== b.dims) {
          if (reference.status === 'succeeded') offences.push(`${from} → ${to}: ucum-lhc converts, the table does not`);
          continue;
        }
        for (const value of values) {
          const expected = lhc.convertUnitTo(u, value, v);
          const got = convertValue(value, a, b);
          if (expected.status !== 'succeeded') {
            // ucum-lhc refuses a temperature below absolute zero; the table converts it all the same.
            if (!(a.zero !== null || b.zero !== null)) offences.push(`${value} ${from} → ${to}: ${expected.msg.join(' ')}`);
            continue;
          }
          if (got === undefined || !close(got, expected.toVal as number)) offences.push(`${value} ${from} → ${to}: ${got} against ${String(expected.toVal)}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  test('the dataset codes convert in the scorer as convertFigure converts them', () => {
    const figure = getFigure('kyiv-overnight-minus-10');
    const offences: string[] = [];
    for (const from of unitCodes) {
      for (const to of unitCodes) {
        if (from === '1' || to === '1') continue;
        const [a, b] = [parsed(from), parsed(to)];
        if (a.dims !== b.dims) continue;
        for (const value of [0, 1, 7, 2.5, 300]) {
          const expected = convertFigure({ ...figure, unit: from, value, min: null, max: null }, to).value as number;
          const got = convertValue(value, a, b) as number;
          if (!close(got, expected)) offences.push(`${value} ${from} → ${to}: ${got} against convertFigure's ${expected}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });
});

describe('what the scorer reads as a unit', () => {
  test('the spellings people write read as the unit they mean', () => {
    const spelled: Record<string, string> = {
      days: 'd',
      Day: 'd',
      week: 'wk',
      weeks: 'wk',
      hours: 'h',
      '°C': 'Cel',
      'degrees Celsius': 'Cel',
      'deg C': 'Cel',
      '°F': '[degF]',
      'degrees Fahrenheit': '[degF]',
      'per day': '/d',
      daily: '/d',
      hourly: '/h',
      percent: '%',
      years: 'a',
      CEL: 'Cel',
      WK: 'wk',
    };
    expect(Object.fromEntries(Object.keys(spelled).map((text) => [text, parseUnit(text)?.ucum]))).toEqual(spelled);
  });

  test('a plain word is a count of that thing; anything else is no unit', () => {
    expect(parseUnit('people')).toMatchObject({ ucum: '{people}', annotation: 'person' });
    expect(parseUnit('apartment buildings')).toMatchObject({ annotation: 'apartment building' });
    for (const code of ['d@', '7d', 'Cel2', '/Cel', 'mCel', '', 'x'.repeat(100), '{a{b}}']) expect(parseUnit(code), code).toBeUndefined();
  });

  test('each expression has the dimension its exponents give', () => {
    const dimension = (code: string) => dimensionOfParsed(parsed(code));
    expect(['d', 'ms', 'mo_s', 'a_t'].map(dimension)).toEqual(['duration', 'duration', 'duration', 'duration']);
    expect(['/d', '1/d', 'd-1', 'Hz'].map(dimension)).toEqual(['frequency', 'frequency', 'frequency', 'frequency']);
    expect(['Cel', '[degF]', 'K', 'mK'].map(dimension)).toEqual(['temperature', 'temperature', 'temperature', 'temperature']);
    expect(['1', '%', '{building}', '10*3'].map(dimension)).toEqual(['count', 'count', 'count', 'count']);
    expect(['kg', 'km/h', 'C', 'F'].map(dimension)).toEqual(['other', 'other', 'other', 'other']);
  });

  test('conversions are exact where the numbers are: a month is 30.4375 days, -459.67 °F is 0 K, -10 °C is 14 °F', () => {
    expect(convertValue(1, parsed('mo'), parsed('d'))).toBe(30.4375);
    expect(convertValue(1, parsed('a'), parsed('mo'))).toBe(12);
    expect(convertValue(-459.67, parsed('[degF]'), parsed('K'))).toBe(0);
    expect(convertValue(-10, parsed('Cel'), parsed('[degF]'))).toBe(14);
    expect(convertValue(50, parsed('%'), parsed('1'))).toBe(0.5);
    expect(convertValue(1, parsed('wk'), parsed('/d'))).toBeUndefined();
  });
});
