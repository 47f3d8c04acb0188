/**
 * The gold units of each kind, drawn from a dataset's records, and the light shape check a gold
 * dataset passes first (so a broken `--gold` file fails with the path at fault, not deep inside).
 *
 * @internal
 * @module
 */
import { memoize } from '../util/memo.js';
import type { Dataset, DatasetInput, IdSpace, Span, StatementMode } from '../model/types.js';
import type { Range } from './selectors.js';
import type { ScoreKind } from './types.js';
import { isRecord } from '../util/guards.js';

/** A gold figure's quantity, what a predicted figure is compared with. */
export interface Quantity {
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
}

/** One gold unit: where it is (any of `spans`; one for every kind but events) and its type. */
export interface GoldUnit {
  readonly kind: ScoreKind;
  /** The record it comes from. */
  readonly record: string;
  /** Its spans, in UTF-16 offsets; a prediction matching any one of them matches the unit. */
  readonly spans: readonly Range[];
  /** The speaker or actor id, the ISO time value (a time expression's TIMEX3 value), `null` for an event without a time, or the figure's label. */
  readonly type: string | null;
  /** A time expression's TIMEX3 type (`DATE`, `TIME`, `DURATION` or `SET`). */
  readonly timexType?: string;
  /** A statement's mode. */
  readonly mode?: StatementMode;
  /** A figure's numbers and unit. */
  readonly quantity?: Quantity;
}

/** A figure's numbers and unit as one short label: `7 d`, `? (20–30) Cel`. */
export function quantityLabel(quantity: Quantity): string {
  const value = quantity.value === null ? '?' : String(quantity.value);
  const range = quantity.min === null && quantity.max === null ? '' : ` (${quantity.min ?? '…'}–${quantity.max ?? '…'})`;
  return `${value}${range} ${quantity.unit}`;
}

const byPosition = (a: GoldUnit, b: GoldUnit) => {
  const [x, y] = [a.spans[0] as Range, b.spans[0] as Range];
  return x.start - y.start || x.end - y.end || (a.record < b.record ? -1 : a.record > b.record ? 1 : 0);
};

const range = (span: Span): Range => ({ start: span.start, end: span.end });

function buildUnits(gold: Dataset<IdSpace>): Readonly<Record<ScoreKind, readonly GoldUnit[]>> {
  const statements = gold.statements
    .filter((statement) => statement.evidence.length > 0)
    .map((statement): GoldUnit => ({
      kind: 'statements',
      record: statement.id,
      spans: [range(statement.evidence[0] as Span)],
      type: statement.speaker,
      mode: statement.mode,
    }));
  const actors = gold.actors.flatMap((actor) =>
    actor.evidence.map((span): GoldUnit => ({ kind: 'actors', record: actor.id, spans: [range(span)], type: actor.id })),
  );
  const events = gold.events
    .filter((event) => event.evidence.length > 0)
    .map((event): GoldUnit => ({ kind: 'events', record: event.id, spans: event.evidence.map(range), type: event.time?.value ?? null }));
  const figures = gold.figures
    .filter((figure) => figure.evidence.length > 0)
    .map((figure): GoldUnit => {
      const quantity = { value: figure.value, min: figure.min, max: figure.max, unit: figure.unit };
      return { kind: 'figures', record: figure.id, spans: figure.evidence.map(range), type: quantityLabel(quantity), quantity };
    });
  // One unit per time expression, on its extent.
  const times = gold.timexes
    .filter((timex) => timex.evidence.length > 0)
    .map((timex): GoldUnit => ({ kind: 'times', record: timex.id, spans: timex.evidence.map(range), type: timex.value, timexType: timex.type }));
  return {
    statements: statements.sort(byPosition),
    actors: actors.sort(byPosition),
    events: events.sort(byPosition),
    figures: figures.sort(byPosition),
    times: times.sort(byPosition),
  };
}

/** The gold units of every kind, in text order, built once per dataset object. */
export const goldUnitsOf: (gold: Dataset<IdSpace>) => Readonly<Record<ScoreKind, readonly GoldUnit[]>> = /*#__PURE__*/ memoize(buildUnits);

/**
 * Throws a `TypeError` starting `score:` unless `gold` has the fields scoring reads: the article's
 * text and hash, and for every record an id and evidence spans within the text, a statement's
 * speaker and mode, an event's times, a figure's numbers and unit, and a time expression's type and
 * value. `timexes` may be left out: a dataset without them has no time expressions to score.
 */
export function checkGold(gold: unknown): asserts gold is DatasetInput<IdSpace> {
  const fail = (path: string, what: string): never => {
    throw new TypeError(`score: options.gold${path} must be ${what}`);
  };
  if (!isRecord(gold)) fail('', 'a dataset: { article, actors, statements, events, figures, timexes }');
  const dataset = gold as Readonly<Record<string, unknown>>;
  const article = dataset['article'];
  if (!isRecord(article) || typeof article['text'] !== 'string') fail('.article', 'an object with the text');
  if (typeof (article as Readonly<Record<string, unknown>>)['sha256'] !== 'string') fail('.article.sha256', 'a string');
  const length = ((article as Readonly<Record<string, unknown>>)['text'] as string).length;
  const isTime = (value: unknown) => value === null || value === undefined || (isRecord(value) && typeof value['expression'] === 'string' && typeof value['value'] === 'string');
  const isNumber = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));
  for (const kind of ['actors', 'statements', 'events', 'figures', 'timexes'] as const) {
    const records = dataset[kind];
    if (kind === 'timexes' && records === undefined) continue;
    if (!Array.isArray(records)) fail(`.${kind}`, 'an array');
    (records as readonly unknown[]).forEach((record, i) => {
      const path = `.${kind}[${i}]`;
      if (!isRecord(record) || typeof record['id'] !== 'string') fail(path, 'a record with a string id');
      const fields = record as Readonly<Record<string, unknown>>;
      const evidence = fields['evidence'];
      if (!Array.isArray(evidence)) fail(`${path}.evidence`, 'an array of spans');
      (evidence as readonly unknown[]).forEach((span, j) => {
        const ok =
          isRecord(span) &&
          Number.isInteger(span['start']) &&
          Number.isInteger(span['end']) &&
          typeof span['text'] === 'string' &&
          (span['start'] as number) >= 0 &&
          (span['start'] as number) < (span['end'] as number) &&
          (span['end'] as number) <= length;
        if (!ok) fail(`${path}.evidence[${j}]`, `a span { start, end, text } with 0 ≤ start < end ≤ ${length}`);
      });
      if (kind === 'actors') {
        if (typeof fields['name'] !== 'string') fail(`${path}.name`, 'a string');
        if (!Array.isArray(fields['aliases']) || !fields['aliases'].every((alias) => typeof alias === 'string')) fail(`${path}.aliases`, 'an array of strings');
        if (fields['wikidata'] !== null && typeof fields['wikidata'] !== 'string') fail(`${path}.wikidata`, 'a string or null');
      }
      if (kind === 'statements') {
        if (typeof fields['speaker'] !== 'string') fail(`${path}.speaker`, 'a string');
        if (fields['mode'] !== 'direct' && fields['mode'] !== 'indirect') fail(`${path}.mode`, '"direct" or "indirect"');
        if (!isTime(fields['time'])) fail(`${path}.time`, 'a time value or null');
      }
      if (kind === 'events') {
        if (!isTime(fields['time'])) fail(`${path}.time`, 'a time value or null');
        if (!Array.isArray(fields['accounts'])) fail(`${path}.accounts`, 'an array');
        (fields['accounts'] as readonly unknown[]).forEach((account, j) => {
          if (!isRecord(account) || !isTime(account['time'])) fail(`${path}.accounts[${j}]`, 'an account whose time, if any, is a time value');
        });
      }
      if (kind === 'figures') {
        for (const field of ['value', 'min', 'max']) if (!isNumber(fields[field])) fail(`${path}.${field}`, 'a number or null');
        if (typeof fields['unit'] !== 'string') fail(`${path}.unit`, 'a string');
      }
      if (kind === 'timexes') {
        for (const field of ['type', 'value']) if (typeof fields[field] !== 'string') fail(`${path}.${field}`, 'a string');
      }
    });
  }
}
