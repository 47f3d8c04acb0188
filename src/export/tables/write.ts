/**
 * The records as flat, tidy tables, and those tables as CSV and newline-delimited JSON, each
 * following the column list of `columns.ts`.
 *
 * @internal
 * @module
 */
import type { Dataset, DatasetInput, IdSpace, Span, TimeValue } from '../../model/types.js';
import { inCodePoints, readDataset, unitCodeOf, wikidataUrl } from '../shared.js';
import {
  tableColumns,
  tableNames,
  type AccountRow,
  type ActorRow,
  type EventRow,
  type EvidenceRow,
  type FigureRow,
  type MentionRow,
  type ParticipantRow,
  type StatementRow,
  type TableName,
  type Tables,
  type TimeRow,
  type TimexRow,
} from './columns.js';

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

/**
 * What makes a spreadsheet read a cell as a formula when it starts one (OWASP, CSV injection):
 * `=`, `+`, `-`, `@`, a tab, a carriage return, and NUL.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * One CSV field: null empty, numbers and booleans bare (so `-273.15` stays a number), text always
 * quoted (so an empty string is `""`), and text that starts as a formula would (`=1+1`, `-x`,
 * `@SUM(…)`) neutralised as OWASP recommends: a `'` before it, which spreadsheets read as "this is
 * text". NDJSON and Parquet keep the raw value.
 */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return `"${(FORMULA_START.test(value) ? `'${value}` : value).replaceAll('"', '""')}"`;
  return String(value);
}

/** U+2028 and U+2029, which JSON allows raw but which end a line for many line readers. */
const SEPARATORS = /[\u2028\u2029]/g;

function rowsOf(tables: Tables, name: TableName): readonly Readonly<Record<string, unknown>>[] {
  return tables[name] as readonly unknown[] as readonly Readonly<Record<string, unknown>>[];
}

/**
 * Every table of {@link toTables} as CSV (RFC 4180): a header line, then one line per row, each
 * ending in `\n`. Text is always quoted, so an empty string is `""` and `null` is an empty field;
 * numbers and booleans (`true`, `false`) are bare. Against CSV injection, text that starts with
 * `=`, `+`, `-`, `@`, a tab, a carriage return or NUL is written with a `'` before it, as OWASP
 * recommends, so a spreadsheet shows it as text instead of running it as a formula (numbers are
 * not touched: `-10` in a number column stays `-10`). NDJSON and Parquet keep the raw text.
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
 * column order, each line ending in `\n` (an empty table is an empty string). U+2028 and U+2029
 * are written as `\u2028` and `\u2029`, so no line reader splits a row at them.
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
      .map((row) => `${JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column] ?? null]))).replace(SEPARATORS, (char) => (char === '\u2028' ? '\\u2028' : '\\u2029'))}\n`)
      .join('');
  }
  return out;
}
