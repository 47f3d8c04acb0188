import type { IdSpace, NewsEvent } from '../model/types.js';
import { groupByEach, lookup, memoize } from '../util/memo.js';
import { events } from '../data/events.js';
import type { ActorId } from '../model/ids.js';

type AnyEvent = NewsEvent<IdSpace>;

const byInvolved = /*#__PURE__*/ memoize((events: readonly AnyEvent[]) =>
  groupByEach(events, (event, add) => {
    for (const participant of event.participants) add(participant.actor);
    add(event.location);
  }),
);

/** `eventsInvolving` over a collection: the events with the id among `participants[].actor` or as `location`. */
export function createEventsInvolving<I extends IdSpace>(events: readonly NewsEvent<I>[]): (actorId: unknown) => readonly NewsEvent<I>[] {
  return (actorId) => lookup(byInvolved(events), actorId) as readonly NewsEvent<I>[];
}

let query: ((actorId: unknown) => readonly NewsEvent[]) | undefined;

/**
 * The events that involve an actor: those with the actor among `participants` (in any role) or as
 * their `location`, in record order, each once. An actor who only gives an account of an event
 * (`accounts[].source`) is not involved in it; see {@link accountsOf} and {@link statementsBy}.
 *
 * @param actorId - An actor id. Only literal {@link ActorId}s type-check; at run time any other
 * value gives `[]`.
 * @returns The events, as a frozen array.
 * @category Relations
 * @example
 * ```ts
 * import { eventsInvolving } from 'kyiv-strike-pause'
 * eventsInvolving('donald-trump').map((e) => e.id)
 * //=> ['strike-halt-request', 'cabinet-meeting', 'trump-putin-phone-call', 'putin-agrees-to-halt']
 * eventsInvolving('kyiv').map((e) => e.id)
 * //=> ['strike-halt', 'kyiv-electricity-outage', 'kyiv-power-restoration', 'kyiv-air-strikes', 'kyiv-heating-outage',
 * //    'temperature-drop-next-week']
 * ```
 */
export function eventsInvolving(actorId: ActorId): readonly NewsEvent[] {
  return (query ??= createEventsInvolving(events))(actorId);
}
