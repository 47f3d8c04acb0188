import { createTimeline } from '../core/time.js';
import { events } from '../generated/events.js';
import type { TimelineEntry } from './types.js';

let query: (() => readonly TimelineEntry[]) | undefined;

/**
 * Every dated event in calendar order, each with the days its `time.value` covers. Events are
 * ordered by first day (an open start comes first), then by last day (an open end comes last),
 * then in record order. Events with no time or only a duration are left out.
 *
 * @returns The entries, as a frozen array of frozen {@link TimelineEntry}s; `from` and `to` are
 * ISO dates, or `null` for an open end.
 * @category Time
 * @example
 * ```ts
 * import { timeline } from 'kyiv-strike-pause'
 * timeline().slice(0, 3).map(({ event, from, to }) => `${event.id} ${from}..${to}`)
 * //=> ['strike-halt null..2026-02-01', 'russia-ukraine-war 2022-01-01..null', 'energy-pause-2025 2025-01-01..2025-12-31']
 * timeline().at(-1)?.event.id
 * //=> 'temperature-drop-next-week'
 * ```
 */
export function timeline(): readonly TimelineEntry[] {
  return (query ??= createTimeline(events))();
}
