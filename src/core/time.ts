/**
 * `eventsBetween` and `timeline` as builders over a collection of events.
 *
 * @internal
 * @module
 */
import type { IdSpace, NewsEvent } from '../types.js';
import type { TimelineEntry } from '../queries/types.js';
import { dayOf, isoOfDay } from '../internal/time.js';
import { describe } from './describe.js';
import { EMPTY, memoize } from './memo.js';
import { overlapping, timeIndex } from './timeIndex.js';

function dayOrThrow(name: 'from' | 'to', value: unknown): number {
  const day = typeof value === 'string' ? dayOf(value) : undefined;
  if (day === undefined) throw new RangeError(`eventsBetween: ${name} must be a YYYY-MM-DD calendar date, got ${describe(value)}`);
  return day;
}

/** `eventsBetween` over a collection: the events whose `time.value` days overlap `[from, to]`, in record order. */
export function createEventsBetween<I extends IdSpace>(events: readonly NewsEvent<I>[]): (from: unknown, to: unknown) => readonly NewsEvent<I>[] {
  return (from, to) => {
    const [start, end] = [dayOrThrow('from', from), dayOrThrow('to', to)];
    if (start > end) throw new RangeError(`eventsBetween: from ${describe(from)} is after to ${describe(to)}`);
    const positions = overlapping(timeIndex(events), start, end);
    if (positions.length === 0) return EMPTY;
    const found = new Array<NewsEvent<I>>(positions.length);
    for (let i = 0; i < positions.length; i++) found[i] = events[positions[i] as number] as NewsEvent<I>;
    return Object.freeze(found);
  };
}

/** The ISO date of a day number, or `null` for an open end. */
function isoOrNull(day: number): string | null {
  return Number.isFinite(day) ? isoOfDay(day) : null;
}

const timelineOf = /*#__PURE__*/ memoize((events: readonly NewsEvent<IdSpace>[]): readonly TimelineEntry<IdSpace>[] => {
  const ordered = [...timeIndex(events).dated].sort((a, b) => a.from - b.from || a.to - b.to || a.position - b.position);
  return Object.freeze(ordered.map(({ event, from, to }) => Object.freeze({ event, from: isoOrNull(from), to: isoOrNull(to) })));
});

/** `timeline` over a collection: every dated event by first day, then last day, then record order. */
export function createTimeline<I extends IdSpace>(events: readonly NewsEvent<I>[]): () => readonly TimelineEntry<I>[] {
  return () => timelineOf(events) as readonly TimelineEntry<I>[];
}
