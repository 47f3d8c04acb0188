import type { IdSpace, NewsEvent, Statement } from '../model/types.js';
import { EMPTY, lookup, memoize } from '../util/memo.js';
import { byId } from './shared/byId.js';
import { events } from '../data/events.js';
import type { EventId } from '../model/ids.js';
import { statements } from '../data/statements.js';
import type { ResolvedAccount } from './types.js';

type AnyStatement = Statement<IdSpace>;
type AnyEvent = NewsEvent<IdSpace>;

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

let query: ((eventId: unknown) => readonly ResolvedAccount[]) | undefined;

/**
 * Each source's account of an event, in the event's order, with the statement that carries it
 * resolved to its record. This is where conflicting accounts become visible: one source asserts
 * what another does not confirm.
 *
 * @param eventId - An event id. Only literal {@link EventId}s type-check; at run time any other
 * value gives `[]`.
 * @returns The accounts, as a frozen array of frozen {@link ResolvedAccount}s. `source` is `null`
 * for the article's own narration; `statement` is `null` where the account names none.
 * @category Relations
 * @example
 * ```ts
 * import { accountsOf } from 'kyiv-strike-pause'
 * accountsOf('putin-agrees-to-halt').map((a) => `${a.source}: ${a.stance}`)
 * //=> ['donald-trump: asserts', 'donald-trump: asserts', 'donald-trump: asserts',
 * //    'kremlin: does-not-confirm', 'russian-government: does-not-confirm', 'advisers: doubts']
 * accountsOf('putin-agrees-to-halt')[3]?.statement?.text
 * //=> 'the reported agreement'
 * ```
 */
export function accountsOf(eventId: EventId): readonly ResolvedAccount[] {
  return (query ??= createAccountsOf(events, statements))(eventId);
}
