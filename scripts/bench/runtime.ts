/**
 * Loads the built package, and times `DatasetSchema` against a hand-written guard on a synthetic
 * corpus (query scaling is in `scaling.ts`). Every figure is a ratio of medians from one
 * interleaved run.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Main from '../../src/index.js';
import type * as Schema from '../../src/schema/index.js';
import type * as Scorer from '../../src/score.js';
import type * as Exporters from '../../src/export.js';
import type { Dataset, IdSpace } from '../../src/model/types.js';
import { corruptions, synthesize, type Corpus } from './corpus.js';
import { isDataset } from './guard.js';
import { root } from './paths.js';
import { consume, interleave, median } from './timing.js';

/** The built main entry, `./schema`, `./score` and `./export`, typed by their sources, and the records read from dataset.json (a plain copy). */
export async function loadBuilt(): Promise<{
  readonly main: typeof Main;
  readonly schema: typeof Schema;
  readonly scorer: typeof Scorer;
  readonly exporters: typeof Exporters;
  readonly base: Dataset<IdSpace>;
}> {
  const load = async (file: string): Promise<unknown> => import(pathToFileURL(join(root, 'dist', file)).href);
  const main = (await load('index.js')) as typeof Main;
  const schema = (await load('schema.js')) as typeof Schema;
  const scorer = (await load('score.js')) as typeof Scorer;
  const exporters = (await load('export.js')) as typeof Exporters;
  const base = JSON.parse(readFileSync(join(root, 'dist', 'dataset.json'), 'utf8')) as Dataset<IdSpace>;
  return { main, schema, scorer, exporters, base };
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
