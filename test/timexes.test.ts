/**
 * The time expressions (TIMEX3 records): each extent is the article's characters, with no leading
 * preposition; each value fits its type's TIMEX3 pattern and resolves from its words against the
 * publication date; each anchor resolves; each time value points at the time expression its
 * expression holds; and every temporal word of the article is a time expression or a listed
 * non-timex with its reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { article, events, getTimex, isTimexId, statements, timexes, timexIds, type Span, type TimeValue, type Timex, type TimexId } from '../src/index.js';
import { locate, type EvidenceRef } from '../scripts/dataset.js';
import { bodySentences } from './helpers/sentences.js';
import { resolve, type Rule } from './helpers/timeml.js';

const text = article.text;

/** TIMEX3 value patterns (TimeML 1.2.1), written out here apart from the validator's. */
const DIGITS = '[0-9X]';
const VALUE: Readonly<Record<Timex['type'], RegExp>> = {
  DATE: new RegExp(
    `^(?:${DIGITS}{4}(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?)?|${DIGITS}{4}-W(?:0[1-9]|[1-4][0-9]|5[0-3])(?:-(?:[1-7]|WE))?|${DIGITS}{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])|PAST_REF|PRESENT_REF|FUTURE_REF)$`,
  ),
  TIME: new RegExp(`^${DIGITS}{4}-${DIGITS}{2}-${DIGITS}{2}T(?:MO|MI|AF|EV|NI|DT|[0-2][0-9](?::[0-5][0-9]){0,2})$`),
  DURATION: /^P(?:(?:[0-9]+|X)[YMWD])*(?:T(?:(?:[0-9]+|X)[HMS])+)?$/,
  SET: /^P(?:(?:[0-9]+|X)[YMWD])*(?:T(?:(?:[0-9]+|X)[HMS])+)?$/,
};

/** Which words a value comes from, resolved by the independent resolver of test/helpers/timeml.ts. */
const RESOLUTION: Readonly<Record<TimexId, Rule>> = {
  'friday-kremlin-statement': { kind: 'weekday', weekday: 'Friday', direction: 'past' },
  'january-30-kremlin-statement': { kind: 'date', iso: '2026-01-30' },
  'february-1-halt-end': { kind: 'weekday', weekday: 'Sunday', direction: 'future' },
  'sunday-talks-abu-dhabi': { kind: 'weekday', weekday: 'Sunday', direction: 'future' },
  'friday-zelenskyy-statement': { kind: 'weekday', weekday: 'Friday', direction: 'past' },
  'earlier-cabinet-meeting': { kind: 'duration', iso: 'PAST_REF' },
  'thursday-trump-putin-call': { kind: 'weekday', weekday: 'Thursday', direction: 'past' },
  'week-halt-trump': { kind: 'duration', iso: 'P1W' },
  'daily-remarks-set': { kind: 'duration', iso: 'P1D' },
  'almost-every-hour-set': { kind: 'duration', iso: 'PT1H' },
  'this-time-present': { kind: 'duration', iso: 'PRESENT_REF' },
  'coming-days': { kind: 'duration', iso: 'PXD' },
  'last-saturday-strikes': { kind: 'weekday', weekday: 'Saturday', direction: 'past' },
  'overnight-kyiv-temperatures': { kind: 'duration', iso: 'XXXX-XX-XXTNI' },
  'next-week-temperatures': { kind: 'next-week' },
  'thursday-attacks-deaths': { kind: 'weekday', weekday: 'Thursday', direction: 'past' },
  'months-diplomacy': { kind: 'duration', iso: 'PXM' },
  'war-age-nearly-four-years': { kind: 'duration', iso: 'P4Y' },
  'last-weekend-uae-contacts': { kind: 'last-weekend-week' },
  'about-a-week-talks-resume': { kind: 'duration', iso: 'P1W' },
  'sunday-next-meeting': { kind: 'weekday', weekday: 'Sunday', direction: 'future' },
  'current-leadership-present': { kind: 'duration', iso: 'PRESENT_REF' },
  'day-earlier-zaporizhzhia-strike': { kind: 'offset', days: -1 },
  'two-days-stop': { kind: 'duration', iso: 'P2D' },
  'every-day-set': { kind: 'duration', iso: 'P1D' },
  'two-or-three-days': { kind: 'duration', iso: 'PXD' },
  'last-year-arrangements': { kind: 'last-year' },
  'night-temperatures-drop': { kind: 'duration', iso: 'XXXX-XX-XXTNI' },
  'the-winter': { kind: 'this-winter' },
};

/** The day a timex's anchor stands for: the publication date for `dct`, else the anchor's own value. */
function referenceDay(timex: Timex): string {
  if (timex.anchor === null || timex.anchor === 'dct') return article.publishedOn;
  return getTimex(timex.anchor as TimexId)?.value ?? '';
}

/** Words, as whole words, that may name or measure a time: calendar words, weekdays, months, time units, frequency words. */
const TEMPORAL =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:mid)?night|overnight|morning|afternoon|evening|today|tonight|yesterday|tomorrow|now|currently|current|recently|recent|earlier|later|ago|formerly|previously|date|dates|times?|period|season|winter|summer|spring|autumn|decades?|century|years?|months?|weeks?|weekends?|days?|hours?|minutes?|seconds?|daily|weekly|monthly|yearly|annually|hourly|nightly|every|each|usually|often|always|sometimes|constant|constantly|routine|regularly|frequently|occasionally)\b/gi;

interface NonTimex {
  readonly text: string;
  readonly in?: string;
  readonly reason: string;
}
const nonTimexes = JSON.parse(readFileSync(new URL('../data/non-timexes.json', import.meta.url), 'utf8')) as readonly NonTimex[];
const nonTimexSpans = nonTimexes.map((entry) => locate(text, (entry.in === undefined ? entry.text : { text: entry.text, in: entry.in }) as EvidenceRef, `non-timexes.json "${entry.text}"`)[0] as Span);

const inside = (span: Pick<Span, 'start' | 'end'>, outer: Pick<Span, 'start' | 'end'>) => outer.start <= span.start && span.end <= outer.end;
const overlaps = (a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>) => a.start < b.end && b.start < a.end;

describe('the time expressions', () => {
  test('every time expression has one extent, the article\'s characters, without a leading preposition', () => {
    const problems = timexes.flatMap((timex) => {
      const [extent, ...more] = timex.evidence;
      if (extent === undefined || more.length > 0) return [`${timex.id}: ${timex.evidence.length} spans`];
      const found: string[] = [];
      if (text.slice(extent.start, extent.end) !== extent.text) found.push(`${timex.id}: "${extent.text}" is not the text at ${extent.start}`);
      if (/^(?:on|in|at|for|until|since|during|following|after|before|by|from|to)\b/i.test(extent.text)) found.push(`${timex.id}: "${extent.text}" starts with a signal`);
      if (/^\s|\s$|[.,;:!?]$/.test(extent.text)) found.push(`${timex.id}: "${extent.text}" has white space or punctuation at its ends`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  test('the extents are in text order and no two overlap', () => {
    const starts = timexes.map((timex) => timex.evidence[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(timexes.slice(1).filter((timex, i) => overlaps(timex.evidence[0]!, timexes[i]!.evidence[0]!)).map((timex) => timex.id)).toEqual([]);
  });

  test('every value fits the TIMEX3 pattern of its type', () => {
    expect(timexes.filter((timex) => !VALUE[timex.type].test(timex.value)).map((timex) => `${timex.id}: ${timex.type} ${timex.value}`)).toEqual([]);
  });

  test('mod, quant and freq are TIMEX3 attributes where they belong: quant and freq on sets only', () => {
    expect(timexes.filter((timex) => timex.type !== 'SET' && (timex.quant !== null || timex.freq !== null)).map((timex) => timex.id)).toEqual([]);
    expect(timexes.filter((timex) => timex.type === 'SET').map((timex) => [timex.id, timex.quant])).toEqual([
      ['daily-remarks-set', 'EVERY'],
      ['almost-every-hour-set', 'EVERY'],
      ['every-day-set', 'EVERY'],
    ]);
    expect(timexes.filter((timex) => timex.mod !== null).map((timex) => [timex.id, timex.mod])).toEqual([
      ['war-age-nearly-four-years', 'LESS_THAN'],
      ['about-a-week-talks-resume', 'APPROX'],
    ]);
  });

  test('every anchor resolves: dct or another time expression, and set exactly when the value was computed from it', () => {
    const problems = timexes.flatMap((timex) => {
      const found: string[] = [];
      if (timex.anchor !== null && timex.anchor !== 'dct' && (!isTimexId(timex.anchor) || timex.anchor === timex.id)) found.push(`${timex.id}: anchor ${timex.anchor}`);
      if (timex.temporalFunction !== (timex.anchor !== null)) found.push(`${timex.id}: temporalFunction ${timex.temporalFunction} with anchor ${timex.anchor}`);
      if ((timex.type === 'DURATION' || timex.type === 'SET') && timex.anchor !== null) found.push(`${timex.id}: a ${timex.type} computed from an anchor`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  test('every time expression has a resolution case, and its value is what its words resolve to against its anchor', () => {
    expect(timexIds.filter((id) => !(id in RESOLUTION))).toEqual([]);
    const wrong = timexes.filter((timex) => resolve(RESOLUTION[timex.id], referenceDay(timex)) !== timex.value).map((timex) => `${timex.id}: ${timex.value}, resolved ${resolve(RESOLUTION[timex.id], referenceDay(timex))}`);
    expect(wrong).toEqual([]);
  });

  test('an open value stays open, and a note gives the reading that would resolve it', () => {
    const open = timexes.filter((timex) => /X|_REF$/.test(timex.value));
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((timex) => !timex.notes.some((note) => note.field === 'value')).map((timex) => timex.id)).toEqual([]);
  });

  test('the counts by type', () => {
    const byType = Object.fromEntries(['DATE', 'TIME', 'DURATION', 'SET'].map((type) => [type, timexes.filter((timex) => timex.type === type).length]));
    expect(byType).toEqual({ DATE: 17, TIME: 2, DURATION: 7, SET: 3 });
  });
});

describe('the times of statements, events and accounts', () => {
  const times: { readonly at: string; readonly time: TimeValue; readonly evidence: readonly Span[] }[] = [
    ...statements.flatMap((statement) => (statement.time ? [{ at: `statement ${statement.id}`, time: statement.time, evidence: statement.evidence }] : [])),
    ...events.flatMap((event) => [
      ...(event.time ? [{ at: `event ${event.id}`, time: event.time, evidence: event.evidence }] : []),
      ...event.accounts.flatMap((account, i) => (account.time ? [{ at: `account ${event.id}[${i}]`, time: account.time, evidence: event.evidence }] : [])),
    ]),
  ];

  test('every time says which time expression it rests on, or null', () => {
    expect(times.filter(({ time }) => time.timex === undefined).map(({ at }) => at)).toEqual([]);
  });

  test('the time expression a time rests on lies in its expression', () => {
    const problems = times.flatMap(({ at, time }) => {
      if (time.timex === null || time.timex === undefined) return [];
      const extent = getTimex(time.timex).evidence[0]!;
      return time.expression.includes(extent.text) ? [] : [`${at}: "${extent.text}" is not in "${time.expression}"`];
    });
    expect(problems).toEqual([]);
  });

  test('a time whose expression, where it stands in the evidence, holds a time expression points at it', () => {
    const problems = times.flatMap(({ at, time, evidence }) => {
      const held = evidence.flatMap((span) => {
        const offset = span.text.indexOf(time.expression);
        if (offset === -1) return [];
        const where = { start: span.start + offset, end: span.start + offset + time.expression.length };
        return timexes.filter((timex) => inside(timex.evidence[0]!, where)).map((timex) => timex.id);
      });
      if (held.length === 0) return time.timex === null ? [] : [`${at}: points at ${time.timex}, but its expression holds none`];
      return time.timex !== null && time.timex !== undefined && held.includes(time.timex) ? [] : [`${at}: "${time.expression}" holds ${held.join(', ')}, but timex is ${time.timex}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('coverage of the temporal words', () => {
  test('every listed non-timex is in the article once (or pinned by its passage) and gives a reason', () => {
    expect(nonTimexSpans).toHaveLength(nonTimexes.length);
    expect(nonTimexes.filter((entry) => entry.reason.trim().length < 10).map((entry) => entry.text)).toEqual([]);
  });

  test('no listed non-timex overlaps a time expression', () => {
    const clashes = nonTimexes.flatMap((entry, i) => timexes.filter((timex) => overlaps(timex.evidence[0]!, nonTimexSpans[i]!)).map((timex) => `"${entry.text}" overlaps ${timex.id}`));
    expect(clashes).toEqual([]);
  });

  test('every sentence with a calendar word, weekday, month, time unit or frequency word has each of them inside a time expression or a listed non-timex', () => {
    const sentences = [article.paragraphs[0]!, ...bodySentences(article)];
    const uncovered: string[] = [];
    for (const sentence of sentences) {
      for (const match of sentence.text.matchAll(TEMPORAL)) {
        const word = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
        const covered = timexes.some((timex) => inside(word, timex.evidence[0]!)) || nonTimexSpans.some((span) => inside(word, span));
        if (!covered) uncovered.push(`"${match[0]}" in: ${sentence.text}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  test('the word lists really find the temporal words: every time expression holds one', () => {
    expect(timexes.filter((timex) => !new RegExp(TEMPORAL.source, 'i').test(timex.evidence[0]!.text)).map((timex) => timex.id)).toEqual([]);
  });
});
