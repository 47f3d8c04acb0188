/**
 * Every closed vocabulary of the records and of the scorer, once. The zod enums, the JSON Schemas,
 * the unit table and the exporters' declarations (brat's `annotation.conf`, Label Studio's labels)
 * are derived from these arrays, in this order. The public union types (`ActorKind`, …) are
 * written out in `types.ts`, so that the API docs show their values and the main entry bundles no
 * array it does not use; `VocabularyChecks` below fails to compile when a union and its array
 * differ by any value, either way.
 *
 * @internal
 * @module
 */
import type { OffsetUnit } from './prediction.js';
import type { ActorKind, EventStatus, EventType, ParagraphKind, Qualifier, Quantity, Stance, StatementMode, TimeValue, TimexMod, TimexType, UnitCode } from './types.js';

/**
 * What a paragraph of the article is. Every value of {@link ParagraphKind}, in order.
 */
export const paragraphKinds = /*#__PURE__*/ Object.freeze(['headline', 'subheading', 'body', 'boilerplate'] as const);

/**
 * What kind of thing an actor is. Every value of {@link ActorKind}, in order.
 */
export const actorKinds = /*#__PURE__*/ Object.freeze(['person', 'organization', 'government', 'country', 'city', 'region', 'facility', 'group', 'platform', 'equipment'] as const);

/**
 * Direct (quoted) or indirect (reported) speech. Every value of {@link StatementMode}, in order.
 */
export const statementModes = /*#__PURE__*/ Object.freeze(['direct', 'indirect'] as const);

/**
 * The finest unit a time value states. Every value of {@link TimeValue}, in order.
 */
export const timePrecisions = /*#__PURE__*/ Object.freeze(['day', 'week', 'month', 'year'] as const);

/**
 * The event taxonomy; `docs/annotation-guide.md` defines each type. Every value of {@link EventType}, in order.
 */
export const eventTypes = /*#__PURE__*/ Object.freeze([
  'appeal',
  'agreement',
  'ceasefire',
  'communication',
  'meeting',
  'negotiation',
  'diplomacy',
  'military-attack',
  'aerial-attack',
  'demand',
  'resistance',
  'recovery',
  'outage',
  'weather',
  'war',
] as const);

/**
 * Where an event stands, as the article reports it. Every value of {@link EventStatus}, in order.
 */
export const eventStatuses = /*#__PURE__*/ Object.freeze(['occurred', 'ongoing', 'planned', 'expected', 'requested', 'conditional', 'claimed', 'denied'] as const);

/**
 * How a source stands towards an event in its account. Every value of {@link Stance}, in order.
 */
export const stances = /*#__PURE__*/ Object.freeze([
  'asserts',
  'denies',
  'does-not-confirm',
  'declines-to-comment',
  'expects',
  'doubts',
  'hedges',
  'commits-conditionally',
  'reports-as-requested',
] as const);

/**
 * What a figure measures. Every value of {@link Quantity}, in order.
 */
export const quantities = /*#__PURE__*/ Object.freeze(['count', 'temperature', 'duration', 'frequency'] as const);

/**
 * How exactly a figure is stated. Every value of {@link Qualifier}, in order.
 */
export const qualifiers = /*#__PURE__*/ Object.freeze(['exact', 'approximately', 'nearly', 'almost', 'at-least', 'at-most', 'range', 'vague'] as const);

/**
 * The UCUM codes of the unit table: every unit `convertFigure` converts, and `1`. Every value of
 * {@link UnitCode}, in order; a figure's unit is one of these or a count annotation such as
 * `{building}`.
 */
export const unitCodes = /*#__PURE__*/ Object.freeze(['Cel', '[degF]', 'K', 'h', 'd', 'wk', 'mo', 'a', '/h', '/d', '1'] as const);

/**
 * The TIMEX3 types of a time expression. Every value of {@link TimexType}, in order.
 */
export const timexTypes = /*#__PURE__*/ Object.freeze(['DATE', 'TIME', 'DURATION', 'SET'] as const);

/**
 * The TIMEX3 `mod` values (TimeML 1.2.1). Every value of {@link TimexMod}, in order.
 */
export const timexMods = /*#__PURE__*/ Object.freeze([
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'START',
  'MID',
  'END',
  'APPROX',
] as const);

/**
 * The kinds of unit the scorer scores, in report order. Every value of {@link ScoreKind}, in order.
 */
export const scoreKinds = /*#__PURE__*/ Object.freeze(['statements', 'actors', 'events', 'figures', 'times'] as const);

/**
 * The four nervaluate matching modes, in report order. Every value of {@link ScoreMode}, in order.
 */
export const scoreModes = /*#__PURE__*/ Object.freeze(['strict', 'exact', 'partial', 'type'] as const);

/**
 * The outcomes of one unit: correct, incorrect, partial, missing, spurious. Every value of {@link Outcome}, in order.
 */
export const outcomes = /*#__PURE__*/ Object.freeze(['COR', 'INC', 'PAR', 'MIS', 'SPU'] as const);

/**
 * The units offsets can count in. Every value of {@link OffsetUnit}, in order.
 */
export const offsetUnits = /*#__PURE__*/ Object.freeze(['utf16', 'codepoint', 'utf8'] as const);

/** `true` when two unions hold exactly the same values. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Holds only `true`s: each union type equals the values of its array. */
type Holds<T extends readonly true[]> = T;

/** The compile-time check that every union type and its array agree; see the module comment. */
export type VocabularyChecks = Holds<
  [
    Same<ParagraphKind, (typeof paragraphKinds)[number]>,
    Same<ActorKind, (typeof actorKinds)[number]>,
    Same<StatementMode, (typeof statementModes)[number]>,
    Same<TimeValue['precision'], (typeof timePrecisions)[number]>,
    Same<EventType, (typeof eventTypes)[number]>,
    Same<EventStatus, (typeof eventStatuses)[number]>,
    Same<Stance, (typeof stances)[number]>,
    Same<Quantity, (typeof quantities)[number]>,
    Same<Qualifier, (typeof qualifiers)[number]>,
    Same<UnitCode, (typeof unitCodes)[number]>,
    Same<TimexType, (typeof timexTypes)[number]>,
    Same<TimexMod, (typeof timexMods)[number]>,
    Same<OffsetUnit, (typeof offsetUnits)[number]>,
  ]
>;
