import type { IdSpace, NewsEvent } from '../model/types.js';
import { EMPTY } from '../util/memo.js';
import { overlapping, timeIndex, windowOf } from './shared/dated.js';
import { events } from '../data/events.js';

/** `eventsBetween` over a collection: the events whose `time.value` days overlap `[from, to]`, in record order. */
export function createEventsBetween<I extends IdSpace>(events: readonly NewsEvent<I>[]): (from: unknown, to: unknown) => readonly NewsEvent<I>[] {
  return (from, to) => {
    const { start, end } = windowOf('eventsBetween', from, to);
    const positions = overlapping(timeIndex(events), start, end);
    if (positions.length === 0) return EMPTY;
    const found = new Array<NewsEvent<I>>(positions.length);
    for (let i = 0; i < positions.length; i++) found[i] = events[positions[i] as number] as NewsEvent<I>;
    return Object.freeze(found);
  };
}

let query: ((from: unknown, to: unknown) => readonly NewsEvent[]) | undefined;

/**
 * The events whose time overlaps a window of days, in record order. An event counts when the
 * days its `time.value` covers share at least one day with the window, both ends included: a
 * week (`2026-W06`) or a year (`2025`) covers all its days, an open end (`../2026-02-01`) reaches
 * forever, and an event with no time or only a duration (`P1W`) never counts. Accounts' own times
 * are not consulted.
 *
 * @param from - The first day of the window: an ISO 8601 calendar date `YYYY-MM-DD`, or a `Date`,
 * taken as its UTC calendar day (so `new Date('2026-01-29T23:30:00Z')` is 29 January).
 * @param to - The last day of the window, in the same forms, not before `from`.
 * @returns The events, as a frozen array.
 * @throws RangeError naming the value, where `from` or `to` is not a valid calendar date (or is an invalid `Date`) or `from`
 * is after `to`.
 * @category Time
 * @example
 * ```ts
 * import { eventsBetween } from 'kyiv-strike-pause'
 * eventsBetween('2026-01-29', '2026-01-29').map((e) => e.id)
 * //=> ['strike-halt-request', 'strike-halt', 'cabinet-meeting', 'trump-putin-phone-call', 'putin-agrees-to-halt',
 * //    'kyiv-electricity-outage', 'kyiv-power-restoration', 'kyiv-heating-outage', 'russian-attacks-thursday',
 * //    'russia-ukraine-war', 'zaporizhzhia-energy-strike']
 * eventsBetween('2026-02-02', '2026-02-02').map((e) => e.id)
 * //=> ['kyiv-electricity-outage', 'kyiv-power-restoration', 'kyiv-heating-outage', 'temperature-drop-next-week',
 * //    'russia-ukraine-war']
 * eventsBetween(new Date(Date.UTC(2026, 0, 24)), new Date(Date.UTC(2026, 0, 24))).map((e) => e.id)
 * //=> ['strike-halt', 'kyiv-electricity-outage', 'kyiv-power-restoration', 'kyiv-air-strikes', 'kyiv-heating-outage',
 * //    'russia-ukraine-war', 'uae-three-way-contacts']
 * eventsBetween('2026-02-30', '2026-03-01')
 * //=> throws RangeError: eventsBetween: from must be a YYYY-MM-DD calendar date or a valid Date, got "2026-02-30"
 * ```
 */
export function eventsBetween(from: string | Date, to: string | Date): readonly NewsEvent[] {
  return (query ??= createEventsBetween(events))(from, to);
}
