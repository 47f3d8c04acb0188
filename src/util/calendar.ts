/**
 * Calendar arithmetic on ISO 8601 values, shared by the validator and the time helpers.
 * Days are counted as whole days since 1970-01-01 (UTC), so comparisons are plain number
 * comparisons and open interval ends are `-Infinity` / `Infinity`.
 *
 * @internal
 * @module
 */

const MS_PER_DAY = 86_400_000;

/** An inclusive range of day numbers. */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

/** English weekday names, indexed like `Date#getUTCDay` (0 = Sunday). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?!$)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** The day number of a calendar date; unlike `Date.UTC`, years 0 to 99 are not taken as 1900 to 1999. */
function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime() / MS_PER_DAY;
}

/** The day number of a valid `YYYY-MM-DD` date, or `undefined` (also for `2026-02-30`). */
export function dayOf(value: string): number | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = utcDay(year, month - 1, day);
  const date = new Date(result * MS_PER_DAY);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return result;
}

/** The `YYYY-MM-DD` form of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The weekday name of a day number. */
export function weekdayOf(day: number): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(day * MS_PER_DAY).getUTCDay()] as (typeof WEEKDAYS)[number];
}

/** Whether a value is an ISO 8601 duration such as `P1W` or `PT12H`. */
export function isDuration(value: string): boolean {
  return DURATION.test(value);
}

function isoWeekStart(year: number, week: number): number | undefined {
  if (week < 1) return undefined;
  const jan4 = utcDay(year, 0, 4);
  const jan4Weekday = (new Date(jan4 * MS_PER_DAY).getUTCDay() + 6) % 7;
  const week1Monday = jan4 - jan4Weekday;
  const nextWeek1Monday = (() => {
    const next = utcDay(year + 1, 0, 4);
    return next - ((new Date(next * MS_PER_DAY).getUTCDay() + 6) % 7);
  })();
  const start = week1Monday + (week - 1) * 7;
  return start < nextWeek1Monday ? start : undefined;
}

function endpoint(value: string): DayRange | undefined {
  const day = dayOf(value);
  if (day !== undefined) return { from: day, to: day };
  const week = WEEK.exec(value);
  if (week) {
    const start = isoWeekStart(Number(week[1]), Number(week[2]));
    return start === undefined ? undefined : { from: start, to: start + 6 };
  }
  const month = MONTH.exec(value);
  if (month) {
    const [year, index] = [Number(month[1]), Number(month[2])];
    if (index < 1 || index > 12) return undefined;
    return { from: utcDay(year, index - 1, 1), to: utcDay(year, index, 1) - 1 };
  }
  const year = YEAR.exec(value);
  if (year) {
    const y = Number(year[1]);
    return { from: utcDay(y, 0, 1), to: utcDay(y + 1, 0, 1) - 1 };
  }
  return undefined;
}

/**
 * The days an ISO 8601 time value covers: a date, week, month or year, or an interval of those
 * with `..` for an open end. `undefined` for a duration, which has no place on the calendar, and
 * for anything malformed.
 */
export function rangeOf(value: string): DayRange | undefined {
  const slash = value.indexOf('/');
  if (slash === -1) return endpoint(value);
  if (value.indexOf('/', slash + 1) !== -1) return undefined;
  const [left, right] = [value.slice(0, slash), value.slice(slash + 1)];
  if (left === '..' && right === '..') return undefined;
  const from = left === '..' ? -Infinity : endpoint(left)?.from;
  const to = right === '..' ? Infinity : endpoint(right)?.to;
  if (from === undefined || to === undefined || from > to) return undefined;
  return { from, to };
}

/** The precision a value states: `day`, `week`, `month` or `year`, or `undefined` if malformed. */
export function precisionOf(value: string): 'day' | 'week' | 'month' | 'year' | undefined {
  if (isDuration(value)) {
    const units = value.replace(/\d+/g, '');
    if (units.includes('T') || units.endsWith('D')) return 'day';
    if (units.endsWith('W')) return 'week';
    if (units.endsWith('M')) return 'month';
    return 'year';
  }
  if (rangeOf(value) === undefined) return undefined;
  const parts = value.split('/').filter((part) => part !== '..');
  const finest = parts.map((part) =>
    DATE.test(part) ? 'day' : WEEK.test(part) ? 'week' : MONTH.test(part) ? 'month' : 'year',
  );
  for (const precision of ['day', 'week', 'month', 'year'] as const) {
    if (finest.includes(precision)) return precision;
  }
  return undefined;
}
