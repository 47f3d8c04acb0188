import type { IdSpace, Statement } from '../model/types.js';
import { groupBy, lookup, memoize } from '../util/memo.js';
import type { ActorId } from '../model/ids.js';
import { statements } from '../data/statements.js';

type AnyStatement = Statement<IdSpace>;

const bySpeaker = /*#__PURE__*/ memoize((statements: readonly AnyStatement[]) => groupBy(statements, (s) => s.speaker));

/** `statementsBy` over a collection: the statements whose `speaker` is the id. */
export function createStatementsBy<I extends IdSpace>(statements: readonly Statement<I>[]): (actorId: unknown) => readonly Statement<I>[] {
  return (actorId) => lookup(bySpeaker(statements), actorId) as readonly Statement<I>[];
}

let query: ((actorId: unknown) => readonly Statement[]) | undefined;

/**
 * The statements the actor speaks: those whose `speaker` is the actor, in text order. Words the
 * actor only relays (`reportedBy`) are not the actor's; nested quotes have their own speaker.
 *
 * @param actorId - An actor id. Only literal {@link ActorId}s type-check, so a misspelt id is a
 * compile error; at run time any other value gives `[]`.
 * @returns The statements, as a frozen array (empty when the actor says nothing).
 * @category Relations
 * @example
 * ```ts
 * import { statementsBy } from 'kyiv-strike-pause'
 * statementsBy('donald-trump').map((s) => s.id)
 * //=> ['trump-raised-issue-with-putin', 'trump-asked-putin-not-to-fire', 'trump-weather-record-setting',
 * //    'trump-ukraine-cold-like-washington', 'trump-advisers-questioned', 'trump-putin-agreed', 'trump-dont-waste-the-call']
 * statementsBy('kyiv')
 * //=> []
 * ```
 */
export function statementsBy(actorId: ActorId): readonly Statement[] {
  return (query ??= createStatementsBy(statements))(actorId);
}
