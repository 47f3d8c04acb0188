/**
 * The one column list of the tables: each column's name, SQL type, nullability and meaning. The
 * row types, the documentation tables (`docs/interop.md`, checked by a test) and the CSV, NDJSON
 * and Parquet writers all come from it.
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../../util/freeze.js';

/**
 * The SQL type of a column, as DuckDB names it: text, a 32-bit integer, a 64-bit float or a
 * boolean. Parquet stores them as `BYTE_ARRAY` (UTF-8), `INT32`, `DOUBLE` and `BOOLEAN`.
 *
 * @category Tables
 */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/**
 * One column of a table.
 *
 * @category Tables
 */
export interface TableColumn {
  /** The column's snake_case name. */
  readonly name: string;
  /** Its SQL type. */
  readonly type: ColumnType;
  /** Whether it may hold `null` (an empty field in CSV). */
  readonly nullable: boolean;
  /** What it holds, in a few words. */
  readonly meaning: string;
  /** For a text column of a closed vocabulary, its values; absent otherwise. */
  readonly values?: readonly string[];
}

/**
 * The name of a table of {@link toTables}.
 *
 * @category Tables
 */
export type TableName = 'actors' | 'mentions' | 'statements' | 'events' | 'participants' | 'accounts' | 'figures' | 'times' | 'timexes' | 'evidence';

/** The column list, as literal types, so that the row types follow from it. */
const COLUMNS = {
  actors: [
    { name: 'id', type: 'VARCHAR', nullable: false, meaning: 'the actor\'s id' },
    { name: 'kind', type: 'VARCHAR', nullable: false, meaning: '`person`, `organization`, `government`, `country`, `city`, …' },
    { name: 'name', type: 'VARCHAR', nullable: false, meaning: 'canonical name' },
    { name: 'wikidata', type: 'VARCHAR', nullable: true, meaning: 'verified QID' },
    { name: 'wikidata_url', type: 'VARCHAR', nullable: true, meaning: 'its Wikidata page' },
    { name: 'mentions', type: 'INTEGER', nullable: false, meaning: 'how many mentions (rows of `mentions`) it has' },
  ],
  mentions: [
    { name: 'actor', type: 'VARCHAR', nullable: false, meaning: 'the actor\'s id' },
    { name: 'ordinal', type: 'INTEGER', nullable: false, meaning: '0 for the actor\'s first mention, 1 for the next, …' },
    { name: 'start', type: 'INTEGER', nullable: false, meaning: 'first code point' },
    { name: 'end', type: 'INTEGER', nullable: false, meaning: 'code point just past the last' },
    { name: 'text', type: 'VARCHAR', nullable: false, meaning: 'the words of the mention' },
  ],
  statements: [
    { name: 'id', type: 'VARCHAR', nullable: false, meaning: 'the statement\'s id' },
    { name: 'speaker', type: 'VARCHAR', nullable: false, meaning: 'actor id of the speaker' },
    { name: 'mode', type: 'VARCHAR', nullable: false, meaning: '`direct` or `indirect`' },
    { name: 'text', type: 'VARCHAR', nullable: false, meaning: 'the quoted or reported words' },
    { name: 'cue', type: 'VARCHAR', nullable: true, meaning: 'reporting verb or noun' },
    { name: 'reported_by', type: 'VARCHAR', nullable: true, meaning: 'actor id of who relays second-hand words' },
    { name: 'within', type: 'VARCHAR', nullable: true, meaning: 'id of the statement it is nested in' },
    { name: 'channel', type: 'VARCHAR', nullable: true, meaning: 'actor id of the platform or venue' },
    { name: 'start', type: 'INTEGER', nullable: true, meaning: 'first code point of the content' },
    { name: 'end', type: 'INTEGER', nullable: true, meaning: 'code point just past the content' },
  ],
  events: [
    { name: 'id', type: 'VARCHAR', nullable: false, meaning: 'the event\'s id' },
    { name: 'type', type: 'VARCHAR', nullable: false, meaning: 'type in the dataset\'s taxonomy' },
    { name: 'cameo', type: 'VARCHAR', nullable: true, meaning: 'CAMEO code (text: leading zeros matter)' },
    { name: 'summary', type: 'VARCHAR', nullable: false, meaning: 'one sentence' },
    { name: 'location', type: 'VARCHAR', nullable: true, meaning: 'actor id of the place' },
    { name: 'status', type: 'VARCHAR', nullable: false, meaning: '`occurred`, `requested`, `denied`, …' },
    { name: 'wikidata', type: 'VARCHAR', nullable: true, meaning: 'verified QID' },
    { name: 'start', type: 'INTEGER', nullable: true, meaning: 'first code point of the first evidence span' },
    { name: 'end', type: 'INTEGER', nullable: true, meaning: 'code point just past it' },
  ],
  participants: [
    { name: 'event', type: 'VARCHAR', nullable: false, meaning: 'the event\'s id' },
    { name: 'actor', type: 'VARCHAR', nullable: false, meaning: 'the actor\'s id' },
    { name: 'role', type: 'VARCHAR', nullable: false, meaning: 'its role, such as `requester`' },
  ],
  accounts: [
    { name: 'event', type: 'VARCHAR', nullable: false, meaning: 'the event\'s id' },
    { name: 'ordinal', type: 'INTEGER', nullable: false, meaning: 'the account\'s position among the event\'s, from 0' },
    { name: 'source', type: 'VARCHAR', nullable: true, meaning: 'actor id of the source; `null` for the article\'s narration' },
    { name: 'stance', type: 'VARCHAR', nullable: false, meaning: '`asserts`, `denies`, `declines-to-comment`, …' },
    { name: 'statement', type: 'VARCHAR', nullable: true, meaning: 'id of the statement that carries it' },
  ],
  figures: [
    { name: 'id', type: 'VARCHAR', nullable: false, meaning: 'the figure\'s id' },
    { name: 'quantity', type: 'VARCHAR', nullable: false, meaning: '`count`, `temperature`, `duration` or `frequency`' },
    { name: 'value', type: 'DOUBLE', nullable: true, meaning: 'stated value' },
    { name: 'min', type: 'DOUBLE', nullable: true, meaning: 'lower bound' },
    { name: 'max', type: 'DOUBLE', nullable: true, meaning: 'upper bound' },
    { name: 'qualifier', type: 'VARCHAR', nullable: false, meaning: '`exact`, `approximately`, `range`, …' },
    { name: 'unit', type: 'VARCHAR', nullable: false, meaning: 'UCUM code (case-sensitive)' },
    { name: 'unit_code', type: 'VARCHAR', nullable: true, meaning: 'UN/CEFACT common code' },
    { name: 'unit_inferred', type: 'BOOLEAN', nullable: false, meaning: 'unit read from context' },
    { name: 'count_of', type: 'VARCHAR', nullable: true, meaning: 'what a count counts' },
    { name: 'measures', type: 'VARCHAR', nullable: false, meaning: 'what is measured, in words' },
    { name: 'about', type: 'VARCHAR', nullable: false, meaning: 'id of the record it quantifies' },
    { name: 'source', type: 'VARCHAR', nullable: true, meaning: 'actor id of who states it' },
    { name: 'start', type: 'INTEGER', nullable: true, meaning: 'first code point of the first evidence span' },
    { name: 'end', type: 'INTEGER', nullable: true, meaning: 'code point just past it' },
  ],
  times: [
    { name: 'record', type: 'VARCHAR', nullable: false, meaning: 'id of the statement or event' },
    { name: 'account', type: 'INTEGER', nullable: true, meaning: 'the account\'s `ordinal` where the time is one source\'s account; `null` for the record\'s own time' },
    { name: 'expression', type: 'VARCHAR', nullable: false, meaning: 'the article\'s words' },
    { name: 'value', type: 'VARCHAR', nullable: false, meaning: 'ISO 8601 date, interval, week, year or duration' },
    { name: 'precision', type: 'VARCHAR', nullable: false, meaning: '`day`, `week`, `month` or `year`' },
    { name: 'anchor', type: 'VARCHAR', nullable: false, meaning: '`publication` or the id of the record it was resolved against' },
    { name: 'inferred', type: 'BOOLEAN', nullable: false, meaning: 'rests on context rather than on the words alone' },
    { name: 'timex', type: 'VARCHAR', nullable: true, meaning: 'id of the time expression (a row of `timexes`) the value rests on' },
  ],
  timexes: [
    { name: 'id', type: 'VARCHAR', nullable: false, meaning: "the time expression's id" },
    { name: 'type', type: 'VARCHAR', nullable: false, meaning: '`DATE`, `TIME`, `DURATION` or `SET`' },
    { name: 'value', type: 'VARCHAR', nullable: false, meaning: 'TIMEX3 value: `2026-01-29`, `2026-W06`, `P1W`, `PXD`, `PAST_REF`, …' },
    { name: 'mod', type: 'VARCHAR', nullable: true, meaning: 'TIMEX3 mod, such as `APPROX`' },
    { name: 'quant', type: 'VARCHAR', nullable: true, meaning: "a set's quantifier, such as `EVERY`" },
    { name: 'freq', type: 'VARCHAR', nullable: true, meaning: "a set's frequency, such as `2X`" },
    { name: 'anchor', type: 'VARCHAR', nullable: true, meaning: '`dct`, or the id of the time expression the value is computed against' },
    { name: 'temporal_function', type: 'BOOLEAN', nullable: false, meaning: 'the value was computed from `anchor`' },
    { name: 'start', type: 'INTEGER', nullable: true, meaning: 'first code point of the extent' },
    { name: 'end', type: 'INTEGER', nullable: true, meaning: 'code point just past it' },
    { name: 'text', type: 'VARCHAR', nullable: true, meaning: 'the words of the extent' },
  ],
  evidence: [
    { name: 'record', type: 'VARCHAR', nullable: false, meaning: 'id of the record (or of the article)' },
    { name: 'kind', type: 'VARCHAR', nullable: false, meaning: '`article`, `actor`, `statement`, `event`, `figure` or `timex`', values: ['article', 'actor', 'statement', 'event', 'figure', 'timex'] },
    { name: 'ordinal', type: 'INTEGER', nullable: false, meaning: 'the span\'s position in the record\'s evidence, from 0' },
    { name: 'start', type: 'INTEGER', nullable: false, meaning: 'first code point' },
    { name: 'end', type: 'INTEGER', nullable: false, meaning: 'code point just past the last' },
    { name: 'text', type: 'VARCHAR', nullable: false, meaning: 'the words' },
  ],
} as const satisfies { readonly [T in TableName]: readonly TableColumn[] };

/** The value of a column in a row: text, a number or a boolean by its type, one of its `values` where it has them, `null` where it is nullable. */
type CellOf<C extends TableColumn> =
  | (C extends { readonly values: readonly (infer V)[] } ? V : C['type'] extends 'VARCHAR' ? string : C['type'] extends 'BOOLEAN' ? boolean : number)
  | (C['nullable'] extends true ? null : never);

/**
 * A row of a table: one property per column of {@link tableColumns}, in column order, of the
 * column's type.
 *
 * @typeParam T - The table.
 * @category Tables
 */
export type TableRow<T extends TableName> = { readonly [C in (typeof COLUMNS)[T][number] as C['name']]: CellOf<C> };

/**
 * A row of `actors`: one per actor.
 * Its columns, with their types and meanings, are `tableColumns.actors`.
 *
 * @category Tables
 */
export type ActorRow = TableRow<'actors'>;

/**
 * A row of `mentions`: one per mention of an actor. Offsets count code points, end exclusive, as
 * Python's `str` slices.
 * Its columns, with their types and meanings, are `tableColumns.mentions`.
 *
 * @category Tables
 */
export type MentionRow = TableRow<'mentions'>;

/**
 * A row of `statements`: one per statement, with the offsets of its content (its first evidence
 * span).
 * Its columns, with their types and meanings, are `tableColumns.statements`.
 *
 * @category Tables
 */
export type StatementRow = TableRow<'statements'>;

/**
 * A row of `events`: one per event, with the offsets of its first evidence span. Its time is in
 * `times`.
 * Its columns, with their types and meanings, are `tableColumns.events`.
 *
 * @category Tables
 */
export type EventRow = TableRow<'events'>;

/**
 * A row of `participants`: one per actor taking part in an event.
 * Its columns, with their types and meanings, are `tableColumns.participants`.
 *
 * @category Tables
 */
export type ParticipantRow = TableRow<'participants'>;

/**
 * A row of `accounts`: one per source's account of an event.
 * Its columns, with their types and meanings, are `tableColumns.accounts`.
 *
 * @category Tables
 */
export type AccountRow = TableRow<'accounts'>;

/**
 * A row of `figures`: one per figure, with the offsets of its first evidence span.
 * Its columns, with their types and meanings, are `tableColumns.figures`.
 *
 * @category Tables
 */
export type FigureRow = TableRow<'figures'>;

/**
 * A row of `times`: one per normalized time, of a statement, an event or one account of an event.
 * Its columns, with their types and meanings, are `tableColumns.times`.
 *
 * @category Tables
 */
export type TimeRow = TableRow<'times'>;

/**
 * A row of `evidence`: one per record and evidence span, the article's own evidence included.
 * Its columns, with their types and meanings, are `tableColumns.evidence`.
 *
 * @category Tables
 */
export type EvidenceRow = TableRow<'evidence'>;

/**
 * A row of `timexes`: one per time expression (TIMEX3), with the offsets of its extent.
 * Its columns, with their types and meanings, are `tableColumns.timexes`.
 *
 * @category Tables
 */
export type TimexRow = TableRow<'timexes'>;

/**
 * Every table of {@link toTables}, by name.
 *
 * @category Tables
 */
export interface Tables {
  /** One row per actor. */
  readonly actors: readonly ActorRow[];
  /** One row per mention of an actor. */
  readonly mentions: readonly MentionRow[];
  /** One row per statement. */
  readonly statements: readonly StatementRow[];
  /** One row per event. */
  readonly events: readonly EventRow[];
  /** One row per participant of an event. */
  readonly participants: readonly ParticipantRow[];
  /** One row per account of an event. */
  readonly accounts: readonly AccountRow[];
  /** One row per figure. */
  readonly figures: readonly FigureRow[];
  /** One row per normalized time. */
  readonly times: readonly TimeRow[];
  /** One row per time expression. */
  readonly timexes: readonly TimexRow[];
  /** One row per record and evidence span. */
  readonly evidence: readonly EvidenceRow[];
}

/**
 * The columns of every table, in order: the schema the CSV, NDJSON and Parquet files follow, with
 * what each column means.
 *
 * @category Tables
 * @example
 * ```ts
 * import { tableColumns } from 'kyiv-strike-pause/export'
 * tableColumns.mentions.map((column) => `${column.name} ${column.type}`)
 * //=> ['actor VARCHAR', 'ordinal INTEGER', 'start INTEGER', 'end INTEGER', 'text VARCHAR']
 * tableColumns.actors[0]
 * //=> { name: 'id', type: 'VARCHAR', nullable: false, meaning: "the actor's id" }
 * ```
 */
export const tableColumns: { readonly [T in TableName]: readonly TableColumn[] } = /*#__PURE__*/ deepFreeze(COLUMNS);

/**
 * The names of the tables, in the order {@link toTables} returns them.
 *
 * @category Tables
 * @example
 * ```ts
 * import { tableNames } from 'kyiv-strike-pause/export'
 * tableNames
 * //=> ['actors', 'mentions', 'statements', 'events', 'participants', 'accounts', 'figures', 'times', 'timexes',
 * //    'evidence']
 * ```
 */
export const tableNames: readonly TableName[] = ['actors', 'mentions', 'statements', 'events', 'participants', 'accounts', 'figures', 'times', 'timexes', 'evidence'];
