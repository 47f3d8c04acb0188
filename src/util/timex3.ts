/**
 * The grammar of TIMEX3 values (TimeML 1.2.1), by type: which strings a `DATE`, `TIME`,
 * `DURATION` or `SET` may hold. `X` stands for a digit the words leave open (`XXXX-XX-XXTNI`,
 * `PXD`). Every pattern is linear: no quantified group, and no value longer than 64 characters is
 * tested.
 *
 * @internal
 * @module
 */

/** The longest value tested; longer ones fit no type. */
const MAX = 64;

/** A year, decade or century (`2026`, `202`, `20`), a month or a day, each digit possibly `X`. */
const CALENDAR = /^(?:[\dX]{2,3}|[\dX]{4}(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?)?)$/;
/** An ISO week, with a weekday or `WE` (the weekend): `2026-W06`, `2026-W04-WE`, `XXXX-WXX-2`. */
const WEEK = /^[\dX]{4}-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|X|WE))?$/;
/** A season, half or quarter of a year: `2025-WI`, `2026-Q1`. */
const PART_OF_YEAR = /^[\dX]{4}-(?:SP|SU|FA|WI|H[12X]|Q[1-4X])$/;
/** The deictic references: the past, the present and the future of the anchor. */
const REFERENCE = /^(?:PAST|PRESENT|FUTURE)_REF$/;
/** A clock time, with seconds and a zone optional: `14`, `14:05`, `14:05:30Z`. */
const CLOCK = /^(?:[01]\d|2[0-4]|XX)(?::(?:[0-5]\d|XX)(?::(?:[0-5]\d|XX)(?:\.\d{1,9})?)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$/;
/** A part of day: morning, midday, afternoon, evening, night, daytime. */
const PART_OF_DAY = /^(?:MO|MI|AF|EV|NI|DT)$/;
/** A duration: `P1W`, `PXD`, `P2DT12H`, `PT24H`, `P1DE` (a decade); at least one amount, each digits, a decimal, or `X`. */
const DURATION =
  /^P(?=[\dX.]|T[\dX])(?:(?:\d{1,9}(?:\.\d{1,9})?|X)(?:L|CE|DE))?(?:(?:\d{1,9}(?:\.\d{1,9})?|X)Y)?(?:(?:\d{1,9}(?:\.\d{1,9})?|X)M)?(?:(?:\d{1,9}(?:\.\d{1,9})?|X)W)?(?:(?:\d{1,9}(?:\.\d{1,9})?|X)D)?(?:T(?=[\dX])(?:(?:\d{1,9}(?:\.\d{1,9})?|X)H)?(?:(?:\d{1,9}(?:\.\d{1,9})?|X)M)?(?:(?:\d{1,9}(?:\.\d{1,9})?|X)S)?)?$/;

/** Whether `value` is a TIMEX3 date: a calendar date, week, part of year or deictic reference. */
function isDate(value: string): boolean {
  return CALENDAR.test(value) || WEEK.test(value) || PART_OF_YEAR.test(value);
}

/** Whether `value` is a TIMEX3 time: a date or week, then `T` and a clock time or a part of day. */
function isTime(value: string): boolean {
  const at = value.indexOf('T');
  if (at === -1) return false;
  const [day, time] = [value.slice(0, at), value.slice(at + 1)];
  return (CALENDAR.test(day) || WEEK.test(day)) && (CLOCK.test(time) || PART_OF_DAY.test(time));
}

/** Whether `value` is a TIMEX3 duration value, such as `P1W`, `PXD` or `PT24H`. */
export function isTimexDuration(value: string): boolean {
  return value.length <= MAX && DURATION.test(value);
}

/**
 * Whether `value` is a value a TIMEX3 of `type` may hold: a `DATE` a date, week, season, quarter or
 * `PAST_REF`/`PRESENT_REF`/`FUTURE_REF`; a `TIME` a date with a clock time or part of day (or a
 * deictic reference); a `DURATION` a duration; a `SET` the period of the recurrence (a duration)
 * or its time with `X` for what recurs (`XXXX-WXX-2`, every Tuesday).
 */
export function fitsTimexType(type: string, value: string): boolean {
  if (value.length > MAX) return false;
  switch (type) {
    case 'DATE':
      return isDate(value) || REFERENCE.test(value);
    case 'TIME':
      return isTime(value) || REFERENCE.test(value);
    case 'DURATION':
      return DURATION.test(value);
    case 'SET':
      return DURATION.test(value) || isDate(value) || isTime(value);
    default:
      return false;
  }
}
