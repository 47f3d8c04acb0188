/**
 * Hostile input against every public function of the main entry and every schema of `./schema`:
 * typed arrays, Proxies (revoked ones too), getters and `Symbol.toPrimitive` that throw, prototype
 * keys, 8 MB strings, 10,000-level nesting and cycles. Each call returns its documented result or
 * throws its documented `TypeError` / `RangeError`, with a message that starts with its name; and
 * a Proxy that records writes proves that no input is ever changed or frozen.
 *
 * To cover a new function, add one row to `CONTRACTS` (and a new subpath, one line to `ENTRIES`).
 * A public function without a row is still called, with the default contract: it may return
 * anything, and throw only a `TypeError` or `RangeError` whose message starts with its name.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import * as main from '../src/index.js';
import { contextOf, convertFigure, createQueries, dataset, findText, getFigure, getStatement } from '../src/index.js';
import type { Dataset, IdSpace } from '../src/index.js';
import * as exporters from '../src/export.js';
import * as schemas from '../src/schema/index.js';
import * as scorer from '../src/score.js';

type ErrorKind = typeof TypeError | typeof RangeError;

/** What a public function promises: the errors it documents, and the shape of what it returns. */
interface Contract {
  /** How many arguments it takes. */
  readonly arity: number;
  /** The errors it documents (their message always starts with `name:`). */
  readonly errors: readonly ErrorKind[];
  /** Whether a result is what it documents. */
  readonly returns: (result: unknown) => boolean;
}

const isFrozenArray = (value: unknown) => Array.isArray(value) && Object.isFrozen(value);
const isFrozenObject = (value: unknown) => typeof value === 'object' && value !== null && Object.isFrozen(value);
const isRecordOrUndefined = (value: unknown) => value === undefined || isFrozenObject(value);
const isBoolean = (value: unknown) => typeof value === 'boolean';

/** The documented contract of each public function of the main entry, by name. */
const CONTRACTS: Readonly<Record<string, Contract>> = {
  getActor: { arity: 1, errors: [], returns: isRecordOrUndefined },
  getStatement: { arity: 1, errors: [], returns: isRecordOrUndefined },
  getEvent: { arity: 1, errors: [], returns: isRecordOrUndefined },
  getFigure: { arity: 1, errors: [], returns: isRecordOrUndefined },
  getRecord: { arity: 1, errors: [], returns: isRecordOrUndefined },
  statementsBy: { arity: 1, errors: [], returns: isFrozenArray },
  statementsAbout: { arity: 1, errors: [], returns: isFrozenArray },
  eventsInvolving: { arity: 1, errors: [], returns: isFrozenArray },
  figuresAbout: { arity: 1, errors: [], returns: isFrozenArray },
  mentionsOf: { arity: 1, errors: [], returns: isFrozenArray },
  accountsOf: { arity: 1, errors: [], returns: isFrozenArray },
  figuresByUnit: { arity: 1, errors: [], returns: isFrozenArray },
  findText: { arity: 1, errors: [], returns: isFrozenArray },
  timeline: { arity: 2, errors: [RangeError], returns: isFrozenArray },
  findActor: { arity: 1, errors: [], returns: isRecordOrUndefined },
  findActors: { arity: 1, errors: [], returns: isFrozenArray },
  search: { arity: 1, errors: [], returns: isFrozenArray },
  recordsAt: { arity: 1, errors: [TypeError, RangeError], returns: isFrozenArray },
  isActorId: { arity: 1, errors: [], returns: isBoolean },
  isStatementId: { arity: 1, errors: [], returns: isBoolean },
  isEventId: { arity: 1, errors: [], returns: isBoolean },
  isFigureId: { arity: 1, errors: [], returns: isBoolean },
  isRecordId: { arity: 1, errors: [], returns: isBoolean },
  eventsBetween: { arity: 2, errors: [RangeError], returns: isFrozenArray },
  contextOf: { arity: 2, errors: [TypeError, RangeError], returns: isFrozenObject },
  convertFigure: { arity: 2, errors: [TypeError, RangeError], returns: isFrozenObject },
  createQueries: { arity: 1, errors: [TypeError], returns: isFrozenObject },
};

/** The contract of a public function with no row: any named `TypeError` or `RangeError`, any result. */
const DEFAULT_CONTRACT: Contract = { arity: 2, errors: [TypeError, RangeError], returns: () => true };

/**
 * The entry points whose functions the suite calls, by subpath. A new subpath (`./score`,
 * `./export`) is one more line here; its functions then get `DEFAULT_CONTRACT` until they have rows.
 */
const ENTRIES: Readonly<Record<string, object>> = { '.': main, './score': scorer, './export': exporters };

const publicFunctions = Object.values(ENTRIES).flatMap((entry) =>
  (Object.entries(entry) as [string, unknown][]).filter((pair): pair is [string, (...args: unknown[]) => unknown] => typeof pair[1] === 'function'),
);

/** Calls `fn` and returns the problem with what happened, or `undefined` when it kept its contract. */
function breach(name: string, fn: (...args: unknown[]) => unknown, contract: Contract, args: readonly unknown[]): string | undefined {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    if (!contract.errors.some((kind) => error instanceof kind)) return `${name} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`;
    const message = (error as Error).message;
    return message.startsWith(`${name}: `) ? undefined : `${name} threw a message without its name: ${message.slice(0, 120)}`;
  }
  return contract.returns(result) ? undefined : `${name} returned something it does not document`;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

/** A plain, unfrozen copy of the real dataset. */
const plainDataset = (): Dataset<IdSpace> => structuredClone(dataset) as Dataset<IdSpace>;

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const revokedArray = (() => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
})();
const throwing = () => {
  throw new Error('hostile getter');
};
/** A Proxy whose every trap throws. */
const trapsThrow = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing });
const primitiveThrows = { [Symbol.toPrimitive]: throwing, toString: throwing, valueOf: throwing };
const getterThrows = (base: object, key: string) => Object.defineProperty({ ...base }, key, { get: throwing, enumerable: true });

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}
const deepArray = nested(10_000, (inner) => [inner]);
const deepObject = nested(10_000, (inner) => ({ inner }));

const cyclicObject: Record<string, unknown> = { id: 'cycle' };
cyclicObject['self'] = cyclicObject;
const cyclicArray: unknown[] = [];
cyclicArray.push(cyclicArray);

/** A sparse array of the greatest length with one item: copying it item by item would never end. */
const hugeSparse: unknown[] = [];
hugeSparse.length = 2 ** 32 - 1;
hugeSparse[3] = 'item';

const EIGHT_MB = 8 * 1024 * 1024;
const hugeStrings = ['a'.repeat(EIGHT_MB), `${'a-'.repeat(EIGHT_MB / 2)}a`, `en${'-x'.repeat(EIGHT_MB / 2)}`, ' '.repeat(EIGHT_MB), '.'.repeat(EIGHT_MB)];

const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];
const withOwnProtoKey = JSON.parse('{"__proto__": {"start": 0, "end": 7}, "constructor": 1}') as unknown;

/** Real records with one field made hostile. */
function damagedRecords(): unknown[] {
  const statement = structuredClone(getStatement('trump-raised-issue-with-putin')) as unknown as Record<string, unknown>;
  const figure = structuredClone(getFigure('kyiv-overnight-minus-10')) as unknown as Record<string, unknown>;
  const records: unknown[] = [];
  for (const base of [statement, figure]) {
    for (const key of ['id', 'evidence', 'notes', 'value', 'about']) {
      records.push(getterThrows(base, key));
      for (const value of [new Uint8Array(4), new Float64Array(2), new DataView(new ArrayBuffer(2)), revoked, revokedArray, trapsThrow, primitiveThrows, cyclicArray, deepArray, hugeSparse]) {
        records.push({ ...base, [key]: value });
      }
    }
  }
  const cyclic = structuredClone(statement);
  (cyclic['evidence'] as unknown[]).push(cyclic);
  records.push(cyclic);
  return records;
}

/** Datasets with one hostile part. */
function damagedDatasets(): unknown[] {
  const variants: unknown[] = [];
  for (const key of ['article', 'actors', 'statements', 'events', 'figures'] as const) {
    for (const value of [new Uint8Array(8), revoked, revokedArray, trapsThrow, cyclicArray, deepArray, deepObject, primitiveThrows, hugeSparse]) {
      variants.push({ ...plainDataset(), [key]: value });
    }
    variants.push(getterThrows(plainDataset(), key));
  }
  const withBadRecord = plainDataset() as unknown as Record<string, unknown[]>;
  withBadRecord['statements']!.push(...damagedRecords());
  variants.push(withBadRecord);
  const cyclic = plainDataset() as unknown as Record<string, unknown>;
  cyclic['self'] = cyclic;
  (cyclic['actors'] as unknown[]).push(cyclic);
  variants.push(cyclic);
  return variants;
}

const strangeValues: unknown[] = [
  undefined,
  null,
  0,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  10n,
  Symbol('hostile'),
  () => 'function',
  new Uint8Array(3),
  new BigInt64Array(2),
  new ArrayBuffer(8),
  new Date(Number.NaN),
  new Map([['start', 0]]),
  revoked,
  revokedArray,
  trapsThrow,
  primitiveThrows,
  cyclicObject,
  cyclicArray,
  deepArray,
  deepObject,
  hugeSparse,
  withOwnProtoKey,
  Object.create(null),
  ...prototypeKeys,
  { start: 0, end: 7, text: 'Kremlin' },
  { start: 0, end: 7, text: 'Moscow!' },
  { chars: 3 },
  { chars: primitiveThrows },
];

/**
 * Hostile values for fast-check. The pool holds Proxies whose traps throw, which fast-check itself
 * would trip over when it looks for a clone method or prints a value, so it draws an index into
 * the pool (or a value of its own) and `resolve` picks the value inside the property.
 */
const pool: readonly unknown[] = [...strangeValues, ...damagedRecords(), ...prototypeKeys.map((key) => ({ [key]: 1 }))];
type Draw = { readonly pick: number } | { readonly own: unknown };
const hostile: fc.Arbitrary<Draw> = fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: pool.length - 1 }).map((pick) => ({ pick })) },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withSparseArray: true, withTypedArray: true, withBigInt: true, withMap: true, withSet: true }).map((own) => ({ own })) },
  { weight: 1, arbitrary: fc.string().map((own) => ({ own })) },
);
const resolve = (draw: Draw): unknown => ('pick' in draw ? pool[draw.pick] : draw.own);

// ---------------------------------------------------------------------------------------------
// The write-recording Proxy

/**
 * `value` behind Proxies, all the way down, that record every write (set, define, delete,
 * prototype change, freeze or seal) and refuse it. Pass an unfrozen value: a Proxy may not report
 * a frozen target's properties as other objects.
 */
function watched<T>(value: T): { readonly value: T; readonly writes: string[] } {
  const writes: string[] = [];
  const proxies = new WeakMap<object, object>();
  const wrap = (target: unknown, path: string): unknown => {
    if ((typeof target !== 'object' && typeof target !== 'function') || target === null) return target;
    if (ArrayBuffer.isView(target)) return target;
    const known = proxies.get(target);
    if (known) return known;
    const refuse = (what: string) => (_: object, key?: unknown) => {
      writes.push(`${what} ${path}${typeof key === 'string' || typeof key === 'symbol' ? `.${String(key)}` : ''}`);
      return false;
    };
    const proxy = new Proxy(target, {
      get: (object, key, receiver) => wrap(Reflect.get(object, key, receiver), `${path}.${String(key)}`),
      set: refuse('set'),
      defineProperty: refuse('define'),
      deleteProperty: refuse('delete'),
      setPrototypeOf: refuse('setPrototypeOf'),
      preventExtensions: refuse('freeze or seal'),
    });
    proxies.set(target, proxy);
    return proxy;
  };
  return { value: wrap(value, '$') as T, writes };
}

// ---------------------------------------------------------------------------------------------

describe('every public function keeps its contract on hostile input', () => {
  test('every public function of the main entry is exercised (add a row to CONTRACTS to refine its contract)', () => {
    expect(publicFunctions.length).toBeGreaterThanOrEqual(Object.keys(CONTRACTS).length);
    expect(Object.keys(CONTRACTS).filter((name) => !publicFunctions.some(([exported]) => exported === name))).toEqual([]);
  });

  test.each(publicFunctions)('%s returns its documented result or throws its documented, named error, for random hostile arguments', (name, fn) => {
    const contract = CONTRACTS[name] ?? DEFAULT_CONTRACT;
    fc.assert(
      fc.property(fc.array(hostile, { minLength: contract.arity, maxLength: contract.arity }), (draws) => {
        expect(breach(name, fn, contract, draws.map(resolve))).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  test.each(publicFunctions)('%s keeps its contract on 8 MB strings, and on them in every argument position', (name, fn) => {
    const contract = CONTRACTS[name] ?? DEFAULT_CONTRACT;
    const problems: string[] = [];
    for (const huge of hugeStrings) {
      for (let position = 0; position < Math.max(1, contract.arity); position++) {
        const args = Array.from({ length: contract.arity }, (_, i) => (i === position ? huge : undefined));
        const problem = breach(name, fn, contract, args);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
  });

  test('createQueries on datasets with one hostile part throws its named TypeError or gives helpers that keep their contracts', () => {
    const problems: string[] = [];
    for (const data of damagedDatasets()) {
      let q: Record<string, (...args: unknown[]) => unknown>;
      try {
        q = createQueries(data as never) as never;
      } catch (error) {
        if (!(error instanceof TypeError) || !error.message.startsWith('createQueries: ')) problems.push(String(error));
        continue;
      }
      for (const [name, fn] of Object.entries(q)) {
        const contract = CONTRACTS[name] ?? DEFAULT_CONTRACT;
        for (const arg of ['kremlin', 'Kyiv', ...strangeValues.slice(0, 12)]) {
          const problem = breach(name, fn, contract, [arg, arg]);
          if (problem) problems.push(problem);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('the write-recording Proxy sees a set, a delete, a freeze and a write deep inside', () => {
    const probe = watched({ a: 1, list: [{ b: 2 }] });
    Reflect.set(probe.value, 'a', 2);
    Reflect.deleteProperty(probe.value, 'a');
    Reflect.set(probe.value.list[0]!, 'b', 3);
    try {
      Object.freeze(probe.value);
    } catch {
      // The Proxy refuses, so freezing throws; the attempt is what counts.
    }
    expect(probe.writes).toEqual(['set $.a', 'delete $.a', 'set $.list.0.b', 'freeze or seal $']);
  });

  test('no public function writes to or freezes its arguments: a Proxy records every write', () => {
    const writes: string[] = [];
    const inputs = (): unknown[] => [
      plainDataset(),
      ...plainDataset().statements.slice(0, 3),
      ...plainDataset().figures,
      plainDataset().actors[0]!.evidence[0],
      { chars: 5 },
      { start: 3, end: 9 },
    ];
    for (const [name, fn] of publicFunctions) {
      const contract = CONTRACTS[name] ?? DEFAULT_CONTRACT;
      for (const input of inputs()) {
        for (const second of [undefined, 'h', 'K', { chars: 2 }]) {
          const first = watched(input);
          const other = watched(second);
          try {
            const result = fn(first.value, other.value);
            // A query object's helpers must not write back either.
            if (name === 'createQueries') for (const helper of Object.values(result as object) as ((...args: unknown[]) => unknown)[]) void breach(name, helper, DEFAULT_CONTRACT, ['kremlin']);
          } catch {
            // Errors are checked by the tests above; here only writes matter.
          }
          writes.push(...first.writes.map((write) => `${name}: ${write}`), ...other.writes.map((write) => `${name}: ${write}`));
          if (contract.arity === 0) break;
        }
      }
    }
    expect(writes).toEqual([]);
  });
});

describe('every schema of ./schema, on hostile input, answers without throwing and changes nothing', () => {
  const allSchemas = Object.entries(schemas).filter(([, value]) => typeof value === 'object' && value !== null && 'safeParse' in value) as [
    string,
    (typeof schemas)['DatasetSchema'],
  ][];

  test('every export of ./schema is a schema, and each is exercised', () => {
    expect(allSchemas.map(([name]) => name).sort()).toEqual(Object.keys(schemas).sort());
  });

  test.each(allSchemas)('%s.safeParse never throws, and answers success or issues, for random hostile values', (_, schema) => {
    fc.assert(
      fc.property(hostile, (draw) => {
        const result = schema.safeParse(resolve(draw));
        expect(typeof result.success).toBe('boolean');
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  test.each(allSchemas)('%s.safeParse and ~standard.validate answer hostile records and datasets, 8 MB strings included, without throwing', (_, schema) => {
    const values = [...strangeValues, ...damagedRecords(), ...damagedDatasets(), ...hugeStrings, ...hugeStrings.map((huge) => ({ ...plainDataset().actors[0], id: huge, name: huge }))];
    const problems: string[] = [];
    for (const value of values) {
      try {
        if (schema.safeParse(value).success && !isFrozenObject(schema.parse(value))) problems.push('a parse result is not frozen');
        const standard = schema['~standard'].validate(value);
        if (standard instanceof Promise) problems.push('~standard.validate answered a Promise');
      } catch (error) {
        problems.push(String(error).slice(0, 200));
      }
    }
    expect(problems).toEqual([]);
  });

  test.each(allSchemas)('%s never writes to or freezes what it validates, passing or failing: a Proxy records every write', (_, schema) => {
    const data = plainDataset();
    const inputs: unknown[] = [
      data,
      data.article,
      ...data.actors.slice(0, 2),
      ...data.statements.slice(0, 2),
      ...data.events.slice(0, 2),
      ...data.figures.slice(0, 2),
      data.actors[0]!.evidence[0],
      { ...plainDataset(), statements: [{ ...data.statements[0]!, about: { x: 1 } }] },
    ];
    const writes: string[] = [];
    for (const input of inputs) {
      const probe = watched(input);
      schema.safeParse(probe.value);
      writes.push(...probe.writes);
    }
    expect(writes).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// One regression test per line of the report that led to this suite.

describe('regressions', () => {
  const polluted = ['start', 'end', 'chars', 'actors', 'statements', 'events', 'figures', 'article', 'text', 'evidence', 'value', 'unit'];
  afterEach(() => {
    for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
  });

  test('1. a failed validation leaves the caller’s object unfrozen and unchanged', () => {
    const data = plainDataset() as unknown as { statements: { about: unknown }[] };
    const about = { x: 1 };
    data.statements[0]!.about = about;
    const before = structuredClone(data);
    expect(schemas.DatasetSchema.safeParse(data).success).toBe(false);
    expect(Object.isFrozen(about)).toBe(false);
    expect(Object.isFrozen(data) || Object.isFrozen(data.statements)).toBe(false);
    expect(data).toEqual(before);
  });

  test('1. a typed array gives a failed safeParse, not a throw, and convertFigure its own TypeError', () => {
    const data = plainDataset() as unknown as { statements: { about: unknown }[] };
    data.statements[0]!.about = new Uint8Array(3);
    const result = schemas.DatasetSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['statements', 0, 'about'], params: { rule: 'plain-data' } });
    expect(() => convertFigure({ ...getFigure('halt-one-week'), notes: new Uint8Array(2) } as never, 'h')).toThrow(
      new TypeError('convertFigure: figure.notes is a typed array or binary buffer, not plain data'),
    );
  });

  test('2. an 8 MB id or language tag fails validation without a stack overflow', () => {
    const actor = plainDataset().actors[0]!;
    expect(schemas.ActorSchema.safeParse({ ...actor, id: `${'a-'.repeat(4e6)}a` }).success).toBe(false);
    expect(schemas.ArticleSchema.safeParse({ ...plainDataset().article, language: `en${'-x'.repeat(4e6)}` }).success).toBe(false);
    expect(schemas.ActorSchema.safeParse({ ...actor, id: 'a-b-c' }).success).toBe(true);
    expect(schemas.ActorSchema.safeParse({ ...actor, id: 'a--b' }).success).toBe(false);
  });

  test('3. nesting cycles are still found, once per statement that reaches one', () => {
    const data = plainDataset() as unknown as { statements: { id: string; within: string | null }[] };
    const [a, b] = data.statements.filter((statement) => statement.within === null);
    a!.within = b!.id;
    b!.within = a!.id;
    const rules = schemas.DatasetSchema.safeParse(data).error?.issues.filter((issue) => (issue as { params?: { rule?: string } }).params?.rule === 'nested-cycle');
    expect(rules?.length).toBeGreaterThanOrEqual(2);
  });

  test('4. findText compares whole characters in NFC, keeps white space at the query’s ends, and finds overlapping repeats', () => {
    const text = 'Kyiv, Kyiv said. cafe\u0301 caf\u00e9 😀😀😀 aaaa';
    const q = createQueries({ ...plainDataset(), article: { ...plainDataset().article, text } } as never);
    expect(q.findText('Kyiv ').map((span) => span.text)).toEqual(['Kyiv ']);
    expect(q.findText('Kyiv,').map((span) => span.start)).toEqual([0]);
    expect(q.findText('café').map((span) => span.text)).toEqual(['cafe\u0301', 'caf\u00e9']);
    expect(q.findText('cafe')).toEqual([]);
    expect(q.findText('\u0301')).toEqual([]);
    expect(q.findText('😀😀').map((span) => span.start)).toEqual([text.indexOf('😀'), text.indexOf('😀') + 2]);
    expect(q.findText('\ud83d')).toEqual([]);
    expect(q.findText('aa').length).toBe(3);
  });

  test('5. createQueries reads inherited, getter and non-enumerable fields, and ignores later changes to its input', () => {
    const expected = createQueries(dataset).statementsBy('donald-trump');
    class Getters {
      get article() {
        return dataset.article;
      }
      get actors() {
        return dataset.actors;
      }
      get statements() {
        return dataset.statements;
      }
      get events() {
        return dataset.events;
      }
      get figures() {
        return dataset.figures;
      }
    }
    const hidden = Object.defineProperty({ ...dataset }, 'actors', { value: dataset.actors, enumerable: false });
    for (const input of [Object.create(dataset), new Getters(), hidden]) {
      expect(createQueries(input).statementsBy('donald-trump')).toEqual(expected);
    }
    const own = plainDataset() as unknown as { statements: { about: unknown }[] };
    const q = createQueries(own as never);
    own.statements[0]!.about = null;
    own.statements.length = 0;
    expect(q.statementsAbout('strike-halt').length).toBe(createQueries(dataset).statementsAbout('strike-halt').length);
  });

  test('6. convertFigure rejects results beyond a number and temperatures below absolute zero, and round-trips short decimals', () => {
    const week = getFigure('halt-one-week');
    expect(() => convertFigure({ ...week, value: Number.MAX_VALUE / 2, unit: 'a' }, 'h')).toThrow(RangeError);
    expect(() => convertFigure({ ...week, value: Number.MAX_VALUE / 2, unit: 'a' }, 'h')).toThrow(/^convertFigure: /);
    expect(() => convertFigure({ ...getFigure('kyiv-overnight-minus-10'), value: -300 }, 'K')).toThrow(
      new RangeError('convertFigure: figure.value -300 Cel is below absolute zero (-273.15 Cel)'),
    );
    expect(convertFigure(convertFigure({ ...week, value: 0.1, unit: 'h' }, 'a'), 'h').value).toBe(0.1);
    const durations = ['h', 'd', 'wk', 'mo', 'a'] as const;
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...durations), fc.constantFrom(...durations), (digits, shift, from, to) => {
        const value = digits / 10 ** shift;
        expect(convertFigure(convertFigure({ ...week, value, unit: from }, to), from).value).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  test('7. contextOf and convertFigure never read Object.prototype or inherited fields, and contextOf rejects a span of another text', () => {
    const statement = getStatement('trump-raised-issue-with-putin');
    const expected = contextOf(statement);
    const withChars = contextOf(statement, {});
    Object.assign(Object.prototype, { start: 0, end: 1, chars: 2 });
    expect(contextOf(statement)).toEqual(expected);
    expect(contextOf(statement, {})).toEqual(withChars);
    expect(() => contextOf({ start: 0, end: 7, text: 'Moscow!' })).toThrow(new RangeError('contextOf: span.text "Moscow!" does not match the article at 0..7'));
    expect(() => convertFigure(Object.create(getFigure('halt-one-week')), 'h')).toThrow(
      new TypeError("convertFigure: figure.value is missing (only the figure's own properties are read, not inherited ones)"),
    );
    Object.assign(Object.prototype, { actors: [], statements: [], events: [], figures: [], article: { text: 'polluted' } });
    expect(() => createQueries({} as never)).toThrow(/^createQueries: dataset\.actors must be an array/);
    expect(findText('polluted')).toEqual([]);
  });

  test('8. only http and https URLs, and printable-ASCII unit annotations, pass the schema', () => {
    const article = plainDataset().article;
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/', 'file:///etc/passwd']) {
      expect(schemas.ArticleSchema.safeParse({ ...article, url }).success).toBe(false);
    }
    for (const url of ['https://example.org/news', 'http://example.org/']) expect(schemas.ArticleSchema.safeParse({ ...article, url }).success).toBe(true);
    const figure = structuredClone(getFigure('kyiv-buildings-without-heat'));
    for (const unit of ['{a\nb}', '{a\u0000b}', '{bâtiment}', '{a\u007fb}']) expect(schemas.FigureSchema.safeParse({ ...figure, unit }).success).toBe(false);
    expect(schemas.FigureSchema.safeParse({ ...figure, unit: '{building with heat}' }).success).toBe(true);
  });

  test('10. dataset.json, once required, is one shared mutable object; the dataset export is frozen', () => {
    const require = createRequire(import.meta.url);
    const path = join(import.meta.dirname, '..', 'dist', 'dataset.json');
    const first = require(path) as Dataset<IdSpace>;
    const second = require(path) as Dataset<IdSpace>;
    expect(first).toBe(second);
    expect(Object.isFrozen(first) || Object.isFrozen(first.statements)).toBe(false);
    expect(Object.isFrozen(dataset) && Object.isFrozen(dataset.statements[0])).toBe(true);
  });
});
