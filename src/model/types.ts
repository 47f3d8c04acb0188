import type { ActorId, EventId, FigureId, StatementId, TimexId } from './ids.js';

/**
 * The id types of one dataset, by record kind.
 *
 * The records of this package use {@link ArticleIds}, whose members are literal unions, so a
 * misspelt id is a compile error. A dataset of your own (see `createQueries`) uses `IdSpace`
 * itself, where every id is a plain `string`.
 *
 * @category Data
 */
export interface IdSpace {
  /** Id type of actors. */
  readonly actor: string;
  /** Id type of statements. */
  readonly statement: string;
  /** Id type of events. */
  readonly event: string;
  /** Id type of figures. */
  readonly figure: string;
  /** Id type of time expressions. */
  readonly timex: string;
}

/**
 * The literal id unions of this article's records.
 *
 * @category Data
 */
export interface ArticleIds extends IdSpace {
  /** Every actor id of the article. */
  readonly actor: ActorId;
  /** Every statement id of the article. */
  readonly statement: StatementId;
  /** Every event id of the article. */
  readonly event: EventId;
  /** Every figure id of the article. */
  readonly figure: FigureId;
  /** Every time expression id of the article. */
  readonly timex: TimexId;
}

/**
 * The id of any record: an actor, statement, event, figure or time expression.
 *
 * @category Data
 */
export type RecordId<I extends IdSpace = ArticleIds> = I['actor'] | I['statement'] | I['event'] | I['figure'] | I['timex'];

/**
 * A run of characters in `article.text`. Offsets count UTF-16 code units (what `String#slice`
 * uses); `end` is exclusive, so `article.text.slice(start, end) === text`. Every character of this
 * article lies in the Basic Multilingual Plane, so the offsets also count code points.
 *
 * @category Data
 */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The characters themselves, exactly as in the article. */
  readonly text: string;
}

/**
 * An annotator's note on a record: why a field is `null`, how an ambiguity was decided, or what
 * the article leaves out.
 *
 * @category Data
 */
export interface Note {
  /** The field the note explains, or `null` for the record as a whole. */
  readonly field: string | null;
  /** The note itself. */
  readonly text: string;
}

/**
 * What a paragraph of the article is: its headline, a sub-heading, body text, or page
 * boilerplate that is not content.
 *
 * @category Data
 */
export type ParagraphKind = 'headline' | 'subheading' | 'body' | 'boilerplate';

/**
 * One paragraph (a run of text between blank lines) of the article.
 *
 * @category Data
 */
export interface Paragraph extends Span {
  /** What the paragraph is. */
  readonly kind: ParagraphKind;
}

/**
 * A section of the article: the part before the first sub-heading, or a sub-heading with the
 * paragraphs under it.
 *
 * @category Data
 */
export interface Section extends Span {
  /** The sub-heading that opens the section, or `null` for the opening section. */
  readonly heading: Span | null;
}

/**
 * The article itself, with its text byte for byte and what is known about its publication.
 *
 * @category Data
 */
export interface Article {
  /** Stable id of the article. */
  readonly id: string;
  /** The headline (the first line of the text). */
  readonly headline: string;
  /** The whole text, exactly as published in the source file. */
  readonly text: string;
  /** BCP 47 language tag of the text. */
  readonly language: string;
  /** Publication date (ISO 8601 calendar date). */
  readonly publishedOn: string;
  /** How `publishedOn` was inferred, in words. */
  readonly publishedOnBasis: string;
  /** The publisher, or `null` where the source does not say (see `notes`). */
  readonly publisher: string | null;
  /** Where the article was published, or `null` where the source does not say (see `notes`). */
  readonly url: string | null;
  /** The author, or `null` where the source does not say (see `notes`). */
  readonly author: string | null;
  /** The sections of the text, in order. */
  readonly sections: readonly Section[];
  /** Every paragraph of the text, in order, with its kind. */
  readonly paragraphs: readonly Paragraph[];
  /** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex. */
  readonly sha256: string;
  /** Annotators' notes, including why each `null` field is `null`. */
  readonly notes: readonly Note[];
  /** The words that support the publication date. */
  readonly evidence: readonly Span[];
}

/**
 * What kind of thing an actor is.
 *
 * @category Data
 */
export type ActorKind =
  | 'person'
  | 'organization'
  | 'government'
  | 'country'
  | 'city'
  | 'region'
  | 'facility'
  | 'group'
  | 'platform'
  | 'equipment';

/**
 * A title an actor holds, as the article states it.
 *
 * @category Data
 */
export interface Role<I extends IdSpace = ArticleIds> {
  /** The title, as worded in the article (for example `Kremlin spokesman`). */
  readonly title: string;
  /** The actor the title belongs to, where the article says so, or `null`. */
  readonly of: I['actor'] | null;
}

/**
 * A person, organization, government, place or group that the article names or titles.
 *
 * @category Data
 */
export interface Actor<I extends IdSpace = ArticleIds> {
  /** Stable kebab-case id. */
  readonly id: I['actor'];
  /** What kind of actor this is. */
  readonly kind: ActorKind;
  /** Canonical name. */
  readonly name: string;
  /** Every surface form the article uses for this actor. */
  readonly aliases: readonly string[];
  /**
   * Other spellings of the name that the article does not use: common transliterations (`Zelensky`,
   * `Dmitri Peskov`, `Kiev`), each explained in a note on `variants`. `findActor` and the scorer
   * accept them; they are never mentions.
   */
  readonly variants: readonly string[];
  /** Titles as stated in the article. */
  readonly roles: readonly Role<I>[];
  /** Wikidata QID, only where verified; otherwise `null` (see `notes`). */
  readonly wikidata: string | null;
  /** Annotators' notes. */
  readonly notes: readonly Note[];
  /** Every mention of the actor by name, title or demonym, in text order. */
  readonly evidence: readonly Span[];
}

/**
 * How a statement is reported: `direct` for words inside quotation marks, `indirect` for
 * reported speech or paraphrase.
 *
 * @category Data
 */
export type StatementMode = 'direct' | 'indirect';

/**
 * A normalized time, in the manner of TimeML's TIMEX3.
 *
 * @category Data
 */
export interface TimeValue<I extends IdSpace = ArticleIds> {
  /** The article's words for the time. */
  readonly expression: string;
  /**
   * ISO 8601: a date (`2026-01-29`), an interval (`2026-01-24/2026-01-25`), an interval open at one
   * end (`../2026-02-01`, `2026-01-24/..`), a week (`2026-W06`), a year (`2025`) or a duration (`P1W`).
   */
  readonly value: string;
  /** The finest unit the value states. */
  readonly precision: 'day' | 'week' | 'month' | 'year';
  /** What a relative expression was resolved against: the publication date or another record. */
  readonly anchor: 'publication' | RecordId<I>;
  /** `true` where the value rests on another record or on context rather than on the words alone. */
  readonly inferred: boolean;
  /**
   * The time expression (TIMEX3) the value rests on, whose extent lies in `expression`; `null` or
   * left out where the expression holds none (`at the Cabinet meeting` dates by an event). The
   * timex keeps the words' own value (`PAST_REF` for `earlier`); this value is what they resolve
   * to for the record.
   */
  readonly timex?: I['timex'] | null;
}

/**
 * A direct quote or a piece of reported speech.
 *
 * @category Data
 */
export interface Statement<I extends IdSpace = ArticleIds> {
  /** Stable kebab-case id. */
  readonly id: I['statement'];
  /** Whose words these are. */
  readonly speaker: I['actor'];
  /** Direct (quoted) or indirect (reported). */
  readonly mode: StatementMode;
  /** For `direct`: exactly the quoted characters. For `indirect`: the reported content as worded. */
  readonly text: string;
  /** The reporting verb or noun (`said`, `according to`), or `null` where there is none. */
  readonly cue: string | null;
  /** Who relays the words when they are second-hand, or `null` when the article reports them. */
  readonly reportedBy: I['actor'] | null;
  /** The statement this one is nested in, or `null`. */
  readonly within: I['statement'] | null;
  /** The events and actors the statement concerns. */
  readonly about: readonly (I['event'] | I['actor'])[];
  /** When the words were said, where the article tells, or `null`. */
  readonly time: TimeValue<I> | null;
  /** The platform or venue of the words (for example a meeting's venue), or `null`. */
  readonly channel: I['actor'] | null;
  /** Annotators' notes. */
  readonly notes: readonly Note[];
  /** The content first (its text equals `text`), then the words that attribute it. */
  readonly evidence: readonly Span[];
}

/**
 * The event taxonomy of this dataset. `docs/annotation-guide.md` defines each type.
 *
 * @category Data
 */
export type EventType =
  | 'appeal'
  | 'agreement'
  | 'ceasefire'
  | 'communication'
  | 'meeting'
  | 'negotiation'
  | 'diplomacy'
  | 'military-attack'
  | 'aerial-attack'
  | 'demand'
  | 'resistance'
  | 'recovery'
  | 'outage'
  | 'weather'
  | 'war';

/**
 * Where an event stands, as the article presents it.
 *
 * @category Data
 */
export type EventStatus =
  | 'occurred'
  | 'ongoing'
  | 'planned'
  | 'expected'
  | 'requested'
  | 'conditional'
  | 'claimed'
  | 'denied';

/**
 * A source's position on an event, in the manner of FactBank. `reports-as-requested` is a source
 * that reports the event only as something asked for (the Kremlin on the halt Trump requested): it
 * commits to the request, not to the event.
 *
 * @category Data
 */
export type Stance =
  | 'asserts'
  | 'denies'
  | 'does-not-confirm'
  | 'declines-to-comment'
  | 'expects'
  | 'doubts'
  | 'hedges'
  | 'commits-conditionally'
  | 'reports-as-requested';

/**
 * One source's account of an event.
 *
 * @category Data
 */
export interface Account<I extends IdSpace = ArticleIds> {
  /** Whose account this is, or `null` for the article's own narration. */
  readonly source: I['actor'] | null;
  /** The source's position on the event. */
  readonly stance: Stance;
  /** The statement that carries the account. */
  readonly statement?: I['statement'];
  /** The event's time by this source's account, where it differs from other sources'. */
  readonly time?: TimeValue<I>;
}

/**
 * An actor's part in an event.
 *
 * @category Data
 */
export interface Participant<I extends IdSpace = ArticleIds> {
  /** The actor. */
  readonly actor: I['actor'];
  /** Its role in the event (for example `requester`, `target`). */
  readonly role: string;
}

/**
 * Something that happened, was requested, agreed, planned, expected, made conditional or denied.
 * (Named `NewsEvent` so as not to shadow the DOM's `Event`.)
 *
 * @category Data
 */
export interface NewsEvent<I extends IdSpace = ArticleIds> {
  /** Stable kebab-case id. */
  readonly id: I['event'];
  /** The event's type in this dataset's taxonomy. */
  readonly type: EventType;
  /** The CAMEO event code (a string: leading zeros matter), or `null` where none fits. */
  readonly cameo: string | null;
  /** One sentence saying what the event is. */
  readonly summary: string;
  /** The actors taking part, with their roles. */
  readonly participants: readonly Participant<I>[];
  /** Where it happens, or `null` where the article does not say. */
  readonly location: I['actor'] | null;
  /** When it happens, or `null` where the article gives no way to date it (see `notes`). */
  readonly time: TimeValue<I> | null;
  /** Where the event stands, as the article presents it. */
  readonly status: EventStatus;
  /** Each source's account of the event. */
  readonly accounts: readonly Account<I>[];
  /** Wikidata QID, only where verified; otherwise `null`. */
  readonly wikidata: string | null;
  /** Annotators' notes. */
  readonly notes: readonly Note[];
  /** The words that report the event. */
  readonly evidence: readonly Span[];
}

/**
 * What a figure measures.
 *
 * @category Data
 */
export type Quantity = 'count' | 'temperature' | 'duration' | 'frequency';

/**
 * How exact a figure is, as worded.
 *
 * @category Data
 */
export type Qualifier = 'exact' | 'approximately' | 'nearly' | 'almost' | 'at-least' | 'at-most' | 'range' | 'vague';

/**
 * A case-sensitive UCUM unit code: a unit this package converts, or a curly-brace annotation for a
 * count (`{building}`), which UCUM treats as the dimensionless `1`.
 *
 * @category Data
 */
export type Unit = UnitCode | `{${string}}`;

/**
 * A UCUM code this package converts, or `1` (a plain count).
 *
 * @category Data
 */
export type UnitCode = 'Cel' | '[degF]' | 'K' | 'h' | 'd' | 'wk' | 'mo' | 'a' | '/h' | '/d' | '1';

/**
 * A number in the article, with its unit.
 *
 * @category Data
 */
export interface Figure<I extends IdSpace = ArticleIds> {
  /** Stable kebab-case id. */
  readonly id: I['figure'];
  /** What kind of quantity it is. */
  readonly quantity: Quantity;
  /** The stated value, or `null` for a range or a vague amount. */
  readonly value: number | null;
  /** The lower bound, or `null`. */
  readonly min: number | null;
  /** The upper bound, or `null`. */
  readonly max: number | null;
  /** How exact the figure is. */
  readonly qualifier: Qualifier;
  /** UCUM unit code. */
  readonly unit: Unit;
  /** `true` where the article does not state the unit and it was read from context (see `notes`). */
  readonly unitInferred: boolean;
  /** For a count: what is counted. Otherwise `null`. */
  readonly countOf: string | null;
  /** What is measured, in words. */
  readonly measures: string;
  /** The record the figure quantifies. */
  readonly about: RecordId<I>;
  /** Who states the figure, or `null` for the article's own narration. */
  readonly source: I['actor'] | null;
  /** Annotators' notes. */
  readonly notes: readonly Note[];
  /** The words that state the figure. */
  readonly evidence: readonly Span[];
}

/**
 * The TIMEX3 type of a time expression: a calendar `DATE`, a `TIME` of day (a part of day
 * included), a `DURATION` or a `SET` of recurring times.
 *
 * @category Data
 */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * A TIMEX3 `mod`: what a modifier in the expression does to its value (`about a week` is
 * `APPROX`, `nearly four-year-old` is `LESS_THAN`).
 *
 * @category Data
 */
export type TimexMod =
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX';

/**
 * A time expression, annotated as a TimeML TIMEX3: every date, time, duration and set in the
 * article, each with its value resolved against the publication date (2026-01-30), which is
 * TimeML's document creation time. `docs/annotation-guide.md` says which expressions count and
 * where each one's extent ends.
 *
 * @category Data
 */
export interface Timex<I extends IdSpace = ArticleIds> {
  /** Stable kebab-case id. */
  readonly id: I['timex'];
  /** The TIMEX3 type. */
  readonly type: TimexType;
  /**
   * The TIMEX3 value: ISO 8601 in TimeML's extended form, `X` for a digit the words leave open:
   * `2026-01-29`, `2026-W06`, `2026-W04-WE`, `2025-WI`, `XXXX-XX-XXTNI`, `P1W`, `PXD`,
   * `PRESENT_REF`; for a `SET`, the period (`P1D` for `every day`).
   */
  readonly value: string;
  /** The TIMEX3 `mod`, or `null` where no modifier changes the value. */
  readonly mod: TimexMod | null;
  /** For a `SET`: the quantifier (`EVERY`), or `null`. */
  readonly quant: string | null;
  /** For a `SET`: how often in each period (`2X` for `twice a week`), or `null` where the words give no count. */
  readonly freq: string | null;
  /**
   * What the value was computed from: `dct` (the document creation time, the publication date)
   * or another time expression; `null` where the value is read off the words alone.
   */
  readonly anchor: 'dct' | I['timex'] | null;
  /** TIMEX3 `temporalFunction`: `true` exactly when the value was computed from `anchor`. */
  readonly temporalFunction: boolean;
  /** Annotators' notes: the reading each judgement call chose, and the one that would resolve an open value. */
  readonly notes: readonly Note[];
  /** The extent of the expression: one span, without a leading preposition (a TimeML SIGNAL). */
  readonly evidence: readonly Span[];
}

/**
 * Any record with an id: an actor, statement, event, figure or time expression.
 *
 * @category Data
 */
export type AnyRecord<I extends IdSpace = ArticleIds> = Actor<I> | Statement<I> | NewsEvent<I> | Figure<I> | Timex<I>;

/**
 * The whole dataset: the article and its five kinds of records.
 *
 * @category Data
 */
export interface Dataset<I extends IdSpace = ArticleIds> {
  /** The article. */
  readonly article: Article;
  /** Every actor, in order of first mention. */
  readonly actors: readonly Actor<I>[];
  /** Every statement, in text order. */
  readonly statements: readonly Statement<I>[];
  /** Every event, in order of first mention. */
  readonly events: readonly NewsEvent<I>[];
  /** Every figure, in text order. */
  readonly figures: readonly Figure<I>[];
  /** Every time expression, in text order. */
  readonly timexes: readonly Timex<I>[];
}

/**
 * A dataset as the query helpers, the scorer and the exporters accept it: a {@link Dataset} whose
 * `timexes` may be left out. A dataset without them (one made before time expressions became a
 * record kind) is read as having none.
 *
 * @category Data
 */
export type DatasetInput<I extends IdSpace = ArticleIds> = Omit<Dataset<I>, 'timexes'> & {
  /** Every time expression, in text order; left out, none. */
  readonly timexes?: readonly Timex<I>[];
};
