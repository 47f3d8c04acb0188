import type { Actor, IdSpace, Span } from '../model/types.js';
import { lookup, memoize } from '../util/memo.js';
import { byId } from './shared/byId.js';
import { actors } from '../data/actors.js';
import type { ActorId } from '../model/ids.js';

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
