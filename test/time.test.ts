import { describe, expect, test } from 'vitest';
import { article, events, statements } from '../src/index.js';
import { dayOf, rangeOf, WEEKDAYS, weekdayOf } from '../src/util/calendar.js';
import type { TimeValue } from '../src/index.js';
import { resolve, type Rule } from './helpers/timeml.js';

interface Case {
  /** Where the time sits: `event:<id>`, `statement:<id>` or `account:<event id>:<index>`. */
  readonly at: string;
  readonly expression: string;
  readonly rule: Rule;
  /** For anchored expressions: the record whose own time gives the reference day. */
  readonly reference?: 'publication' | 'anchor-start' | 'anchor-end';
}

// Every time in the dataset, with the rule that resolves its expression. Adding a time to the
// data without a case here fails 'every time value in the dataset has a resolution case'.
const cases: readonly Case[] = [
  { at: 'statement:kremlin-putin-received-request', expression: 'on Friday (30 January)', rule: { kind: 'date', iso: '2026-01-30' } },
  { at: 'statement:zelenskyy-talks-could-change', expression: 'on Friday', rule: { kind: 'weekday', weekday: 'Friday', direction: 'past' } },
  { at: 'statement:trump-raised-issue-with-putin', expression: 'earlier', rule: { kind: 'between', from: '2026-01-29', to: '2026-01-30' } },
  { at: 'event:trump-putin-phone-call', expression: 'on Thursday', rule: { kind: 'weekday', weekday: 'Thursday', direction: 'past' } },
  { at: 'event:strike-halt-request', expression: 'on Thursday', rule: { kind: 'offset', days: 0 }, reference: 'anchor-start' },
  { at: 'event:putin-agrees-to-halt', expression: 'on Thursday', rule: { kind: 'offset', days: 0 }, reference: 'anchor-start' },
  { at: 'event:strike-halt', expression: 'until 1 February', rule: { kind: 'until', month: 2, day: 1 } },
  { at: 'account:strike-halt:0', expression: 'until 1 February', rule: { kind: 'until', month: 2, day: 1 } },
  { at: 'account:strike-halt:1', expression: 'for a week', rule: { kind: 'duration', iso: 'P1W' } },
  { at: 'account:strike-halt:2', expression: 'two days', rule: { kind: 'duration', iso: 'P2D' } },
  { at: 'event:abu-dhabi-talks', expression: 'on Sunday', rule: { kind: 'weekday', weekday: 'Sunday', direction: 'future' } },
  { at: 'account:abu-dhabi-talks:2', expression: 'for Sunday', rule: { kind: 'weekday', weekday: 'Sunday', direction: 'future' }, reference: 'anchor-start' },
  { at: 'event:cabinet-meeting', expression: 'earlier', rule: { kind: 'between', from: '2026-01-29', to: '2026-01-30' } },
  { at: 'event:kyiv-air-strikes', expression: 'last Saturday', rule: { kind: 'weekday', weekday: 'Saturday', direction: 'past' } },
  { at: 'event:kyiv-power-restoration', expression: 'following Russian air strikes last Saturday', rule: { kind: 'after-anchor' }, reference: 'anchor-start' },
  { at: 'event:temperature-drop-next-week', expression: 'next week', rule: { kind: 'next-week' } },
  { at: 'event:russian-attacks-thursday', expression: 'on Thursday', rule: { kind: 'weekday', weekday: 'Thursday', direction: 'past' } },
  { at: 'event:russia-ukraine-war', expression: 'nearly four-year-old', rule: { kind: 'years-before-open', years: 4 } },
  { at: 'event:uae-three-way-contacts', expression: 'last weekend', rule: { kind: 'last-weekend' } },
  { at: 'event:zaporizhzhia-energy-strike', expression: 'a day earlier', rule: { kind: 'offset', days: -1 }, reference: 'anchor-start' },
  { at: 'event:energy-pause-2025', expression: 'last year', rule: { kind: 'last-year' } },
  { at: 'event:energy-strikes-2025', expression: 'last year', rule: { kind: 'year-of-reference' }, reference: 'anchor-start' },
  { at: 'statement:kremlin-request-terms', expression: 'on Friday (30 January)', rule: { kind: 'offset', days: 0 }, reference: 'anchor-start' },
  { at: 'event:kyiv-heating-outage', expression: 'following Russian air strikes last Saturday', rule: { kind: 'after-anchor' }, reference: 'anchor-start' },
  { at: 'event:kyiv-electricity-outage', expression: 'following Russian air strikes last Saturday', rule: { kind: 'after-anchor' }, reference: 'anchor-start' },
  // Trump's and Witkoff's later remarks at the Cabinet meeting take the meeting's time.
  ...[
    'trump-asked-putin-not-to-fire',
    'trump-weather-record-setting',
    'trump-ukraine-cold-like-washington',
    'trump-advisers-questioned',
    'trump-putin-agreed',
    'trump-dont-waste-the-call',
  ].map((id): Case => ({ at: `statement:${id}`, expression: 'earlier', rule: { kind: 'between', from: '2026-01-29', to: '2026-01-30' }, reference: 'anchor-start' })),
  ...['witkoff-discussions-continuing', 'witkoff-territorial-issues', 'witkoff-talks-resume'].map(
    (id): Case => ({ at: `statement:${id}`, expression: 'at the Cabinet meeting', rule: { kind: 'between', from: '2026-01-29', to: '2026-01-30' }, reference: 'anchor-start' }),
  ),
];

function allTimes(): Map<string, TimeValue> {
  const times = new Map<string, TimeValue>();
  for (const statement of statements) if (statement.time) times.set(`statement:${statement.id}`, statement.time);
  for (const event of events) {
    if (event.time) times.set(`event:${event.id}`, event.time);
    event.accounts.forEach((account, index) => {
      if (account.time) times.set(`account:${event.id}:${index}`, account.time);
    });
  }
  return times;
}

function recordTime(id: string): TimeValue | null {
  return events.find((event) => event.id === id)?.time ?? statements.find((statement) => statement.id === id)?.time ?? null;
}

const times = allTimes();

describe('time resolution', () => {
  test('every time value in the dataset has a resolution case', () => {
    expect([...times.keys()].filter((at) => !cases.some((c) => c.at === at))).toEqual([]);
  });

  test('the publication date is a Friday, 30 January 2026, as the first sentence says', () => {
    const day = dayOf(article.publishedOn);
    expect(article.publishedOn).toBe('2026-01-30');
    expect(day !== undefined && weekdayOf(day)).toBe('Friday');
  });

  test.each(cases)('$at: "$expression" resolves to the dataset value', ({ at, expression, rule, reference = 'publication' }) => {
    const time = times.get(at);
    expect(time, `${at} has a time`).toBeDefined();
    if (!time) return;
    expect(time.expression).toBe(expression);
    let referenceDay = article.publishedOn;
    if (reference !== 'publication') {
      expect(time.anchor).not.toBe('publication');
      expect(time.inferred, 'a value resolved against another record is marked inferred').toBe(true);
      const anchorTime = recordTime(time.anchor);
      const range = anchorTime ? rangeOf(anchorTime.value) : undefined;
      expect(range, `anchor ${time.anchor} has a calendar time`).toBeDefined();
      if (!range) return;
      const day = reference === 'anchor-start' ? range.from : range.to;
      referenceDay = new Date(day * 86_400_000).toISOString().slice(0, 10);
    }
    expect(time.value).toBe(resolve(rule, referenceDay));
  });

  test('every weekday named in a time expression matches the resolved date', () => {
    const mismatches: string[] = [];
    for (const [at, time] of times) {
      const named = WEEKDAYS.find((weekday) => time.expression.includes(weekday));
      const day = dayOf(time.value);
      if (named && day !== undefined && weekdayOf(day) !== named) mismatches.push(`${at}: ${time.value} is a ${weekdayOf(day)}`);
    }
    expect(mismatches).toEqual([]);
  });

  test('1 February 2026, the end of the requested halt, is the Sunday of the planned talks', () => {
    const halt = events.find((event) => event.id === 'strike-halt')?.time?.value;
    const talks = events.find((event) => event.id === 'abu-dhabi-talks')?.time?.value;
    expect(halt).toBe(`../${talks}`);
    expect(weekdayOf(dayOf('2026-02-01') ?? NaN)).toBe('Sunday');
  });

  test('events the article gives no way to date stay undated, with a note saying why', () => {
    const undated = events.filter((event) => event.time === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.filter((event) => !event.notes.some((note) => note.field === 'time')).map((event) => event.id)).toEqual([]);
  });
});
