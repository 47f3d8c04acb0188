/**
 * When two TIMEX3 values (ISO 8601 with TimeML's extensions) denote the same thing, for scoring:
 * the one equivalence of the scorer's times and events, and of anything else that compares time
 * values. docs/scoring.md lists every equivalence and non-equivalence.
 *
 * @internal
 * @module
 */

/**
 * A duration with every amount stated (digits, with a decimal fraction): millennia, centuries,
 * decades, years, months, weeks, days; then hours, minutes, seconds.
 */
const DURATION = /^P(?=\d|T\d)(?:(\d{1,12}(?:[.,]\d{1,9})?)L)?(?:(\d{1,12}(?:[.,]\d{1,9})?)CE)?(?:(\d{1,12}(?:[.,]\d{1,9})?)DE)?(?:(\d{1,12}(?:[.,]\d{1,9})?)Y)?(?:(\d{1,12}(?:[.,]\d{1,9})?)M)?(?:(\d{1,12}(?:[.,]\d{1,9})?)W)?(?:(\d{1,12}(?:[.,]\d{1,9})?)D)?(?:T(?=\d)(?:(\d{1,12}(?:[.,]\d{1,9})?)H)?(?:(\d{1,12}(?:[.,]\d{1,9})?)M)?(?:(\d{1,12}(?:[.,]\d{1,9})?)S)?)?$/;

/** Months in a millennium, century, decade, year and month; seconds in a week, day, hour, minute and second. */
const MONTHS = [12_000, 1_200, 120, 12, 1] as const;
const SECONDS = [604_800, 86_400, 3_600, 60, 1] as const;

/**
 * A stated duration as calendar months and seconds, kept apart: a month has no fixed number of
 * days, so `P1M` is never `P30D`; a week is 7 days and a day 24 hours (TimeML's reading, which
 * ignores leap seconds and clock changes).
 */
function measure(value: string): readonly [number, number] | undefined {
  const match = DURATION.exec(value);
  if (match === null) return undefined;
  const amounts = match.slice(1).map((amount) => (amount === undefined ? 0 : Number(amount.replace(',', '.'))));
  let [months, seconds] = [0, 0];
  MONTHS.forEach((factor, i) => (months += (amounts[i] as number) * factor));
  SECONDS.forEach((factor, i) => (seconds += (amounts[MONTHS.length + i] as number) * factor));
  return [months, seconds];
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const WEEK_DAY = /^(\d{4})-W(\d{2})-([1-7])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number (days since 1970-01-01) of a valid calendar date or ISO week date, else `undefined`. */
function dayNumber(value: string): number | undefined {
  let match = DAY.exec(value);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return date.getTime() / 86_400_000;
  }
  match = WEEK_DAY.exec(value);
  if (match === null) return undefined;
  const [year, week, weekday] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Week 1 holds the year's first Thursday, so 4 January is always in it.
  const january4 = new Date(0);
  january4.setUTCFullYear(year, 0, 4);
  const monday = january4.getTime() / 86_400_000 - ((january4.getUTCDay() + 6) % 7);
  if (week < 1 || week > 53) return undefined;
  const day = monday + (week - 1) * 7 + weekday - 1;
  // Week 53 exists only in years with 53 weeks: its days must still belong to the year's weeks.
  const next = new Date(0);
  next.setUTCFullYear(year + 1, 0, 4);
  const nextMonday = next.getTime() / 86_400_000 - ((next.getUTCDay() + 6) % 7);
  return day < nextMonday ? day : undefined;
}

/** Whether two single values (no `/`) denote the same thing. */
function sameSingle(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [measure(a), measure(b)];
  if (x !== undefined || y !== undefined) return x !== undefined && y !== undefined && near(x[0], y[0]) && near(x[1], y[1]);
  const [p, q] = [dayNumber(a), dayNumber(b)];
  return p !== undefined && p === q;
}

/**
 * Whether a predicted TIMEX3 value denotes what the gold value does. Equal are: the same string
 * (letters compared in upper case, white space at the ends ignored); two durations of the same
 * length, where a week is 7 days, a day 24 hours, an hour 60 minutes, a year 12 months, a decade,
 * century and millennium 10, 100 and 1,000 years (`P7D` = `P1W`, `PT24H` = `P1D`, `P12M` =
 * `P1Y`), but no number of days is a month or a year (`P1M` ≠ `P30D`, `P1Y` ≠ `P365D`); a
 * calendar date and the ISO week date of the same day (`2026-01-30` = `2026-W05-5`); and two
 * intervals (`start/end`) whose starts and ends are equal by these rules (`..` only to `..`).
 * Nothing else: a week is not its Monday (`2026-W05` ≠ `2026-01-26`), a month not its days.
 * `null` (no time) equals only `null`.
 */
export function sameTimexValue(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const [a, b] = [gold.trim().toUpperCase(), predicted.trim().toUpperCase()];
  if (a === b) return true;
  if (a.length > 64 || b.length > 64) return false;
  const [x, y] = [a.split('/'), b.split('/')];
  if (x.length !== y.length || x.length > 2) return false;
  return x.every((part, i) => sameSingle(part, y[i] as string));
}

/**
 * The TIMEX3 type a value's shape implies, where no type is given: `DURATION` for `P…`, `TIME` for
 * a value with a clock time or part of day (`…T…`), `DATE` for any other value. A `SET` cannot be
 * told from its value alone.
 */
export function timexTypeOf(value: string): 'DATE' | 'TIME' | 'DURATION' {
  if (/^P/.test(value)) return 'DURATION';
  return /^[\dX]{4}[^T/]{0,12}T/.test(value) ? 'TIME' : 'DATE';
}
