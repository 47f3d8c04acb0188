/**
 * A checked prediction's entries as units to align: each selector resolved to a UTF-16 span, each
 * actor reference to the actors it can mean, each unit code checked; an entry that cannot be used
 * becomes an invalid entry instead. Units come out in a canonical order, so the input order is lost.
 *
 * @internal
 * @module
 */
import { createFindActors } from '../model/names.js';
import { offsetIndexOf } from '../util/offsets.js';
import type { Dataset, IdSpace, StatementMode } from '../model/types.js';
import { quantityLabel, type Quantity } from './gold.js';
import { isKnownUnit } from './quantities.js';
import { resolveSelector, type Range } from './selectors.js';
import type { InvalidEntry, Prediction, ScoreKind, Selector } from './types.js';

/** One usable predicted unit. */
export interface PredictedUnit {
  readonly spans: readonly [Range];
  readonly text: string;
  /** The type as a label: actor ids joined by `|`, a time value, a figure label, or `null`. */
  readonly type: string | null;
  /** For statements and actors: every actor id the reference can mean. */
  readonly actors?: ReadonlySet<string>;
  readonly mode?: StatementMode;
  readonly quantity?: Quantity;
  /** For times: the predicted TIMEX3 type, where given. */
  readonly timexType?: string;
}

/** The usable units of every kind, in canonical order, and the entries that cannot be used. */
export interface PredictedUnits {
  readonly units: Readonly<Record<ScoreKind, readonly PredictedUnit[]>>;
  readonly invalid: readonly InvalidEntry[];
  /** How many entries of each kind could not be used. */
  readonly invalidCounts: Readonly<Record<ScoreKind, number>>;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function canonical(a: PredictedUnit, b: PredictedUnit): number {
  const [x, y] = [a.spans[0], b.spans[0]];
  return x.start - y.start || x.end - y.end || compareStrings(JSON.stringify([a.type, a.mode ?? null, a.quantity?.unit ?? null, a.timexType ?? null]), JSON.stringify([b.type, b.mode ?? null, b.quantity?.unit ?? null, b.timexType ?? null]));
}

/** Resolves every entry of a structurally valid prediction against the gold dataset. */
export function resolvePrediction(prediction: Prediction, gold: Dataset<IdSpace>): PredictedUnits {
  const text = gold.article.text;
  const index = offsetIndexOf(gold.article);
  const unit = prediction.offsets ?? 'utf16';
  const findActors = createFindActors(gold.actors);
  const invalid: InvalidEntry[] = [];
  const invalidCounts: Record<ScoreKind, number> = { statements: 0, actors: 0, events: 0, figures: 0, times: 0 };

  /** The units of one kind; `build` gives the unit, or an invalid entry's `[field, reason]`. */
  function collect<T extends { readonly span: Selector }>(
    kind: ScoreKind,
    entries: readonly T[] | undefined,
    build: (entry: T, range: Range, spanText: string) => PredictedUnit | readonly [string, string],
  ): PredictedUnit[] {
    const units: PredictedUnit[] = [];
    (entries ?? []).forEach((entry, i) => {
      const resolved = resolveSelector(entry.span, text, index, unit);
      const result = 'reason' in resolved ? (['span', resolved.reason] as const) : build(entry, resolved.range, text.slice(resolved.range.start, resolved.range.end));
      if ('spans' in result) units.push(result);
      else {
        invalid.push({ path: `${kind}[${i}].${result[0]}`, reason: result[1] });
        invalidCounts[kind]++;
      }
    });
    return units.sort(canonical);
  }

  const actorsOf = (ref: string): ReadonlySet<string> => new Set(findActors(ref).map((actor) => actor.id));
  const unknownActor = (field: string, ref: string) => [field, `no actor of the gold dataset is called ${JSON.stringify(ref)}`] as const;

  const units: Record<ScoreKind, readonly PredictedUnit[]> = {
    statements: collect('statements', prediction.statements, (entry, range, spanText) => {
      const actors = actorsOf(entry.speaker);
      if (actors.size === 0) return unknownActor('speaker', entry.speaker);
      return { spans: [range], text: spanText, type: [...actors].join('|'), actors, mode: entry.mode };
    }),
    actors: collect('actors', prediction.actors, (entry, range, spanText) => {
      const actors = actorsOf(entry.actor);
      if (actors.size === 0) return unknownActor('actor', entry.actor);
      return { spans: [range], text: spanText, type: [...actors].join('|'), actors };
    }),
    events: collect('events', prediction.events, (entry, range, spanText) => ({ spans: [range], text: spanText, type: entry.time ?? null })),
    figures: collect('figures', prediction.figures, (entry, range, spanText) => {
      if (!isKnownUnit(entry.unit)) return ['unit', `${JSON.stringify(entry.unit)} is not a unit code a figure can have`];
      const quantity: Quantity = { value: entry.value, min: entry.min ?? null, max: entry.max ?? null, unit: entry.unit };
      return { spans: [range], text: spanText, type: quantityLabel(quantity), quantity };
    }),
    times: collect('times', prediction.times, (entry, range, spanText) => ({ spans: [range], text: spanText, type: entry.value, ...(entry.type === undefined ? {} : { timexType: entry.type }) })),
  };
  return { units, invalid, invalidCounts };
}
