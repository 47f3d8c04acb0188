import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  accountsOf,
  actorIds,
  contextOf,
  convertFigure,
  createQueries,
  dataset,
  eventIds,
  eventsBetween,
  eventsInvolving,
  figureIds,
  figuresAbout,
  figuresByUnit,
  findText,
  getActor,
  getEvent,
  getFigure,
  getRecord,
  getStatement,
  mentionsOf,
  statementIds,
  statementsAbout,
  statementsBy,
  timeline,
} from '../src/index.js';
import type { Dataset, Figure, IdSpace, Unit } from '../src/index.js';
import { deepFreeze } from '../src/util/freeze.js';
import { anyId, datasetArbitrary, isoDate, isoWindow, spanOf, unit } from './helpers/arbitraries.js';
import { naiveCharsContext, naiveSentenceContext, reference } from './helpers/reference.js';
import { askEveryIdHelper } from './helpers/ask.js';

const RUNS = { numRuns: 1000 } as const;


describe('on random datasets, every helper agrees with a plain filter over the arrays', () => {
  test('each lookup returns the first record with the id, or undefined', () => {
    fc.assert(
      fc.property(datasetArbitrary, anyId, (data, id) => {
        const [q, r] = [createQueries(data), reference(data)];
        expect(q.getActor(id)).toEqual(r.getActor(id));
        expect(q.getStatement(id)).toEqual(r.getStatement(id));
        expect(q.getEvent(id)).toEqual(r.getEvent(id));
        expect(q.getFigure(id)).toEqual(r.getFigure(id));
        expect(q.getTimex(id)).toEqual(r.getTimex(id));
        expect(q.getRecord(id)).toEqual(r.getRecord(id));
      }),
      RUNS,
    );
  });

  test('statementsBy, statementsAbout, eventsInvolving and figuresAbout return exactly the filtered records in order', () => {
    fc.assert(
      fc.property(datasetArbitrary, anyId, (data, id) => {
        const [q, r] = [createQueries(data), reference(data)];
        expect(q.statementsBy(id)).toEqual(r.statementsBy(id));
        expect(q.statementsAbout(id)).toEqual(r.statementsAbout(id));
        expect(q.eventsInvolving(id)).toEqual(r.eventsInvolving(id));
        expect(q.figuresAbout(id)).toEqual(r.figuresAbout(id));
      }),
      RUNS,
    );
  });

  test('mentionsOf returns the first matching actor’s evidence and accountsOf resolves every account', () => {
    fc.assert(
      fc.property(datasetArbitrary, anyId, (data, id) => {
        const [q, r] = [createQueries(data), reference(data)];
        expect(q.mentionsOf(id)).toEqual(r.mentionsOf(id));
        const [accounts, expected] = [q.accountsOf(id), r.accountsOf(id)];
        expect(accounts).toEqual(expected);
      }),
      RUNS,
    );
  });

  test('figuresByUnit returns exactly the figures in that unit', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.oneof(unit, anyId), (data, code) => {
        expect(createQueries(data).figuresByUnit(code as Unit)).toEqual(reference(data).figuresByUnit(code));
      }),
      RUNS,
    );
  });

  test('eventsBetween returns exactly the events whose day range overlaps the window, in record order', () => {
    const window = fc.oneof(isoWindow, fc.constant(['2000-01-01', '2099-12-31'] as const), isoDate.map((d) => [d, d] as const));
    fc.assert(
      fc.property(datasetArbitrary, window, (data, [from, to]) => {
        const q = createQueries(data);
        expect(q.eventsBetween(from, to)).toEqual(reference(data).eventsBetween(from, to));
      }),
      RUNS,
    );
  });

  test('eventsBetween grows with the window: every event in a window is in any window around it', () => {
    fc.assert(
      fc.property(datasetArbitrary, isoWindow, isoWindow, (data, [a, b], [c, d]) => {
        const q = createQueries(data);
        const [outer, inner] = [[a < c ? a : c, b > d ? b : d] as const, [a, b] as const];
        const wide = new Set(q.eventsBetween(...outer));
        expect(q.eventsBetween(...inner).filter((event) => !wide.has(event))).toEqual([]);
      }),
      RUNS,
    );
  });

  test('timeline lists every dated event by first day, last day, then record order', () => {
    fc.assert(
      fc.property(datasetArbitrary, (data) => {
        const [actual, expected] = [createQueries(data).timeline(), reference(data).timeline()];
        expect(actual).toEqual(expected);
      }),
      RUNS,
    );
  });

  test('findText finds every occurrence a character-by-character scan finds', () => {
    const query = datasetArbitrary.chain((data) =>
      fc.tuple(
        fc.constant(data),
        fc.oneof(
          spanOf(data.article.text).map((span) => span.text),
          spanOf(data.article.text).map((span) => span.text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ')),
          spanOf(data.article.text).map((span) => span.text.replace(/'/g, '’').replace(/ /g, '\u00a0')),
          fc.constantFrom("Don't", 'Don’t', 'U.S.', ' Ab ', 'cd Ef', '"', '“', "'", '', '   '),
        ),
      ),
    );
    fc.assert(
      fc.property(query, ([data, words]) => {
        expect(createQueries(data).findText(words)).toEqual(reference(data).findText(words));
      }),
      RUNS,
    );
  });

  test('contextOf returns the sentences around a span, as a walk outwards character by character finds them', () => {
    const input = datasetArbitrary.chain((data) => fc.tuple(fc.constant(data), spanOf(data.article.text)));
    fc.assert(
      fc.property(input, ([data, span]) => {
        const context = createQueries(data).contextOf(span);
        expect(context).toEqual(naiveSentenceContext(data.article.text, span));
        expect(context.start <= span.start && span.end <= context.end).toBe(true);
      }),
      RUNS,
    );
  });

  test('contextOf with chars returns that many characters each side, clamped to the text', () => {
    const input = datasetArbitrary.chain((data) => fc.tuple(fc.constant(data), spanOf(data.article.text), fc.nat({ max: 80 })));
    fc.assert(
      fc.property(input, ([data, span, chars]) => {
        expect(createQueries(data).contextOf(span, { chars })).toEqual(naiveCharsContext(data.article.text, span, chars));
      }),
      RUNS,
    );
  });

  test('no helper changes the dataset it reads, even when every part of it is frozen', () => {
    fc.assert(
      fc.property(datasetArbitrary, anyId, isoWindow, (data, id, [from, to]) => {
        const before = structuredClone(data);
        const frozen = deepFreeze(structuredClone(data));
        for (const target of [data, frozen]) {
          const q = createQueries(target);
          askEveryIdHelper(q, id);
          q.eventsBetween(from, to);
          q.timeline();
          q.figuresByUnit(id as Unit);
          q.findText(id);
          for (const figure of target.figures) {
            try {
              q.convertFigure(figure, 'd');
            } catch (error) {
              if (!(error instanceof RangeError)) throw error;
            }
          }
          for (const record of [...target.actors, ...target.statements]) q.contextOf(record);
        }
        expect(data).toEqual(before);
        expect(frozen).toEqual(before);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Conversions written independently of the package, through kelvins, days and events per hour. */
const toBase: Readonly<Record<string, readonly [string, (x: number) => number, (x: number) => number]>> = {
  Cel: ['t', (x) => x + 273.15, (x) => x - 273.15],
  '[degF]': ['t', (x) => ((x + 459.67) * 5) / 9, (x) => (x * 9) / 5 - 459.67],
  K: ['t', (x) => x, (x) => x],
  h: ['d', (x) => x / 24, (x) => x * 24],
  d: ['d', (x) => x, (x) => x],
  wk: ['d', (x) => x * 7, (x) => x / 7],
  mo: ['d', (x) => x * 30.4375, (x) => x / 30.4375],
  a: ['d', (x) => x * 365.25, (x) => x / 365.25],
  '/h': ['f', (x) => x, (x) => x],
  '/d': ['f', (x) => x / 24, (x) => x * 24],
};

function close(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describe('convertFigure', () => {
  test('convertFigure agrees with conversion through kelvins, days and events per hour, and throws a RangeError exactly when the units do not convert or a temperature is below absolute zero', () => {
    const figure = datasetArbitrary.filter((data) => data.figures.length > 0).chain((data) => fc.constantFrom(...data.figures));
    fc.assert(
      fc.property(figure, unit, (f: Figure<IdSpace>, to: Unit) => {
        const [from, target] = [toBase[f.unit], toBase[to]];
        if (f.unit !== to && (from === undefined || target === undefined || from[0] !== target[0])) {
          expect(() => convertFigure(f, to)).toThrow(RangeError);
          return;
        }
        const zero = ({ Cel: -273.15, '[degF]': -459.67, K: 0 } as Readonly<Record<string, number>>)[f.unit];
        const belowAbsoluteZero = zero !== undefined && [f.value, f.min, f.max].some((x) => x !== null && x < zero);
        if (belowAbsoluteZero) {
          expect(() => convertFigure(f, to)).toThrow(/^convertFigure: figure\.(value|min|max) .* is below absolute zero/);
          return;
        }
        const converted = convertFigure(f, to);
        const expected = (x: number | null) => (x === null || f.unit === to ? x : target![2](from![1](x)));
        expect([close(converted.value, expected(f.value)), close(converted.min, expected(f.min)), close(converted.max, expected(f.max))]).toEqual([
          true,
          true,
          true,
        ]);
        expect({ ...converted, value: f.value, min: f.min, max: f.max, unit: f.unit }).toEqual(f);
        expect(converted.unit).toBe(to);
        expect(Object.isFrozen(converted) && Object.isFrozen(converted.notes) && Object.isFrozen(converted.evidence)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('on the real data, the top-level helpers answer exactly as createQueries(dataset) does', () => {
  const bound = createQueries(dataset);
  const ids = fc.constantFrom<string>(...actorIds, ...statementIds, ...eventIds, ...figureIds, 'nobody', '__proto__', 'constructor', '');
  const loose = <T>(helper: T) => helper as unknown as (id: string) => unknown;

  test('every lookup, relation and contextOf answers alike for every real id and for ids no record has', () => {
    fc.assert(
      fc.property(ids, (id) => {
        const pairs: [unknown, unknown][] = [
          [loose(getActor)(id), bound.getActor(id as never)],
          [loose(getStatement)(id), bound.getStatement(id as never)],
          [loose(getEvent)(id), bound.getEvent(id as never)],
          [loose(getFigure)(id), bound.getFigure(id as never)],
          [loose(getRecord)(id), bound.getRecord(id as never)],
          [loose(statementsBy)(id), bound.statementsBy(id as never)],
          [loose(statementsAbout)(id), bound.statementsAbout(id as never)],
          [loose(eventsInvolving)(id), bound.eventsInvolving(id as never)],
          [loose(figuresAbout)(id), bound.figuresAbout(id as never)],
          [loose(mentionsOf)(id), bound.mentionsOf(id as never)],
          [loose(accountsOf)(id), bound.accountsOf(id as never)],
          [loose(figuresByUnit)(id), bound.figuresByUnit(id as never)],
          [findText(id), bound.findText(id)],
        ];
        expect(pairs.filter(([top, own]) => top !== own && JSON.stringify(top) !== JSON.stringify(own))).toEqual([]);
        const record = getRecord(id);
        if (record !== undefined) expect(contextOf(record)).toEqual(bound.contextOf(record));
      }),
      RUNS,
    );
  });

  test('eventsBetween and timeline agree with createQueries and with the plain filter, for random windows', () => {
    const date = fc.date({ min: new Date('2021-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const r = reference(dataset as Dataset<IdSpace>);
    expect(timeline()).toEqual(bound.timeline());
    expect(timeline()).toEqual(r.timeline());
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(eventsBetween(from, to)).toEqual(bound.eventsBetween(from, to));
        expect(eventsBetween(from, to)).toEqual(r.eventsBetween(from, to));
      }),
      RUNS,
    );
  });
});
