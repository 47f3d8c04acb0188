import { createMentionsOf } from '../core/relations.js';
import { actors } from '../generated/actors.js';
import type { ActorId } from '../generated/ids.js';
import type { Span } from '../types.js';

let query: ((actorId: unknown) => readonly Span[]) | undefined;

/**
 * Every span where the actor is named, titled or referred to by demonym: the actor's `evidence`,
 * in text order.
 *
 * @param actorId - An actor id. Only literal {@link ActorId}s type-check; at run time any other
 * value gives `[]`.
 * @returns The spans, as a frozen array.
 * @category Relations
 * @example
 * ```ts
 * import { mentionsOf } from 'kyiv-strike-pause'
 * mentionsOf('rudolf-myhovych').map((span) => span.text)
 * //=> ['Rudolf Myhovych', 'Myhovych', 'Myhovych', 'Myhovych', 'Myhovych', 'Myhovych']
 * mentionsOf('rudolf-myhovych')[0]
 * //=> { start: 4328, end: 4343, text: 'Rudolf Myhovych' }
 * ```
 */
export function mentionsOf(actorId: ActorId): readonly Span[] {
  return (query ??= createMentionsOf(actors))(actorId);
}
