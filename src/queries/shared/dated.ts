/**
 * What `eventsBetween` and `timeline` share: every dated event's day range in an interval index,
 * and the window a query asks about.
 *
 * @internal
 * @module
 */
import { dayOf, rangeOf } from '../../util/calendar.js';
import { describe } from '../../util/describe.js';
import { intervalIndex, type IntervalIndex } from '../../util/intervals.js';
import { memoize } from '../../util/memo.js';

/** An event placed on the calendar: its record, its position in the collection and its inclusive day range. */
export interface Dated<E> {
  readonly event: E;
  readonly position: number;
  readonly from: number;
  readonly to: number;
}

/** The dated events of a collection, in record order, and their interval index by position. */
export interface TimeIndex<E> {
  readonly dated: readonly Dated<E>[];
  readonly index: IntervalIndex;
}

/** What the index reads of an event. */
type AnyEvent = { readonly time: { readonly value: string } | null };

/** The calendar index of a collection of events, built on first use. */
export const timeIndex: <E extends AnyEvent>(events: readonly E[]) => TimeIndex<E> = /*#__PURE__*/ memoize(
  (events: readonly AnyEvent[]): TimeIndex<AnyEvent> => {
    const dated: Dated<AnyEvent>[] = [];
    events.forEach((event, position) => {
      const value = event.time?.value;
      const range = typeof value === 'string' ? rangeOf(value) : undefined;
      if (range !== undefined) dated.push({ event, position, from: range.from, to: range.to });
    });
    return { dated, index: intervalIndex(dated.map(({ from, to, position }) => ({ from, to, owner: position }))) };
  },
) as <E extends AnyEvent>(events: readonly E[]) => TimeIndex<E>;

/** The positions of the events whose range overlaps the days `[from, to]`, ascending. */
export function overlapping(index: TimeIndex<unknown>, from: number, to: number): Int32Array {
  const hits: number[] = [];
  index.index.overlapping(from, to, (position) => hits.push(position));
  // A typed array sorts numerically, and several times faster than `Array#sort` with a comparator.
  return Int32Array.from(hits).sort();
}

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
export function windowOf(helper: 'eventsBetween' | 'timeline', from: unknown, to: unknown): { readonly start: number; readonly end: number } {
  const start = helper === 'timeline' && from === undefined ? -Infinity : dayOrThrow(helper, 'from', from);
  const end = helper === 'timeline' && to === undefined ? Infinity : dayOrThrow(helper, 'to', to);
  if (start > end) throw new RangeError(`${helper}: from ${describe(from)} is after to ${describe(to)}`);
  return { start, end };
}
