/**
 * The shape of a prediction: what an extraction system hands the scorer, and what
 * `prediction.schema.json` and `PredictionSchema` describe.
 *
 * @internal
 * @module
 */
import type { Qualifier, StatementMode, TimexType } from './types.js';
/**
 * How a prediction's `start` and `end` count: UTF-16 code units (`utf16`, JavaScript's
 * `String#slice`), Unicode code points (`codepoint`, Python's `str`) or UTF-8 bytes (`utf8`).
 *
 * @category Scoring
 */
export type OffsetUnit = 'utf16' | 'codepoint' | 'utf8';

/**
 * A span given by offsets into the article's text. `end` is exclusive: `{ start: 0, end: 7 }` is
 * the first seven characters. (Newer nervaluate versions take an inclusive end; this one does not.)
 *
 * @category Scoring
 */
export interface OffsetSelector {
  /** Offset of the first character, in the prediction's `offsets` unit. */
  start: number;
  /** Offset just past the last character (exclusive), in the prediction's `offsets` unit. */
  end: number;
}

/**
 * A span given by its words, as a W3C `TextQuoteSelector`: `quote` must occur in the text, and
 * where it occurs more than once, `prefix` (the text just before it) and `suffix` (just after) must
 * single out one occurrence.
 *
 * @category Scoring
 */
export interface QuoteSelector {
  /** The exact characters of the span, copied from the article. */
  quote: string;
  /** Characters immediately before the span, to tell repeated quotes apart; `null` is the same as leaving it out. */
  prefix?: string | null;
  /** Characters immediately after the span, to tell repeated quotes apart; `null` is the same as leaving it out. */
  suffix?: string | null;
}

/**
 * Where a predicted item is in the text: by offsets or by quoting it.
 *
 * @category Scoring
 */
export type Selector = OffsetSelector | QuoteSelector;

/**
 * One predicted mention of an actor.
 *
 * @category Scoring
 */
export interface ActorPrediction {
  /** The actor: an id, a Wikidata QID, or a name or alias (case-, space- and diacritic-insensitive). */
  actor: string;
  /** The words of the mention. */
  span: Selector;
}

/**
 * One predicted statement: its content, who said it and how.
 *
 * @category Scoring
 */
export interface StatementPrediction {
  /** Who said it: an id, a Wikidata QID, or a name or alias. */
  speaker: string;
  /** `direct` for words in quotation marks, `indirect` for reported speech. */
  mode: StatementMode;
  /** The words said (for a direct quote, the characters inside the quotation marks). */
  span: Selector;
}

/**
 * One predicted event.
 *
 * @category Scoring
 */
export interface EventPrediction {
  /** The words that report the event. */
  span: Selector;
  /** When it happens, as an ISO 8601 value like the dataset's `TimeValue.value`; leave out (or `null`) when the text does not say. */
  time?: string | null;
}

/**
 * One predicted figure: a number with its unit.
 *
 * @category Scoring
 */
export interface FigurePrediction {
  /** The words that state the figure. */
  span: Selector;
  /** The stated value, or `null` for a range or a vague amount. */
  value: number | null;
  /** The lower bound: of a range, or of "at least six"; or `null`. */
  min?: number | null;
  /** The upper bound: of a range, or of "at most six"; or `null`. */
  max?: number | null;
  /** A UCUM unit (`Cel`, `[degF]`, `K`, `h`, `d`, `wk`, `mo`, `a`, `/h`, `1/d`, `%`, `1` or a count such as `{building}`), or a common spelling (`days`, `°C`). */
  unit: string;
  /** How exact the figure is, as the dataset's `Figure.qualifier`: `at-least` for "at least six"; `exact` when left out or `null`. */
  qualifier?: Qualifier | null;
}

/**
 * One predicted time expression, as a TimeML TIMEX3: its extent, its normalized value and,
 * optionally, its type.
 *
 * @category Scoring
 */
export interface TimePrediction {
  /** The words of the time expression: its TIMEX3 extent, without a leading preposition (`Friday`, not `on Friday`). */
  span: Selector;
  /** Its TIMEX3 value, resolved against the publication date: `2026-01-29`, `2026-W06`, `P1W`, `PXD`, `PAST_REF`, … */
  value: string;
  /** Its TIMEX3 type: `DATE`, `TIME`, `DURATION` or `SET`; left out, the type counts as wrong in the type accuracy. */
  type?: TimexType | null;
}

/**
 * What an extraction system found in the article, in the form `score` reads. Every list is
 * optional: a kind left out is scored as all missed. Every optional field may also be `null`, which
 * means the same as leaving it out (as strict structured outputs write an absent field).
 *
 * @category Scoring
 */
export interface Prediction {
  /** How `start` and `end` count; `utf16` when left out. */
  offsets?: OffsetUnit | null;
  /** SHA-256 (lowercase hex) of the text the prediction was made on; `score` throws when it is not the gold article's. */
  sha256?: string | null;
  /** One entry per actor mention. */
  actors?: ActorPrediction[] | null;
  /** One entry per statement. */
  statements?: StatementPrediction[] | null;
  /** One entry per event. */
  events?: EventPrediction[] | null;
  /** One entry per figure. */
  figures?: FigurePrediction[] | null;
  /** One entry per time expression. */
  times?: TimePrediction[] | null;
}
