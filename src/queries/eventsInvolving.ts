import { createEventsInvolving } from '../core/relations.js';
import { events } from '../generated/events.js';
import type { ActorId } from '../generated/ids.js';
import type { NewsEvent } from '../types.js';

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
