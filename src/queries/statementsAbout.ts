import type { IdSpace, Statement } from '../model/types.js';
import { groupByEach, lookup, memoize } from '../util/memo.js';
import type { ActorId, EventId } from '../model/ids.js';
import { statements } from '../data/statements.js';

type AnyStatement = Statement<IdSpace>;

const byAbout = /*#__PURE__*/ memoize((statements: readonly AnyStatement[]) =>
  groupByEach(statements, (s, add) => {
    for (const id of s.about) add(id);
  }),
);

/** `statementsAbout` over a collection: the statements whose `about` lists the id. */
export function createStatementsAbout<I extends IdSpace>(statements: readonly Statement<I>[]): (id: unknown) => readonly Statement<I>[] {
  return (id) => lookup(byAbout(statements), id) as readonly Statement<I>[];
}

let query: ((id: unknown) => readonly Statement[]) | undefined;

/**
 * The statements about an event or actor: those whose `about` lists the id, in text order. Only
 * `about` counts: a statement's `speaker`, `reportedBy` and `channel` do not make it a statement
 * about that actor (use {@link statementsBy} for the speaker).
 *
 * @param id - An event or actor id. Only literal {@link EventId}s and {@link ActorId}s
 * type-check; at run time any other value gives `[]`.
 * @returns The statements, as a frozen array.
 * @category Relations
 * @example
 * ```ts
 * import { statementsAbout } from 'kyiv-strike-pause'
 * statementsAbout('putin-agrees-to-halt').map((s) => s.speaker)
 * //=> ['donald-trump', 'donald-trump', 'donald-trump', 'advisers', 'kremlin', 'russian-government']
 * ```
 */
export function statementsAbout(id: EventId | ActorId): readonly Statement[] {
  return (query ??= createStatementsAbout(statements))(id);
}
