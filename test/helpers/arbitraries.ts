/**
 * fast-check arbitraries for datasets of the package's shape with plain-string ids
 * (`Dataset<IdSpace>`). Ids come from small pools, so relations hit often; references may dangle,
 * and ids may repeat within a kind, so the helpers' documented tie rules get exercised too.
 */
import fc from 'fast-check';
import { isoOfDay } from '../../src/util/calendar.js';
import type {
  Account,
  Actor,
  Article,
  Dataset,
  Figure,
  IdSpace,
  NewsEvent,
  Span,
  Statement,
  TimeValue,
  Timex,
  Unit,
} from '../../src/model/types.js';

export const actorPool = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'] as const;
export const statementPool = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'] as const;
export const eventPool = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6'] as const;
export const figurePool = ['f0', 'f1', 'f2', 'f3', 'f4'] as const;
export const timexPool = ['t0', 't1', 't2', 't3'] as const;
/** Ids no record has, including the keys of `Object.prototype`. */
export const strangerIds = ['zz', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;

/** Every id a random query may ask about: the pools and the strangers. */
export const anyId = fc.constantFrom(...actorPool, ...statementPool, ...eventPool, ...figurePool, ...timexPool, ...strangerIds);

const actorRef = fc.constantFrom<string>(...actorPool, 'a-missing');
const statementRef = fc.constantFrom<string>(...statementPool, 's-missing');
const eventRef = fc.constantFrom<string>(...eventPool, 'e-missing');
const figureRef = fc.constantFrom<string>(...figurePool);

/** Day 20,454 is 2026-01-01; random days fall in the winter of 2025–26. */
const BASE_DAY = 20_454;
export const isoDate = fc.integer({ min: BASE_DAY - 60, max: BASE_DAY + 60 }).map(isoOfDay);

/** A window of two dates with `from <= to`. */
export const isoWindow = fc.tuple(isoDate, isoDate).map(([a, b]): readonly [string, string] => (a <= b ? [a, b] : [b, a]));

/** ISO time values of every shape `rangeOf` knows, plus durations and malformed values. */
export const timeValue: fc.Arbitrary<string> = fc.oneof(
  isoDate,
  isoWindow.map(([a, b]) => `${a}/${b}`),
  isoDate.map((d) => `../${d}`),
  isoDate.map((d) => `${d}/..`),
  fc.integer({ min: 1, max: 10 }).map((w) => `2026-W0${w % 10 || 1}`),
  fc.constantFrom('2025', '2026', '2026-01', '2026-02', '2025-W52', '2025-W53', '2026-W53', '2026-W01/2026-W02', '2025/2026'),
  fc.constantFrom('P1W', 'P2D', 'PT12H', '../..', 'garbage', '2026-02-30', '2026-01-31/2026-01-01', ''),
);

const timeValueRecord: fc.Arbitrary<TimeValue<IdSpace>> = fc.record({
  expression: fc.constant('some time'),
  value: timeValue,
  precision: fc.constantFrom('day', 'week', 'month', 'year'),
  anchor: fc.constantFrom<string>('publication', ...eventPool),
  inferred: fc.boolean(),
});

/** Characters and words that exercise sentence splitting and quote/space folding. */
const textToken = fc.constantFrom(
  'Ab', 'cd', 'Ef', 'gh', 'U.S.', 'Dr.', 'Kyiv', 'said', '3', '.', '. ', '! ', '? ', '…', ',', ' ', ' ', '  ', '\u00a0',
  '\n', '\n\n', '“', '”', '"', "'", '’', '‘', 'Don’t', "Don't", '(', ')',
);

export const articleText = fc.array(textToken, { minLength: 1, maxLength: 60 }).map((tokens) => tokens.join(''));

function spanIn(text: string): fc.Arbitrary<Span> {
  return fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
    .map(([a, b]) => {
      const [start, end] = a <= b ? [a, b] : [b, a];
      return { start, end, text: text.slice(start, end) };
    });
}

const units: readonly Unit[] = ['Cel', '[degF]', 'K', 'h', 'd', 'wk', 'mo', 'a', '/h', '/d', '1', '{building}'];
export const unit = fc.constantFrom(...units);

function actor(text: string): fc.Arbitrary<Actor<IdSpace>> {
  return fc.record({
    id: fc.constantFrom(...actorPool),
    kind: fc.constantFrom('person', 'city', 'country'),
    name: fc.constantFrom('Name A', 'Name B'),
    aliases: fc.constant([]),
    variants: fc.constant([]),
    roles: fc.array(fc.record({ title: fc.constant('title'), of: fc.option(actorRef, { nil: null }) }), { maxLength: 1 }),
    wikidata: fc.constant(null),
    notes: fc.constant([]),
    evidence: fc.array(spanIn(text), { minLength: 1, maxLength: 3 }),
  });
}

function statement(text: string): fc.Arbitrary<Statement<IdSpace>> {
  return fc.record({
    id: fc.constantFrom(...statementPool),
    speaker: actorRef,
    mode: fc.constantFrom('direct', 'indirect'),
    text: fc.constant('words'),
    cue: fc.option(fc.constant('said'), { nil: null }),
    reportedBy: fc.option(actorRef, { nil: null }),
    within: fc.option(statementRef, { nil: null }),
    about: fc.array(fc.oneof(actorRef, eventRef), { maxLength: 4 }),
    time: fc.option(timeValueRecord, { nil: null }),
    channel: fc.option(actorRef, { nil: null }),
    notes: fc.constant([]),
    evidence: fc.array(spanIn(text), { minLength: 1, maxLength: 2 }),
  });
}

const account: fc.Arbitrary<Account<IdSpace>> = fc.record(
  {
    source: fc.option(actorRef, { nil: null }),
    stance: fc.constantFrom('asserts', 'denies', 'does-not-confirm', 'expects'),
    statement: statementRef,
    time: timeValueRecord,
  },
  { requiredKeys: ['source', 'stance'] },
);

function event(text: string): fc.Arbitrary<NewsEvent<IdSpace>> {
  return fc.record({
    id: fc.constantFrom(...eventPool),
    type: fc.constantFrom('meeting', 'weather', 'war'),
    cameo: fc.constant(null),
    summary: fc.constant('Something happens.'),
    participants: fc.array(fc.record({ actor: actorRef, role: fc.constant('party') }), { maxLength: 3 }),
    location: fc.option(actorRef, { nil: null }),
    time: fc.option(timeValueRecord, { nil: null, freq: 4 }),
    status: fc.constantFrom('occurred', 'planned'),
    accounts: fc.array(account, { maxLength: 3 }),
    wikidata: fc.constant(null),
    notes: fc.constant([]),
    evidence: fc.array(spanIn(text), { minLength: 1, maxLength: 2 }),
  });
}

const amount = fc.option(fc.oneof(fc.integer({ min: -500, max: 500 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
  nil: null,
});

function figure(text: string): fc.Arbitrary<Figure<IdSpace>> {
  return fc.record({
    id: fc.constantFrom(...figurePool),
    quantity: fc.constantFrom('count', 'temperature', 'duration', 'frequency'),
    value: amount,
    min: amount,
    max: amount,
    qualifier: fc.constantFrom('exact', 'range'),
    unit,
    unitInferred: fc.boolean(),
    countOf: fc.constant(null),
    measures: fc.constant('something'),
    about: fc.oneof(actorRef, statementRef, eventRef, figureRef),
    source: fc.option(actorRef, { nil: null }),
    notes: fc.constant([{ field: null, text: 'a note' }]),
    evidence: fc.array(spanIn(text), { minLength: 1, maxLength: 2 }),
  });
}

function articleOf(text: string): Article {
  return {
    id: 'random-article',
    headline: 'Headline',
    text,
    language: 'en',
    publishedOn: '2026-01-30',
    publishedOnBasis: 'made up',
    publisher: null,
    url: null,
    author: null,
    sections: [],
    paragraphs: [],
    sha256: '0'.repeat(64),
    notes: [],
    evidence: [{ start: 0, end: Math.min(1, text.length), text: text.slice(0, 1) }],
  };
}

function timex(text: string): fc.Arbitrary<Timex<IdSpace>> {
  return fc.record({
    id: fc.constantFrom(...timexPool),
    type: fc.constantFrom('DATE', 'TIME', 'DURATION', 'SET'),
    value: fc.constantFrom('2026-01-30', 'P1W', 'PXD', 'PAST_REF', 'XXXX-XX-XXTNI'),
    mod: fc.constantFrom(null, 'APPROX'),
    quant: fc.constantFrom(null, 'EVERY'),
    freq: fc.constant(null),
    anchor: fc.constantFrom<string | null>(null, 'dct', ...timexPool),
    temporalFunction: fc.boolean(),
    notes: fc.constant([]),
    evidence: fc.array(spanIn(text), { minLength: 1, maxLength: 1 }),
  });
}

/** A random dataset with plain-string ids. */
export const datasetArbitrary: fc.Arbitrary<Dataset<IdSpace>> = articleText.chain((text) =>
  fc.record({
    article: fc.constant(articleOf(text)),
    actors: fc.array(actor(text), { maxLength: 8 }),
    statements: fc.array(statement(text), { maxLength: 12 }),
    events: fc.array(event(text), { maxLength: 30 }),
    figures: fc.array(figure(text), { maxLength: 8 }),
    timexes: fc.array(timex(text), { maxLength: 6 }),
  }),
);

/** A random span of a dataset's text, for the text helpers. */
export function spanOf(text: string): fc.Arbitrary<Span> {
  return spanIn(text);
}
