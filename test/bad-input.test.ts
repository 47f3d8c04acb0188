import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import { contextOf, convertFigure, createQueries, dataset, eventsBetween, findText, getFigure } from '../src/index.js';
import type { Dataset, IdSpace } from '../src/index.js';
import { askEveryIdHelper } from './helpers/ask.js';

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

  test('contextOf rejects what is not a span or a record with a TypeError or RangeError, and clamps offsets past the end of a span without text', () => {
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
    expect(contextOf({ start: end + 10, end: end + 20 } as never).end).toBe(end);
    expect(() => contextOf({ start: end + 10, end: end + 20, text: 'beyond' })).toThrow(/^contextOf: span\.text "beyond" does not match the article at/);
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

/** A plain, unfrozen copy of the real dataset, for tests to damage. */
function ownDataset(): Dataset<IdSpace> {
  return JSON.parse(JSON.stringify(dataset)) as Dataset<IdSpace>;
}

/** The error `run` throws, or `undefined`. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('createQueries checks the records it is given, once, when it is called', () => {
  // eslint-disable-next-line no-sparse-arrays
  const withHole = [, dataset.actors[0]];
  const cases: [string, Partial<Record<'actors' | 'statements' | 'events' | 'figures' | 'timexes', unknown>>, string][] = [
    ['actors: [null]', { actors: [null] }, 'dataset.actors[0] must be an object, got null'],
    ['an actors array with a hole', { actors: withHole }, 'dataset.actors[0] is a hole in the array'],
    ['actors: [{ id: 7 }]', { actors: [{ id: 7 }] }, 'dataset.actors[0].id must be a string, got number 7'],
    ["actors: [{ id: 'a' }]", { actors: [{ id: 'a' }] }, 'dataset.actors[0].evidence must be an array, got a value of type undefined'],
    ['statements: [{}]', { statements: [{}] }, 'dataset.statements[0].id must be a string, got a value of type undefined'],
    ["statements: [{ id: 's' }]", { statements: [{ id: 's' }] }, 'dataset.statements[0].about must be an array, got a value of type undefined'],
    [
      "a statement whose about is a string, after a good one",
      { statements: [dataset.statements[0], { ...dataset.statements[1], about: 'strike-halt' }] },
      'dataset.statements[1].about must be an array, got "strike-halt"',
    ],
    ['events: [{}]', { events: [{}] }, 'dataset.events[0].id must be a string, got a value of type undefined'],
    ["events: [{ id: 'e' }]", { events: [{ id: 'e' }] }, 'dataset.events[0].participants must be an array, got a value of type undefined'],
    ["events: [{ id: 'e', participants: [] }]", { events: [{ id: 'e', participants: [] }] }, 'dataset.events[0].accounts must be an array, got a value of type undefined'],
    ["events: [{ id: 'e', participants: [null], accounts: [] }]", { events: [{ id: 'e', participants: [null], accounts: [] }] }, 'dataset.events[0].participants[0] must be an object, got null'],
    ["events: [{ id: 'e', participants: [], accounts: [7] }]", { events: [{ id: 'e', participants: [], accounts: [7] }] }, 'dataset.events[0].accounts[0] must be an object, got number 7'],
    ['events: [null]', { events: [null] }, 'dataset.events[0] must be an object, got null'],
    ['figures: [null]', { figures: [null] }, 'dataset.figures[0] must be an object, got null'],
    ["figures: ['f']", { figures: ['f'] }, 'dataset.figures[0] must be an object, got "f"'],
    ['timexes: null', { timexes: null }, 'dataset.timexes must be an array, got null'],
    ["timexes: [{ id: 't' }]", { timexes: [{ id: 't' }] }, 'dataset.timexes[0].evidence must be an array, got a value of type undefined'],
  ];

  test('a dataset without timexes (made before time expressions were records) is read as having none', () => {
    const { timexes: _timexes, ...older } = dataset;
    const queries = createQueries(older);
    expect(queries.getTimex('last-saturday-strikes')).toBeUndefined();
    expect(queries.getRecord('last-saturday-strikes')).toBeUndefined();
    expect(queries.recordsAt({ start: 0, end: dataset.article.text.length }).length).toBe(createQueries(dataset).recordsAt({ start: 0, end: dataset.article.text.length }).length - dataset.timexes.length);
  });

  test.each(cases)('createQueries rejects %s with a TypeError naming the place', (_, damage, place) => {
    const error = thrownBy(() => createQueries({ ...dataset, ...damage } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`createQueries: ${place}`);
  });

  test('a record broken after a thousand good ones is still named by its index', () => {
    const own = ownDataset();
    const statements = [...own.statements, ...Array.from({ length: 1000 }, () => own.statements[0]!), { ...own.statements[0]!, about: null }];
    const error = thrownBy(() => createQueries({ ...own, statements } as never));
    expect((error as Error).message).toBe(`createQueries: dataset.statements[${statements.length - 1}].about must be an array, got null`);
  });

  test('on any random damage to the dataset, createQueries throws a TypeError naming the place or every helper answers without a crash', () => {
    const own = ownDataset();
    /** Every path to an object, array or value inside the article and the four collections. */
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(own.article, ['article']);
    for (const name of ['actors', 'statements', 'events', 'figures'] as const) own[name].forEach((record, i) => walk(record, [name, i]));
    const ids = [...own.actors, ...own.statements, ...own.events, ...own.figures].map((record) => record.id);
    const damage = fc.record({ path: fc.constantFrom(...paths), remove: fc.boolean(), value: fc.anything({ withNullPrototype: true, withSparseArray: true }) });

    fc.assert(
      fc.property(damage, ({ path, remove, value }) => {
        const data = ownDataset() as unknown as Record<string, unknown>;
        const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data) as Record<string | number, unknown>;
        const key = path.at(-1)!;
        if (remove) delete parent[key];
        else parent[key] = value;
        let q: ReturnType<typeof createQueries<IdSpace>>;
        try {
          q = createQueries(data as unknown as Dataset<IdSpace>);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(/^createQueries: dataset\.(article\.text|(actors|statements|events|figures)\[\d+\])/);
          return;
        }
        for (const id of [...ids, 'nobody']) askEveryIdHelper(q, id);
        q.eventsBetween('2000-01-01', '2099-12-31');
        q.timeline();
        q.figuresByUnit('Cel');
        q.findText('Kyiv');
        const records = data as unknown as Dataset<IdSpace>;
        for (const record of [...records.actors, ...records.statements, ...records.events, ...records.figures]) {
          for (const call of [() => q.contextOf(record), () => q.convertFigure(record as never, 'h')]) {
            const error = thrownBy(call);
            if (error !== undefined && !(error instanceof TypeError) && !(error instanceof RangeError)) throw error;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('convertFigure checks the numbers and the unit of the figure it is given', () => {
  const week = getFigure('halt-one-week');
  const cases: [string, Record<string, unknown>, string][] = [
    ['a string value', { value: '5' }, 'figure.value must be a finite number or null, got "5"'],
    ['a missing value', { value: undefined }, 'figure.value must be a finite number or null, got a value of type undefined'],
    ['a NaN value', { value: Number.NaN }, 'figure.value must be a finite number or null, got number NaN'],
    ['an infinite min', { min: Number.POSITIVE_INFINITY }, 'figure.min must be a finite number or null, got number Infinity'],
    ['a bigint max', { max: 10n }, 'figure.max must be a finite number or null, got bigint 10'],
    ['an object max', { max: {} }, 'figure.max must be a finite number or null, got a value of type object'],
    ['a numeric unit', { unit: 7 }, 'figure.unit must be a string, got number 7'],
  ];

  test.each(cases)('convertFigure rejects a figure with %s with a TypeError naming the field and value', (_, damage, message) => {
    for (const toUnit of ['d', 'wk', 'Cel'] as const) {
      const error = thrownBy(() => convertFigure({ ...week, ...damage } as never, toUnit));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(`convertFigure: ${message}`);
    }
  });

  test('the reviewer’s probes throw instead of answering 41 and NaN', () => {
    expect(() => convertFigure({ unit: 'Cel', value: '5' } as never, '[degF]')).toThrow(TypeError);
    expect(() => convertFigure({ unit: 'Cel' } as never, 'K')).toThrow(TypeError);
  });

  test('a figure holding a function is rejected with a TypeError, whether or not its unit changes', () => {
    for (const toUnit of ['wk', 'd'] as const) {
      const error = thrownBy(() => convertFigure({ ...week, notes: [() => 'note'] } as never, toUnit));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe('convertFigure: figure.notes[0] is a function, not data');
    }
  });

  test('for random values in value, min and max, convertFigure throws a TypeError, a RangeError for a result beyond the largest number, or answers finite numbers and nulls', () => {
    const number = fc.oneof(fc.double(), fc.constant(null), fc.anything());
    fc.assert(
      fc.property(number, number, number, fc.constantFrom('h', 'd', 'wk'), (value, min, max, toUnit) => {
        const valid = [value, min, max].every((n) => n === null || (typeof n === 'number' && Number.isFinite(n)));
        const error = thrownBy(() => convertFigure({ ...week, value, min, max } as never, toUnit));
        if (!valid) {
          expect(error).toBeInstanceOf(TypeError);
          return;
        }
        if (error !== undefined) {
          expect(error).toBeInstanceOf(RangeError);
          expect((error as Error).message).toMatch(/^convertFigure: figure\.(value|min|max) \S+ wk is too large to express in "(h|d)"$/);
          return;
        }
        const converted = convertFigure({ ...week, value, min, max } as never, toUnit);
        expect([converted.value, converted.min, converted.max].every((n) => n === null || Number.isFinite(n))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
