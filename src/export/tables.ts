/**
 * The records as flat, tidy tables, and those tables as CSV and newline-delimited JSON.
 *
 * @internal
 * @module
 */
import type { Dataset, DatasetInput, IdSpace, Span, TimeValue } from '../model/types.js';
import { readDataset, inCodePoints, unitCodeOf, wikidataUrl } from './shared.js';

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
}

/**
 * The name of a table of {@link toTables}.
 *
 * @category Tables
 */
export type TableName = 'actors' | 'mentions' | 'statements' | 'events' | 'participants' | 'accounts' | 'figures' | 'times' | 'timexes' | 'evidence';

/**
 * A row of `actors`: one per actor.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `id` | VARCHAR | no | the actor's id |
 * | `kind` | VARCHAR | no | `person`, `organization`, `government`, `country`, `city`, … |
 * | `name` | VARCHAR | no | canonical name |
 * | `wikidata` | VARCHAR | yes | verified QID |
 * | `wikidata_url` | VARCHAR | yes | its Wikidata page |
 * | `mentions` | INTEGER | no | how many mentions (rows of `mentions`) it has |
 *
 * @category Tables
 */
export interface ActorRow {
  /** The actor's id. */
  readonly id: string;
  /** What kind of actor it is. */
  readonly kind: string;
  /** Canonical name. */
  readonly name: string;
  /** Verified Wikidata QID, or `null`. */
  readonly wikidata: string | null;
  /** The Wikidata page of the QID, or `null`. */
  readonly wikidata_url: string | null;
  /** How many mentions the actor has. */
  readonly mentions: number;
}

/**
 * A row of `mentions`: one per mention of an actor. Offsets count code points, end exclusive, as
 * Python's `str` slices.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `actor` | VARCHAR | no | the actor's id |
 * | `ordinal` | INTEGER | no | 0 for the actor's first mention, 1 for the next, … |
 * | `start` | INTEGER | no | first code point |
 * | `end` | INTEGER | no | code point just past the last |
 * | `text` | VARCHAR | no | the words of the mention |
 *
 * @category Tables
 */
export interface MentionRow {
  /** The actor's id. */
  readonly actor: string;
  /** The mention's position among the actor's mentions, from 0. */
  readonly ordinal: number;
  /** First code point. */
  readonly start: number;
  /** Code point just past the last. */
  readonly end: number;
  /** The words of the mention. */
  readonly text: string;
}

/**
 * A row of `statements`: one per statement, with the offsets of its content (its first evidence span).
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `id` | VARCHAR | no | the statement's id |
 * | `speaker` | VARCHAR | no | actor id of the speaker |
 * | `mode` | VARCHAR | no | `direct` or `indirect` |
 * | `text` | VARCHAR | no | the quoted or reported words |
 * | `cue` | VARCHAR | yes | reporting verb or noun |
 * | `reported_by` | VARCHAR | yes | actor id of who relays second-hand words |
 * | `within` | VARCHAR | yes | id of the statement it is nested in |
 * | `channel` | VARCHAR | yes | actor id of the platform or venue |
 * | `start` | INTEGER | yes | first code point of the content |
 * | `end` | INTEGER | yes | code point just past the content |
 *
 * @category Tables
 */
export interface StatementRow {
  /** The statement's id. */
  readonly id: string;
  /** Actor id of the speaker. */
  readonly speaker: string;
  /** `direct` or `indirect`. */
  readonly mode: string;
  /** The quoted or reported words. */
  readonly text: string;
  /** Reporting verb or noun, or `null`. */
  readonly cue: string | null;
  /** Actor id of who relays the words, or `null`. */
  readonly reported_by: string | null;
  /** Id of the enclosing statement, or `null`. */
  readonly within: string | null;
  /** Actor id of the platform or venue, or `null`. */
  readonly channel: string | null;
  /** First code point of the content, or `null` without evidence. */
  readonly start: number | null;
  /** Code point just past the content, or `null` without evidence. */
  readonly end: number | null;
}

/**
 * A row of `events`: one per event, with the offsets of its first evidence span. Its time is in `times`.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `id` | VARCHAR | no | the event's id |
 * | `type` | VARCHAR | no | type in the dataset's taxonomy |
 * | `cameo` | VARCHAR | yes | CAMEO code (text: leading zeros matter) |
 * | `summary` | VARCHAR | no | one sentence |
 * | `location` | VARCHAR | yes | actor id of the place |
 * | `status` | VARCHAR | no | `occurred`, `requested`, `denied`, … |
 * | `wikidata` | VARCHAR | yes | verified QID |
 * | `start` | INTEGER | yes | first code point of the first evidence span |
 * | `end` | INTEGER | yes | code point just past it |
 *
 * @category Tables
 */
export interface EventRow {
  /** The event's id. */
  readonly id: string;
  /** Type in the dataset's taxonomy. */
  readonly type: string;
  /** CAMEO code, or `null`. */
  readonly cameo: string | null;
  /** One sentence saying what the event is. */
  readonly summary: string;
  /** Actor id of the place, or `null`. */
  readonly location: string | null;
  /** Where the event stands. */
  readonly status: string;
  /** Verified Wikidata QID, or `null`. */
  readonly wikidata: string | null;
  /** First code point of the first evidence span, or `null`. */
  readonly start: number | null;
  /** Code point just past it, or `null`. */
  readonly end: number | null;
}

/**
 * A row of `participants`: one per actor taking part in an event.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `event` | VARCHAR | no | the event's id |
 * | `actor` | VARCHAR | no | the actor's id |
 * | `role` | VARCHAR | no | its role, such as `requester` |
 *
 * @category Tables
 */
export interface ParticipantRow {
  /** The event's id. */
  readonly event: string;
  /** The actor's id. */
  readonly actor: string;
  /** The actor's role in the event. */
  readonly role: string;
}

/**
 * A row of `accounts`: one per source's account of an event.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `event` | VARCHAR | no | the event's id |
 * | `ordinal` | INTEGER | no | the account's position among the event's, from 0 |
 * | `source` | VARCHAR | yes | actor id of the source; `null` for the article's narration |
 * | `stance` | VARCHAR | no | `asserts`, `denies`, `declines-to-comment`, … |
 * | `statement` | VARCHAR | yes | id of the statement that carries it |
 *
 * @category Tables
 */
export interface AccountRow {
  /** The event's id. */
  readonly event: string;
  /** The account's position among the event's accounts, from 0. */
  readonly ordinal: number;
  /** Actor id of the source, or `null` for the article's narration. */
  readonly source: string | null;
  /** The source's position on the event. */
  readonly stance: string;
  /** Id of the statement that carries the account, or `null`. */
  readonly statement: string | null;
}

/**
 * A row of `figures`: one per figure, with the offsets of its first evidence span.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `id` | VARCHAR | no | the figure's id |
 * | `quantity` | VARCHAR | no | `count`, `temperature`, `duration` or `frequency` |
 * | `value` | DOUBLE | yes | stated value |
 * | `min` | DOUBLE | yes | lower bound |
 * | `max` | DOUBLE | yes | upper bound |
 * | `qualifier` | VARCHAR | no | `exact`, `approximately`, `range`, … |
 * | `unit` | VARCHAR | no | UCUM code (case-sensitive) |
 * | `unit_code` | VARCHAR | yes | UN/CEFACT common code |
 * | `unit_inferred` | BOOLEAN | no | unit read from context |
 * | `count_of` | VARCHAR | yes | what a count counts |
 * | `measures` | VARCHAR | no | what is measured, in words |
 * | `about` | VARCHAR | no | id of the record it quantifies |
 * | `source` | VARCHAR | yes | actor id of who states it |
 * | `start` | INTEGER | yes | first code point of the first evidence span |
 * | `end` | INTEGER | yes | code point just past it |
 *
 * @category Tables
 */
export interface FigureRow {
  /** The figure's id. */
  readonly id: string;
  /** What kind of quantity it is. */
  readonly quantity: string;
  /** The stated value, or `null`. */
  readonly value: number | null;
  /** The lower bound, or `null`. */
  readonly min: number | null;
  /** The upper bound, or `null`. */
  readonly max: number | null;
  /** How exact the figure is. */
  readonly qualifier: string;
  /** UCUM unit code. */
  readonly unit: string;
  /** UN/CEFACT common code of the unit, or `null` where there is none. */
  readonly unit_code: string | null;
  /** Whether the unit was read from context. */
  readonly unit_inferred: boolean;
  /** For a count: what is counted; otherwise `null`. */
  readonly count_of: string | null;
  /** What is measured, in words. */
  readonly measures: string;
  /** Id of the record the figure quantifies. */
  readonly about: string;
  /** Actor id of who states the figure, or `null`. */
  readonly source: string | null;
  /** First code point of the first evidence span, or `null`. */
  readonly start: number | null;
  /** Code point just past it, or `null`. */
  readonly end: number | null;
}

/**
 * A row of `times`: one per normalized time, of a statement, an event or one account of an event.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `record` | VARCHAR | no | id of the statement or event |
 * | `account` | INTEGER | yes | the account's `ordinal` where the time is one source's account; `null` for the record's own time |
 * | `expression` | VARCHAR | no | the article's words |
 * | `value` | VARCHAR | no | ISO 8601 date, interval, week, year or duration |
 * | `precision` | VARCHAR | no | `day`, `week`, `month` or `year` |
 * | `anchor` | VARCHAR | no | `publication` or the id of the record it was resolved against |
 * | `inferred` | BOOLEAN | no | rests on context rather than on the words alone |
 * | `timex` | VARCHAR | yes | id of the time expression (a row of `timexes`) the value rests on |
 *
 * @category Tables
 */
export interface TimeRow {
  /** Id of the statement or event. */
  readonly record: string;
  /** The account's ordinal, or `null` for the record's own time. */
  readonly account: number | null;
  /** The article's words for the time. */
  readonly expression: string;
  /** ISO 8601 value. */
  readonly value: string;
  /** The finest unit the value states. */
  readonly precision: string;
  /** `publication` or a record id. */
  readonly anchor: string;
  /** Whether the value rests on context. */
  readonly inferred: boolean;
  /** Id of the time expression the value rests on, or `null`. */
  readonly timex: string | null;
}

/**
 * A row of `timexes`: one per time expression (TIMEX3), with the offsets of its extent.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `id` | VARCHAR | no | the time expression's id |
 * | `type` | VARCHAR | no | `DATE`, `TIME`, `DURATION` or `SET` |
 * | `value` | VARCHAR | no | TIMEX3 value: `2026-01-29`, `2026-W06`, `P1W`, `PXD`, `PAST_REF`, … |
 * | `mod` | VARCHAR | yes | TIMEX3 mod, such as `APPROX` |
 * | `quant` | VARCHAR | yes | a set's quantifier, such as `EVERY` |
 * | `freq` | VARCHAR | yes | a set's frequency, such as `2X` |
 * | `anchor` | VARCHAR | yes | `dct` or the id of the time expression the value was computed from |
 * | `temporal_function` | BOOLEAN | no | the value was computed from `anchor` |
 * | `start` | INTEGER | yes | first code point of the extent |
 * | `end` | INTEGER | yes | code point just past it |
 * | `text` | VARCHAR | yes | the words of the extent |
 *
 * @category Tables
 */
export interface TimexRow {
  /** The time expression's id. */
  readonly id: string;
  /** TIMEX3 type. */
  readonly type: string;
  /** TIMEX3 value. */
  readonly value: string;
  /** TIMEX3 mod, or `null`. */
  readonly mod: string | null;
  /** A set's quantifier, or `null`. */
  readonly quant: string | null;
  /** A set's frequency, or `null`. */
  readonly freq: string | null;
  /** `dct`, the id of another time expression, or `null`. */
  readonly anchor: string | null;
  /** Whether the value was computed from `anchor`. */
  readonly temporal_function: boolean;
  /** First code point of the extent, or `null`. */
  readonly start: number | null;
  /** Code point just past it, or `null`. */
  readonly end: number | null;
  /** The words of the extent, or `null`. */
  readonly text: string | null;
}

/**
 * A row of `evidence`: one per record and evidence span, the article's own evidence included.
 *
 * | column | type | null | meaning |
 * |---|---|---|---|
 * | `record` | VARCHAR | no | id of the record (or of the article) |
 * | `kind` | VARCHAR | no | `article`, `actor`, `statement`, `event`, `figure` or `timex` |
 * | `ordinal` | INTEGER | no | the span's position in the record's evidence, from 0 |
 * | `start` | INTEGER | no | first code point |
 * | `end` | INTEGER | no | code point just past the last |
 * | `text` | VARCHAR | no | the words |
 *
 * @category Tables
 */
export interface EvidenceRow {
  /** Id of the record, or of the article. */
  readonly record: string;
  /** What kind of record it is. */
  readonly kind: 'article' | 'actor' | 'statement' | 'event' | 'figure' | 'timex';
  /** The span's position in the record's evidence, from 0. */
  readonly ordinal: number;
  /** First code point. */
  readonly start: number;
  /** Code point just past the last. */
  readonly end: number;
  /** The words. */
  readonly text: string;
}

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

const text = (name: string): TableColumn => ({ name, type: 'VARCHAR', nullable: false });
const optionalText = (name: string): TableColumn => ({ name, type: 'VARCHAR', nullable: true });
const integer = (name: string, nullable = false): TableColumn => ({ name, type: 'INTEGER', nullable });
const double = (name: string): TableColumn => ({ name, type: 'DOUBLE', nullable: true });
const boolean = (name: string): TableColumn => ({ name, type: 'BOOLEAN', nullable: false });

/**
 * The columns of every table, in order: the schema the CSV, NDJSON and Parquet files follow.
 *
 * @category Tables
 * @example
 * ```ts
 * import { tableColumns } from 'kyiv-strike-pause/export'
 * tableColumns.mentions.map((column) => `${column.name} ${column.type}`)
 * //=> ['actor VARCHAR', 'ordinal INTEGER', 'start INTEGER', 'end INTEGER', 'text VARCHAR']
 * ```
 */
export const tableColumns: { readonly [T in TableName]: readonly TableColumn[] } = {
  actors: [text('id'), text('kind'), text('name'), optionalText('wikidata'), optionalText('wikidata_url'), integer('mentions')],
  mentions: [text('actor'), integer('ordinal'), integer('start'), integer('end'), text('text')],
  statements: [
    text('id'),
    text('speaker'),
    text('mode'),
    text('text'),
    optionalText('cue'),
    optionalText('reported_by'),
    optionalText('within'),
    optionalText('channel'),
    integer('start', true),
    integer('end', true),
  ],
  events: [
    text('id'),
    text('type'),
    optionalText('cameo'),
    text('summary'),
    optionalText('location'),
    text('status'),
    optionalText('wikidata'),
    integer('start', true),
    integer('end', true),
  ],
  participants: [text('event'), text('actor'), text('role')],
  accounts: [text('event'), integer('ordinal'), optionalText('source'), text('stance'), optionalText('statement')],
  figures: [
    text('id'),
    text('quantity'),
    double('value'),
    double('min'),
    double('max'),
    text('qualifier'),
    text('unit'),
    optionalText('unit_code'),
    boolean('unit_inferred'),
    optionalText('count_of'),
    text('measures'),
    text('about'),
    optionalText('source'),
    integer('start', true),
    integer('end', true),
  ],
  times: [
    text('record'),
    integer('account', true),
    text('expression'),
    text('value'),
    text('precision'),
    text('anchor'),
    boolean('inferred'),
    optionalText('timex'),
  ],
  timexes: [
    text('id'),
    text('type'),
    text('value'),
    optionalText('mod'),
    optionalText('quant'),
    optionalText('freq'),
    optionalText('anchor'),
    boolean('temporal_function'),
    integer('start', true),
    integer('end', true),
    optionalText('text'),
  ],
  evidence: [text('record'), text('kind'), integer('ordinal'), integer('start'), integer('end'), text('text')],
};

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

function timeRow(record: string, account: number | null, time: TimeValue<IdSpace>): TimeRow {
  return {
    record,
    account,
    expression: time.expression,
    value: time.value,
    precision: time.precision,
    anchor: time.anchor,
    inferred: time.inferred,
    timex: time.timex ?? null,
  };
}

function buildTables(dataset: Dataset<IdSpace>): Tables {
  const { article } = dataset;
  const at = (span: Span | undefined) => {
    if (span === undefined) return { start: null, end: null };
    const { start, end } = inCodePoints(article, span);
    return { start, end };
  };
  const evidence: EvidenceRow[] = [];
  const addEvidence = (record: string, kind: EvidenceRow['kind'], spans: readonly Span[]) => {
    spans.forEach((span, ordinal) => evidence.push({ record, kind, ordinal, ...inCodePoints(article, span) }));
  };
  addEvidence(article.id, 'article', Array.isArray(article.evidence) ? article.evidence : []);

  const actors: ActorRow[] = [];
  const mentions: MentionRow[] = [];
  for (const actor of dataset.actors) {
    const wikidata = actor.wikidata ?? null;
    actors.push({ id: actor.id, kind: actor.kind, name: actor.name, wikidata, wikidata_url: wikidata === null ? null : wikidataUrl(wikidata), mentions: actor.evidence.length });
    actor.evidence.forEach((span, ordinal) => mentions.push({ actor: actor.id, ordinal, ...inCodePoints(article, span) }));
    addEvidence(actor.id, 'actor', actor.evidence);
  }

  const times: TimeRow[] = [];
  const statements: StatementRow[] = [];
  for (const statement of dataset.statements) {
    statements.push({
      id: statement.id,
      speaker: statement.speaker,
      mode: statement.mode,
      text: statement.text,
      cue: statement.cue ?? null,
      reported_by: statement.reportedBy ?? null,
      within: statement.within ?? null,
      channel: statement.channel ?? null,
      ...at(statement.evidence[0]),
    });
    if (statement.time) times.push(timeRow(statement.id, null, statement.time));
    addEvidence(statement.id, 'statement', statement.evidence);
  }

  const events: EventRow[] = [];
  const participants: ParticipantRow[] = [];
  const accounts: AccountRow[] = [];
  for (const event of dataset.events) {
    events.push({
      id: event.id,
      type: event.type,
      cameo: event.cameo ?? null,
      summary: event.summary,
      location: event.location ?? null,
      status: event.status,
      wikidata: event.wikidata ?? null,
      ...at(event.evidence[0]),
    });
    if (event.time) times.push(timeRow(event.id, null, event.time));
    for (const participant of event.participants ?? []) participants.push({ event: event.id, actor: participant.actor, role: participant.role });
    (event.accounts ?? []).forEach((account, ordinal) => {
      accounts.push({ event: event.id, ordinal, source: account.source ?? null, stance: account.stance, statement: account.statement ?? null });
      if (account.time) times.push(timeRow(event.id, ordinal, account.time));
    });
    addEvidence(event.id, 'event', event.evidence);
  }

  const figures: FigureRow[] = [];
  for (const figure of dataset.figures) {
    figures.push({
      id: figure.id,
      quantity: figure.quantity,
      value: figure.value ?? null,
      min: figure.min ?? null,
      max: figure.max ?? null,
      qualifier: figure.qualifier,
      unit: figure.unit,
      unit_code: unitCodeOf(figure.unit),
      unit_inferred: figure.unitInferred === true,
      count_of: figure.countOf ?? null,
      measures: figure.measures,
      about: figure.about,
      source: figure.source ?? null,
      ...at(figure.evidence[0]),
    });
    addEvidence(figure.id, 'figure', figure.evidence);
  }

  const timexes: TimexRow[] = [];
  for (const timex of dataset.timexes) {
    const extent = timex.evidence[0];
    timexes.push({
      id: timex.id,
      type: timex.type,
      value: timex.value,
      mod: timex.mod ?? null,
      quant: timex.quant ?? null,
      freq: timex.freq ?? null,
      anchor: timex.anchor ?? null,
      temporal_function: timex.temporalFunction === true,
      ...at(extent),
      text: extent === undefined ? null : inCodePoints(article, extent).text,
    });
    addEvidence(timex.id, 'timex', timex.evidence);
  }

  return { actors, mentions, statements, events, participants, accounts, figures, times, timexes, evidence };
}

/**
 * The dataset as flat, tidy tables: one row per actor, mention, statement, event, participant,
 * account, figure, time, time expression and evidence span, with snake_case columns of the types in
 * {@link tableColumns}. Offsets count Unicode code points (as Python, DuckDB's `substring` and the
 * annotation tools do), end exclusive.
 *
 * @param dataset - This package's `dataset`, or any dataset of the same shape.
 * @returns New row objects; the dataset is not changed.
 * @throws TypeError or RangeError, naming the offending field, when the dataset lacks what the
 * tables are built from or a span falls outside its text.
 * @category Tables
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * import { toTables } from 'kyiv-strike-pause/export'
 * const tables = toTables(dataset)
 * tables.statements.length === dataset.statements.length
 * //=> true
 * const row = tables.figures.find((figure) => figure.id === 'kyiv-overnight-minus-10')
 * [row.value, row.unit, row.unit_code, row.unit_inferred]
 * //=> [-10, 'Cel', 'CEL', false]
 * ```
 */
export function toTables<I extends IdSpace>(dataset: DatasetInput<I>): Tables {
  dataset = readDataset(dataset, 'toTables') as Dataset<I>;
  return buildTables(dataset as Dataset<IdSpace>);
}

/** One CSV field: null empty, text always quoted (so an empty string is `""`), numbers and booleans bare. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
  return String(value);
}

function rowsOf(tables: Tables, name: TableName): readonly Readonly<Record<string, unknown>>[] {
  return tables[name] as readonly unknown[] as readonly Readonly<Record<string, unknown>>[];
}

/**
 * Every table of {@link toTables} as CSV (RFC 4180): a header line, then one line per row, each
 * ending in `\n`. Text is always quoted, so an empty string is `""` and `null` is an empty field;
 * numbers and booleans (`true`, `false`) are bare.
 *
 * @param dataset - This package's `dataset`, or any dataset of the same shape.
 * @returns The CSV text of each table, by table name.
 * @throws TypeError or RangeError, as {@link toTables}.
 * @category Tables
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * import { toCsv } from 'kyiv-strike-pause/export'
 * const csv = toCsv(dataset)
 * csv.participants.split('\n')[0]
 * //=> 'event,actor,role'
 * csv.figures.includes('\n"kyiv-overnight-minus-10","temperature",-10,,,"exact","Cel","CEL",false,')
 * //=> true
 * ```
 */
export function toCsv<I extends IdSpace>(dataset: DatasetInput<I>): Readonly<Record<TableName, string>> {
  dataset = readDataset(dataset, 'toCsv') as Dataset<I>;
  const tables = buildTables(dataset as Dataset<IdSpace>);
  const out = {} as Record<TableName, string>;
  for (const name of tableNames) {
    const columns = tableColumns[name].map((column) => column.name);
    const lines = [columns.join(','), ...rowsOf(tables, name).map((row) => columns.map((column) => csvField(row[column])).join(','))];
    out[name] = `${lines.join('\n')}\n`;
  }
  return out;
}

/**
 * Every table of {@link toTables} as newline-delimited JSON: one object per row, with the keys in
 * column order, each line ending in `\n` (an empty table is an empty string).
 *
 * @param dataset - This package's `dataset`, or any dataset of the same shape.
 * @returns The NDJSON text of each table, by table name.
 * @throws TypeError or RangeError, as {@link toTables}.
 * @category Tables
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * import { toNdjson } from 'kyiv-strike-pause/export'
 * const rows = toNdjson(dataset).actors.trim().split('\n').map((line) => JSON.parse(line))
 * const { mentions, ...trump } = rows.find((row) => row.id === 'donald-trump')
 * trump
 * //=> { id: 'donald-trump', kind: 'person', name: 'Donald Trump', wikidata: 'Q22686',
 * //     wikidata_url: 'https://www.wikidata.org/wiki/Q22686' }
 * ```
 */
export function toNdjson<I extends IdSpace>(dataset: DatasetInput<I>): Readonly<Record<TableName, string>> {
  dataset = readDataset(dataset, 'toNdjson') as Dataset<I>;
  const tables = buildTables(dataset as Dataset<IdSpace>);
  const out = {} as Record<TableName, string>;
  for (const name of tableNames) {
    const columns = tableColumns[name].map((column) => column.name);
    out[name] = rowsOf(tables, name)
      .map((row) => `${JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column] ?? null])))}\n`)
      .join('');
  }
  return out;
}
