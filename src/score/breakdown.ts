/**
 * The facets the counts are broken down by: each gold unit's (or, for a spurious prediction, the
 * prediction's) value of each facet of its kind, `?` where it has none.
 *
 * @internal
 * @module
 */
import { dimensionOfParsed } from '../model/units.js';
import type { Dataset, IdSpace } from '../model/types.js';
import { memoize } from '../util/memo.js';
import { timexTypeOf } from '../util/timex.js';
import type { GoldUnit } from './gold.js';
import type { PredictedUnit } from './predictions.js';
import { unitOf } from './quantities.js';
import type { ScoreKind } from './types.js';

/** The facets of each kind. */
export const FACETS = {
  statements: ['mode', 'speaker'],
  actors: ['kind', 'actor'],
  events: ['type'],
  figures: ['dimension'],
  times: ['type'],
} as const satisfies { readonly [kind in ScoreKind]: readonly string[] };

/** The value of a unit that has none for a facet (an invalid entry, an event predicted without a type). */
export const UNKNOWN = '?';

/** What the facets read of the gold records: each actor's kind and each event's type, by id. */
const recordFacets = /*#__PURE__*/ memoize((gold: Dataset<IdSpace>) => ({
  actorKinds: new Map(gold.actors.map((actor) => [actor.id, actor.kind as string])),
  eventTypes: new Map(gold.events.map((event) => [event.id, event.type as string])),
}));

const dimension = (unit: string | undefined) => {
  const parsed = unit === undefined ? undefined : unitOf(unit);
  return parsed === undefined ? UNKNOWN : dimensionOfParsed(parsed);
};

/** The facet values of a gold unit, or of a prediction that matched none. */
export function facetValues(kind: ScoreKind, gold: Dataset<IdSpace>, unit: { readonly gold: GoldUnit } | { readonly predicted: PredictedUnit }): Readonly<Record<string, string>> {
  const { actorKinds, eventTypes } = recordFacets(gold);
  if ('gold' in unit) {
    const g = unit.gold;
    switch (kind) {
      case 'statements':
        return { mode: g.mode ?? UNKNOWN, speaker: g.type ?? UNKNOWN };
      case 'actors':
        return { kind: actorKinds.get(g.record) ?? UNKNOWN, actor: g.record };
      case 'events':
        return { type: eventTypes.get(g.record) ?? UNKNOWN };
      case 'figures':
        return { dimension: dimension(g.quantity?.unit) };
      case 'times':
        return { type: (g as GoldUnit & { readonly timexType?: string }).timexType ?? (g.type === null ? UNKNOWN : timexTypeOf(g.type)) };
    }
  }
  const p = unit.predicted;
  const kindsOf = () => new Set([...(p.actors ?? [])].map((id) => actorKinds.get(id) ?? UNKNOWN));
  switch (kind) {
    case 'statements':
      return { mode: p.mode ?? UNKNOWN, speaker: p.type ?? UNKNOWN };
    case 'actors': {
      const kinds = kindsOf();
      return { kind: kinds.size === 1 ? ([...kinds][0] as string) : UNKNOWN, actor: p.type ?? UNKNOWN };
    }
    case 'events':
      return { type: UNKNOWN };
    case 'figures':
      return { dimension: dimension(p.quantity?.unit) };
    case 'times':
      return { type: p.timexType ?? (p.type === null ? UNKNOWN : timexTypeOf(p.type)) };
  }
}
