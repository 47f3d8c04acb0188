import { describe, expect, test } from 'vitest';
import { dayOf, isoOfDay, precisionOf, rangeOf } from '../src/util/calendar.js';

describe('calendar arithmetic', () => {
  test('years 0 to 99 are themselves, not 1900 to 1999', () => {
    expect(isoOfDay(dayOf('0050-01-01') ?? NaN)).toBe('0050-01-01');
    const year = rangeOf('0050');
    expect(year && [isoOfDay(year.from), isoOfDay(year.to)]).toEqual(['0050-01-01', '0050-12-31']);
  });

  test('impossible dates and malformed values are rejected', () => {
    expect([dayOf('2026-02-29'), dayOf('2026-13-01'), rangeOf('2026-W54'), rangeOf('2026-02-01/2026-01-01'), rangeOf('../..')]).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  test('ISO weeks start on Monday, and week 1 holds the year\'s first Thursday', () => {
    const week = rangeOf('2026-W06');
    expect(week && [isoOfDay(week.from), isoOfDay(week.to)]).toEqual(['2026-02-02', '2026-02-08']);
    const first = rangeOf('2021-W01');
    expect(first && isoOfDay(first.from)).toBe('2021-01-04');
    expect(rangeOf('2020-W53')).toBeDefined();
  });

  test('open ends are infinite and precision is the finest part', () => {
    expect(rangeOf('../2026-02-01')?.from).toBe(-Infinity);
    expect(rangeOf('2022/..')?.to).toBe(Infinity);
    expect([precisionOf('2022/..'), precisionOf('2026-01-24/..'), precisionOf('P1W'), precisionOf('P2D'), precisionOf('2026-02')]).toEqual([
      'year', 'day', 'week', 'day', 'month',
    ]);
  });
});
