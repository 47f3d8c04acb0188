/**
 * Reaching records without knowing their ids: by what people call an actor, by a place in the
 * text, by words; runtime id guards; unit codes suggested in errors; Date windows.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  actorIds,
  actors,
  article,
  convertFigure,
  createQueries,
  dataset,
  eventIds,
  events,
  eventsBetween,
  figureIds,
  figures,
  timexes,
  findActor,
  findActors,
  findText,
  getFigure,
  isActorId,
  isEventId,
  isFigureId,
  isRecordId,
  isStatementId,
  recordIds,
  recordsAt,
  search,
  statementIds,
  statements,
  timeline,
  type AnyRecord,
  type Unit,
} from '../src/index.js';
import { wordsOf } from '../src/queries/search.js';

const everyRecord: readonly AnyRecord[] = [...actors, ...statements, ...events, ...figures, ...timexes];
const ids = (records: readonly { readonly id: string }[]) => records.map((record) => record.id);

describe('findActor and findActors', () => {
  test('an id, a QID, a name and an alias each resolve, whatever the case, diacritics and spacing', () => {
    expect(findActor('dmitry-peskov')?.id).toBe('dmitry-peskov');
    expect(findActor('Q3874799')?.id).toBe('volodymyr-zelenskyy');
    expect(findActor('q3874799')?.id).toBe('volodymyr-zelenskyy');
    expect(findActor('  VITALY   klitschko ')?.id).toBe('vitaly-klitschko');
    expect(findActor('Zélenskyy')?.id).toBe('volodymyr-zelenskyy');
    expect(findActor('trump')?.id).toBe('donald-trump');
  });

  test('a word the article uses for several actors gives all of them, the best match first', () => {
    expect(ids(findActors('Kyiv'))).toEqual(['kyiv', 'ukrainian-government']);
    expect(findActor('Kyiv')?.id).toBe('kyiv');
    const washington = ids(findActors('Washington'));
    expect(washington[0]).toBe('washington');
    expect(washington).toContain('us-government');
  });

  test('every actor is found by its id, its name and each of its aliases', () => {
    const missed = actors.flatMap((actor) =>
      [actor.id, actor.name, ...actor.aliases].filter((ref) => !findActors(ref).includes(actor)).map((ref) => `${actor.id} by ${JSON.stringify(ref)}`),
    );
    expect(missed).toEqual([]);
    expect(actors.filter((actor) => findActor(actor.id) !== actor).map((actor) => actor.id)).toEqual([]);
  });

  test('unknown words and prototype keys give undefined or []', () => {
    for (const ref of ['nobody', '__proto__', 'constructor', 'hasOwnProperty', '', ' ']) {
      expect(findActor(ref), ref).toBeUndefined();
      expect(findActors(ref), ref).toEqual([]);
    }
    expect(findActors(42 as unknown as string)).toEqual([]);
  });
});

describe('recordsAt', () => {
  test('a span found by findText leads back to the records whose evidence holds it', () => {
    const [span] = findText('454 apartment buildings');
    expect(span).toBeDefined();
    const found = ids(recordsAt(span as NonNullable<typeof span>));
    expect(found).toContain('kyiv-buildings-without-heat');
    expect(found).toContain('klitschko-buildings-without-heat');
    expect(found).toContain('kyiv-heating-outage');
  });

  test('agrees with a naive scan of every evidence span, for random offsets and spans', () => {
    const naive = (from: number, to: number) =>
      everyRecord
        .map((record, position) => ({ record, position, first: Math.min(...record.evidence.filter((s) => s.start < to && s.end > from).map((s) => s.start)) }))
        .filter(({ first }) => Number.isFinite(first))
        .sort((a, b) => a.first - b.first || a.position - b.position)
        .map(({ record }) => record.id);
    const length = article.text.length;
    fc.assert(
      fc.property(fc.nat(length), fc.nat(length), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(ids(recordsAt({ start, end }))).toEqual(naive(start, start === end ? start + 1 : end));
        if (start < length) expect(ids(recordsAt(start))).toEqual(naive(start, start + 1));
      }),
      { numRuns: 300 },
    );
  });

  test('results are frozen and in text order', () => {
    const found = recordsAt({ start: 0, end: article.text.length });
    expect(Object.isFrozen(found)).toBe(true);
    expect(new Set(found).size).toBe(everyRecord.length);
    expect(ids(recordsAt(article.text.length))).toEqual([]);
  });

  test('a bad offset or span gives a RangeError naming the value; other values a TypeError', () => {
    expect(() => recordsAt(-1)).toThrow(new RangeError(`recordsAt: an offset must be an integer from 0 to ${article.text.length}, got number -1`));
    expect(() => recordsAt(1.5)).toThrow(RangeError);
    expect(() => recordsAt(article.text.length + 1)).toThrow(RangeError);
    expect(() => recordsAt({ start: 5, end: 2 })).toThrow(/start number 5 and end number 2/);
    expect(() => recordsAt({ start: 0, end: 7, text: 'Kremlim' })).toThrow(/"Kremlim" is not the article's text at 0\.\.7/);
    expect(() => recordsAt('7' as unknown as number)).toThrow(new TypeError('recordsAt: expected an offset or a span, got "7"'));
    const inherited = Object.create({ start: 0, end: 7 }) as { start: number; end: number };
    expect(() => recordsAt(inherited)).toThrow(RangeError);
  });
});

describe('search', () => {
  test('finds exactly the records where every word of the query appears, in any searched field', () => {
    const fieldsOf = (record: AnyRecord): string => {
      const own = 'name' in record ? [record.name, ...record.aliases] : 'speaker' in record ? [record.text, record.cue ?? ''] : 'summary' in record ? [record.summary] : 'measures' in record ? [record.measures, record.countOf ?? ''] : [record.type, record.value];
      return [record.id, ...own, ...record.evidence.map((span) => span.text)].join(' ');
    };
    const vocabulary = [...new Set(everyRecord.flatMap((record) => wordsOf(fieldsOf(record))))].sort();
    fc.assert(
      fc.property(fc.subarray(vocabulary, { minLength: 1, maxLength: 3 }), (words) => {
        const expected = everyRecord.filter((record) => {
          const have = new Set(wordsOf(fieldsOf(record)));
          return words.every((word) => have.has(word));
        });
        expect(new Set(search(words.join(' ')))).toEqual(new Set(expected));
      }),
      { numRuns: 300 },
    );
  });

  test('case, diacritics and punctuation do not matter, and the ranking does not depend on word order', () => {
    expect(search('ZELENSKYY telegram')).toEqual(search('telegram, zelenskyy!'));
    expect(search('Zélenskyy')).toEqual(search('zelenskyy'));
    expect(ids(search('strike-halt'))[0]).toBe('strike-halt');
  });

  test('names rank above descriptions, which rank above evidence', () => {
    expect(ids(search('Peskov'))[0]).toBe('dmitry-peskov');
    // "pause" is in three statements' text and one event's summary, and only in the evidence of two events.
    expect(ids(search('pause')).slice(-2)).toEqual(['strike-halt', 'putin-agrees-to-halt']);
    expect(ids(search('pause')).slice(0, 3)).toEqual(['trump-putin-agreed', 'myhovych-two-days-not-a-big-help', 'myhovych-putin-small-pause']);
  });

  test('a query with no words, or that is not a string, gives []', () => {
    expect(search('')).toEqual([]);
    expect(search(' ,;! ')).toEqual([]);
    expect(search('__proto__')).toEqual([]);
    expect(search(undefined as unknown as string)).toEqual([]);
  });
});

describe('id guards', () => {
  test('each guard accepts exactly its kind of id', () => {
    const guards = [
      [isActorId, actorIds],
      [isStatementId, statementIds],
      [isEventId, eventIds],
      [isFigureId, figureIds],
      [isRecordId, recordIds],
    ] as const;
    for (const [guard, own] of guards) {
      expect(recordIds.filter((id) => guard(id)), guard.name).toEqual([...own]);
      for (const value of ['', '__proto__', 'toString', 'Donald-Trump', ' strike-halt', null, undefined, 1, {}, ['strike-halt']]) {
        expect(guard(value), `${guard.name}(${String(value)})`).toBe(false);
      }
    }
  });
});

describe('errors that help', () => {
  test.each([
    ['degF', '[degF]'],
    ['°C', 'Cel'],
    ['celsius', 'Cel'],
    ['F', '[degF]'],
    ['days', 'd'],
    ['week', 'wk'],
    ['per hour', '/h'],
  ])('convertFigure suggests %j for %j', (code, suggestion) => {
    expect(() => convertFigure(getFigure('kyiv-overnight-minus-10'), code as Unit)).toThrow(`did you mean ${JSON.stringify(suggestion)}?`);
  });

  test('an unknown unit lists the codes convertFigure converts', () => {
    expect(() => convertFigure(getFigure('halt-one-week'), 'fortnight' as Unit)).toThrow(/Its codes are Cel, \[degF\], K, h, d, wk, mo, a, \/h, \/d/);
  });
});

describe('Date windows', () => {
  test('eventsBetween takes Dates as UTC calendar days, with the same result as the ISO strings', () => {
    const late = new Date('2026-01-29T23:59:59.999Z');
    expect(eventsBetween(new Date('2026-01-29T00:00:00Z'), late)).toEqual(eventsBetween('2026-01-29', '2026-01-29'));
    expect(eventsBetween(new Date('2026-01-24T12:00:00Z'), '2026-01-25')).toEqual(eventsBetween('2026-01-24', '2026-01-25'));
    expect(() => eventsBetween(new Date(Number.NaN), '2026-01-29')).toThrow(
      new RangeError('eventsBetween: from must be a YYYY-MM-DD calendar date or a valid Date, got a value of type object'),
    );
    const fake = Object.create(Date.prototype) as Date;
    expect(() => eventsBetween(fake, '2026-01-29')).toThrow(RangeError);
  });

  test('timeline keeps the entries whose days overlap a window, open at either end', () => {
    const all = timeline();
    expect(timeline(undefined, undefined)).toBe(all);
    const window = timeline('2026-01-29', new Date('2026-01-29T10:00:00Z'));
    expect(window.map((entry) => entry.event)).toEqual(all.map((entry) => entry.event).filter((event) => eventsBetween('2026-01-29', '2026-01-29').includes(event)));
    expect(timeline('2026-02-02').length).toBeLessThan(all.length);
    expect(timeline(undefined, '2021-12-31').map((entry) => entry.event.id)).toEqual(['strike-halt']);
    expect(() => timeline('2026-02-02', '2026-02-01')).toThrow(RangeError);
    expect(() => timeline('tomorrow')).toThrow(/^timeline: from must be/);
  });
});

describe('createQueries', () => {
  test('binds the new helpers to a dataset like the top-level ones', () => {
    const queries = createQueries(dataset);
    expect(queries.findActors('Kyiv')).toEqual(findActors('Kyiv'));
    expect(queries.findActor('peskov')).toEqual(findActor('peskov'));
    expect(queries.recordsAt(1500)).toEqual(recordsAt(1500));
    expect(queries.search('halt Kyiv')).toEqual(search('halt Kyiv'));
    const mine = createQueries({ ...dataset, actors: dataset.actors.filter((actor) => actor.id !== 'kyiv') });
    expect(ids(mine.findActors('Kyiv'))).toEqual(['ukrainian-government']);
  });
});
