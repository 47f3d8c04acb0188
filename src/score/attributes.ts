/**
 * The attribute scores over aligned pairs: speaker (Muzny et al. 2017), statement mode, time value
 * (TempEval-3's strict and relaxed F1, value and type accuracy and Value F1) and figure value and
 * unit (MeasEval: credit only on a matched quantity).
 *
 * @internal
 * @module
 */
import type { Aligned } from './align.js';
import { f1, ratio } from './counts.js';
import { sameBounds, sameQuantity } from './quantities.js';
import { sameTimexValue } from '../util/timex.js';
import type { GoldUnit } from './gold.js';
import type { PredictedUnit } from './predictions.js';
import type { Accuracy, AttributeScores, SpeakerConfusion, TimexScores } from './types.js';

interface KindAlignment {
  readonly gold: readonly GoldUnit[];
  readonly predicted: readonly PredictedUnit[];
  readonly aligned: Aligned;
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

/** How many aligned pairs of a kind satisfy `test`. */
function countPairs(kind: KindAlignment, test: (gold: GoldUnit, predicted: PredictedUnit) => boolean): number {
  return kind.aligned.pairs.filter((pair) => test(kind.gold[pair.gold] as GoldUnit, kind.predicted[pair.predicted] as PredictedUnit)).length;
}

/** Every pair of gold and predicted speaker that differ on matched statements, most frequent first, then by the ids. */
function confusions(statements: KindAlignment): SpeakerConfusion[] {
  const counts = new Map<string, { gold: string; predicted: string; count: number }>();
  for (const pair of statements.aligned.pairs) {
    const [gold, predicted] = [statements.gold[pair.gold] as GoldUnit, statements.predicted[pair.predicted] as PredictedUnit];
    if (gold.type === null || predicted.actors?.has(gold.type) === true) continue;
    const said = predicted.type ?? predicted.unresolved ?? '?';
    const key = JSON.stringify([gold.type, said]);
    const known = counts.get(key);
    if (known === undefined) counts.set(key, { gold: gold.type, predicted: said, count: 1 });
    else known.count++;
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...counts.values()].sort((a, b) => b.count - a.count || order(a.gold, b.gold) || order(a.predicted, b.predicted));
}

/** The attribute scores of the statements, figures and times alignments. */
export function attributeScores(kinds: {
  readonly statements: KindAlignment;
  readonly figures: KindAlignment;
  readonly times: KindAlignment & { readonly invalid: number };
}): AttributeScores {
  const { statements, figures, times } = kinds;
  const matched = statements.aligned.pairs.length;
  const correct = countPairs(statements, (gold, predicted) => gold.type !== null && predicted.actors?.has(gold.type) === true);
  const [incorrect, skipped] = [matched - correct, statements.aligned.missed.length];

  const timesMatched = times.aligned.pairs.length;
  const timeValue = accuracy(
    countPairs(times, (gold, predicted) => sameTimexValue(gold.type, predicted.type)),
    timesMatched,
  );
  // Relaxed: every aligned pair (any overlap) counts as found.
  const relaxedF1 = f1(ratio(timesMatched, times.predicted.length + times.invalid), ratio(timesMatched, times.gold.length));
  const timex = timexScores(times, timeValue.correct, relaxedF1);

  return {
    speaker: {
      correct,
      incorrect,
      skipped,
      precision: ratio(correct, correct + incorrect),
      recall: ratio(correct, correct + skipped),
      accuracy: ratio(correct, correct + incorrect + skipped),
    },
    mode: accuracy(
      countPairs(statements, (gold, predicted) => gold.mode === predicted.mode),
      matched,
    ),
    timeValue: { ...timeValue, relaxedF1, valueF1: timeValue.accuracy * relaxedF1 },
    timex,
    figureValue: accuracy(
      countPairs(figures, (gold, predicted) => gold.quantity !== undefined && predicted.quantity !== undefined && sameQuantity(predicted.quantity, gold.quantity)),
      figures.aligned.pairs.length,
    ),
    figureBounds: accuracy(
      countPairs(figures, (gold, predicted) => gold.quantity !== undefined && predicted.quantity !== undefined && sameBounds(predicted.quantity, gold.quantity)),
      figures.aligned.pairs.length,
    ),
    figureQualifier: accuracy(
      countPairs(figures, (gold, predicted) => (gold.quantity?.qualifier ?? 'exact') === (predicted.quantity?.qualifier ?? 'exact')),
      figures.aligned.pairs.length,
    ),
    figureUnit: accuracy(
      countPairs(figures, (gold, predicted) => gold.quantity?.unit === predicted.quantity?.unit),
      figures.aligned.pairs.length,
    ),
    speakerConfusion: confusions(statements),
  };
}

/** TempEval-3's figures of the time expressions, from their alignment (see {@link TimexScores}). */
function timexScores(times: KindAlignment & { readonly invalid: number }, valueCorrect: number, relaxedF1: number): TimexScores {
  const [gold, predicted] = [times.gold.length, times.predicted.length + times.invalid];
  const relaxedMatches = times.aligned.pairs.length;
  const strictMatches = times.aligned.pairs.filter((pair) => pair.exact).length;
  const typeCorrect = countPairs(times, (goldUnit, predictedUnit) => goldUnit.timexType !== undefined && goldUnit.timexType === predictedUnit.timexType);
  const [strictPrecision, strictRecall] = [ratio(strictMatches, predicted), ratio(strictMatches, gold)];
  const [valueAccuracy, typeAccuracy] = [ratio(valueCorrect, relaxedMatches), ratio(typeCorrect, relaxedMatches)];
  return {
    gold,
    predicted,
    strictMatches,
    relaxedMatches,
    strictPrecision,
    strictRecall,
    strictF1: f1(strictPrecision, strictRecall),
    relaxedPrecision: ratio(relaxedMatches, predicted),
    relaxedRecall: ratio(relaxedMatches, gold),
    relaxedF1,
    valueCorrect,
    valueAccuracy,
    valueF1: valueAccuracy * relaxedF1,
    typeCorrect,
    typeAccuracy,
    typeF1: typeAccuracy * relaxedF1,
  };
}
