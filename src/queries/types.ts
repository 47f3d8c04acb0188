/**
 * The public types of the query helpers: what `createQueries` returns and what the helpers yield
 * beyond the records themselves.
 *
 * @module
 */
import type {
  Actor,
  AnyRecord,
  ArticleIds,
  Figure,
  IdSpace,
  NewsEvent,
  RecordId,
  Span,
  Stance,
  Statement,
  TimeValue,
  Timex,
  Unit,
} from '../model/types.js';

/**
 * A lookup by id. Where the ids are a literal union (this article's records), a known id yields
 * the record itself and any other string `R | undefined`; where they are plain strings (a
 * dataset of your own), every call yields `R | undefined`.
 *
 * @typeParam Id - The id type of the records.
 * @typeParam R - The record type.
 * @category Lookups
 */
export type Lookup<Id extends string, R> = string extends Id
  ? (id: string) => R | undefined
  : { (id: Id): R; (id: string): R | undefined };

/**
 * A lookup of any record by id, narrowed to the record's kind where the ids are literal unions.
 *
 * @typeParam I - The id types of the dataset.
 * @category Lookups
 */
export type RecordLookup<I extends IdSpace> = string extends RecordId<I>
  ? (id: string) => AnyRecord<I> | undefined
  : {
      (id: I['actor']): Actor<I>;
      (id: I['statement']): Statement<I>;
      (id: I['event']): NewsEvent<I>;
      (id: I['figure']): Figure<I>;
      (id: I['timex']): Timex<I>;
      (id: RecordId<I>): AnyRecord<I>;
      (id: string): AnyRecord<I> | undefined;
    };

/**
 * One source's account of an event, with the statement that carries it resolved to its record,
 * as `accountsOf` returns it.
 *
 * @typeParam I - The id types of the dataset.
 * @category Relations
 */
export interface ResolvedAccount<I extends IdSpace = ArticleIds> {
  /** Whose account this is, or `null` for the article's own narration. */
  readonly source: I['actor'] | null;
  /** The source's position on the event. */
  readonly stance: Stance;
  /** The statement that carries the account, or `null` where the account names none (or names an id the dataset lacks). */
  readonly statement: Statement<I> | null;
  /** The event's time by this source's account, where the account gives one; otherwise `null`. */
  readonly time: TimeValue<I> | null;
}

/**
 * A dated event on the timeline, with the days its time covers.
 *
 * @typeParam I - The id types of the dataset.
 * @category Time
 */
export interface TimelineEntry<I extends IdSpace = ArticleIds> {
  /** The event. */
  readonly event: NewsEvent<I>;
  /** The first day the event's time covers (ISO 8601 date), or `null` where it is open at the start. */
  readonly from: string | null;
  /** The last day the event's time covers (ISO 8601 date), or `null` where it is open at the end. */
  readonly to: string | null;
}

/**
 * How much of the text `contextOf` returns around a span.
 *
 * @category Text
 */
export interface ContextOptions {
  /**
   * Characters to add on each side of the span (clamped to the text). Without it, `contextOf`
   * returns the enclosing sentence or sentences.
   */
  readonly chars?: number;
}

/**
 * Every query helper, bound to one dataset. `createQueries` returns it; the top-level helpers are
 * the same helpers bound to this article.
 *
 * @typeParam I - The id types of the dataset.
 * @category Data
 */
export interface Queries<I extends IdSpace = ArticleIds> {
  /** The actor with this id. See {@link getActor}. */
  readonly getActor: Lookup<I['actor'], Actor<I>>;
  /** The statement with this id. See {@link getStatement}. */
  readonly getStatement: Lookup<I['statement'], Statement<I>>;
  /** The event with this id. See {@link getEvent}. */
  readonly getEvent: Lookup<I['event'], NewsEvent<I>>;
  /** The figure with this id. See {@link getFigure}. */
  readonly getFigure: Lookup<I['figure'], Figure<I>>;
  /** The time expression with this id. See {@link getTimex}. */
  readonly getTimex: Lookup<I['timex'], Timex<I>>;
  /** The record of any kind with this id. See {@link getRecord}. */
  readonly getRecord: RecordLookup<I>;
  /** The statements the actor speaks. See {@link statementsBy}. */
  readonly statementsBy: (actorId: I['actor']) => readonly Statement<I>[];
  /** The statements whose `about` lists the event or actor. See {@link statementsAbout}. */
  readonly statementsAbout: (id: I['event'] | I['actor']) => readonly Statement<I>[];
  /** The events the actor takes part in or that happen there. See {@link eventsInvolving}. */
  readonly eventsInvolving: (actorId: I['actor']) => readonly NewsEvent<I>[];
  /** The figures that quantify the record. See {@link figuresAbout}. */
  readonly figuresAbout: (id: RecordId<I>) => readonly Figure<I>[];
  /** Every span where the actor is named or titled. See {@link mentionsOf}. */
  readonly mentionsOf: (actorId: I['actor']) => readonly Span[];
  /** Each source's account of the event, with its statement. See {@link accountsOf}. */
  readonly accountsOf: (eventId: I['event']) => readonly ResolvedAccount<I>[];
  /** The events whose time overlaps the window. See {@link eventsBetween}. */
  readonly eventsBetween: (from: string | Date, to: string | Date) => readonly NewsEvent<I>[];
  /** Every dated event in calendar order, optionally within a window. See {@link timeline}. */
  readonly timeline: (from?: string | Date, to?: string | Date) => readonly TimelineEntry<I>[];
  /** The figures stated in the unit. See {@link figuresByUnit}. */
  readonly figuresByUnit: (unit: Unit) => readonly Figure<I>[];
  /** A copy of the figure in another unit. See {@link convertFigure}. */
  readonly convertFigure: <J extends IdSpace>(figure: Figure<J>, toUnit: Unit) => Figure<J>;
  /** The sentence around a span or record. See {@link contextOf}. */
  readonly contextOf: (spanOrRecord: Span | AnyRecord<I>, options?: ContextOptions) => Span;
  /** Every span where the words occur. See {@link findText}. */
  readonly findText: (query: string) => readonly Span[];
  /** The best actor a reference (id, QID, name or alias) means. See {@link findActor}. */
  readonly findActor: (ref: string) => Actor<I> | undefined;
  /** Every actor a reference can mean. See {@link findActors}. */
  readonly findActors: (ref: string) => readonly Actor<I>[];
  /** Every record whose evidence covers an offset or overlaps a span. See {@link recordsAt}. */
  readonly recordsAt: (offsetOrSpan: number | Pick<Span, 'start' | 'end'> | Span) => readonly AnyRecord<I>[];
  /** The records in which every word of the query appears. See {@link search}. */
  readonly search: (query: string) => readonly AnyRecord<I>[];
}
