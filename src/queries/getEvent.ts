import { createLookup } from './shared/byId.js';
import { events } from '../data/events.js';
import type { EventId } from '../model/ids.js';
import type { NewsEvent } from '../model/types.js';

let lookup: ((id: unknown) => NewsEvent | undefined) | undefined;

/**
 * The event with this id.
 *
 * @param id - An event id: a literal {@link EventId}, so the result is never `undefined`.
 * @returns The event.
 * @category Lookups
 * @example
 * ```ts
 * import { getEvent } from 'kyiv-strike-pause'
 * getEvent('strike-halt').time?.value
 * //=> '../2026-02-01'
 * ```
 */
export function getEvent(id: EventId): NewsEvent;
/**
 * The event with this id, or `undefined` where no event has it. Any value is safe to pass:
 * `'__proto__'`, `''` or a number all give `undefined`.
 *
 * @param id - Any string.
 * @returns The event, or `undefined`.
 * @category Lookups
 * @example
 * ```ts
 * import { getEvent } from 'kyiv-strike-pause'
 * getEvent('__proto__')
 * //=> undefined
 * ```
 */
export function getEvent(id: string): NewsEvent | undefined;
export function getEvent(id: string): NewsEvent | undefined {
  return (lookup ??= createLookup(events))(id);
}
