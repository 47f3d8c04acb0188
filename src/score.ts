/**
 * Scores an extraction system (a language model, a rule-based extractor, a fine-tuned tagger)
 * against this article's gold annotations, or against any dataset of the same shape: statements
 * with their speakers, actor mentions, events, figures with units and time expressions, in the four
 * modes of SemEval-2013 Task 9.1, with TempEval-3 time values, MeasEval-style figures and quote
 * attribution as Muzny et al. (2017) count it. No runtime dependencies, no zod; the prediction's
 * JSON Schema ships as `kyiv-strike-pause/prediction.schema.json`.
 *
 * @module kyiv-strike-pause/score
 */
export type {
  Accuracy,
  ActorPrediction,
  AlignedGold,
  AlignedSpan,
  Alignment,
  AttributeScores,
  ConfidenceInterval,
  Counts,
  EntryProblem,
  EventPrediction,
  FigurePrediction,
  InvalidEntry,
  KindScores,
  ModeCounts,
  OffsetSelector,
  OffsetUnit,
  Outcome,
  OverallScores,
  Prediction,
  QuoteSelector,
  ScoreKind,
  ScoreMode,
  ScoreReport,
  ScoreWarning,
  ScoredCounts,
  Selector,
  SpeakerConfusion,
  SpeakerScores,
  StatementPrediction,
  TimePrediction,
  TimeValueScores,
  TimexScores,
} from './score/types.js';
export type { ScoreOptions } from './score/score.js';
export { score } from './score/score.js';
export type { FormatReportOptions } from './score/formatReport.js';
export { formatReport } from './score/formatReport.js';
