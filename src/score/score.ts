/**
 * `score`: a prediction against a gold dataset, in the manner of SemEval-2013 Task 9.1 (four
 * modes, five outcomes), with TempEval-3's time values, MeasEval-style figures and Muzny et al.'s
 * quote attribution counts.
 *
 * @internal
 * @module
 */
import { plainCopy } from '../util/snapshot.js';
import { dataset } from '../data/dataset.js';
import { deepFreeze } from '../util/freeze.js';
import { memoize } from '../util/memo.js';
import { sentenceAt, sentenceStarts } from '../util/sentences.js';
import { sameTimexValue } from '../util/timex.js';
import type { Article, Dataset, DatasetInput, IdSpace } from '../model/types.js';
import { align, outcomesOf, type Aligned } from './align.js';
import { attributeScores } from './attributes.js';
import { bootstrap, DEFAULT_RESAMPLES, DEFAULT_SEED, type Sampled } from './bootstrap.js';
import { facetValues, FACETS } from './breakdown.js';
import { readPrediction } from './check.js';
import { countOutcomes } from './counts.js';
import { checkGold, goldUnitsOf, type GoldUnit } from './gold.js';
import { resolvePrediction, type PredictedUnit } from './predictions.js';
import { sameQuantity } from './quantities.js';
import type { AlignedGold, AlignedSpan, Alignment, ConfidenceInterval, ModeCounts, Outcome, Prediction, ScoreKind, ScoreMode, ScoreReport } from './types.js';
import { scoreKinds, scoreModes } from '../model/vocabulary.js';

/** Options of {@link score}. */
export interface ScoreOptions {
  /**
   * The annotated article to score against: this package's `dataset` unless given. A dataset
   * without `timexes` has no time expressions, so every predicted time is spurious.
   */
  readonly gold?: DatasetInput<IdSpace>;
  /** Make an entry with an unknown key invalid, instead of ignoring the key with a warning. */
  readonly strict?: boolean;
  /** How many bootstrap resamples the confidence intervals draw: 1,000 unless given; 0 leaves them out (`ci: null`). */
  readonly resamples?: number;
  /** The seed of the bootstrap's draw: 20260130 unless given. The same seed and input give the same intervals. */
  readonly seed?: number;
}

/** Where the sentences of an article start, once per article. */
const sentencesOf = /*#__PURE__*/ memoize((article: Pick<Article, 'text'>) => sentenceStarts(article.text));

/** The options, read once each as own properties, and checked. */
function readOptions(options: unknown): { gold: unknown; strict: boolean; resamples: number; seed: number } {
  if (typeof options !== 'object' || options === null) throw new TypeError('score: options must be an object, such as { gold }');
  let given: Record<string, unknown>;
  try {
    const own = (key: string) => (Object.hasOwn(options, key) ? (options as Record<string, unknown>)[key] : undefined);
    given = { gold: own('gold'), strict: own('strict'), resamples: own('resamples'), seed: own('seed') };
  } catch {
    throw new TypeError('score: options cannot be read (a getter or Proxy threw)');
  }
  const { strict = false, resamples = DEFAULT_RESAMPLES, seed = DEFAULT_SEED } = given;
  if (typeof strict !== 'boolean') throw new TypeError('score: options.strict must be true or false');
  if (typeof resamples !== 'number' || !Number.isSafeInteger(resamples) || resamples < 0 || resamples > 100_000) {
    throw new TypeError('score: options.resamples must be a whole number from 0 to 100000');
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) throw new TypeError('score: options.seed must be a whole number');
  return { gold: given['gold'], strict, resamples, seed };
}

/** Whether a prediction has the type of a gold unit. */
function typeMatches(kind: ScoreKind, gold: GoldUnit, predicted: PredictedUnit): boolean {
  switch (kind) {
    case 'statements':
    case 'actors':
      return gold.type !== null && predicted.actors?.has(gold.type) === true;
    case 'figures':
      return gold.quantity !== undefined && predicted.quantity !== undefined && sameQuantity(predicted.quantity, gold.quantity);
    case 'times':
      return sameTimexValue(gold.type, predicted.type);
    default:
      return sameTimexValue(gold.type, predicted.type);
  }
}

/** The span of a gold unit to show beside `predicted`: the one it overlaps most, else the first. */
function goldSide(text: string, gold: GoldUnit, predicted: PredictedUnit | undefined): AlignedGold {
  let best = gold.spans[0] as GoldUnit['spans'][number];
  if (predicted !== undefined) {
    const [p] = predicted.spans;
    const score = (span: typeof best) => (span.start === p.start && span.end === p.end ? Infinity : Math.min(span.end, p.end) - Math.max(span.start, p.start));
    for (const span of gold.spans) if (score(span) > score(best)) best = span;
  }
  const side: AlignedGold = { record: gold.record, start: best.start, end: best.end, text: text.slice(best.start, best.end), type: gold.type };
  return gold.mode === undefined ? side : { ...side, mode: gold.mode };
}

const predictedSide = (predicted: PredictedUnit): AlignedSpan => ({
  ...predicted.spans[0],
  text: predicted.text,
  type: predicted.type,
  ...(predicted.mode === undefined ? {} : { mode: predicted.mode }),
  ...(predicted.unresolved === undefined ? {} : { unresolved: predicted.unresolved }),
});

function rowKey(row: Alignment): readonly (number | string)[] {
  const anchor = row.gold ?? (row.predicted as AlignedSpan);
  return [anchor.start, anchor.end, row.gold === null ? 1 : 0, row.predicted?.start ?? -1, row.predicted?.end ?? -1, row.gold?.record ?? '', row.predicted?.type ?? ''];
}

function compareRows(a: Alignment, b: Alignment): number {
  const [x, y] = [rowKey(a), rowKey(b)];
  for (let i = 0; i < x.length; i++) {
    const [u, v] = [x[i] as number | string, y[i] as number | string];
    if (u !== v) return u < v ? -1 : 1;
  }
  return 0;
}

const ALL: (outcome: Outcome) => Readonly<Record<ScoreMode, Outcome>> = (outcome) => ({ strict: outcome, exact: outcome, partial: outcome, type: outcome });

/**
 * Scores a prediction against the gold annotations of this article (or of `options.gold`): every
 * kind (statements, actors, events, figures, times) in the four SemEval-2013 modes, overall and
 * broken down by facets, with bootstrap confidence intervals, the attribute scores, the
 * alignment, the entries that could not be used and the warnings.
 *
 * Gold units and predictions are aligned one to one: exact-boundary pairs first, those of the
 * right type first; then the remaining overlaps, largest first, and among equal overlaps those of
 * the right type first. Offsets have an exclusive end and count in `prediction.offsets` (UTF-16
 * code units by default); quotes are found with quotation marks, white space and Unicode
 * normalization folded. Actor references go through the same resolver as `findActors`; one that
 * matches no actor keeps its span and is scored with an unknown type (a wrong type, as
 * SemEval-2013 scores an unknown label), with a warning. Figures are typed by their value and
 * unit, converted exactly from any UCUM unit (or common spelling) to the gold unit; bounds and
 * qualifier are attributes. Time values that denote the same thing are equal (`P7D` = `P1W`).
 *
 * Problems stay local: an entry with a problem is invalid and counted as spurious, listing every
 * problem it has; an unknown key is ignored with a warning (`strict: true` makes its entry
 * invalid); `null` means absent for every optional field.
 *
 * @param prediction - What the system found; see {@link Prediction} and `prediction.schema.json`.
 * @param options - `gold`: the dataset to score against, this package's `dataset` unless given;
 *   `strict`: make entries with unknown keys invalid; `resamples` and `seed`: the bootstrap's
 *   number of resamples (1,000; 0 leaves the intervals out) and seed (20260130).
 * @returns A deeply frozen {@link ScoreReport}.
 * @throws `TypeError` starting `score:` when `prediction` is not an object, its `offsets` is not
 *   a unit, its `sha256` is not 64 lowercase hex digits, or an option is wrong or `options.gold` is
 *   not a dataset; `RangeError` starting `score:` when `prediction.sha256` is not the gold
 *   article's `sha256` (the prediction was made on another text), or when a gold evidence span lies
 *   outside the text, splits a character or has another `text` than the article's there.
 * @category Scoring
 * @example
 * ```ts
 * import { score } from 'kyiv-strike-pause/score'
 * const report = score({ figures: [{ span: { quote: 'for a week' }, value: 7, unit: 'days' }] })
 * report.figures.strict.cor
 * //=> 1
 * report.attributes.figureUnit
 * //=> { correct: 0, total: 1, accuracy: 0 }
 * score({ actors: [{ actor: 'Peskov', span: { quote: 'Dmitry Peskov' } }] }).actors.strict.cor
 * //=> 1
 * score({ statements: [{ speaker: 'Dmitry Peskov', mode: 'direct' }] }).invalid.map((entry) => `${entry.path} ${entry.reason}`)
 * //=> ['statements[0].span is required']
 * score([])
 * //=> throws TypeError: score: prediction must be an object, got an array
 * ```
 */
export function score(prediction: Prediction, options: ScoreOptions = {}): ScoreReport {
  // Plain copies first, so that no getter, Proxy or cycle of the caller's is read twice or throws later.
  const copied: unknown = plainCopy(prediction, 'score', 'prediction');
  const { gold: given, strict, resamples, seed } = readOptions(options);
  const read = readPrediction(copied, strict);
  // The package's own dataset is neither copied nor checked: it passed the check when it was built, and is deeply frozen.
  let gold: Dataset<IdSpace> = dataset;
  if (given !== undefined && given !== dataset) {
    const copy = plainCopy(given, 'score', 'options.gold');
    checkGold(copy);
    // A dataset made before time expressions became a record kind has none.
    gold = copy.timexes === undefined ? { ...copy, timexes: [] } : (copy as Dataset<IdSpace>);
  }
  if (read.sha256 !== undefined && read.sha256 !== gold.article.sha256) {
    throw new RangeError(
      `score: prediction.sha256 is ${read.sha256.slice(0, 12)}…, but the gold article's is ${gold.article.sha256.slice(0, 12)}…: the prediction was made on another text`,
    );
  }
  const goldUnits = goldUnitsOf(gold);
  const { units, invalid, invalidCounts, warnings } = resolvePrediction(read, gold);
  const text = gold.article.text;
  const starts = sentencesOf(gold.article);
  const aligned = {} as Record<ScoreKind, Aligned>;
  const alignments: Alignment[] = [];
  const samples: Sampled[] = [];
  const counted = {} as Record<ScoreKind, { modes: Record<ScoreMode, ReturnType<typeof countOutcomes>>; by: Record<string, Record<string, ModeCounts>> }>;
  const overall = Object.fromEntries(scoreModes.map((mode) => [mode, [] as Outcome[]])) as Record<ScoreMode, Outcome[]>;
  scoreKinds.forEach((kind, k) => {
    const [golds, predicted] = [goldUnits[kind], units[kind]];
    const result = align(golds, predicted, (g, p) => typeMatches(kind, golds[g] as GoldUnit, predicted[p] as PredictedUnit));
    aligned[kind] = result;
    // Each row with the unit its facets come from: the gold unit, or a spurious prediction.
    const rows: { row: Alignment; facets: Readonly<Record<string, string>> }[] = [
      ...result.pairs.map((pair) => ({
        row: {
          kind,
          gold: goldSide(text, golds[pair.gold] as GoldUnit, predicted[pair.predicted]),
          predicted: predictedSide(predicted[pair.predicted] as PredictedUnit),
          outcomes: outcomesOf(pair),
        },
        facets: facetValues(kind, gold, { gold: golds[pair.gold] as GoldUnit }),
      })),
      ...result.missed.map((g) => ({
        row: { kind, gold: goldSide(text, golds[g] as GoldUnit, undefined), predicted: null, outcomes: ALL('MIS') },
        facets: facetValues(kind, gold, { gold: golds[g] as GoldUnit }),
      })),
      ...result.spurious.map((p) => ({
        row: { kind, gold: null, predicted: predictedSide(predicted[p] as PredictedUnit), outcomes: ALL('SPU') },
        facets: facetValues(kind, gold, { predicted: predicted[p] as PredictedUnit }),
      })),
    ];
    rows.sort((a, b) => compareRows(a.row, b.row));
    // One at a time: spreading a list as long as the prediction into one call overflows the stack.
    for (const { row } of rows) alignments.push(row);
    const unusable = invalidCounts[kind];
    const modes = {} as Record<ScoreMode, ReturnType<typeof countOutcomes>>;
    const by: Record<string, Record<string, Record<ScoreMode, Outcome[]>>> = {};
    // Without a prototype: a facet's value is data (an actor id may be `__proto__`).
    for (const facet of FACETS[kind]) by[facet] = Object.create(null) as Record<string, Record<ScoreMode, Outcome[]>>;
    scoreModes.forEach((mode, m) => {
      const outcomes = rows.map(({ row }) => row.outcomes[mode]);
      for (let i = 0; i < unusable; i++) outcomes.push('SPU');
      modes[mode] = countOutcomes(outcomes);
      for (const outcome of outcomes) overall[mode].push(outcome);
      for (const { row } of rows) {
        const anchor = row.gold ?? (row.predicted as AlignedSpan);
        samples.push({ group: k * scoreModes.length + m, sentence: sentenceAt(starts, anchor.start), outcome: row.outcomes[mode] });
      }
      for (let i = 0; i < unusable; i++) samples.push({ group: k * scoreModes.length + m, sentence: -1, outcome: 'SPU' });
    });
    // The breakdowns: every row under its value of each facet; an unusable entry under `?`.
    const facetRows = [...rows.map(({ row, facets }) => ({ outcomes: row.outcomes, facets })), ...Array.from({ length: unusable }, () => ({ outcomes: ALL('SPU'), facets: {} as Readonly<Record<string, string>> }))];
    for (const facet of FACETS[kind]) {
      const groups = by[facet] as Record<string, Record<ScoreMode, Outcome[]>>;
      for (const { outcomes, facets } of facetRows) {
        const value = facets[facet] ?? '?';
        const group = (groups[value] ??= { strict: [], exact: [], partial: [], type: [] });
        for (const mode of scoreModes) group[mode].push(outcomes[mode]);
      }
    }
    const counts = (outcomes: Record<ScoreMode, Outcome[]>): ModeCounts => Object.fromEntries(scoreModes.map((mode) => [mode, countOutcomes(outcomes[mode])])) as unknown as ModeCounts;
    counted[kind] = {
      modes,
      by: Object.fromEntries(
        Object.entries(by).map(([facet, values]) => [facet, Object.fromEntries(Object.keys(values).sort().map((value) => [value, counts(values[value] as Record<ScoreMode, Outcome[]>)]))]),
      ),
    };
  });
  const groups = scoreKinds.length * scoreModes.length;
  const intervals: (ConfidenceInterval | null)[] =
    resamples === 0
      ? Array<null>(groups + scoreModes.length).fill(null)
      : bootstrap(samples, groups, starts.length, {
          resamples,
          seed,
          combined: scoreModes.map((_, m) => scoreKinds.map((_, k) => k * scoreModes.length + m)),
        });
  const withCi = (k: number) => Object.fromEntries(scoreModes.map((mode, m) => [mode, { ...(k < scoreKinds.length ? counted[scoreKinds[k] as ScoreKind].modes[mode] : countOutcomes(overall[mode])), ci: intervals[k < scoreKinds.length ? k * scoreModes.length + m : groups + m] ?? null }]));
  const kinds = Object.fromEntries(scoreKinds.map((kind, k) => [kind, { ...withCi(k), by: counted[kind].by }]));
  const attributes = attributeScores({
    statements: { gold: goldUnits.statements, predicted: units.statements, aligned: aligned.statements },
    figures: { gold: goldUnits.figures, predicted: units.figures, aligned: aligned.figures },
    times: { gold: goldUnits.times, predicted: units.times, aligned: aligned.times, invalid: invalidCounts.times },
  });
  return deepFreeze({ overall: withCi(scoreKinds.length), ...kinds, attributes, alignments, invalid, warnings } as unknown as ScoreReport);
}
