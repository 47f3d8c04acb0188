/**
 * Timings of the built package on synthetic corpora: query scaling (`statementsBy`,
 * `eventsBetween` via `createQueries`), index build, and `DatasetSchema` against a hand-written
 * guard. Every figure is a ratio of medians from one interleaved run.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Main from '../../src/index.js';
import type * as Schema from '../../src/schema/index.js';
import type { Dataset, IdSpace } from '../../src/types.js';
import { copyId, corruptions, random, synthesize, type Corpus } from './corpus.js';
import { isDataset } from './guard.js';
import { root } from './paths.js';
import { consume, interleave, median } from './timing.js';

/** The built main entry and `./schema`, typed by their sources. */
export async function loadBuilt(): Promise<{ readonly main: typeof Main; readonly schema: typeof Schema; readonly base: Dataset<IdSpace> }> {
  const main = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof Main;
  const schema = (await import(pathToFileURL(join(root, 'dist', 'schema.js')).href)) as typeof Schema;
  const base = JSON.parse(readFileSync(join(root, 'dist', 'dataset.json'), 'utf8')) as Dataset<IdSpace>;
  return { main, schema, base };
}

export interface Timed {
  /** Median milliseconds per operation. */
  readonly ms: number;
  /** Operations per timed run. */
  readonly ops: number;
  readonly runs: number;
}

function timed(samples: readonly number[], ops: number): Timed {
  return { ms: median(samples) / ops, ops, runs: samples.length };
}

/** `count` full copies of the corpus, seeded (the last copy may be partial, so it is never picked). */
function pickCopies(corpus: Corpus, count: number, seed: number): number[] {
  const next = random(seed);
  const full = corpus.copies - 1;
  if (full < count) throw new Error(`the corpus has ${full} full copies, ${count} wanted`);
  const picked = new Set<number>();
  while (picked.size < count) picked.add(Math.floor(next() * full));
  return [...picked];
}

function sameSizes(label: string, sizes: readonly number[]): number {
  const [first] = sizes;
  if (first === undefined || sizes.some((size) => size !== first)) throw new Error(`${label}: result sizes differ (${sizes.join(', ')})`);
  return first;
}

export interface StatementsByResult {
  readonly corpora: { readonly small: Corpus['counts']; readonly large: Corpus['counts'] };
  /** Statements each query returns, in both corpora. */
  readonly resultSize: number;
  readonly large: Timed;
  readonly small: Timed;
  readonly filter: Timed;
  /** First call on a fresh copy of the large corpus (index build) against one filter pass. */
  readonly build: Timed;
  readonly buildFilter: Timed;
}

/** `statementsBy` at 100,000 statements against 1,000 (same result size) and against a linear `filter`. */
export function benchStatementsBy(main: typeof Main, base: Dataset<IdSpace>, seed: number, rounds: number): StatementsByResult {
  const small = synthesize(base, { seed, statements: 1_000 });
  const large = synthesize(base, { seed: seed + 1, statements: 100_000 });
  const speaker = 'donald-trump';
  const smallIds = Array.from({ length: 16 }, (_, k) => copyId(speaker, k));
  const largeIds = pickCopies(large, 16, seed).map((k) => copyId(speaker, k));
  const [qSmall, qLarge] = [main.createQueries(small.dataset), main.createQueries(large.dataset)];
  const statements = large.dataset.statements;
  const resultSize = sameSizes('statementsBy', [
    ...smallIds.map((id) => qSmall.statementsBy(id).length),
    ...largeIds.map((id) => qLarge.statementsBy(id).length),
    ...largeIds.map((id) => statements.filter((s) => s.speaker === id).length),
  ]);
  const calls = 20_000;
  const filterCalls = 4;
  const times = interleave(
    {
      large: () => {
        let n = 0;
        for (let i = 0; i < calls; i++) n += qLarge.statementsBy(largeIds[i & 15] as string).length;
        consume(n);
      },
      small: () => {
        let n = 0;
        for (let i = 0; i < calls; i++) n += qSmall.statementsBy(smallIds[i & 15] as string).length;
        consume(n);
      },
      filter: () => {
        let n = 0;
        for (let i = 0; i < filterCalls; i++) {
          const id = largeIds[i & 15] as string;
          n += statements.filter((s) => s.speaker === id).length;
        }
        consume(n);
      },
    },
    rounds,
  );
  // The index is cached per array, so each build gets a fresh copy of the array (the records are shared).
  const builds = interleave(
    {
      build: () => consume(main.createQueries({ ...large.dataset, statements: [...statements] }).statementsBy(speaker).length),
      buildFilter: () => consume(statements.filter((s) => s.speaker === speaker).length),
    },
    Math.max(5, Math.ceil(rounds / 3)),
    1,
  );
  return {
    corpora: { small: small.counts, large: large.counts },
    resultSize,
    large: timed(times['large'] ?? [], calls),
    small: timed(times['small'] ?? [], calls),
    filter: timed(times['filter'] ?? [], filterCalls),
    build: timed(builds['build'] ?? [], 1),
    buildFilter: timed(builds['buildFilter'] ?? [], 1),
  };
}

export interface EventsBetweenResult {
  readonly corpora: { readonly small: Corpus['counts']; readonly large: Corpus['counts'] };
  readonly window: readonly [string, string];
  readonly resultSize: number;
  readonly large: Timed;
  readonly small: Timed;
}

/** The fixed window: the week of the article. */
export const WINDOW = ['2026-01-26', '2026-02-01'] as const;

/** `eventsBetween` over a fixed window at 100,000 events against 1,000. */
export function benchEventsBetween(main: typeof Main, base: Dataset<IdSpace>, seed: number, rounds: number): EventsBetweenResult {
  const small = synthesize(base, { seed, events: 1_000 });
  const large = synthesize(base, { seed: seed + 1, events: 100_000 });
  const [qSmall, qLarge] = [main.createQueries(small.dataset), main.createQueries(large.dataset)];
  const [from, to] = WINDOW;
  const resultSize = sameSizes('eventsBetween', [qSmall.eventsBetween(from, to).length, qLarge.eventsBetween(from, to).length]);
  const calls = 2_000;
  const times = interleave(
    {
      large: () => {
        let n = 0;
        for (let i = 0; i < calls; i++) n += qLarge.eventsBetween(from, to).length;
        consume(n);
      },
      small: () => {
        let n = 0;
        for (let i = 0; i < calls; i++) n += qSmall.eventsBetween(from, to).length;
        consume(n);
      },
    },
    rounds,
  );
  return {
    corpora: { small: small.counts, large: large.counts },
    window: WINDOW,
    resultSize,
    large: timed(times['large'] ?? [], calls),
    small: timed(times['small'] ?? [], calls),
  };
}

export interface ValidationResult {
  readonly records: number;
  readonly counts: Corpus['counts'];
  /** Whole `DatasetSchema.safeParse` (shapes and cross-record rules). */
  readonly schema: Timed;
  /** The per-record schemas alone (`ActorSchema`, …, `ArticleSchema`): shapes only. */
  readonly shapes: Timed;
  readonly guard: Timed;
  readonly invalid: { readonly inputs: number; readonly threw: number; readonly rejected: number; readonly accepted: number; readonly firstThrow: string | null };
}

/** `DatasetSchema` on 10,000 synthetic records against the hand-written guard, and `safeParse` on invalid input. */
export function benchValidation(schema: typeof Schema, base: Dataset<IdSpace>, seed: number, rounds: number): ValidationResult {
  const corpus = synthesize(base, { seed, records: 10_000 });
  const data = corpus.dataset;
  if (!schema.DatasetSchema.safeParse(data).success) throw new Error('the synthetic corpus does not pass DatasetSchema');
  if (!isDataset(data)) throw new Error('the synthetic corpus does not pass the hand-written guard');
  const { ActorSchema, ArticleSchema, FigureSchema, NewsEventSchema, StatementSchema } = schema;
  const times = interleave(
    {
      schema: () => consume(schema.DatasetSchema.safeParse(data).success ? 1 : 0),
      shapes: () => {
        let n = ArticleSchema.safeParse(data.article).success ? 1 : 0;
        for (const actor of data.actors) n += ActorSchema.safeParse(actor).success ? 1 : 0;
        for (const statement of data.statements) n += StatementSchema.safeParse(statement).success ? 1 : 0;
        for (const event of data.events) n += NewsEventSchema.safeParse(event).success ? 1 : 0;
        for (const figure of data.figures) n += FigureSchema.safeParse(figure).success ? 1 : 0;
        consume(n);
      },
      guard: () => consume(isDataset(data) ? 1 : 0),
    },
    rounds,
    1,
  );

  const cyclic: Record<string, unknown> = { ...base };
  cyclic['self'] = cyclic;
  const inputs: unknown[] = [
    undefined, null, 0, Number.NaN, '', 'dataset', true, 10n, Symbol('dataset'), () => base, [], {}, [base], new Map(), cyclic,
    Object.create(null), JSON.parse('{"__proto__": {"actors": []}}'), { ...base, actors: null }, { ...base, statements: {} },
    { ...base, article: { ...base.article, text: 5 } }, { ...base, events: [null] }, { ...base, figures: ['x'] },
    ...corruptions(base, 1_000, seed),
  ];
  let threw = 0;
  let rejected = 0;
  let firstThrow: string | null = null;
  for (const input of inputs) {
    try {
      if (!schema.DatasetSchema.safeParse(input).success) rejected++;
    } catch (error) {
      threw++;
      firstThrow ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  }
  const records = corpus.counts.actors + corpus.counts.statements + corpus.counts.events + corpus.counts.figures;
  return {
    records,
    counts: corpus.counts,
    schema: timed(times['schema'] ?? [], 1),
    shapes: timed(times['shapes'] ?? [], 1),
    guard: timed(times['guard'] ?? [], 1),
    invalid: { inputs: inputs.length, threw, rejected, accepted: inputs.length - threw - rejected, firstThrow },
  };
}
