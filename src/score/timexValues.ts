/**
 * When two TIMEX3 values are the same value, for scoring. Durations compare by what they measure:
 * `P7D` = `P1W`, `PT24H` = `P1D`, `P12M` = `P1Y`, `PT90M` = `PT1H30M`; but months and days never
 * convert into each other (`P1M` ≠ `P30D`, `P1Y` ≠ `P365D`), since a month or year has no fixed
 * number of days. Every other value, and every duration with an open amount (`PXD`), compares as
 * written: TempEval-3 compares value strings, and so `2026-W05-5` ≠ `2026-01-30` here too.
 *
 * @internal
 * @module
 */

/**
 * A duration with every amount stated (each a number of at most nine digits, with at most nine
 * decimals): millennia, centuries, decades, years, months, weeks, days, then hours, minutes and
 * seconds.
 */
const DURATION =
  /^P(?=[\d.]|T\d)(?:(\d{1,9}(?:\.\d{1,9})?)L)?(?:(\d{1,9}(?:\.\d{1,9})?)CE)?(?:(\d{1,9}(?:\.\d{1,9})?)DE)?(?:(\d{1,9}(?:\.\d{1,9})?)Y)?(?:(\d{1,9}(?:\.\d{1,9})?)M)?(?:(\d{1,9}(?:\.\d{1,9})?)W)?(?:(\d{1,9}(?:\.\d{1,9})?)D)?(?:T(?=\d)(?:(\d{1,9}(?:\.\d{1,9})?)H)?(?:(\d{1,9}(?:\.\d{1,9})?)M)?(?:(\d{1,9}(?:\.\d{1,9})?)S)?)?$/;

/** Months per unit of the calendar part, and seconds per unit of the fixed part (a day is 24 hours). */
const MONTHS = [12_000, 1_200, 120, 12, 1] as const;
const SECONDS = [604_800, 86_400, 3_600, 60, 1] as const;

/** A stated duration as months and seconds, or `undefined` for any other value. */
function measure(value: string): { readonly months: number; readonly seconds: number } | undefined {
  if (value.length > 64) return undefined;
  const match = DURATION.exec(value);
  if (match === null) return undefined;
  const amounts = match.slice(1).map((amount) => (amount === undefined ? 0 : Number(amount)));
  let [months, seconds] = [0, 0];
  MONTHS.forEach((factor, i) => (months += (amounts[i] as number) * factor));
  SECONDS.forEach((factor, i) => (seconds += (amounts[MONTHS.length + i] as number) * factor));
  return { months, seconds };
}

/** Whether two numbers are equal up to rounding of decimal amounts. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether a predicted TIMEX3 value is the gold value: equal as written, or two stated durations
 * (or set periods) of the same length, where a week is 7 days and a day 24 hours, and a year 12
 * months, but no month is a number of days.
 */
export function sameTimexValue(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  if (gold === predicted) return true;
  const [a, b] = [measure(gold), measure(predicted)];
  return a !== undefined && b !== undefined && near(a.months, b.months) && near(a.seconds, b.seconds);
}
