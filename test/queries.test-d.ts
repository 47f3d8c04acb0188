import { describe, expectTypeOf, test } from 'vitest';
import {
  accountsOf,
  contextOf,
  convertFigure,
  createQueries,
  dataset,
  eventsBetween,
  eventsInvolving,
  figuresAbout,
  figuresByUnit,
  findText,
  getActor,
  getEvent,
  getFigure,
  getRecord,
  getStatement,
  getTimex,
  mentionsOf,
  statementsAbout,
  statementsBy,
  timeline,
} from '../src/index.js';
import type {
  Actor,
  ActorId,
  AnyRecord,
  ArticleIds,
  Dataset,
  EventId,
  Figure,
  IdSpace,
  NewsEvent,
  Queries,
  RecordId,
  ResolvedAccount,
  Span,
  Statement,
  TimelineEntry,
  Timex,
  Unit,
} from '../src/index.js';

declare const someString: string;

describe('lookups', () => {
  test('a literal id yields the record itself, with no undefined', () => {
    expectTypeOf(getActor('donald-trump')).toEqualTypeOf<Actor>();
    expectTypeOf(getStatement('trump-dont-waste-the-call')).toEqualTypeOf<Statement>();
    expectTypeOf(getEvent('strike-halt')).toEqualTypeOf<NewsEvent>();
    expectTypeOf(getFigure('kyiv-buildings-without-heat')).toEqualTypeOf<Figure>();
    expectTypeOf(getTimex('last-saturday-strikes')).toEqualTypeOf<Timex>();
    expectTypeOf(getActor('donald-trump').name).toEqualTypeOf<string>();
  });

  test('any other string yields the record or undefined', () => {
    expectTypeOf(getActor(someString)).toEqualTypeOf<Actor | undefined>();
    expectTypeOf(getActor('donald-trumpp')).toEqualTypeOf<Actor | undefined>();
    expectTypeOf(getStatement(someString)).toEqualTypeOf<Statement | undefined>();
    expectTypeOf(getEvent(someString)).toEqualTypeOf<NewsEvent | undefined>();
    expectTypeOf(getFigure(someString)).toEqualTypeOf<Figure | undefined>();
    expectTypeOf(getTimex(someString)).toEqualTypeOf<Timex | undefined>();
  });

  test('getRecord narrows to the kind of a literal id', () => {
    expectTypeOf(getRecord('rudolf-myhovych')).toEqualTypeOf<Actor>();
    expectTypeOf(getRecord('trump-putin-agreed')).toEqualTypeOf<Statement>();
    expectTypeOf(getRecord('strike-halt')).toEqualTypeOf<NewsEvent>();
    expectTypeOf(getRecord('halt-one-week')).toEqualTypeOf<Figure>();
    expectTypeOf(getRecord('the-winter')).toEqualTypeOf<Timex>();
    expectTypeOf(getRecord(someString)).toEqualTypeOf<AnyRecord | undefined>();
  });

  test('a lookup only takes strings', () => {
    // @ts-expect-error: an id is a string
    getActor(42);
  });
});

describe('relations take the literal id unions only', () => {
  test('the parameters are the id unions', () => {
    expectTypeOf(statementsBy).parameter(0).toEqualTypeOf<ActorId>();
    expectTypeOf(statementsAbout).parameter(0).toEqualTypeOf<EventId | ActorId>();
    expectTypeOf(eventsInvolving).parameter(0).toEqualTypeOf<ActorId>();
    expectTypeOf(figuresAbout).parameter(0).toEqualTypeOf<RecordId>();
    expectTypeOf(mentionsOf).parameter(0).toEqualTypeOf<ActorId>();
    expectTypeOf(accountsOf).parameter(0).toEqualTypeOf<EventId>();
    expectTypeOf(figuresByUnit).parameter(0).toEqualTypeOf<Unit>();
  });

  test('a real id is accepted', () => {
    expectTypeOf(statementsBy).toBeCallableWith('donald-trump');
    expectTypeOf(statementsAbout).toBeCallableWith('putin-agrees-to-halt');
    expectTypeOf(accountsOf).toBeCallableWith('putin-agrees-to-halt');
    expectTypeOf(figuresAbout).toBeCallableWith('kyiv-heating-outage');
  });

  test('a misspelt id is a compile error', () => {
    // @ts-expect-error: misspelt actor id
    statementsBy('donald-trum');
    // @ts-expect-error: an event id is not an actor id
    statementsBy('strike-halt');
    // @ts-expect-error: misspelt id
    statementsAbout('putin-agrees');
    // @ts-expect-error: misspelt actor id
    eventsInvolving('Kyiv');
    // @ts-expect-error: misspelt record id
    figuresAbout('strike-halts');
    // @ts-expect-error: misspelt actor id
    mentionsOf('myhovych');
    // @ts-expect-error: an actor id is not an event id
    accountsOf('donald-trump');
    // @ts-expect-error: a plain string is not an id
    statementsBy(someString);
    // @ts-expect-error: not a UCUM code this package knows
    figuresByUnit('celsius');
  });

  test('results have the record types', () => {
    expectTypeOf(statementsBy('donald-trump')).toEqualTypeOf<readonly Statement[]>();
    expectTypeOf(eventsInvolving('kyiv')).toEqualTypeOf<readonly NewsEvent[]>();
    expectTypeOf(figuresAbout('strike-halt')).toEqualTypeOf<readonly Figure[]>();
    expectTypeOf(mentionsOf('kyiv')).toEqualTypeOf<readonly Span[]>();
    expectTypeOf(accountsOf('strike-halt')).toEqualTypeOf<readonly ResolvedAccount[]>();
    expectTypeOf(accountsOf('strike-halt')[0]!.statement).toEqualTypeOf<Statement | null>();
    expectTypeOf(statementsBy('donald-trump')[0]!.speaker).toEqualTypeOf<ActorId>();
  });
});

describe('time, units and text', () => {
  test('eventsBetween, timeline, convertFigure, contextOf and findText take and return the documented types', () => {
    expectTypeOf(eventsBetween).toBeCallableWith('2026-01-29', '2026-01-30');
    expectTypeOf(eventsBetween('2026-01-29', '2026-01-30')).toEqualTypeOf<readonly NewsEvent[]>();
    expectTypeOf(timeline()).toEqualTypeOf<readonly TimelineEntry[]>();
    expectTypeOf(timeline()[0]!.from).toEqualTypeOf<string | null>();
    expectTypeOf(convertFigure(getFigure('halt-one-week'), 'd')).toEqualTypeOf<Figure>();
    expectTypeOf(contextOf(getStatement('trump-putin-agreed'))).toEqualTypeOf<Span>();
    expectTypeOf(contextOf).toBeCallableWith({ start: 0, end: 7, text: 'Kremlin' }, { chars: 20 });
    expectTypeOf(findText('Kyiv')).toEqualTypeOf<readonly Span[]>();
    // @ts-expect-error: not a unit
    convertFigure(getFigure('halt-one-week'), 'days');
    // @ts-expect-error: chars is a number
    contextOf(getStatement('trump-putin-agreed'), { chars: '20' });
  });
});

describe('results are readonly all the way down', () => {
  test('arrays cannot be pushed to or assigned into', () => {
    const said = statementsBy('donald-trump');
    // @ts-expect-error: readonly array
    said.push(said[0]!);
    // @ts-expect-error: readonly index
    said[0] = said[1]!;
  });

  test('nested fields cannot be assigned', () => {
    const trump = getActor('donald-trump');
    // @ts-expect-error: readonly field
    trump.name = 'x';
    // @ts-expect-error: readonly nested field
    trump.roles[0]!.title = 'x';
    // @ts-expect-error: readonly nested array
    trump.evidence.push({ start: 0, end: 1, text: 'K' });
    // @ts-expect-error: readonly span field
    mentionsOf('kyiv')[0]!.start = 1;
    // @ts-expect-error: readonly resolved account
    accountsOf('strike-halt')[0]!.stance = 'denies';
    // @ts-expect-error: readonly statement inside an account
    accountsOf('strike-halt')[0]!.statement!.text = 'x';
    // @ts-expect-error: readonly timeline entry
    timeline()[0]!.event.time!.value = '2026';
    // @ts-expect-error: readonly converted figure
    convertFigure(getFigure('halt-one-week'), 'd').evidence[0]!.text = 'x';
  });
});

describe('createQueries', () => {
  test('createQueries over this dataset keeps the literal ids', () => {
    const q = createQueries(dataset);
    expectTypeOf(q).toEqualTypeOf<Queries<ArticleIds>>();
    expectTypeOf(q.getActor('donald-trump')).toEqualTypeOf<Actor>();
    expectTypeOf(q.getActor(someString)).toEqualTypeOf<Actor | undefined>();
    expectTypeOf(q.getRecord('strike-halt')).toEqualTypeOf<NewsEvent>();
    expectTypeOf(q.statementsBy('donald-trump')).toEqualTypeOf<readonly Statement[]>();
    // @ts-expect-error: misspelt actor id
    q.statementsBy('donald-trum');
  });

  test('createQueries over a Dataset<IdSpace> takes plain strings, and its lookups may miss', () => {
    const own = {} as Dataset<IdSpace>;
    const q = createQueries(own);
    expectTypeOf(q).toEqualTypeOf<Queries<IdSpace>>();
    expectTypeOf(q.getActor(someString)).toEqualTypeOf<Actor<IdSpace> | undefined>();
    expectTypeOf(q.getActor('donald-trump')).toEqualTypeOf<Actor<IdSpace> | undefined>();
    expectTypeOf(q.getRecord(someString)).toEqualTypeOf<AnyRecord<IdSpace> | undefined>();
    expectTypeOf(q.statementsBy).toBeCallableWith(someString);
    expectTypeOf(q.statementsAbout).toBeCallableWith(someString);
    expectTypeOf(q.eventsInvolving).toBeCallableWith(someString);
    expectTypeOf(q.figuresAbout).toBeCallableWith(someString);
    expectTypeOf(q.mentionsOf).toBeCallableWith(someString);
    expectTypeOf(q.accountsOf).toBeCallableWith(someString);
    expectTypeOf(q.statementsBy(someString)).toEqualTypeOf<readonly Statement<IdSpace>[]>();
    expectTypeOf(q.accountsOf(someString)).toEqualTypeOf<readonly ResolvedAccount<IdSpace>[]>();
    // @ts-expect-error: the queries object is readonly
    q.statementsBy = q.statementsAbout;
  });

  test('a dataset made before time expressions were records, without timexes, still type-checks', () => {
    const { timexes: _timexes, ...older } = {} as Dataset<IdSpace>;
    const q = createQueries(older);
    expectTypeOf(q).toEqualTypeOf<Queries<IdSpace>>();
    expectTypeOf(q.getTimex(someString)).toEqualTypeOf<Timex<IdSpace> | undefined>();
  });
});
