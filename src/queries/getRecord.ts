import type { Actor, AnyRecord, Figure, IdSpace, NewsEvent, RecordId, Statement, Timex } from '../model/types.js';
import { byId } from './shared/byId.js';
import { actors } from '../data/actors.js';
import { events } from '../data/events.js';
import { figures } from '../data/figures.js';
import type { ActorId, EventId, FigureId, StatementId, TimexId } from '../model/ids.js';
import { statements } from '../data/statements.js';
import { timexes } from '../data/timexes.js';

/**
 * `getRecord` over five collections: the actor, statement, event, figure or time expression with
 * the id, looked up in that order (so where a dataset reuses an id across kinds, the actor wins).
 */
export function createGetRecord<I extends IdSpace>(
  actors: readonly Actor<I>[],
  statements: readonly Statement<I>[],
  events: readonly NewsEvent<I>[],
  figures: readonly Figure<I>[],
  timexes: readonly Timex<I>[],
): (id: unknown) => AnyRecord<I> | undefined {
  return (id) => {
    if (typeof id !== 'string') return undefined;
    return byId(actors).get(id) ?? byId(statements).get(id) ?? byId(events).get(id) ?? byId(figures).get(id) ?? byId(timexes).get(id);
  };
}

let lookup: ((id: unknown) => AnyRecord | undefined) | undefined;

/**
 * The actor with this id. `getRecord` looks up a record of any kind; ids are unique across kinds.
 *
 * @param id - A literal {@link ActorId}.
 * @returns The actor.
 * @category Lookups
 * @example
 * ```ts
 * import { getRecord } from 'kyiv-strike-pause'
 * getRecord('rudolf-myhovych').name
 * //=> 'Rudolf Myhovych'
 * ```
 */
export function getRecord(id: ActorId): Actor;
/**
 * The statement with this id.
 *
 * @param id - A literal {@link StatementId}.
 * @returns The statement.
 * @category Lookups
 * @example
 * ```ts
 * import { getRecord } from 'kyiv-strike-pause'
 * getRecord('trump-putin-agreed').speaker
 * //=> 'donald-trump'
 * ```
 */
export function getRecord(id: StatementId): Statement;
/**
 * The event with this id.
 *
 * @param id - A literal {@link EventId}.
 * @returns The event.
 * @category Lookups
 * @example
 * ```ts
 * import { getRecord } from 'kyiv-strike-pause'
 * getRecord('trump-putin-phone-call').type
 * //=> 'communication'
 * ```
 */
export function getRecord(id: EventId): NewsEvent;
/**
 * The figure with this id.
 *
 * @param id - A literal {@link FigureId}.
 * @returns The figure.
 * @category Lookups
 * @example
 * ```ts
 * import { getRecord } from 'kyiv-strike-pause'
 * getRecord('kyiv-buildings-without-heat').unit
 * //=> '{building}'
 * ```
 */
export function getRecord(id: FigureId): Figure;
/**
 * The time expression with this id.
 *
 * @param id - A literal {@link TimexId}.
 * @returns The time expression.
 * @category Lookups
 * @example
 * ```ts
 * import { getRecord } from 'kyiv-strike-pause'
 * getRecord('last-weekend-uae-contacts').value
 * //=> '2026-W04-WE'
 * ```
 */
export function getRecord(id: TimexId): Timex;
/**
 * The record with this id, where the id is known to be one of this article's but not of which
 * kind (a {@link RecordId}, as {@link isRecordId} narrows an outside value to).
 *
 * @param id - A {@link RecordId}.
 * @returns The record.
 * @category Lookups
 * @example
 * ```ts
 * import { getRecord, isRecordId } from 'kyiv-strike-pause'
 * const id: string = 'strike-halt'
 * isRecordId(id) ? getRecord(id).id : undefined
 * //=> 'strike-halt'
 * ```
 */
export function getRecord(id: RecordId): AnyRecord;
/**
 * The actor, statement, event, figure or time expression with this id, or `undefined` where no
 * record has it.
 * Any value is safe to pass: `'__proto__'`, `''` or a number all give `undefined`.
 *
 * @param id - Any string.
 * @returns The record, or `undefined`.
 * @category Lookups
 * @example
 * ```ts
 * import { getRecord } from 'kyiv-strike-pause'
 * getRecord('constructor')
 * //=> undefined
 * ```
 */
export function getRecord(id: string): AnyRecord | undefined;
export function getRecord(id: string): AnyRecord | undefined {
  return (lookup ??= createGetRecord(actors, statements, events, figures, timexes))(id);
}
