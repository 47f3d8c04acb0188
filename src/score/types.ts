/**
 * The public types of the scorer: what a prediction looks like, and the report `score` returns.
 * The prediction types mirror `PredictionSchema` in `kyiv-strike-pause/schema` exactly (a type test
 * holds them together), so they describe what `JSON.parse` gives: plain, mutable objects.
 *
 * @module
 */

export type {
  ActorPrediction,
  EventPrediction,
  FigurePrediction,
  OffsetSelector,
  OffsetUnit,
  Prediction,
  QuoteSelector,
  Selector,
  StatementPrediction,
  TimePrediction,
} from '../model/prediction.js';

/**
 * The kinds of units that are scored.
 *
 * @category Scoring
 */
export type ScoreKind = 'statements' | 'actors' | 'events' | 'figures' | 'times';

/**
 * The four matching modes of SemEval-2013 Task 9.1: `strict` (exact boundaries and type), `exact`
 * (exact boundaries), `partial` (overlap; a partial match is worth ½) and `type` (overlap and type).
 *
 * @category Scoring
 */
export type ScoreMode = 'strict' | 'exact' | 'partial' | 'type';

/**
 * The five outcomes: correct, incorrect, partial, missed (a gold unit nothing matched) and
 * spurious (a prediction that matched nothing, or could not be used).
 *
 * @category Scoring
 */
export type Outcome = 'COR' | 'INC' | 'PAR' | 'MIS' | 'SPU';

/**
 * The counts of one kind in one mode, and the ratios drawn from them. A ratio whose denominator is
 * 0 is 0.
 *
 * @category Scoring
 */
export interface Counts {
  /** Correct. */
  readonly cor: number;
  /** Incorrect. */
  readonly inc: number;
  /** Partial (only in `partial` mode). */
  readonly par: number;
  /** Missed. */
  readonly mis: number;
  /** Spurious, invalid entries included. */
  readonly spu: number;
  /** Gold units: `cor + inc + par + mis`. */
  readonly possible: number;
  /** Predictions: `cor + inc + par + spu`. */
  readonly actual: number;
  /** `(cor + par / 2) / actual`. */
  readonly precision: number;
  /** `(cor + par / 2) / possible`. */
  readonly recall: number;
  /** The harmonic mean of precision and recall. */
  readonly f1: number;
}

/**
 * A 95% confidence interval of precision, recall and F1, each as `[low, high]`: the 2.5th and
 * 97.5th percentiles over a paired bootstrap that resamples the article's sentences (see
 * docs/scoring.md for the method, the number of resamples and the seed).
 *
 * @category Scoring
 */
export interface ConfidenceInterval {
  /** The confidence level: `0.95`. */
  readonly level: number;
  /** Precision's interval. */
  readonly precision: readonly [number, number];
  /** Recall's interval. */
  readonly recall: readonly [number, number];
  /** F1's interval. */
  readonly f1: readonly [number, number];
}

/**
 * The counts of one kind (or of every kind) in one mode, with their confidence interval.
 *
 * @category Scoring
 */
export interface ScoredCounts extends Counts {
  /** The 95% bootstrap interval of precision, recall and F1; `null` when `score` ran with `resamples: 0`. */
  readonly ci: ConfidenceInterval | null;
}

/**
 * Counts in each of the four modes, without intervals: one value of a breakdown.
 *
 * @category Scoring
 */
export interface ModeCounts {
  /** Exact boundaries and the right type. */
  readonly strict: Counts;
  /** Exact boundaries, any type. */
  readonly exact: Counts;
  /** Any overlap, any type; a partial match is worth ½. */
  readonly partial: Counts;
  /** Any overlap and the right type. */
  readonly type: Counts;
}

/**
 * The counts of one kind in each of the four modes, with their intervals, and broken down by
 * facets of the gold unit (of the prediction, for a spurious one; `?` where it has none).
 *
 * @category Scoring
 */
export interface KindScores<F extends string = string> {
  /** Exact boundaries and the right type. */
  readonly strict: ScoredCounts;
  /** Exact boundaries, any type. */
  readonly exact: ScoredCounts;
  /** Any overlap, any type; a partial match is worth ½. */
  readonly partial: ScoredCounts;
  /** Any overlap and the right type. */
  readonly type: ScoredCounts;
  /** The same counts by each facet's values: `report.statements.by.speaker['donald-trump'].strict`. The values of a facet add up to the kind's counts. */
  readonly by: { readonly [facet in F]: Readonly<Record<string, ModeCounts>> };
}

/**
 * The counts over every kind at once (micro-averaged), in each mode, with their intervals.
 *
 * @category Scoring
 */
export interface OverallScores {
  /** Exact boundaries and the right type. */
  readonly strict: ScoredCounts;
  /** Exact boundaries, any type. */
  readonly exact: ScoredCounts;
  /** Any overlap, any type; a partial match is worth ½. */
  readonly partial: ScoredCounts;
  /** Any overlap and the right type. */
  readonly type: ScoredCounts;
}

/**
 * One confusion of speakers: how many matched statements of the gold speaker were given to
 * another.
 *
 * @category Scoring
 */
export interface SpeakerConfusion {
  /** The gold speaker's id. */
  readonly gold: string;
  /** The predicted speaker: actor ids joined by `|`, or the reference as written where it matches no actor. */
  readonly predicted: string;
  /** Matched statements with this pair of speakers. */
  readonly count: number;
}

/**
 * An accuracy over matched units: how many of `total` had the attribute right.
 *
 * @category Scoring
 */
export interface Accuracy {
  /** Matched units whose attribute is right. */
  readonly correct: number;
  /** Matched units. */
  readonly total: number;
  /** `correct / total`, or 0 when nothing matched. */
  readonly accuracy: number;
}

/**
 * Quote attribution as Muzny et al. (2017) count it, over gold statements: `correct` and
 * `incorrect` for statements matched by a prediction with the right or wrong speaker, `skipped`
 * for statements no prediction matched.
 *
 * @category Scoring
 */
export interface SpeakerScores {
  /** Matched statements whose predicted speaker is the gold speaker. */
  readonly correct: number;
  /** Matched statements with another speaker. */
  readonly incorrect: number;
  /** Gold statements that no prediction matched. */
  readonly skipped: number;
  /** `correct / (correct + incorrect)`. */
  readonly precision: number;
  /** `correct / (correct + skipped)`. */
  readonly recall: number;
  /** `correct / (correct + incorrect + skipped)`. */
  readonly accuracy: number;
}

/**
 * TempEval-3's time value scores: value accuracy over time expressions matched with any overlap,
 * the relaxed (any overlap) F1, and Value F1 = value accuracy × relaxed F1.
 *
 * @category Scoring
 */
export interface TimeValueScores extends Accuracy {
  /** F1 counting every matched pair (any overlap) as correct. */
  readonly relaxedF1: number;
  /** `accuracy × relaxedF1`. */
  readonly valueF1: number;
}

/**
 * The TempEval-3 figures of the time expressions (jspotter/TempEval-3's entity scorer): strict
 * matching needs the gold extent exactly, relaxed matching any overlap (each pair one to one, as in
 * the alignment); the value and type accuracies count over the relaxed matches, and each attribute
 * F1 is its accuracy × the relaxed F1. Unusable entries count as predictions that matched nothing.
 *
 * @category Scoring
 */
export interface TimexScores {
  /** Gold time expressions. */
  readonly gold: number;
  /** Predicted time expressions, unusable entries included. */
  readonly predicted: number;
  /** Matched pairs whose extents are identical. */
  readonly strictMatches: number;
  /** Matched pairs whose extents overlap (the strict ones included). */
  readonly relaxedMatches: number;
  /** `strictMatches / predicted`. */
  readonly strictPrecision: number;
  /** `strictMatches / gold`. */
  readonly strictRecall: number;
  /** The harmonic mean of the strict precision and recall. */
  readonly strictF1: number;
  /** `relaxedMatches / predicted`. */
  readonly relaxedPrecision: number;
  /** `relaxedMatches / gold`. */
  readonly relaxedRecall: number;
  /** The harmonic mean of the relaxed precision and recall. */
  readonly relaxedF1: number;
  /** Relaxed matches whose value is the gold value (with the duration equivalences of `docs/scoring.md`). */
  readonly valueCorrect: number;
  /** `valueCorrect / relaxedMatches`. */
  readonly valueAccuracy: number;
  /** `valueAccuracy × relaxedF1`: TempEval-3's Value F1. */
  readonly valueF1: number;
  /** Relaxed matches whose predicted `type` is the gold TIMEX3 type (a prediction without `type` is wrong). */
  readonly typeCorrect: number;
  /** `typeCorrect / relaxedMatches`. */
  readonly typeAccuracy: number;
  /** `typeAccuracy × relaxedF1`. */
  readonly typeF1: number;
}

/**
 * The attribute scores, each over the units a prediction matched (any overlap).
 *
 * @category Scoring
 */
export interface AttributeScores {
  /** Who said each statement. */
  readonly speaker: SpeakerScores;
  /** Whether each matched statement is direct or indirect. */
  readonly mode: Accuracy;
  /** The ISO value of each matched time expression. */
  readonly timeValue: TimeValueScores;
  /** The time expressions as TempEval-3 scores them: strict and relaxed F1, value and type accuracy. */
  readonly timex: TimexScores;
  /** Each matched figure's value, after converting to the gold unit: the figure's type, without its bounds. */
  readonly figureValue: Accuracy;
  /** Each matched figure's bounds (`min` and `max`), after converting to the gold unit. */
  readonly figureBounds: Accuracy;
  /** Each matched figure's qualifier (`at-least` for "at least six"; `exact` where the prediction gives none). */
  readonly figureQualifier: Accuracy;
  /** Each matched figure's unit, exactly as the gold unit code. */
  readonly figureUnit: Accuracy;
  /** Every pair of gold and predicted speaker that differ on matched statements, most frequent first. */
  readonly speakerConfusion: readonly SpeakerConfusion[];
}

/**
 * One side of an alignment: a span in UTF-16 offsets (whatever unit the prediction used) and its
 * type (a speaker or actor id, an ISO time value, or a figure such as `7 d`).
 *
 * @category Scoring
 */
export interface AlignedSpan {
  /** Offset of the first character, in UTF-16 code units. */
  readonly start: number;
  /** Offset just past the last character (exclusive), in UTF-16 code units. */
  readonly end: number;
  /** The characters of the span. */
  readonly text: string;
  /** The type: for an actor reference that can mean several actors, their ids joined by `|`; `null` for an event without a time. */
  readonly type: string | null;
  /** For a statement: its mode, `direct` or `indirect`; absent for the other kinds. */
  readonly mode?: 'direct' | 'indirect';
  /** For a predicted speaker or actor that matches no actor: the reference as written (its `type` is then `null`). */
  readonly unresolved?: string;
}

/**
 * A gold unit in an alignment, with the record it comes from.
 *
 * @category Scoring
 */
export interface AlignedGold extends AlignedSpan {
  /** The id of the record the unit comes from (for a time, the time expression's). */
  readonly record: string;
}

/**
 * One row of the alignment, for error analysis: a gold unit and the prediction aligned with it,
 * or one of them alone (missed or spurious), with the outcome in each mode.
 *
 * @category Scoring
 */
export interface Alignment {
  /** The kind of unit. */
  readonly kind: ScoreKind;
  /** The gold unit, or `null` for a spurious prediction. */
  readonly gold: AlignedGold | null;
  /** The prediction, or `null` for a missed gold unit. */
  readonly predicted: AlignedSpan | null;
  /** The outcome in each mode. */
  readonly outcomes: Readonly<Record<ScoreMode, Outcome>>;
}

/**
 * A problem at one place of a prediction.
 *
 * @category Scoring
 */
export interface EntryProblem {
  /** Where it is, for example `statements[3].span`. */
  readonly path: string;
  /** What is wrong. */
  readonly reason: string;
}

/**
 * A prediction entry that cannot be used, counted as spurious: a span that cannot be placed, a
 * unit that is no unit, a field missing or of the wrong type, or a list that is not an array.
 *
 * @category Scoring
 */
export interface InvalidEntry {
  /** Where it is in the prediction: the field at fault (`statements[3].span`), or the entry (`statements[3]`) when several are. */
  readonly path: string;
  /** Why it cannot be used: every problem of the entry. */
  readonly reason: string;
  /** Each problem of the entry on its own. */
  readonly problems: readonly EntryProblem[];
}

/**
 * Something `score` read in a way the prediction may not have meant, without counting it against
 * the entry: an unknown key (ignored), an actor reference that matches no actor (scored with an
 * unknown type), a unit read as the UCUM unit of another dimension.
 *
 * @category Scoring
 */
export interface ScoreWarning {
  /** What kind of warning: `unknown-key`, `unknown-actor` or `unit-reading`. */
  readonly code: 'unknown-key' | 'unknown-actor' | 'unit-reading';
  /** Where it is in the prediction, for example `statements[3].speaker`. */
  readonly path: string;
  /** What was read, and how. */
  readonly reason: string;
}

/**
 * What `score` returns: the counts of every kind in every mode, the attribute scores, the
 * alignment and the entries that could not be used.
 *
 * @category Scoring
 */
export interface ScoreReport {
  /** Every kind at once (micro-averaged over the units of all kinds). */
  readonly overall: OverallScores;
  /** Statements, on their content span; the type is the speaker. By `mode` (direct, indirect) and `speaker` (actor id). */
  readonly statements: KindScores<'mode' | 'speaker'>;
  /** Actor mentions; the type is the actor. By `kind` (person, city, …) and `actor` (actor id). */
  readonly actors: KindScores<'kind' | 'actor'>;
  /** Events, on any of their evidence spans; the type is the time value. By `type` (the event type: appeal, ceasefire, …). */
  readonly events: KindScores<'type'>;
  /** Figures, on their evidence span; the type is the quantity (value and unit) in the gold unit. By `dimension` (count, duration, frequency, temperature). */
  readonly figures: KindScores<'dimension'>;
  /** Time expressions, one unit per gold TIMEX3 on its extent; the type is the TIMEX3 value. By `type` (DATE, TIME, DURATION, SET). */
  readonly times: KindScores<'type'>;
  /** Speaker, mode, time value (with TempEval-3's time expression figures) and figure scores over matched units. */
  readonly attributes: AttributeScores;
  /** Every gold unit and prediction, aligned, in kind order and then text order. */
  readonly alignments: readonly Alignment[];
  /** The prediction entries that could not be used (each also counted as spurious). */
  readonly invalid: readonly InvalidEntry[];
  /** What was read in a way the prediction may not have meant, without counting against it. */
  readonly warnings: readonly ScoreWarning[];
}
