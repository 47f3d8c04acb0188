/**
 * Naive reference implementations of the query helpers: plain filters and scans over the arrays,
 * written for obviousness, not speed. Property tests compare the real helpers against them.
 */
import { dayOf, isoOfDay, rangeOf } from '../../src/util/calendar.js';
import type { AnyRecord, Dataset, Figure, IdSpace, NewsEvent, Span, Statement } from '../../src/model/types.js';
import type { ResolvedAccount, TimelineEntry } from '../../src/queries/types.js';

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);
const fold = (char: string): string => ('’‘‛‚'.includes(char) ? "'" : '“”„‟'.includes(char) ? '"' : char);

/**
 * Every occurrence of the query, found by trying every start position. White space at either end
 * of the query is kept: it matches a whole run of white space in the text.
 */
export function naiveFindText(text: string, query: string): Span[] {
  const needle = query;
  if (needle.trim() === '') return [];
  const found: Span[] = [];
  for (let start = 0; start < text.length; start++) {
    if (isSpace(needle[0]) && isSpace(text[start - 1])) continue;
    let [t, q] = [start, 0];
    while (q < needle.length) {
      if (isSpace(needle[q])) {
        if (!isSpace(text[t])) break;
        while (isSpace(needle[q])) q++;
        while (isSpace(text[t])) t++;
      } else {
        if (t >= text.length || fold(text[t] as string) !== fold(needle[q] as string)) break;
        t++;
        q++;
      }
    }
    if (q === needle.length) found.push({ start, end: t, text: text.slice(start, t) });
  }
  return found;
}

/** Whether a sentence starts at `position`, decided by re-reading the text from its paragraph's start. */
function naiveIsSentenceStart(text: string, position: number): boolean {
  if (position === 0) return true;
  if (position >= text.length || isSpace(text[position])) return false;
  // After a blank line (and any white space after it)?
  let back = position - 1;
  while (back >= 0 && isSpace(text[back])) {
    if (text[back] === '\n') {
      let before = back - 1;
      while (before >= 0 && isSpace(text[before]) && text[before] !== '\n') before--;
      if (before >= 0 && text[before] === '\n') return true;
    }
    back--;
  }
  if (back === position - 1) return false; // no white space before it
  if (!/[\p{Lu}\p{Lt}\p{N}“"‘'([«¿¡]/u.test(text[position] as string)) return false;
  // back is the last character before the white space; walk back over closing quotes and brackets.
  let terminator = back;
  while (terminator >= 0 && '"\'”’)]»'.includes(text[terminator] as string)) terminator--;
  if (terminator < 0 || !'.!?…'.includes(text[terminator] as string)) return false;
  // Paragraph start: after the last blank line before the terminator.
  let paragraphStart = 0;
  const blank = /\n[^\S\n]*\n\s*/g;
  for (let match = blank.exec(text); match !== null && match.index < terminator; match = blank.exec(text)) {
    paragraphStart = match.index + match[0].length;
  }
  // Quote state just after the closers.
  let quoted = false;
  for (let i = paragraphStart; i <= back; i++) {
    const char = text[i];
    if (char === '“') quoted = true;
    else if (char === '”') quoted = false;
    else if (char === '"') quoted = !quoted;
  }
  if (quoted) return false;
  if (text[terminator] === '.') {
    let wordStart = terminator;
    while (wordStart > paragraphStart && /[\p{L}.]/u.test(text[wordStart - 1] as string)) wordStart--;
    const word = text.slice(wordStart, terminator);
    if (/^(?:(?:\p{L}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Maj|Adm|Jr|Sr|No)$/u.test(word)) return false;
  }
  return true;
}

/** The sentence context of a span, by walking outwards one character at a time. */
export function naiveSentenceContext(text: string, span: { start: number; end: number }): Span {
  const start = Math.min(span.start, text.length);
  const end = Math.min(span.end, text.length);
  let from = start;
  while (!naiveIsSentenceStart(text, from)) from--;
  let to = Math.min(text.length, Math.max(start, end - 1) + 1);
  while (to < text.length && !naiveIsSentenceStart(text, to)) to++;
  while (to > from && isSpace(text[to - 1])) to--;
  while (from < to && isSpace(text[from])) from++;
  const [first, last] = [Math.min(from, start), Math.max(to, end)];
  return { start: first, end: last, text: text.slice(first, last) };
}

/** The characters context of a span. */
export function naiveCharsContext(text: string, span: { start: number; end: number }, chars: number): Span {
  const start = Math.max(0, Math.min(span.start, text.length) - chars);
  const end = Math.min(text.length, Math.min(span.end, text.length) + chars);
  return { start, end, text: text.slice(start, end) };
}

function byDay(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The helpers as plain filters over the dataset's arrays. */
export function reference(dataset: Dataset<IdSpace>) {
  const { actors, statements, events, figures, timexes, article } = dataset;
  return {
    getActor: (id: string) => actors.find((a) => a.id === id),
    getStatement: (id: string) => statements.find((s) => s.id === id),
    getEvent: (id: string) => events.find((e) => e.id === id),
    getFigure: (id: string) => figures.find((f) => f.id === id),
    getTimex: (id: string) => timexes.find((t) => t.id === id),
    getRecord: (id: string): AnyRecord<IdSpace> | undefined =>
      [...actors, ...statements, ...events, ...figures, ...timexes].find((r) => r.id === id),
    statementsBy: (id: string): Statement<IdSpace>[] => statements.filter((s) => s.speaker === id),
    statementsAbout: (id: string): Statement<IdSpace>[] => statements.filter((s) => s.about.includes(id)),
    eventsInvolving: (id: string): NewsEvent<IdSpace>[] =>
      events.filter((e) => e.location === id || e.participants.some((p) => p.actor === id)),
    figuresAbout: (id: string): Figure<IdSpace>[] => figures.filter((f) => f.about === id),
    mentionsOf: (id: string): readonly Span[] => actors.find((a) => a.id === id)?.evidence ?? [],
    accountsOf: (id: string): ResolvedAccount<IdSpace>[] =>
      (events.find((e) => e.id === id)?.accounts ?? []).map((a) => ({
        source: a.source,
        stance: a.stance,
        statement: a.statement === undefined ? null : (statements.find((s) => s.id === a.statement) ?? null),
        time: a.time ?? null,
      })),
    eventsBetween: (from: string, to: string): NewsEvent<IdSpace>[] =>
      events.filter((e) => {
        const range = e.time === null ? undefined : rangeOf(e.time.value);
        return range !== undefined && range.from <= (dayOf(to) as number) && range.to >= (dayOf(from) as number);
      }),
    timeline: (): TimelineEntry<IdSpace>[] =>
      events
        .map((event, position) => ({ event, position, range: event.time === null ? undefined : rangeOf(event.time.value) }))
        .filter((entry) => entry.range !== undefined)
        .sort((a, b) => byDay(a.range!.from, b.range!.from) || byDay(a.range!.to, b.range!.to) || a.position - b.position)
        .map(({ event, range }) => ({
          event,
          from: range!.from === -Infinity ? null : isoOfDay(range!.from),
          to: range!.to === Infinity ? null : isoOfDay(range!.to),
        })),
    figuresByUnit: (unit: string): Figure<IdSpace>[] => figures.filter((f) => f.unit === unit),
    findText: (query: string): Span[] => naiveFindText(article.text, query),
  };
}
