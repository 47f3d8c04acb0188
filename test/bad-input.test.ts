import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import { contextOf, convertFigure, createQueries, dataset, eventsBetween, findText, getFigure } from '../src/index.js';

/** Helpers that take an id, a unit or a query and answer `undefined` or `[]` for anything they do not know. */
const lookups = ['getActor', 'getStatement', 'getEvent', 'getFigure', 'getRecord'] as const;
const relations = ['statementsBy', 'statementsAbout', 'eventsInvolving', 'figuresAbout', 'mentionsOf', 'accountsOf', 'figuresByUnit', 'findText'] as const;

const ONE_MEGABYTE = 'x'.repeat(1_000_000);
const strangers: readonly unknown[] = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  '',
  ' ',
  ONE_MEGABYTE,
  'donald-trump'.toUpperCase(),
  ' donald-trump',
  '😀 not in the basic plane',
  '\ud800',
  42,
  0,
  -0,
  Number.NaN,
  null,
  undefined,
  true,
  {},
  [],
  ['donald-trump'],
  Object.create(null),
  Symbol('id'),
  10n,
  () => 'donald-trump',
  { toString: () => 'donald-trump' },
];

const prototypeValues = new Set<unknown>(
  [Object.prototype, ...Object.getOwnPropertyNames(Object.prototype).map((key) => Object.getOwnPropertyDescriptor(Object.prototype, key)?.value)].filter(
    (value) => value !== undefined,
  ),
);

function label(value: unknown): string {
  if (typeof value === 'string') return value.length > 20 ? `'${value.slice(0, 20)}…'` : `'${value}'`;
  if (typeof value === 'symbol' || typeof value === 'function' || typeof value === 'bigint') return typeof value;
  return JSON.stringify(value) ?? String(value);
}

/** A fingerprint of the prototypes a lookup by user input could pollute. */
function fingerprint(): string {
  return [Object.prototype, Array.prototype, Map.prototype, Function.prototype, String.prototype]
    .map((proto) =>
      Reflect.ownKeys(proto)
        .map((key) => `${String(key)}:${String(Object.getOwnPropertyDescriptor(proto, key)?.value === undefined ? 'accessor' : typeof Object.getOwnPropertyDescriptor(proto, key)?.value)}`)
        .join(','),
    )
    .join('|');
}

const bound = createQueries(dataset);
const callable = (helper: unknown) => helper as (value: unknown) => unknown;

describe('bad input', () => {
  let before = '';
  beforeAll(() => {
    before = fingerprint();
  });
  afterAll(() => {
    expect(fingerprint()).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('lookups answer undefined for every unknown id, never a value from Object.prototype', () => {
    const offenders = lookups.flatMap((name) =>
      [api[name], bound[name]].flatMap((helper, i) =>
        strangers.filter((value) => callable(helper)(value) !== undefined).map((value) => `${i ? 'bound.' : ''}${name}(${label(value)})`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  test('relations, figuresByUnit and findText answer an empty frozen array for every unknown id, unit or query', () => {
    const offenders = relations.flatMap((name) =>
      [api[name], bound[name]].flatMap((helper, i) =>
        strangers
          .filter((value) => {
            const result = callable(helper)(value);
            return !Array.isArray(result) || result.length !== 0 || !Object.isFrozen(result) || prototypeValues.has(result);
          })
          .map((value) => `${i ? 'bound.' : ''}${name}(${label(value)})`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  test('random strings and values never crash a lookup or relation', () => {
    const value = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...strangers), fc.anything());
    fc.assert(
      fc.property(value, (input) => {
        for (const name of lookups) {
          const found = callable(api[name])(input);
          expect(found === undefined || (typeof found === 'object' && found !== null && 'id' in found)).toBe(true);
          expect(prototypeValues.has(found)).toBe(false);
        }
        for (const name of relations) {
          const found = callable(api[name])(input);
          expect(Array.isArray(found) && Object.isFrozen(found)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('eventsBetween rejects every value that is not a YYYY-MM-DD date with a RangeError naming it', () => {
    const offenders: string[] = [];
    for (const value of [...strangers, '2026-1-29', '2026-01-29T00:00', '2026-02-29', '2026-13-01', '2026-W05', '2026', '../2026-02-01', '29/01/2026']) {
      for (const [from, to, name] of [[value, '2026-01-30', 'from'], ['2026-01-29', value, 'to']] as const) {
        try {
          eventsBetween(from as string, to as string);
          offenders.push(`${name} ${label(value)}: no error`);
        } catch (error) {
          const named = typeof value === 'string' ? (error as Error).message.includes(JSON.stringify(value.slice(0, 40)).slice(0, -1)) : true;
          if (!(error instanceof RangeError) || !(error as Error).message.includes(`${name} must be`) || !named) offenders.push(`${name} ${label(value)}: ${String(error)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('the message for a huge invalid date stays short', () => {
    expect(() => eventsBetween(ONE_MEGABYTE, '2026-01-01')).toThrow(RangeError);
    try {
      eventsBetween(ONE_MEGABYTE, '2026-01-01');
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(200);
    }
  });

  test('eventsBetween rejects from after to with a RangeError naming both, for random dates', () => {
    const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, (a, b) => {
        if (a === b) return;
        const [from, to] = a > b ? [a, b] : [b, a];
        expect(() => eventsBetween(from, to)).toThrow(new RangeError(`eventsBetween: from "${from}" is after to "${to}"`));
      }),
      { numRuns: 1000 },
    );
  });

  test('contextOf rejects what is not a span or a record with a TypeError or RangeError, and clamps offsets past the end', () => {
    const offenders: string[] = [];
    const inputs: unknown[] = [...strangers, { start: -1, end: 2 }, { start: 5, end: 2 }, { start: 1.5, end: 2 }, { start: '0', end: '2' }, { evidence: [] }, { start: 0 }];
    for (const input of inputs) {
      try {
        contextOf(input as never);
        offenders.push(`${label(input)}: no error`);
      } catch (error) {
        if (!(error instanceof TypeError) && !(error instanceof RangeError)) offenders.push(`${label(input)}: ${String(error)}`);
      }
    }
    for (const options of [{ chars: -1 }, { chars: 1.5 }, { chars: Number.NaN }, { chars: '3' }, 3, null]) {
      try {
        contextOf({ start: 0, end: 7, text: 'Kremlin' }, options as never);
        offenders.push(`options ${label(options)}: no error`);
      } catch (error) {
        if (!(error instanceof TypeError) && !(error instanceof RangeError)) offenders.push(`options ${label(options)}: ${String(error)}`);
      }
    }
    expect(offenders).toEqual([]);
    const end = dataset.article.text.length;
    expect(contextOf({ start: end + 10, end: end + 20, text: 'beyond' }).end).toBe(end);
  });

  test('convertFigure rejects a value that is not a figure with a TypeError and an unknown unit with a RangeError', () => {
    const offenders = strangers.filter((value) => {
      try {
        convertFigure(value as never, 'd');
        return true;
      } catch (error) {
        return !(error instanceof TypeError);
      }
    });
    expect(offenders.map(label)).toEqual([]);
    const units = strangers.filter((value) => {
      try {
        convertFigure(getFigure('halt-one-week'), value as never);
        return true;
      } catch (error) {
        return !(error instanceof RangeError);
      }
    });
    expect(units.map(label)).toEqual([]);
  });

  test('findText with a one-megabyte query answers quickly with nothing', () => {
    const started = performance.now();
    expect(findText(ONE_MEGABYTE)).toEqual([]);
    expect(findText(`Kremlin ${ONE_MEGABYTE}`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test('createQueries rejects anything that is not a dataset with a TypeError', () => {
    const offenders = strangers.filter((value) => {
      try {
        createQueries(value as never);
        return true;
      } catch (error) {
        return !(error instanceof TypeError);
      }
    });
    expect(offenders.map(label)).toEqual([]);
  });
});
