/**
 * Helpers for the scorer's tests: a small synthetic dataset whose text holds astral characters
 * (emoji) and multi-byte letters, with exactly one gold unit of each kind, and predictions built
 * from a dataset's own records (the gold scored against itself).
 */
import type { Dataset, IdSpace, Span, TimeValue, Timex } from '../../src/model/types.js';
import type { OffsetUnit, Prediction, Selector } from '../../src/score/types.js';
import { offsetIndex } from '../../src/util/offsets.js';
import { spanOf, syntheticArticle } from './synthetic.js';

/** 🎉 and 🚀 are two UTF-16 units, one code point and four UTF-8 bytes; Ž, Ň, Ł, ó, ź are two UTF-8 bytes. */
export const SYNTHETIC_TEXT = '🎉 Žofie Ňovák said: “We meet on Friday in Łódź 🚀.” The pause of 7 days held.';

export { spanOf };

const time = (expression: string, value: string): TimeValue<IdSpace> => ({ expression, value, precision: 'day', anchor: 'publication', inferred: false, timex: 'friday' });

/**
 * One gold unit of each kind: the mention `Žofie Ňovák` (actor `zofie-novak`, Q101), the direct
 * statement `We meet on Friday in Łódź 🚀.` (speaker `zofie-novak`), the event `meet on Friday in
 * Łódź` (2026-01-30), the figure `7 days` (7 d) and the time expression `Friday` (a DATE,
 * 2026-01-30, which the statement's and the event's times rest on). `lodz` (Q580) has no mention:
 * it is there to be named as a wrong type.
 */
export function syntheticDataset(text: string = SYNTHETIC_TEXT): Dataset<IdSpace> {
  const s = (words: string, nth = 0) => spanOf(text, words, nth);
  return {
    article: syntheticArticle('synthetic', text, [s('Friday')]),
    actors: [
      { id: 'zofie-novak', kind: 'person', name: 'Žofie Ňovák', aliases: ['Ňovák'], variants: [], roles: [], wikidata: 'Q101', notes: [], evidence: [s('Žofie Ňovák')] },
      { id: 'lodz', kind: 'city', name: 'Łódź', aliases: [], variants: [], roles: [], wikidata: 'Q580', notes: [], evidence: [] },
    ],
    statements: [
      {
        id: 's-meet',
        speaker: 'zofie-novak',
        mode: 'direct',
        text: 'We meet on Friday in Łódź 🚀.',
        cue: 'said',
        reportedBy: null,
        within: null,
        about: [],
        time: time('on Friday', '2026-01-30'),
        channel: null,
        notes: [],
        evidence: [s('We meet on Friday in Łódź 🚀.'), s('said')],
      },
    ],
    events: [
      {
        id: 'meeting',
        type: 'meeting',
        cameo: null,
        summary: 'A meeting.',
        participants: [],
        location: 'lodz',
        time: time('on Friday', '2026-01-30'),
        status: 'planned',
        accounts: [],
        wikidata: null,
        notes: [],
        evidence: [s('meet on Friday in Łódź')],
      },
    ],
    figures: [
      {
        id: 'pause-7-days',
        quantity: 'duration',
        value: 7,
        min: null,
        max: null,
        qualifier: 'exact',
        unit: 'd',
        unitInferred: false,
        countOf: null,
        measures: 'the pause',
        about: 'meeting',
        source: null,
        notes: [],
        evidence: [s('7 days')],
      },
    ],
    timexes: [
      {
        id: 'friday',
        type: 'DATE',
        value: '2026-01-30',
        mod: null,
        quant: null,
        freq: null,
        anchor: 'dct',
        temporalFunction: true,
        notes: [],
        evidence: [s('Friday')],
      },
    ],
  };
}

/** An offset selector for a span. */
export const at = (span: Pick<Span, 'start' | 'end'>): Selector => ({ start: span.start, end: span.end });

/**
 * A quote selector for `text.slice(start, end)` with the shortest prefix (then suffix) that makes
 * it the only occurrence, found by brute force over the text.
 */
export function quoteOf(text: string, start: number, end: number): Selector {
  const quote = text.slice(start, end);
  const count = (prefix: string, suffix: string) => {
    let n = 0;
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
      if (text.slice(Math.max(0, i - prefix.length), i) === prefix && text.slice(i + quote.length, i + quote.length + suffix.length) === suffix) n++;
    }
    return n;
  };
  for (let k = 0; k <= 200; k++) {
    const prefix = text.slice(Math.max(0, start - k), start);
    if (count(prefix, '') === 1) return prefix === '' ? { quote } : { quote, prefix };
    const suffix = text.slice(end, end + k);
    if (count('', suffix) === 1) return { quote, suffix };
    if (count(prefix, suffix) === 1) return { quote, prefix, suffix };
  }
  throw new Error(`cannot single out ${JSON.stringify(quote)}`);
}

/** Every time unit of a dataset: one per time expression, on its extent, with its TIMEX3 value and type. */
export function timeUnits(gold: Dataset<IdSpace>): { start: number; end: number; value: string; type: Timex['type'] }[] {
  return gold.timexes.map((timex) => ({ start: (timex.evidence[0] as Span).start, end: (timex.evidence[0] as Span).end, value: timex.value, type: timex.type }));
}

export type RefStyle = 'id' | 'wikidata' | 'name';

/**
 * The gold of a dataset as a prediction: every statement, actor mention, event, figure and time,
 * with spans by offsets or by quote, and actors referred to by id, by Wikidata QID (by id where an
 * actor has none) or by name.
 */
export function goldAsPrediction(gold: Dataset<IdSpace>, spans: 'offsets' | 'quotes', refs: RefStyle): Prediction {
  const text = gold.article.text;
  const byId = new Map(gold.actors.map((actor) => [actor.id, actor]));
  const ref = (id: string): string => {
    const actor = byId.get(id);
    if (!actor || refs === 'id') return id;
    return refs === 'wikidata' ? (actor.wikidata ?? actor.id) : actor.name;
  };
  const select = (span: Pick<Span, 'start' | 'end'>): Selector => (spans === 'offsets' ? at(span) : quoteOf(text, span.start, span.end));
  return {
    statements: gold.statements.map((statement) => ({ speaker: ref(statement.speaker), mode: statement.mode, span: select(statement.evidence[0] as Span) })),
    actors: gold.actors.flatMap((actor) => actor.evidence.map((span) => ({ actor: ref(actor.id), span: select(span) }))),
    events: gold.events.map((event) => ({ span: select(event.evidence[0] as Span), ...(event.time ? { time: event.time.value } : {}) })),
    figures: gold.figures.map((figure) => ({ span: select(figure.evidence[0] as Span), value: figure.value, min: figure.min, max: figure.max, unit: figure.unit })),
    times: timeUnits(gold).map((unit) => ({ span: select(unit), value: unit.value, type: unit.type })),
  };
}

/** The same prediction with every offset selector counted in `unit` instead of UTF-16. */
export function inUnit(prediction: Prediction, text: string, unit: OffsetUnit): Prediction {
  const index = offsetIndex(text);
  const convert = (selector: Selector): Selector =>
    'quote' in selector ? selector : { start: index.fromUtf16(selector.start, unit) as number, end: index.fromUtf16(selector.end, unit) as number };
  const map = <T extends { span: Selector }>(entries: T[] | undefined) => entries?.map((entry) => ({ ...entry, span: convert(entry.span) }));
  const converted: Prediction = { offsets: unit };
  for (const kind of ['actors', 'statements', 'events', 'figures', 'times'] as const) {
    const entries = map(prediction[kind] as { span: Selector }[] | undefined);
    if (entries) (converted as Record<string, unknown>)[kind] = entries;
  }
  return converted;
}
