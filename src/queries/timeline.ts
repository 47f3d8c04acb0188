import type { IdSpace, NewsEvent } from '../model/types.js';
import { isoOfDay } from '../util/calendar.js';
import { EMPTY, memoize } from '../util/memo.js';
import { timeIndex, windowOf } from './shared/dated.js';
import { events } from '../data/events.js';
import type { TimelineEntry } from './types.js';

/** The ISO date of a day number, or `null` for an open end. */
function isoOrNull(day: number): string | null {
  return Number.isFinite(day) ? isoOfDay(day) : null;
}

interface Timeline {
  readonly entries: readonly TimelineEntry<IdSpace>[];
  /** Each entry's first and last day, for windows. */
  readonly from: Float64Array;
  readonly to: Float64Array;
}

const timelineOf = /*#__PURE__*/ memoize((events: readonly NewsEvent<IdSpace>[]): Timeline => {
  const ordered = [...timeIndex(events).dated].sort((a, b) => a.from - b.from || a.to - b.to || a.position - b.position);
  return {
    entries: Object.freeze(ordered.map(({ event, from, to }) => Object.freeze({ event, from: isoOrNull(from), to: isoOrNull(to) }))),
    from: Float64Array.from(ordered, (entry) => entry.from),
    to: Float64Array.from(ordered, (entry) => entry.to),
  };
});

/**
 * `timeline` over a collection: every dated event by first day, then last day, then record order;
 * within a window, only the events whose days overlap it.
 */
export function createTimeline<I extends IdSpace>(events: readonly NewsEvent<I>[]): (from?: unknown, to?: unknown) => readonly TimelineEntry<I>[] {
  return (from, to) => {
    const { entries, from: firsts, to: lasts } = timelineOf(events);
    if (from === undefined && to === undefined) return entries as readonly TimelineEntry<I>[];
    const { start, end } = windowOf('timeline', from, to);
    const found = entries.filter((_, i) => (firsts[i] as number) <= end && (lasts[i] as number) >= start);
    return found.length === 0 ? EMPTY : (Object.freeze(found) as readonly TimelineEntry<I>[]);
  };
}

let query: ((from?: unknown, to?: unknown) => readonly TimelineEntry[]) | undefined;

/**
 * Every dated event in calendar order, each with the days its `time.value` covers. Events are
 * ordered by first day (an open start comes first), then by last day (an open end comes last),
 * then in record order. Events with no time or only a duration are left out. Given a window, only
 * the entries whose days overlap it are kept, as {@link eventsBetween} counts them; either end may
 * be left out for an open window.
 *
 * @param from - The first day of the window, `YYYY-MM-DD` or a `Date` (its UTC calendar day); leave
 * it out for no lower bound.
 * @param to - The last day of the window, in the same forms; leave it out for no upper bound.
 * @returns The entries, as a frozen array of frozen {@link TimelineEntry}s; `from` and `to` are
 * ISO dates, or `null` for an open end.
 * @throws RangeError naming the value, where a given end is not a valid calendar date or `Date`,
 * or `from` is after `to`.
 * @category Time
 * @example
 * ```ts
 * import { timeline } from 'kyiv-strike-pause'
 * timeline().slice(0, 3).map(({ event, from, to }) => `${event.id} ${from}..${to}`)
 * //=> ['strike-halt null..2026-02-01', 'russia-ukraine-war 2022-01-01..null', 'energy-pause-2025 2025-01-01..2025-12-31']
 * timeline().at(-1)?.event.id
 * //=> 'temperature-drop-next-week'
 * timeline('2026-02-01').map(({ event }) => event.id)
 * //=> ['strike-halt', 'russia-ukraine-war', 'kyiv-electricity-outage', 'kyiv-power-restoration', 'kyiv-heating-outage',
 * //    'abu-dhabi-talks', 'temperature-drop-next-week']
 * ```
 */
export function timeline(from?: string | Date, to?: string | Date): readonly TimelineEntry[] {
  return (query ??= createTimeline(events))(from, to);
}
