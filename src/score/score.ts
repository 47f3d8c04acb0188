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
import type { Dataset, DatasetInput, IdSpace } from '../model/types.js';
import { align, outcomesOf, type Aligned } from './align.js';
import { attributeScores } from './attributes.js';
import { checkPrediction } from './check.js';
import { countOutcomes } from './counts.js';
import { checkGold, goldUnitsOf, type GoldUnit } from './gold.js';
import { resolvePrediction, type PredictedUnit } from './predictions.js';
import { sameQuantity } from './quantities.js';
import { sameTimexValue } from './timexValues.js';
import type { AlignedGold, AlignedSpan, Alignment, KindScores, Outcome, Prediction, ScoreKind, ScoreMode, ScoreReport } from './types.js';
import { scoreKinds, scoreModes } from '../model/vocabulary.js';

/** Options of {@link score}. */
export interface ScoreOptions {
  /**
   * The annotated article to score against: this package's `dataset` unless given. A dataset
   * without `timexes` has no time expressions, so every predicted time is spurious.
   */
  readonly gold?: DatasetInput<IdSpace>;
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
      return gold.type === predicted.type;
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
 * kind (statements, actors, events, figures, times) in the four SemEval-2013 modes, with the
 * attribute scores, the alignment and the entries that could not be used.
 *
 * Gold units and predictions are aligned one to one: exact-boundary pairs first, preferring the
 * same type, then the remaining overlaps, largest first. Offsets have an exclusive end and count
 * in `prediction.offsets` (UTF-16 code units by default). Figures compare after converting the
 * predicted unit to the gold unit, equal within a relative tolerance of 1e-9.
 *
 * @param prediction - What the system found; see {@link Prediction} and `prediction.schema.json`.
 * @param options - `gold`: the dataset to score against, this package's `dataset` unless given.
 * @returns A deeply frozen {@link ScoreReport}.
 * @throws `TypeError` starting `score:` and naming the path, when `prediction` is not structurally
 *   a {@link Prediction} or `options.gold` is not a dataset; `RangeError` starting `score:` when
 *   `prediction.sha256` is not the gold article's `sha256` (the prediction was made on another text),
 *   or when a gold evidence span lies outside the text, splits a character or has another `text`
 *   than the article's there.
 * @category Scoring
 * @example
 * ```ts
 * import { score } from 'kyiv-strike-pause/score'
 * const report = score({ figures: [{ span: { quote: 'for a week' }, value: 7, unit: 'd' }] })
 * report.figures.strict.cor
 * //=> 1
 * report.attributes.figureUnit
 * //=> { correct: 0, total: 1, accuracy: 0 }
 * score({ statements: [{ speaker: 'Dmitry Peskov', mode: 'direct' }] })
 * //=> throws TypeError: score: prediction.statements[0].span is required
 * ```
 */
export function score(prediction: Prediction, options: ScoreOptions = {}): ScoreReport {
  // Plain copies first, so that no getter, Proxy or cycle of the caller's is read twice or throws later.
  prediction = plainCopy(prediction, 'score', 'prediction') as Prediction;
  checkPrediction(prediction);
  if (typeof options !== 'object' || options === null) throw new TypeError('score: options must be an object, such as { gold }');
  let given: unknown;
  try {
    given = Object.hasOwn(options, 'gold') ? options.gold : undefined;
  } catch {
    throw new TypeError('score: options cannot be read (a getter or Proxy threw)');
  }
  // The package's own dataset is neither copied nor checked: it passed the check when it was built, and is deeply frozen.
  let gold: Dataset<IdSpace> = dataset;
  if (given !== undefined && given !== dataset) {
    const copy = plainCopy(given, 'score', 'options.gold');
    checkGold(copy);
    // A dataset made before time expressions became a record kind has none.
    gold = copy.timexes === undefined ? { ...copy, timexes: [] } : (copy as Dataset<IdSpace>);
  }
  if (prediction.sha256 !== undefined && prediction.sha256 !== gold.article.sha256) {
    throw new RangeError(
      `score: prediction.sha256 is ${prediction.sha256.slice(0, 12)}…, but the gold article's is ${gold.article.sha256.slice(0, 12)}…: the prediction was made on another text`,
    );
  }
  const goldUnits = goldUnitsOf(gold);
  const { units, invalid, invalidCounts } = resolvePrediction(prediction, gold);
  const text = gold.article.text;
  const scores = {} as Record<ScoreKind, KindScores>;
  const aligned = {} as Record<ScoreKind, Aligned>;
  const alignments: Alignment[] = [];
  for (const kind of scoreKinds) {
    const [golds, predicted] = [goldUnits[kind], units[kind]];
    const result = align(golds, predicted, (g, p) => typeMatches(kind, golds[g] as GoldUnit, predicted[p] as PredictedUnit));
    aligned[kind] = result;
    const rows: Alignment[] = [
      ...result.pairs.map((pair) => ({
        kind,
        gold: goldSide(text, golds[pair.gold] as GoldUnit, predicted[pair.predicted]),
        predicted: predictedSide(predicted[pair.predicted] as PredictedUnit),
        outcomes: outcomesOf(pair),
      })),
      ...result.missed.map((g) => ({ kind, gold: goldSide(text, golds[g] as GoldUnit, undefined), predicted: null, outcomes: ALL('MIS') })),
      ...result.spurious.map((p) => ({ kind, gold: null, predicted: predictedSide(predicted[p] as PredictedUnit), outcomes: ALL('SPU') })),
    ];
    // One at a time: spreading a list as long as the prediction into one call overflows the stack.
    for (const row of rows.sort(compareRows)) alignments.push(row);
    const outcomes = (mode: ScoreMode): Outcome[] => [...rows.map((row) => row.outcomes[mode]), ...Array<Outcome>(invalidCounts[kind]).fill('SPU')];
    scores[kind] = Object.fromEntries(scoreModes.map((mode) => [mode, countOutcomes(outcomes(mode))])) as unknown as KindScores;
  }
  const attributes = attributeScores({
    statements: { gold: goldUnits.statements, predicted: units.statements, aligned: aligned.statements },
    figures: { gold: goldUnits.figures, predicted: units.figures, aligned: aligned.figures },
    times: { gold: goldUnits.times, predicted: units.times, aligned: aligned.times, invalid: invalidCounts.times },
  });
  return deepFreeze<ScoreReport>({ ...scores, attributes, alignments, invalid });
}
