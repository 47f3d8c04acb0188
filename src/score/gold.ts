/**
 * The gold units of each kind, drawn from a dataset's records, and the shape check a gold dataset
 * passes first (so a broken `--gold` file fails with the path at fault, not deep inside).
 *
 * @internal
 * @module
 */
import { memoize } from '../util/memo.js';
import type { Dataset, DatasetInput, IdSpace, Span, StatementMode } from '../model/types.js';
import { checkDataset } from '../model/checkDataset.js';
import type { Range } from './selectors.js';
import type { ScoreKind } from './types.js';

/** A gold figure's quantity, what a predicted figure is compared with. */
export interface Quantity {
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
  /** How exact it is (`exact` where a prediction does not say). */
  readonly qualifier?: string;
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
      const quantity = { value: figure.value, min: figure.min, max: figure.max, unit: figure.unit, qualifier: figure.qualifier };
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
 * Throws a `TypeError` or `RangeError` starting `score: options.gold` and naming the path, unless
 * `gold` is a dataset with every field scoring (and exporting) reads; see {@link checkDataset}.
 */
export function checkGold(gold: unknown): asserts gold is DatasetInput<IdSpace> {
  checkDataset(gold, 'score', 'options.gold');
}
