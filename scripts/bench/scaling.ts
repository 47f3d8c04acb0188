/**
 * How the indexed helpers scale, from 1,000 to 1,000,000 records: `statementsBy` queried with
 * seeded random speaker ids against a linear `filter` (warmed, over the records in the order they
 * were made, its best case), and `eventsBetween` over a fixed window. The corpora are lean copies
 * of the real records (only the fields the helper reads are rewritten per copy), so a million of
 * them fit in memory; `scripts/bench/corpus.ts` builds the full, schema-valid corpora the
 * validation bench needs.
 *
 * @module
 */
import type * as Main from '../../src/index.js';
import type { Dataset, IdSpace, NewsEvent, Statement } from '../../src/model/types.js';
import { copyId, monologue, random, shiftTimeValue } from './corpus.js';
import { consume, interleave, median } from './timing.js';

/** The corpus sizes, smallest first. */
export const SIZES = [1_000, 10_000, 100_000, 1_000_000] as const;

export interface PerCall {
  /** Median milliseconds per call. */
  readonly ms: number;
  readonly calls: number;
  readonly runs: number;
}

function perCall(samples: readonly number[] | undefined, calls: number): PerCall {
  return { ms: median(samples ?? []) / calls, calls, runs: samples?.length ?? 0 };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `count` statements: copy `k` of every real statement, with its id and speaker suffixed `-c<k>`, in the order they were made. */
export function leanStatements(base: Dataset<IdSpace>, count: number): Statement<IdSpace>[] {
  const out: Statement<IdSpace>[] = [];
  for (let k = 0; out.length < count; k++) {
    for (const statement of base.statements) {
      if (out.length === count) break;
      out.push({ ...statement, id: copyId(statement.id, k), speaker: copyId(statement.speaker, k) });
    }
  }
  return out;
}

/** How far, in copies (about a week each), every copy but the first moves: ten years, clear of the article's dates. */
const CLEAR = 520;

/**
 * `count` events: copy `k` of every real event, with its id suffixed and, for `k > 0`, its time
 * moved `CLEAR + k` copies as in `corpus.ts` (open starts earlier, everything else later). Only the
 * real events then fall in a window around the article's dates, at any size.
 */
export function leanEvents(base: Dataset<IdSpace>, count: number): NewsEvent<IdSpace>[] {
  const out: NewsEvent<IdSpace>[] = [];
  for (let k = 0; out.length < count; k++) {
    for (const event of base.events) {
      if (out.length === count) break;
      const time = event.time && { ...event.time, value: shiftTimeValue(event.time.value, k === 0 ? 0 : CLEAR + k) };
      out.push({ ...event, id: copyId(event.id, k), time });
    }
  }
  return out;
}

export interface StatementsByScaling {
  readonly sizes: readonly number[];
  /** Distinct random speaker ids queried at every size, and the statements they return in total (the same at every size). */
  readonly queries: number;
  readonly returned: number;
  /** `statementsBy` per call, by size. */
  readonly indexed: readonly PerCall[];
  /** A linear `filter` per call, by size. */
  readonly filter: readonly PerCall[];
  /** `statementsBy` per call at the largest size, cycling through 16 of the random ids only. */
  readonly repeated: PerCall;
  /** Building the index (the first call on a fresh array) at the largest size, against one filter pass there. */
  readonly build: PerCall;
  readonly buildFilter: PerCall;
}

/**
 * `statementsBy` at every size, with the same seeded sequence of speakers: each query names a
 * real speaker in a random full copy, so every size returns the same statements in total.
 */
export function benchStatementsByScaling(main: typeof Main, base: Dataset<IdSpace>, seed: number, rounds: number, log: (message: string) => void): StatementsByScaling {
  const speakers = [...new Set(base.statements.map((statement) => statement.speaker))].sort();
  const queries = 1_024;
  const pickSpeaker = random(seed);
  const bases = Array.from({ length: queries }, () => speakers[Math.floor(pickSpeaker() * speakers.length)] as string);
  const perSpeaker = new Map(speakers.map((speaker) => [speaker, base.statements.filter((statement) => statement.speaker === speaker).length]));
  const returned = bases.reduce((sum, speaker) => sum + (perSpeaker.get(speaker) ?? 0), 0);

  const cases: Record<string, () => void> = {};
  const corpora = SIZES.map((size, index) => {
    log(`  ${size.toLocaleString('en-US')} statements…`);
    const ordered = leanStatements(base, size);
    const records = shuffled(ordered, seed + index);
    const q = createQueriesOver(main, base, records);
    const fullCopies = Math.floor(size / base.statements.length);
    const pickCopy = random(seed + 100 + index);
    const ids = bases.map((speaker) => copyId(speaker, Math.floor(pickCopy() * fullCopies)));
    const got = ids.reduce((sum, id) => sum + q.statementsBy(id).length, 0);
    if (got !== returned) throw new Error(`statementsBy at ${size}: the queries returned ${got} statements, expected ${returned}`);
    const filterCalls = Math.max(1, Math.round(4_000_000 / size));
    const calls = 20_000;
    cases[`indexed ${size}`] = () => {
      let n = 0;
      for (let i = 0; i < calls; i++) n += q.statementsBy(ids[i & (queries - 1)] as string).length;
      consume(n);
    };
    if (index === SIZES.length - 1) {
      // The same calls cycling through 16 of the ids: what a benchmark with few repeated ids would show.
      cases['repeated'] = () => {
        let n = 0;
        for (let i = 0; i < calls; i++) n += q.statementsBy(ids[i & 15] as string).length;
        consume(n);
      };
    }
    cases[`filter ${size}`] = () => {
      let n = 0;
      for (let i = 0; i < filterCalls; i++) {
        const id = ids[i & (queries - 1)] as string;
        n += ordered.filter((statement) => statement.speaker === id).length;
      }
      consume(n);
    };
    return { size, ordered, records, calls, filterCalls };
  });
  log('  timing, interleaved…');
  const times = interleave(cases, rounds);
  const largest = corpora[corpora.length - 1] as (typeof corpora)[number];
  const speaker = copyId(bases[0] as string, 0);
  const builds = interleave(
    {
      build: () => consume(createQueriesOver(main, base, [...largest.records]).statementsBy(speaker).length),
      buildFilter: () => consume(largest.ordered.filter((statement) => statement.speaker === speaker).length),
    },
    // Each build at a million records walks them all (createQueries checks every record's shape): a few rounds suffice.
    3,
    1,
  );
  return {
    sizes: [...SIZES],
    queries,
    returned,
    indexed: corpora.map(({ size, calls }) => perCall(times[`indexed ${size}`], calls)),
    filter: corpora.map(({ size, filterCalls }) => perCall(times[`filter ${size}`], filterCalls)),
    repeated: perCall(times['repeated'], largest.calls),
    build: perCall(builds['build'], 1),
    buildFilter: perCall(builds['buildFilter'], 1),
  };
}

export interface EventsBetweenScaling {
  readonly sizes: readonly number[];
  readonly window: readonly [string, string];
  /** Events the window returns, the same at every size. */
  readonly returned: number;
  readonly indexed: readonly PerCall[];
}

/** The fixed window: the week of the article. */
export const WINDOW = ['2026-01-26', '2026-02-01'] as const;

/** `eventsBetween` over a fixed window at every size (copies move 7 days each, open intervals away from the window). */
export function benchEventsBetweenScaling(main: typeof Main, base: Dataset<IdSpace>, seed: number, rounds: number, log: (message: string) => void): EventsBetweenScaling {
  const [from, to] = WINDOW;
  const cases: Record<string, () => void> = {};
  const sizes: number[] = [];
  let returned: number | undefined;
  SIZES.forEach((size, index) => {
    log(`  ${size.toLocaleString('en-US')} events…`);
    const events = shuffled(leanEvents(base, size), seed + index);
    const queries = main.createQueries({ ...base, events });
    const count = queries.eventsBetween(from, to).length;
    if (returned !== undefined && count !== returned) throw new Error(`eventsBetween at ${size}: ${count} events, expected ${returned} as at the smaller sizes`);
    returned = count;
    sizes.push(size);
    const calls = 2_000;
    cases[`${size}`] = () => {
      let n = 0;
      for (let i = 0; i < calls; i++) n += queries.eventsBetween(from, to).length;
      consume(n);
    };
  });
  const times = interleave(cases, rounds);
  return { sizes, window: WINDOW, returned: returned ?? 0, indexed: sizes.map((size) => perCall(times[`${size}`], 2_000)) };
}

function createQueriesOver(main: typeof Main, base: Dataset<IdSpace>, statements: readonly Statement<IdSpace>[]): ReturnType<typeof Main.createQueries<IdSpace>> {
  return main.createQueries<IdSpace>({ ...base, statements });
}

/** The sizes of the monologue benches: 40,000 statements against 10,000 (near-linear ≈ 4×, quadratic ≈ 16×). */
export const MONOLOGUE_SIZES = [10_000, 40_000] as const;

export interface MonologueScaling {
  readonly sizes: readonly number[];
  /** Milliseconds per call (median), by case and size. */
  readonly ms: Readonly<Record<string, readonly number[]>>;
  readonly runs: number;
}

/**
 * Each case on monologue corpora (corpus.ts: the real dataset plus n statements by one speaker,
 * each with a mention of him, none inside an attribution) of each of {@link MONOLOGUE_SIZES}
 * statements; with `aliasVariants`, the speaker also has n more aliases. The cases run
 * interleaved, each call once per round.
 */
export function benchMonologueScaling(
  cases: Readonly<Record<string, { readonly aliasVariants: boolean; readonly run: (dataset: Dataset<IdSpace>) => number }>>,
  base: Dataset<IdSpace>,
  rounds: number,
  log: (message: string) => void,
): MonologueScaling {
  const timed: Record<string, () => void> = {};
  for (const size of MONOLOGUE_SIZES) {
    log(`  ${size.toLocaleString('en-US')} statements by one speaker…`);
    for (const aliasVariants of [false, true]) {
      const dataset = monologue(base, size, { aliasVariants });
      for (const [name, { aliasVariants: wants, run }] of Object.entries(cases)) {
        if (wants !== aliasVariants) continue;
        run(dataset);
        timed[`${name} ${size}`] = () => consume(run(dataset));
      }
    }
  }
  log('  timing, interleaved…');
  const times = interleave(timed, rounds, 0);
  const ms = Object.fromEntries(Object.keys(cases).map((name) => [name, MONOLOGUE_SIZES.map((size) => median(times[`${name} ${size}`] ?? []))]));
  return { sizes: [...MONOLOGUE_SIZES], ms, runs: rounds };
}

/** The sizes `score` is timed at: gold units (and as many predictions), smallest first. */
export const SCORE_SIZES = [10_000, 40_000] as const;

/**
 * A synthetic gold of `count` actor mentions (one sentence each, 100 actors taking turns) and a
 * prediction of as many entries, by offsets: every other one the gold mention, the others a
 * stretch of the same sentence that overlaps no mention. The old all-pairs alignment compared
 * every gold unit with every prediction; an index compares only the overlapping pairs.
 */
export function scoreCorpus(base: Dataset<IdSpace>, count: number): { readonly gold: Dataset<IdSpace>; readonly prediction: Record<string, unknown> } {
  const parts: string[] = [];
  const mentions: { start: number; end: number; text: string; actor: number }[] = [];
  let length = 0;
  for (let i = 0; i < count; i++) {
    const name = `Actor${i % 100}`;
    const sentence = `${name} said that the figures were late. `;
    mentions.push({ start: length, end: length + name.length, text: name, actor: i % 100 });
    parts.push(sentence);
    length += sentence.length;
  }
  const text = parts.join('');
  const actors = Array.from({ length: 100 }, (_, a) => ({
    ...(base.actors[0] as Dataset<IdSpace>['actors'][number]),
    id: `actor-${a}`,
    kind: 'person' as const,
    name: `Actor${a}`,
    aliases: [`Actor${a}`],
    variants: [],
    roles: [],
    wikidata: null,
    notes: [],
    evidence: mentions.filter((mention) => mention.actor === a).map(({ start, end, text: words }) => ({ start, end, text: words })),
  }));
  const gold: Dataset<IdSpace> = {
    article: { ...base.article, text, paragraphs: [], sections: [], evidence: [{ start: 0, end: 6, text: text.slice(0, 6) }] },
    actors,
    statements: [],
    events: [],
    figures: [],
    timexes: [],
  };
  const prediction = {
    actors: mentions.map((mention, i) =>
      i % 2 === 0 ? { actor: `actor-${mention.actor}`, span: { start: mention.start, end: mention.end } } : { actor: `actor-${mention.actor}`, span: { start: mention.end + 6, end: mention.end + 15 } },
    ),
  };
  return { gold, prediction };
}

export interface ScoreScaling {
  readonly sizes: readonly number[];
  /** Milliseconds per `score` call, by size (median of the rounds), with the default 1,000 bootstrap resamples. */
  readonly ms: readonly number[];
  /** The same without the intervals (`resamples: 0`): the alignment and the counts alone. */
  readonly withoutIntervals: readonly number[];
}

/** `score` on the corpora of `SCORE_SIZES`, interleaved, with and without the bootstrap intervals. */
export function benchScoreScaling(score: (prediction: unknown, options: Record<string, unknown>) => unknown, base: Dataset<IdSpace>, rounds: number, log: (message: string) => void): ScoreScaling {
  const cases: Record<string, () => void> = {};
  for (const size of SCORE_SIZES) {
    log(`  score: ${size.toLocaleString('en-US')} gold units and as many predictions…`);
    const { gold, prediction } = scoreCorpus(base, size);
    cases[`${size}`] = () => consume(Object.keys(score(prediction, { gold }) as object).length);
    cases[`${size} bare`] = () => consume(Object.keys(score(prediction, { gold, resamples: 0 }) as object).length);
  }
  const times = interleave(cases, rounds, 1);
  return {
    sizes: [...SCORE_SIZES],
    ms: SCORE_SIZES.map((size) => median(times[`${size}`] ?? [])),
    withoutIntervals: SCORE_SIZES.map((size) => median(times[`${size} bare`] ?? [])),
  };
}
