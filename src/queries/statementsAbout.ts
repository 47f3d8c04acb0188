import { createStatementsAbout } from '../core/relations.js';
import type { ActorId, EventId } from '../generated/ids.js';
import { statements } from '../generated/statements.js';
import type { Statement } from '../types.js';

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
