import type { Actor, AnyRecord, Figure, IdSpace, NewsEvent, Statement, Timex } from '../model/types.js';
import { EMPTY } from '../util/memo.js';
import { foldCase } from '../util/fold.js';
import { lazyPattern } from '../util/pattern.js';
import { actors } from '../data/actors.js';
import { events } from '../data/events.js';
import { figures } from '../data/figures.js';
import { statements } from '../data/statements.js';
import { timexes } from '../data/timexes.js';

/** How much a word counts, by where it is found: what names an actor, what describes a record (other records' ids among it), what supports it. */
export const WEIGHTS = { name: 3, description: 2, evidence: 1 } as const;

/** A letter or digit. Tested one character at a time: V8 overflows its stack on `[^\p{L}\p{N}]+` over a run of millions of joiners. */
const WORD_CHAR = /*#__PURE__*/ lazyPattern('[\\p{L}\\p{N}]', 'u');

/** What a record scores when its id, name or an alias is the query itself: more than any sum of words. */
const EXACT = 1_000_000;

/** The words of a text, as search compares them: decomposed, combining marks removed, lower case, split at anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  const folded = foldCase(text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const code = folded.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const isWord = code < 0x80 ? (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) : WORD_CHAR().test(folded.slice(i, i + width));
    if (isWord && start === -1) start = i;
    else if (!isWord && start !== -1) {
      words.push(folded.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start !== -1) words.push(folded.slice(start));
  return words;
}

interface Entry {
  readonly record: AnyRecord<IdSpace>;
  /** The record's kind (0 actors … 3 figures, 4 timexes) and position, for ties. */
  readonly kind: number;
  readonly position: number;
  readonly firstStart: number;
}

interface Index {
  readonly entries: readonly Entry[];
  /** Each id, name and alias, as its words joined by one space, to the entries it names. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** Each word's records, as entry index → best weight. */
  readonly words: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** The texts of a record by weight. */
function fieldsOf(record: AnyRecord<IdSpace>, kind: number): readonly (readonly [string | null, number])[] {
  const fields: [string | null, number][] = [[record.id, kind === 0 ? WEIGHTS.name : WEIGHTS.description]];
  if (kind === 0) {
    const actor = record as Actor<IdSpace>;
    fields.push([actor.name, WEIGHTS.name]);
    for (const alias of actor.aliases) fields.push([alias, WEIGHTS.name]);
  } else if (kind === 1) {
    const statement = record as Statement<IdSpace>;
    fields.push([statement.text, WEIGHTS.description], [statement.cue, WEIGHTS.description]);
  } else if (kind === 2) {
    fields.push([(record as NewsEvent<IdSpace>).summary, WEIGHTS.description]);
  } else if (kind === 3) {
    const figure = record as Figure<IdSpace>;
    fields.push([figure.measures, WEIGHTS.description], [figure.countOf, WEIGHTS.description]);
  } else {
    const timex = record as Timex<IdSpace>;
    fields.push([timex.type, WEIGHTS.description], [timex.value, WEIGHTS.description]);
  }
  for (const span of record.evidence) fields.push([span.text, WEIGHTS.evidence]);
  return fields;
}

function build(collections: readonly (readonly AnyRecord<IdSpace>[])[]): Index {
  const entries: Entry[] = [];
  const words = new Map<string, Map<number, number>>();
  const exact = new Map<string, number[]>();
  const addExact = (text: string, at: number) => {
    const key = wordsOf(text).join(' ');
    const named = exact.get(key);
    if (named === undefined) exact.set(key, [at]);
    else if (named[named.length - 1] !== at) named.push(at);
  };
  collections.forEach((records, kind) => {
    records.forEach((record, position) => {
      const at = entries.length;
      const firstStart = record.evidence.reduce((first, span) => Math.min(first, span.start), Infinity);
      entries.push({ record, kind, position, firstStart });
      addExact(record.id, at);
      if (kind === 0) for (const name of [(record as Actor<IdSpace>).name, ...(record as Actor<IdSpace>).aliases]) addExact(name, at);
      for (const [text, weight] of fieldsOf(record, kind)) {
        if (text === null) continue;
        for (const word of wordsOf(text)) {
          let found = words.get(word);
          if (found === undefined) words.set(word, (found = new Map()));
          if ((found.get(at) ?? 0) < weight) found.set(at, weight);
        }
      }
    });
  });
  return { entries, exact, words };
}

/** `search` over the five collections. */
export function createSearch<I extends IdSpace>(
  actors: readonly Actor<I>[],
  statements: readonly Statement<I>[],
  events: readonly NewsEvent<I>[],
  figures: readonly Figure<I>[],
  timexes: readonly Timex<I>[],
): (query: unknown) => readonly AnyRecord<I>[] {
  let index: Index | undefined;
  return (query) => {
    if (typeof query !== 'string') return EMPTY;
    const wanted = [...new Set(wordsOf(query))];
    if (wanted.length === 0) return EMPTY;
    index ??= build([actors, statements, events, figures, timexes] as unknown as readonly (readonly AnyRecord<IdSpace>[])[]);
    const found = wanted.map((word) => index?.words.get(word));
    if (found.some((records) => records === undefined)) return EMPTY;
    const lists = (found as ReadonlyMap<number, number>[]).sort((a, b) => a.size - b.size);
    const [rarest, ...rest] = lists as [ReadonlyMap<number, number>, ...ReadonlyMap<number, number>[]];
    const named = new Set(index.exact.get(wordsOf(query).join(' ')));
    const scored: { entry: Entry; score: number }[] = [];
    for (const [at, weight] of rarest) {
      let score = weight + (named.has(at) ? EXACT : 0);
      for (const list of rest) {
        const other = list.get(at);
        if (other === undefined) {
          score = -1;
          break;
        }
        score += other;
      }
      if (score >= 0) scored.push({ entry: index.entries[at] as Entry, score });
    }
    if (scored.length === 0) return EMPTY;
    scored.sort(
      (a, b) => b.score - a.score || a.entry.firstStart - b.entry.firstStart || a.entry.kind - b.entry.kind || a.entry.position - b.entry.position,
    );
    return Object.freeze(scored.map(({ entry }) => entry.record as AnyRecord<I>));
  };
}

let run: ((query: unknown) => readonly AnyRecord[]) | undefined;

/**
 * The records in which every word of the query appears, for when you do not know an id. It looks
 * in ids, actors' names and aliases, statements' text and cue, events' summary, figures' `measures`
 * and `countOf`, time expressions' TIMEX3 `type` and `value`, and every record's evidence. Words are whole words, compared without case or
 * diacritics (`'zelenskyy'` finds `Zelenskyy`, `'pause'` does not find `paused`); punctuation
 * separates words, so `'strike-halt'` is the two words `strike` and `halt`.
 *
 * Ranking: a record whose id, or an actor whose name or alias, is the query itself (word for word)
 * comes first. Otherwise each query word scores 3 where it is in an actor's id, name or alias; 2 in
 * another record's id, or in a statement's text or cue, an event's summary, a figure's `measures`
 * or `countOf`, a time expression's `type` or `value`; and 1 only in evidence. A record's score is
 * the sum; higher scores come first, and ties go in text order (the record's first evidence span),
 * then actors, statements, events, figures and time expressions, each in record order. The ranking
 * is deterministic.
 *
 * @param query - The words to look for. A query with no words (`''`, punctuation only) or a value
 * that is not a string gives `[]`.
 * @returns The records, as a frozen array.
 * @category Text
 * @example
 * ```ts
 * import { search } from 'kyiv-strike-pause'
 * search('pause').map((record) => record.id)
 * //=> ['trump-putin-agreed', 'myhovych-two-days-not-a-big-help', 'myhovych-putin-small-pause', 'energy-pause-2025',
 * //    'strike-halt', 'putin-agrees-to-halt']
 * search('strike-halt')[0]?.id
 * //=> 'strike-halt'
 * search('Klitschko heat').map((record) => record.id)
 * //=> ['klitschko-buildings-without-heat']
 * search('')
 * //=> []
 * ```
 */
export function search(query: string): readonly AnyRecord[] {
  return (run ??= createSearch(actors, statements, events, figures, timexes))(query);
}
