/**
 * A small, independent TimeML-style resolver for the relative expressions this article uses. The
 * tests resolve each expression with it and compare the result with the dataset's value.
 */
import { dayOf, isoOfDay, WEEKDAYS } from '../../src/util/calendar.js';

export type Rule =
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'weekday'; readonly weekday: (typeof WEEKDAYS)[number]; readonly direction: 'past' | 'future' }
  | { readonly kind: 'last-weekend' }
  | { readonly kind: 'last-weekend-week' }
  | { readonly kind: 'this-winter' }
  | { readonly kind: 'next-week' }
  | { readonly kind: 'last-year' }
  | { readonly kind: 'year-of-reference' }
  | { readonly kind: 'until'; readonly month: number; readonly day: number }
  | { readonly kind: 'offset'; readonly days: number }
  | { readonly kind: 'after-anchor' }
  | { readonly kind: 'between'; readonly from: string; readonly to: string }
  | { readonly kind: 'years-before-open'; readonly years: number }
  | { readonly kind: 'duration'; readonly iso: string };

const weekdayIndex = (day: number) => new Date(day * 86_400_000).getUTCDay();

function isoWeek(day: number): string {
  const date = new Date(day * 86_400_000);
  const thursday = day + 3 - ((date.getUTCDay() + 6) % 7);
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / 86_400_000;
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Resolves a rule against the reference day (the publication date, or the anchor record's day). */
export function resolve(rule: Rule, reference: string): string {
  const ref = dayOf(reference);
  if (ref === undefined) throw new RangeError(`bad reference ${reference}`);
  switch (rule.kind) {
    case 'date':
      return rule.iso;
    case 'weekday': {
      const target = WEEKDAYS.indexOf(rule.weekday);
      const step = rule.direction === 'past' ? -1 : 1;
      let day = ref;
      while (weekdayIndex(day) !== target) day += step;
      return isoOfDay(day);
    }
    case 'last-weekend': {
      const mondayOfWeek = ref - ((weekdayIndex(ref) + 6) % 7);
      return `${isoOfDay(mondayOfWeek - 2)}/${isoOfDay(mondayOfWeek - 1)}`;
    }
    case 'last-weekend-week':
      return `${isoWeek(ref - 7)}-WE`;
    case 'this-winter': {
      // The winter a day in it belongs to takes the year the winter began: December, January and February.
      const date = new Date(ref * 86_400_000);
      return `${date.getUTCFullYear() - (date.getUTCMonth() <= 1 ? 1 : 0)}-WI`;
    }
    case 'next-week':
      return isoWeek(ref + 7);
    case 'last-year':
      return String(new Date(ref * 86_400_000).getUTCFullYear() - 1);
    case 'year-of-reference':
      return String(new Date(ref * 86_400_000).getUTCFullYear());
    case 'until': {
      const year = new Date(ref * 86_400_000).getUTCFullYear();
      return `../${year}-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;
    }
    case 'offset':
      return isoOfDay(ref + rule.days);
    case 'after-anchor':
      return `${reference}/..`;
    case 'between':
      return `${rule.from}/${rule.to}`;
    case 'years-before-open':
      return `${new Date(ref * 86_400_000).getUTCFullYear() - rule.years}/..`;
    case 'duration':
      return rule.iso;
  }
}
