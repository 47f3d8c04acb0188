/**
 * The relation helpers as builders over collections. Each index is built on the first call and
 * shared by every helper bound to the same array.
 *
 * @internal
 * @module
 */
import type { Actor, Figure, IdSpace, NewsEvent, Span, Statement } from '../types.js';
import type { ResolvedAccount } from '../queries/types.js';
import { byId } from './byId.js';
import { EMPTY, groupBy, groupByEach, lookup, memoize } from './memo.js';

type AnyStatement = Statement<IdSpace>;
type AnyEvent = NewsEvent<IdSpace>;
type AnyFigure = Figure<IdSpace>;

const bySpeaker = /*#__PURE__*/ memoize((statements: readonly AnyStatement[]) => groupBy(statements, (s) => s.speaker));

/** `statementsBy` over a collection: the statements whose `speaker` is the id. */
export function createStatementsBy<I extends IdSpace>(statements: readonly Statement<I>[]): (actorId: unknown) => readonly Statement<I>[] {
  return (actorId) => lookup(bySpeaker(statements), actorId) as readonly Statement<I>[];
}

const byAbout = /*#__PURE__*/ memoize((statements: readonly AnyStatement[]) =>
  groupByEach(statements, (s, add) => {
    for (const id of s.about) add(id);
  }),
);

/** `statementsAbout` over a collection: the statements whose `about` lists the id. */
export function createStatementsAbout<I extends IdSpace>(statements: readonly Statement<I>[]): (id: unknown) => readonly Statement<I>[] {
  return (id) => lookup(byAbout(statements), id) as readonly Statement<I>[];
}

const byInvolved = /*#__PURE__*/ memoize((events: readonly AnyEvent[]) =>
  groupByEach(events, (event, add) => {
    for (const participant of event.participants) add(participant.actor);
    add(event.location);
  }),
);

/** `eventsInvolving` over a collection: the events with the id among `participants[].actor` or as `location`. */
export function createEventsInvolving<I extends IdSpace>(events: readonly NewsEvent<I>[]): (actorId: unknown) => readonly NewsEvent<I>[] {
  return (actorId) => lookup(byInvolved(events), actorId) as readonly NewsEvent<I>[];
}

const byFigureAbout = /*#__PURE__*/ memoize((figures: readonly AnyFigure[]) => groupBy(figures, (f) => f.about));

/** `figuresAbout` over a collection: the figures whose `about` is the id. */
export function createFiguresAbout<I extends IdSpace>(figures: readonly Figure<I>[]): (id: unknown) => readonly Figure<I>[] {
  return (id) => lookup(byFigureAbout(figures), id) as readonly Figure<I>[];
}

const byUnit = /*#__PURE__*/ memoize((figures: readonly AnyFigure[]) => groupBy(figures, (f) => f.unit));

/** `figuresByUnit` over a collection: the figures whose `unit` is the code, exactly. */
export function createFiguresByUnit<I extends IdSpace>(figures: readonly Figure<I>[]): (unit: unknown) => readonly Figure<I>[] {
  return (unit) => lookup(byUnit(figures), unit) as readonly Figure<I>[];
}

const mentionIndex = /*#__PURE__*/ memoize((actors: readonly Actor<IdSpace>[]) => {
  const index = new Map<string, readonly Span[]>();
  for (const [id, actor] of byId(actors)) {
    index.set(id, Object.isFrozen(actor.evidence) ? actor.evidence : Object.freeze([...actor.evidence]));
  }
  return index;
});

/** `mentionsOf` over a collection: the actor's `evidence`, as a frozen array. */
export function createMentionsOf(actors: readonly Actor<IdSpace>[]): (actorId: unknown) => readonly Span[] {
  return (actorId) => lookup(mentionIndex(actors), actorId);
}

const accountIndex = /*#__PURE__*/ memoize((events: readonly AnyEvent[]) =>
  memoize((statements: readonly AnyStatement[]) => {
    const statementsById = byId(statements);
    const index = new Map<string, readonly ResolvedAccount<IdSpace>[]>();
    for (const [id, event] of byId(events)) {
      const accounts = event.accounts.map((account) =>
        Object.freeze({
          source: account.source,
          stance: account.stance,
          statement: (account.statement !== undefined && statementsById.get(account.statement)) || null,
          time: account.time ?? null,
        }),
      );
      index.set(id, accounts.length === 0 ? EMPTY : Object.freeze(accounts));
    }
    return index;
  }),
);

/** `accountsOf` over two collections: each account of the event, its statement id resolved against `statements`. */
export function createAccountsOf<I extends IdSpace>(
  events: readonly NewsEvent<I>[],
  statements: readonly Statement<I>[],
): (eventId: unknown) => readonly ResolvedAccount<I>[] {
  return (eventId) => lookup(accountIndex(events)(statements), eventId) as readonly ResolvedAccount<I>[];
}
