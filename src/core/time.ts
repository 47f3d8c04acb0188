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

const MS_PER_DAY = 86_400_000;

/** The UTC calendar day of a `Date`, or `undefined` for an invalid one or anything that only looks like a Date. */
function dayOfDate(value: Date): number | undefined {
  let time: number;
  try {
    time = Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
  return Number.isFinite(time) ? Math.floor(time / MS_PER_DAY) : undefined;
}

/** Whether a value is a `Date`; `false` for a revoked Proxy or anything else whose prototype cannot be read. */
function isDate(value: unknown): value is Date {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}

/** The day number of a window end: a `YYYY-MM-DD` string or a `Date` (its UTC calendar day). */
function dayOrThrow(helper: 'eventsBetween' | 'timeline', name: 'from' | 'to', value: unknown): number {
  const day = typeof value === 'string' ? dayOf(value) : isDate(value) ? dayOfDate(value) : undefined;
  if (day === undefined) throw new RangeError(`${helper}: ${name} must be a YYYY-MM-DD calendar date or a valid Date, got ${describe(value)}`);
  return day;
}

/** The window `[from, to]` in day numbers, open where an end is `undefined` (for `timeline`). */
function windowOf(helper: 'eventsBetween' | 'timeline', from: unknown, to: unknown): { readonly start: number; readonly end: number } {
  const start = helper === 'timeline' && from === undefined ? -Infinity : dayOrThrow(helper, 'from', from);
  const end = helper === 'timeline' && to === undefined ? Infinity : dayOrThrow(helper, 'to', to);
  if (start > end) throw new RangeError(`${helper}: from ${describe(from)} is after to ${describe(to)}`);
  return { start, end };
}

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
