import { createAccountsOf } from '../core/relations.js';
import { events } from '../generated/events.js';
import type { EventId } from '../generated/ids.js';
import { statements } from '../generated/statements.js';
import type { ResolvedAccount } from './types.js';

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
