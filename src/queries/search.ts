import { createSearch } from '../core/search.js';
import { actors } from '../generated/actors.js';
import { events } from '../generated/events.js';
import { figures } from '../generated/figures.js';
import { statements } from '../generated/statements.js';
import type { AnyRecord } from '../types.js';

let run: ((query: unknown) => readonly AnyRecord[]) | undefined;

/**
 * The records in which every word of the query appears, for when you do not know an id. It looks
 * in ids, actors' names and aliases, statements' text and cue, events' summary, figures' `measures`
 * and `countOf`, and every record's evidence. Words are whole words, compared without case or
 * diacritics (`'zelenskyy'` finds `Zelenskyy`, `'pause'` does not find `paused`); punctuation
 * separates words, so `'strike-halt'` is the two words `strike` and `halt`.
 *
 * Ranking: a record whose id, or an actor whose name or alias, is the query itself (word for word)
 * comes first. Otherwise each query word scores 3 where it is in an actor's id, name or alias; 2 in
 * another record's id, or in a statement's text or cue, an event's summary, a figure's `measures`
 * or `countOf`; and 1 only in evidence. A record's score is the sum; higher scores come first, and
 * ties go in text order (the record's first evidence span), then actors, statements, events and
 * figures, each in record order. The ranking is deterministic.
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
  return (run ??= createSearch(actors, statements, events, figures))(query);
}
